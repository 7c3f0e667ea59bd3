import { estimateItemCost, estimateItemValue, estimateTarget } from './beliefs.ts';
import { novelty, ratification, reliefAtTrust } from './judge.ts';
import type { GameState, Offer } from './state.ts';
import type { ActorId, PackageLine, Scenario } from './types.ts';

/**
 * What the advisors read from the table for the preview (`preview.ts`): the counterpart's recent
 * refusals of our packages and the packages it proposed to us, all of which the viewer saw (the
 * log keeps them in its view), valued with the same estimates as the draft.
 */

/** Something the counterpart did at the table that the advisors read the draft by. */
export interface PreviewEvidence {
  /** `refused`: it turned down a package of ours; `asked`: it proposed a package to us itself. */
  readonly kind: 'refused' | 'asked';
  readonly turn: number;
  /** What that package gave it, as the advisors estimate now (for `asked`, taken from our side). */
  readonly worth: number;
  /** How far its demands have come down along its concession curve since then (estimated). */
  readonly ease: number;
  /** The draft is that very package (for `asked`: what it asked, given; what it gave, asked). */
  readonly same: boolean;
  /**
   * How far off the advisors may be (one standard deviation) on how much more the draft gives it
   * than that package did: nothing for the same items, more the more the two packages differ.
   */
  readonly spread: number;
}

/** How many turns back the advisors read the counterpart's answers and proposals. */
export const PREVIEW_MEMORY = 3;

/** A package's worth to the counterpart, as the advisors estimate it, with how far off they may be. */
export interface Reading {
  readonly value: number;
  /** ± the most the advisors might be off. */
  readonly band: number;
  /** The variance of their error: each estimate is off by a uniform error within its band. */
  readonly variance: number;
  /**
   * Each estimate the reading rests on (an item's value to the counterpart, or its cost to it),
   * with the most it moves the reading by, signed. Two readings that rest on the same estimates
   * are off together, so their difference is surer than either.
   */
  readonly terms: ReadonlyMap<string, number>;
}

/** One standard deviation of the advisors' error on the difference of two readings. */
export function differenceSpread(a: Reading, b: Reading): number {
  let variance = 0;
  for (const key of new Set([...a.terms.keys(), ...b.terms.keys()])) {
    variance += ((a.terms.get(key) ?? 0) - (b.terms.get(key) ?? 0)) ** 2 / 3;
  }
  return Math.sqrt(variance);
}

/** The counterpart's surplus from a package, as the viewer's advisors estimate it. */
export function readPackage(
  scenario: Scenario,
  state: GameState,
  viewer: ActorId,
  to: ActorId,
  give: readonly PackageLine[],
  ask: readonly PackageLine[],
  trust: number,
): Reading {
  const p = scenario.params;
  let value = reliefAtTrust(scenario, state, trust);
  let band = 0;
  let variance = 0;
  const terms = new Map<string, number>();
  for (const l of give) {
    const v = estimateItemValue(scenario, state, viewer, l.item, to);
    const factor =
      l.tier *
      novelty(scenario, state, l) *
      (l.promised ? trust : 1) *
      (l.conditional ? p.conditionalValue : 1);
    value += v.value * factor;
    band += v.band * factor;
    variance += (v.band * factor) ** 2 / 3;
    terms.set(`value|${l.item}`, v.band * factor);
  }
  for (const l of ask) {
    const c = estimateItemCost(scenario, state, viewer, l.item);
    value -= c.value * l.tier;
    band += c.band * l.tier;
    variance += (c.band * l.tier) ** 2 / 3;
    terms.set(`cost|${l.item}`, -c.band * l.tier);
  }
  return { value, band, variance, terms };
}

const lineKey = (lines: readonly PackageLine[], flags: boolean) =>
  lines
    .map((l) => `${l.item}@${l.tier}${flags && l.promised ? 'p' : ''}${flags && l.conditional ? 'c' : ''}`)
    .sort()
    .join('+');

const between = (a: ActorId, b: ActorId, x: ActorId | undefined, y: ActorId | undefined) =>
  (x === a && y === b) || (x === b && y === a);

/** A package the counterpart answered or proposed lately, and when, before it is valued. */
interface Seen {
  readonly kind: PreviewEvidence['kind'];
  readonly turn: number;
  readonly offer: Offer;
  /** Rounds the counterpart's curve has stepped since, by the time the draft is judged. */
  readonly steps: number;
}

/**
 * The counterpart's answers to us and proposals to us, newest first, back to the last deal
 * between us, its last change of leader or its unlocking (after which they say nothing of it
 * now), and no further back than {@link PREVIEW_MEMORY} turns. A counter-offer refuses the offer
 * it answers as well as proposing its own. Each carries how many rounds of the counterpart's
 * concession curve have passed since: one per later turn in which we talked, one more if the
 * draft opens a new round, one fewer each time we held the line against it.
 */
function recentAnswers(state: GameState, viewer: ActorId, to: ActorId, opensRound: boolean): Seen[] {
  let start = state.log.length;
  while (start > 0 && state.log[start - 1]!.turn >= state.turn - PREVIEW_MEMORY) start--;
  const found: { readonly seen: Omit<Seen, 'steps'>; readonly at: number }[] = [];
  /** Turns we talked in, and where we held the line against it, by log index. */
  const talks: { readonly turn: number; readonly at: number }[] = [];
  const held: number[] = [];
  let ours: Offer | null = null;
  for (let at = start; at < state.log.length; at++) {
    const entry = state.log[at]!;
    const collapsed = entry.events.some((e) => e.type === 'dealCollapsed');
    for (const e of entry.events) {
      if (
        (e.type === 'offerAccepted' && !collapsed && between(viewer, to, e.actor, e.target)) ||
        ((e.type === 'leaderChanged' || e.type === 'unlocked') && e.actor === to)
      ) {
        found.length = 0;
        talks.length = 0;
        held.length = 0;
        ours = null;
        continue;
      }
      const talk = e.type === 'offerMade' || e.type === 'counterOffered' || e.type === 'summitHeld';
      if (talk && between(viewer, to, e.actor, e.target)) talks.push({ turn: entry.turn, at });
      if (e.type === 'heldLine' && e.actor === to && e.target === viewer) held.push(at);
      if ((e.type === 'offerMade' || e.type === 'counterOffered') && e.actor === viewer && e.target === to) {
        ours = e.offer;
      } else if (e.type === 'offerRejected' && e.actor === to && e.target === viewer) {
        found.push({ seen: { kind: 'refused', turn: entry.turn, offer: e.offer }, at });
        ours = null;
      } else if (
        (e.type === 'offerMade' || e.type === 'counterOffered') &&
        e.actor === to &&
        e.target === viewer
      ) {
        if (e.type === 'counterOffered' && ours) {
          found.push({ seen: { kind: 'refused', turn: entry.turn, offer: ours }, at });
        }
        found.push({ seen: { kind: 'asked', turn: entry.turn, offer: e.offer }, at });
        ours = null;
      }
    }
  }
  return found.reverse().map(({ seen, at }) => ({
    ...seen,
    steps:
      new Set(talks.filter((t) => t.at > at && t.turn > seen.turn).map((t) => t.turn)).size +
      (opensRound ? 1 : 0) -
      held.filter((h) => h > at).length,
  }));
}

/** The counterpart's recent refusals and proposals, valued as the advisors value the draft. */
export function evidenceFor(
  scenario: Scenario,
  state: GameState,
  viewer: ActorId,
  to: ActorId,
  give: readonly PackageLine[],
  ask: readonly PackageLine[],
  draft: Reading,
  trust: number,
  judged: number,
  opensRound: boolean,
): PreviewEvidence[] {
  const now = estimateTarget(scenario, state, viewer, to, judged).value;
  const draftGive = lineKey(give, true);
  const draftAsk = lineKey(ask, false);
  const out: PreviewEvidence[] = [];
  for (const seen of recentAnswers(state, viewer, to, opensRound)) {
    const { offer } = seen;
    // What we gave (or would give, for its own proposal) and what we asked.
    const ours = seen.kind === 'refused' ? offer.give : offer.ask;
    const theirs = seen.kind === 'refused' ? offer.ask : offer.give;
    // A package its public would not ratify now says nothing about its bar; nor does a bare
    // demand, which states a position rather than what it would settle for.
    if (!ratification(scenario, state, to, ours, theirs).ok) continue;
    if (seen.kind === 'asked' && theirs.length === 0) continue;
    const then = estimateTarget(scenario, state, viewer, to, Math.max(0, judged - seen.steps)).value;
    const reading = readPackage(scenario, state, viewer, to, ours, theirs, trust);
    out.push({
      kind: seen.kind,
      turn: seen.turn,
      worth: reading.value,
      ease: Math.max(0, then - now),
      spread: differenceSpread(draft, reading),
      same:
        seen.kind === 'refused'
          ? lineKey(ours, true) === draftGive && lineKey(theirs, false) === draftAsk
          : lineKey(ours, true) === draftGive && lineKey(theirs, false) === draftAsk,
    });
  }
  return out;
}
