import type { ActorId, ForumId, PackageLine } from './types.ts';

/** A package on the table, from one delegation to another. */
export interface Offer {
  readonly id: number;
  readonly from: ActorId;
  readonly to: ActorId;
  readonly forum: ForumId | null;
  readonly give: readonly PackageLine[];
  readonly ask: readonly PackageLine[];
  /** A counter-offer cannot itself be countered in the same exchange. */
  readonly isCounter: boolean;
}
