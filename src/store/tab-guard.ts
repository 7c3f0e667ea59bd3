import { type Slot, slotTexts } from './save-slots.ts';
import type { StorageLike } from './storage.ts';

/**
 * A second tab (or window) on the same game writes the same two slots. Each tab remembers the
 * exact text it last saw in its game's slots, when it opened or last wrote the game: if a slot
 * holds anything else before the next write, another copy of the game wrote it, and writing now
 * would silently drop that copy's moves. The store then keeps this tab's moves as a separate game
 * instead (both are listed), and the player is told. Storage events tell it sooner, but they are
 * only a courtesy: the check before each write is what holds.
 */
export interface TabGuard {
  /** Remembers the slots of `game` as they are now (after opening or writing it). */
  look(game: string): void;
  /** Whether another tab has written `game` since this one last looked. */
  otherTabWrote(game: string): boolean;
}

export function tabGuard(storage: StorageLike | null): TabGuard {
  let seen: { readonly game: string; readonly slots: Readonly<Record<Slot, string | null>> } | null = null;
  return {
    look(game) {
      seen = { game, slots: slotTexts(storage, game) };
    },
    otherTabWrote(game) {
      if (seen === null || seen.game !== game) return false;
      const now = slotTexts(storage, game);
      // A slot emptied (storage cleared elsewhere) loses nothing by being written again.
      return (['a', 'b'] as const).some((slot) => now[slot] !== null && now[slot] !== seen?.slots[slot]);
    },
  };
}
