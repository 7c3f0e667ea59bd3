import type { Action, ActorId, DomainEvent, ForumId, PackageLine } from '../engine/index.ts';
import type { Move } from '../sim/index.ts';

/** The screens of the game, one at a time. */
export type Screen = 'title' | 'class' | 'studio' | 'briefing' | 'table' | 'debrief';

/** The package being put together in the move panel (or the counter-offer in the respond panel). */
export interface Draft {
  readonly to: ActorId | null;
  readonly forum: ForumId | null;
  readonly give: readonly PackageLine[];
  readonly ask: readonly PackageLine[];
}

/** No counterpart chosen, nothing given or asked. */
export const EMPTY_DRAFT: Draft = { to: null, forum: null, give: [], ask: [] };

/**
 * The latest batch of play, for the table to animate and the panel to answer: `seq` grows with
 * every batch. `moves` are the person's action and everything the AI did after it, each with the
 * state before and after; `events` are all of the batch's events in order, the opening ones of a
 * new game (which belong to no move) first.
 */
export interface Feed {
  readonly seq: number;
  readonly actions: readonly Action[];
  readonly moves: readonly Move[];
  readonly events: readonly DomainEvent[];
}

/** A batch with nothing in it: a fresh store, or a game replaced without play. */
export function emptyFeed(seq: number): Feed {
  return { seq, actions: [], moves: [], events: [] };
}
