import { type Estimate, estimateRelation, estimateTarget } from './beliefs.ts';
import { formatMessage } from './describe.ts';
import { lockHolds, type Ratification, ratification } from './judge.ts';
import { ENGINE_MESSAGES_EN, type EngineMessages, type PreviewMessageId } from './messages/en.ts';
import type { MessageParams } from './messages/params.ts';
import { lookup } from './numbers.ts';
import { evidenceFor, type PreviewEvidence, readPackage } from './preview-evidence.ts';
import { type GameState, leaderOf, relationOf } from './state.ts';
import type { ActorId, PackageLine, Scenario } from './types.ts';

export { PREVIEW_MEMORY, type PreviewEvidence } from './preview-evidence.ts';

/**
 * The advisors' preview of an offer before it is made: will the other side take it, will both
 * publics ratify it, what does it teach the other side to expect. The advisors know what the
 * viewer knows: their estimates of the other side's numbers (`beliefs.ts`) and what it did at the
 * table, which the log shows the viewer (what it turned down from us, what it asked of us). They
 * never read its true numbers.
 */

/** A line of the advisors' preview: a message of `PREVIEW_MESSAGES_EN` and its parameters. */
export interface PreviewNote {
  readonly message: PreviewMessageId;
  readonly params: MessageParams;
}

/** The advisors' preview of an offer before it is made. */
export interface Preview {
  readonly likely: 'accept' | 'reject' | 'uncertain';
  /** What the counterpart would get out of it, as the advisors estimate. */
  readonly theirSurplus: Estimate;
  /**
   * What the counterpart holds out for at the round the offer would be judged at, as the
   * advisors estimate it after what it refused and asked for lately.
   */
  readonly theirTarget: Estimate;
  /**
   * How far the estimated surplus clears that bar, in standard deviations of the advisors' error
   * (negative: falls short). The label follows it unless a recent refusal or proposal decides.
   */
  readonly margin: number;
  readonly ourHome: Ratification;
  readonly theirHome: Ratification;
  /** Estimated rise in the counterpart's expectation if it accepts. */
  readonly expectationRisk: number;
  /** The counterpart's recent refusals of our packages and its own proposals, newest first. */
  readonly evidence: readonly PreviewEvidence[];
  /** The one of them that settled the label, if one did. */
  readonly decidedBy: PreviewEvidence | null;
  /** The advisors' sentences, as messages. */
  readonly notes: readonly PreviewNote[];
  /** The advisors' sentences, in English. */
  readonly advice: readonly string[];
}

/**
 * How sure the advisors must be, in standard deviations of their combined error on the
 * counterpart's surplus and bar. "Likely to accept" when the estimate clears the bar by
 * `accept`; "likely to refuse" when it falls short of it at all (`reject`): offers are chosen
 * because they look good, so the estimates of the ones made run high, and one just short of the
 * bar is taken about one time in five. Tuned with `npm run calibrate`
 * (docs/preview-calibration.md) so that "likely to accept" offers are accepted three times in
 * four or more and "likely to refuse" ones at most one time in five.
 */
export const PREVIEW_CONFIDENCE = { accept: 1.25, reject: 0 } as const;

/**
 * A refusal says the counterpart held out for more than the package gave it, not how much more:
 * the advisors put its bar this many standard deviations above (tuned with the labels).
 */
const REFUSAL_MARGIN = 0.5;

/**
 * A package that differs from what the counterpart asked for gives it at least as much only if
 * the advisors are sure of it: by this many standard deviations of their error on the difference
 * (none when the draft only adds to what it asked for, since the shared items' errors cancel).
 */
const ASKED_MARGIN = 1;

/** The variance of the advisors' error on what the counterpart holds out for at a curve step. */
function targetVariance(scenario: Scenario, state: GameState, viewer: ActorId, to: ActorId, judged: number) {
  const e = estimateRelation(scenario, state, viewer, to, 'expectation');
  const r = estimateRelation(scenario, state, viewer, to, 'reservation');
  const c = lookup(scenario.params.curves[leaderOf(scenario, state, to).style], judged);
  // T = R + (E' − R)·c: each estimate off by a uniform error within its band.
  return ((e.band * c) ** 2 + (r.band * (1 - c)) ** 2) / 3;
}

/** What decided the label, and the sentence that says so. */
interface Verdict {
  readonly likely: Preview['likely'];
  readonly decidedBy: PreviewEvidence | null;
  readonly note: PreviewNote | null;
}

/**
 * A recent answer settles the label when it covers the draft: a refusal of a package that gave
 * the counterpart at least as much, or a package it proposed itself that gives it no more than
 * the draft does. The newest such answer counts. A refusal counts even when its demands have come
 * down a round or two since: such offers were taken about one time in thirty in calibration.
 */
function settledBy(value: number, them: ActorId, evidence: readonly PreviewEvidence[]): Verdict | null {
  for (const ev of evidence) {
    if (ev.kind === 'refused' && value <= ev.worth) {
      return {
        likely: 'reject',
        decidedBy: ev,
        note: {
          message: ev.ease > 0 ? 'preview.refused-since' : 'preview.refused',
          params: { them, worth: ev.worth, turn: ev.turn },
        },
      };
    }
    if (ev.kind === 'asked' && (ev.same || value - ev.worth >= ASKED_MARGIN * ev.spread)) {
      return {
        likely: 'accept',
        decidedBy: ev,
        note: ev.same
          ? { message: 'preview.asked', params: { them, turn: ev.turn } }
          : { message: 'preview.asked-more', params: { them, worth: ev.worth, turn: ev.turn } },
      };
    }
  }
  return null;
}

/**
 * What the counterpart holds out for, in the light of its recent answers: more than what it
 * refused gave it, no more than what it asked for, each less what it has come down since. Older
 * answers first, so the newest has the last word; returns the answer that moved the bar last.
 */
function boundedBar(
  estimate: number,
  evidence: readonly PreviewEvidence[],
  sigma: number,
): { readonly bar: number; readonly movedBy: PreviewEvidence | null } {
  let bar = estimate;
  let movedBy: PreviewEvidence | null = null;
  for (const ev of [...evidence].reverse()) {
    const bound = ev.worth - ev.ease + (ev.kind === 'refused' ? REFUSAL_MARGIN * sigma : 0);
    if (ev.kind === 'refused' ? bound > bar : bound < bar) {
      bar = bound;
      movedBy = ev;
    }
  }
  return { bar, movedBy };
}

/** The label from the margin alone, and a sentence on the answer that moved the bar, if one did. */
function byMargin(z: number, them: ActorId, bar: number, movedBy: PreviewEvidence | null): Verdict {
  const likely =
    z >= PREVIEW_CONFIDENCE.accept ? 'accept' : z <= PREVIEW_CONFIDENCE.reject ? 'reject' : 'uncertain';
  if (!movedBy) return { likely, decidedBy: null, note: null };
  const params = { them, worth: movedBy.worth, turn: movedBy.turn, bar };
  return {
    likely,
    decidedBy: null,
    note:
      movedBy.kind === 'refused'
        ? { message: 'preview.refused-earlier', params }
        : { message: 'preview.asked-earlier', params },
  };
}

/**
 * What `viewer`'s advisors say of offering `to` the package (`give` for `ask`) now: the label,
 * the estimates behind it, both homes' verdicts and the sentences, from what the viewer may know.
 * Pure; the same state and draft always give the same preview.
 */
export function previewOffer(
  scenario: Scenario,
  state: GameState,
  viewer: ActorId,
  to: ActorId,
  give: readonly PackageLine[],
  ask: readonly PackageLine[],
): Preview {
  const p = scenario.params;
  const trust = estimateRelation(scenario, state, viewer, to, 'trust').value;
  const draft = readPackage(scenario, state, viewer, to, give, ask, trust);
  const value = draft.value;
  // The offer is judged once it is tabled, and the first talk of a turn steps the curve on.
  const rel = relationOf(state, to, viewer);
  const opensRound = rel.roundTurn !== state.turn;
  const judged = rel.rounds + (opensRound ? 1 : 0);
  const target = estimateTarget(scenario, state, viewer, to, judged);
  const evidence = evidenceFor(scenario, state, viewer, to, give, ask, draft, trust, judged, opensRound);
  const sigma = Math.sqrt(draft.variance + targetVariance(scenario, state, viewer, to, judged));
  const { bar, movedBy } = boundedBar(target.value, evidence, sigma);
  const z =
    sigma > 0 ? (value - bar) / sigma : value >= bar ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  const ourHome = ratification(scenario, state, viewer, ask, give);
  const theirHome = ratification(scenario, state, to, give, ask);
  const locked = lockHolds(scenario, state, to, ask);
  const them = to;
  const verdict: Verdict =
    locked || !theirHome.ok
      ? { likely: 'reject', decidedBy: null, note: null }
      : (settledBy(value, them, evidence) ?? byMargin(z, them, bar, movedBy));
  const e = estimateRelation(scenario, state, viewer, to, 'expectation');
  const expectationRisk = Math.max(0, p.alphaUp * (value - e.value));
  const notes: PreviewNote[] = [];
  if (locked) notes.push({ message: 'preview.locked', params: { them } });
  if (verdict.note) notes.push(verdict.note);
  const figures = { them, value, bar };
  notes.push(
    verdict.likely === 'accept'
      ? { message: 'preview.accept', params: figures }
      : verdict.likely === 'reject'
        ? { message: 'preview.reject', params: figures }
        : { message: 'preview.either', params: { ...figures, spread: PREVIEW_CONFIDENCE.accept * sigma } },
  );
  notes.push(homeNote(ourHome));
  if (!theirHome.ok) {
    notes.push(
      theirHome.redLine
        ? { message: 'preview.their-red-line', params: { them, redLine: theirHome.redLine.text } }
        : { message: 'preview.their-public', params: { them } },
    );
  }
  if (expectationRisk >= 1) notes.push({ message: 'preview.risk', params: { them, risk: expectationRisk } });
  return {
    likely: verdict.likely,
    theirSurplus: { value, band: draft.band },
    theirTarget: { value: bar, band: target.band },
    margin: z,
    ourHome,
    theirHome,
    expectationRisk,
    evidence,
    decidedBy: verdict.decidedBy,
    notes,
    advice: notes.map((n) => describePreviewNote(scenario, n)),
  };
}

/** A line of the advisors' preview in words, in English unless another table is given. */
export function describePreviewNote(
  scenario: Scenario,
  note: PreviewNote,
  messages: EngineMessages = ENGINE_MESSAGES_EN,
): string {
  return formatMessage(messages.previews[note.message], note.params, scenario, messages);
}

/** What our own home would make of it; a delegation with no public hears only of red lines. */
function homeNote(home: Ratification): PreviewNote {
  if (!home.hasPublic) {
    return home.redLine
      ? { message: 'preview.home.none-red-line', params: { redLine: home.redLine.text } }
      : { message: 'preview.home.none', params: {} };
  }
  if (home.redLine) return { message: 'preview.home.red-line', params: { redLine: home.redLine.text } };
  const params = { verdict: home.verdict, bar: home.bar };
  return home.ok ? { message: 'preview.home.ok', params } : { message: 'preview.home.no', params };
}
