import type { ActorId, Controller, Scenario } from '../engine/index.ts';

/**
 * The game in the browser has one person at the screen, or several taking turns at it (hotseat):
 * the screens show the view of the delegation whose person is to move, and ask for the screen to
 * be passed when another person's turn comes. A save whose people are on delegations nobody may
 * play (background ones, or not playable), or that has no person at all, would wait for ever
 * for a move nobody can make ("Waiting for north_korea."), so its seats are put right before it
 * is replayed, and the player is told. The log is then verified against the repaired seats: a
 * move by a seat turned over to the AI must be the AI's own move, or the save is refused there.
 */

/** What was changed in a save's seats. */
export interface SeatRepair {
  /** Delegations the save had as people that a person cannot play here, now played by the AI. */
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
      /** The people at the screen, in the scenario's order: more than one for a hotseat game. */
      readonly people: readonly ActorId[];
    }
  | { readonly ok: false; readonly message: string };

/**
 * Every person on a delegation the scenario lets a person play stays a person; people elsewhere
 * go to the AI. With none left, the delegation the summary names becomes the person's, if a
 * person may play it. Delegations that are not in the scenario are dropped (the engine ignores
 * them anyway).
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
  const kept = people.filter((id) => playable.has(id));
  const seated = kept.length > 0 ? kept : playable.has(summaryPlayer) ? [summaryPlayer] : [];
  if (seated.length === 0) {
    return {
      ok: false,
      message: 'no delegation in it is one a person can play in this scenario',
    };
  }
  const repaired: Record<ActorId, Controller> = {};
  for (const actor of scenario.actors) repaired[actor.id] = seated.includes(actor.id) ? 'person' : 'ai';
  const toAi = people.filter((id) => !seated.includes(id));
  const toPerson = kept.length === 0 ? summaryPlayer : null;
  const repair = toAi.length > 0 || toPerson !== null ? { toAi, toPerson } : null;
  return { ok: true, controllers: repaired, repair, people: seated };
}
