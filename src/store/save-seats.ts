import type { ActorId, Controller, Scenario } from '../engine/index.ts';

/**
 * The game in the browser has one person: the screens show that delegation's view and wait for its
 * moves. A save with no person, or with several, would wait for ever for a move nobody can make
 * ("Waiting for north_korea."), so its seats are put right before it is replayed, and the player
 * is told. The log is then verified against the repaired seats: a move by a seat turned over to
 * the AI must be the AI's own move, or the save is refused at that move.
 */

/** What was changed in a save's seats. */
export interface SeatRepair {
  /** Delegations the save had as people, now played by the AI. */
  readonly toAi: readonly ActorId[];
  /** The delegation the save had as the AI (or not at all), now the person's. */
  readonly toPerson: ActorId | null;
}

/** The seats a save is replayed with, and what was changed, if anything. */
export type SeatCheck =
  | {
      readonly ok: true;
      readonly controllers: Readonly<Record<ActorId, Controller>>;
      readonly repair: SeatRepair | null;
    }
  | { readonly ok: false; readonly message: string };

/**
 * Exactly one person, on a delegation the scenario lets a person play: the save's own person when
 * it has one, preferring the delegation its summary names; else that delegation. Delegations that
 * are not in the scenario are dropped (the engine ignores them anyway).
 */
export function checkSeats(
  scenario: Scenario,
  controllers: Readonly<Record<ActorId, Controller>>,
  summaryPlayer: ActorId,
): SeatCheck {
  // The seats the title screen and class links offer (`seatsOf` in class-link.ts, which imports
  // the save list, so importing it here would make a cycle).
  const playable = new Set(scenario.actors.filter((a) => a.playable && !a.background).map((a) => a.id));
  const isPerson = (id: ActorId) => Object.hasOwn(controllers, id) && controllers[id] === 'person';
  // Background delegations never move, whatever a save says of them: nothing to put right there.
  const people = scenario.actors
    .filter((a) => !a.background)
    .map((a) => a.id)
    .filter(isPerson);
  const candidates = people.filter((id) => playable.has(id));
  const keep = candidates.includes(summaryPlayer)
    ? summaryPlayer
    : (candidates[0] ?? (playable.has(summaryPlayer) ? summaryPlayer : null));
  if (keep === null) {
    return {
      ok: false,
      message: 'no delegation in it is one a person can play in this scenario',
    };
  }
  const repaired: Record<ActorId, Controller> = {};
  for (const actor of scenario.actors) repaired[actor.id] = actor.id === keep ? 'person' : 'ai';
  const toAi = people.filter((id) => id !== keep);
  const toPerson = isPerson(keep) ? null : keep;
  const repair = toAi.length > 0 || toPerson !== null ? { toAi, toPerson } : null;
  return { ok: true, controllers: repaired, repair };
}
