import type { Offer } from './offer.ts';
import type { GameState } from './state.ts';
import type { ActorId, PackageLine } from './types.ts';

/**
 * What a delegation has already been told no to. A negotiator who tables the same package again
 * after it was refused tells the other side nothing new and wastes a round, so the AI (from
 * version 2) never does: it tables another package worth no more to the other side, or waits.
 */

/** A package's identity: its lines in a canonical order, with their tiers and terms. */
export function packageKey(give: readonly PackageLine[], ask: readonly PackageLine[]): string {
  const side = (lines: readonly PackageLine[]) =>
    lines
      .map((l) => `${l.item}@${l.tier}${l.promised ? 'p' : ''}${l.conditional ? 'c' : ''}`)
      .sort()
      .join('+');
  return `${side(give)}|${side(ask)}`;
}

/**
 * The packages `proposer` tabled to `receiver` that `receiver` refused (turned down, or answered
 * with a counter-offer of its own), since the two last made a deal, or `receiver` changed leader
 * or was unlocked: after any of those a refusal says nothing of what it would take now.
 */
export function refusedPackages(state: GameState, proposer: ActorId, receiver: ActorId): ReadonlySet<string> {
  const refused = new Set<string>();
  let pending: Offer | null = null;
  for (const entry of state.log) {
    const collapsed = entry.events.some((e) => e.type === 'dealCollapsed');
    for (const e of entry.events) {
      const pair =
        e.offer !== undefined &&
        ((e.offer.from === proposer && e.offer.to === receiver) ||
          (e.offer.from === receiver && e.offer.to === proposer));
      if (
        (e.type === 'offerAccepted' && pair && !collapsed) ||
        ((e.type === 'leaderChanged' || e.type === 'unlocked') && e.actor === receiver)
      ) {
        refused.clear();
        pending = null;
      } else if (e.type === 'offerMade' && pair && e.offer.from === proposer) {
        pending = e.offer;
      } else if (e.type === 'offerRejected' && pair && e.offer.from === proposer) {
        refused.add(packageKey(e.offer.give, e.offer.ask));
        pending = null;
      } else if (e.type === 'counterOffered' && pair && e.offer.from === receiver && pending) {
        refused.add(packageKey(pending.give, pending.ask));
        pending = null;
      } else if (e.type === 'counterOffered' && pair && e.offer.from === proposer) {
        pending = e.offer;
      }
    }
  }
  return refused;
}
