import type { Action, ActorId, DomainEvent, ForumId, PackageLine } from '../engine/index.ts';

/** The screens of the game, one at a time. */
export type Screen = 'title' | 'briefing' | 'table' | 'debrief';

/** The package being put together in the move panel (or the counter-offer in the respond panel). */
export interface Draft {
  readonly to: ActorId | null;
  readonly forum: ForumId | null;
  readonly give: readonly PackageLine[];
  readonly ask: readonly PackageLine[];
}

/** No counterpart chosen, nothing given or asked. */
export const EMPTY_DRAFT: Draft = { to: null, forum: null, give: [], ask: [] };

/** The latest events for the table to animate; `seq` grows with every batch. */
export interface Feed {
  readonly seq: number;
  readonly actions: readonly Action[];
  readonly events: readonly DomainEvent[];
}
