/**
 * Randomness for the rules. The generator's whole state is one 32-bit integer kept in the game
 * state, so a seed plus the action log replays a game bit for bit in any JavaScript engine:
 * only integer arithmetic (`Math.imul`, shifts) and one exact division are used.
 */

/** Advances mulberry32 one step: returns the next state and a number in [0, 1). */
export function nextRandom(rngState: number): { readonly state: number; readonly value: number } {
  const state = (rngState + 0x6d2b79f5) | 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  const value = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  return { state, value };
}

/** FNV-1a over a string: a stable 32-bit hash for checkpoints and for advisor noise. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * A fixed number in [-1, 1] for a key: how far off an advisor's estimate is. It does not consume
 * the game's generator, so looking at a view never changes the game.
 */
export function noise(seed: number, key: string): number {
  const { value } = nextRandom(hashString(`${seed}|${key}`));
  return value * 2 - 1;
}

/** Turns any integer seed into the generator's starting state. */
export function seedState(seed: number): number {
  return hashString(`seed:${seed}`) | 0;
}
