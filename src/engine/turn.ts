import { actorOf, actorState, type GameState, type Offer, sortedIds } from './state.ts';
import type { ActorId, Scenario } from './types.ts';

/** A delegation has the move: side moves, then one table move. */
export interface MoveTurn {
  readonly mode: 'move';
  readonly actor: ActorId;
}

/** A delegation must answer the offer on the table, which comes with the turn. */
export interface AnswerTurn {
  readonly mode: 'respond';
  readonly actor: ActorId;
  readonly offer: Offer;
}

/** Whose turn it is and what kind: answering carries the offer, so no reader re-reads `pending`. */
export type Turn = MoveTurn | AnswerTurn;

/** Who must act now, and whether to move or to answer the offer on the table; null once the game is over. */
export function whoMustAct(scenario: Scenario, state: GameState): Turn | null {
  if (state.status === 'ended') return null;
  if (state.pending) return { mode: 'respond', actor: state.pending.to, offer: state.pending };
  const actor = scenario.order[state.cursor];
  return actor === undefined ? null : { mode: 'move', actor };
}

/**
 * The delegations `id` can deal with now: at the table (not background), still in the talks, not
 * itself. Sorted by id, the order every loop of the rules uses, so listings and the AI agree.
 */
export function counterpartsOf(scenario: Scenario, state: GameState, id: ActorId): ActorId[] {
  return sortedIds(state.actors).filter(
    (other) => other !== id && !actorOf(scenario, other).background && !actorState(state, other).ousted,
  );
}
