import {
  type ActorId,
  actorOf,
  actorState,
  type Candidate,
  candidatePackages,
  createGame,
  type ForumId,
  fmt,
  type GameState,
  judgePackage,
  type Scenario,
} from '../engine/index.ts';
import type { AuditPath } from '../scenario/index.ts';
import { type DealPlay, dealPlayer } from './audit-play.ts';
import type { AuditFinding } from './audit-types.ts';

/**
 * The zone of agreement: for each playable delegation, is there any package that it and a
 * counterpart would both accept and both homes would ratify? Judged on the scenario's own figures
 * (no seeded spread), at the start of the game, but late in the talks: each side's demands have
 * come down its concession curve as far as the game's length allows, and locks are lifted (an
 * event may lift them). If the answer is no, no bot and no student can ever strike a deal there.
 */

/** Most lines on each side of a package searched; the AI itself searches two. */
const MAX_LINES = 3;
/** Above this many item tiers on a side, three-line packages would take too long to list. */
const MAX_TIERS_FOR_THREE = 8;

/** The best a side was offered: its surplus and what it holds out for (walk-away value or target). */
interface Best {
  readonly surplus: number;
  readonly bar: number;
}

/** What the search found between two delegations `a` and `b`. */
interface PairVerdict {
  readonly a: ActorId;
  readonly b: ActorId;
  readonly found: boolean;
  /** Packages both homes would ratify (red lines included). */
  readonly ratifiable: number;
  /** How many of those each side would take, and the one that came closest for it. */
  readonly aTakes: number;
  readonly bTakes: number;
  readonly bestForA: Best | null;
  readonly bestForB: Best | null;
}

/** Nominal figures: the spread between seeds is set to nothing, so the audit judges what was written. */
function nominalStart(scenario: Scenario): { scenario: Scenario; state: GameState } {
  const nominal: Scenario = { ...scenario, spread: 0 };
  const state = createGame(nominal, 1, {});
  const late = Math.max(0, scenario.turns.length - 1);
  for (const rel of Object.values(state.relations)) rel.rounds = late;
  for (const id of Object.keys(state.actors)) actorState(state, id).locked = false;
  return { scenario: nominal, state };
}

/** Forums two delegations both sit in, at any session, and direct talks. */
function sharedForums(scenario: Scenario, a: ActorId, b: ActorId): (ForumId | null)[] {
  return [
    null,
    ...scenario.forums.filter((f) => f.members.includes(a) && f.members.includes(b)).map((f) => f.id),
  ];
}

function tierCount(scenario: Scenario, giver: ActorId): number {
  return scenario.items.filter((i) => i.giver === giver).reduce((n, i) => n + i.tiers.length, 0);
}

/** Whether anything could flow between the two: an item one gives that the other values. */
export function couldTrade(scenario: Scenario, a: ActorId, b: ActorId): boolean {
  return scenario.items.some(
    (i) => (i.giver === a && (i.value[b] ?? 0) > 0) || (i.giver === b && (i.value[a] ?? 0) > 0),
  );
}

const closer = (best: Best | null, surplus: number, bar: number): Best =>
  best && best.surplus - best.bar >= surplus - bar ? best : { surplus, bar };

function judgePair(scenario: Scenario, state: GameState, a: ActorId, b: ActorId): PairVerdict {
  const small =
    tierCount(scenario, a) <= MAX_TIERS_FOR_THREE && tierCount(scenario, b) <= MAX_TIERS_FOR_THREE;
  const candidates: Candidate[] = candidatePackages(scenario, state, a, b, sharedForums(scenario, a, b), {
    maxLines: small ? MAX_LINES : 2,
  });
  let aTakes = 0;
  let bTakes = 0;
  let bestForA: Best | null = null;
  let bestForB: Best | null = null;
  for (const c of candidates) {
    // `a` gives c.give and gets c.ask; each side judges as the AI would, late in the talks.
    const forA = judgePackage(scenario, state, a, b, c.ask, c.give);
    const forB = judgePackage(scenario, state, b, a, c.give, c.ask);
    bestForA = closer(bestForA, forA.surplus, Math.max(forA.reservation, forA.target));
    bestForB = closer(bestForB, forB.surplus, Math.max(forB.reservation, forB.target));
    if (forA.accept) aTakes += 1;
    if (forB.accept) bTakes += 1;
    if (forA.accept && forB.accept)
      return { a, b, found: true, ratifiable: candidates.length, aTakes, bTakes, bestForA, bestForB };
  }
  return { a, b, found: false, ratifiable: candidates.length, aTakes, bTakes, bestForA, bestForB };
}

/**
 * Tries every combination of leaders: a red line may be meant to hold until a successor drops it.
 * The verdict under the first leaders explains a failure; any combination that works is enough.
 */
function judgeWithLeaders(scenario: Scenario, state: GameState, a: ActorId, b: ActorId): PairVerdict {
  let first: PairVerdict | null = null;
  try {
    for (let i = 0; i <= actorOf(scenario, a).successors.length; i++) {
      for (let j = 0; j <= actorOf(scenario, b).successors.length; j++) {
        actorState(state, a).leaderIndex = i;
        actorState(state, b).leaderIndex = j;
        const verdict = judgePair(scenario, state, a, b);
        if (verdict.found) return verdict;
        first ??= verdict;
      }
    }
    return first!;
  } finally {
    actorState(state, a).leaderIndex = 0;
    actorState(state, b).leaderIndex = 0;
  }
}

/** Why there is no zone, and where and how to open one, in an author's words. */
function explain(scenario: Scenario, v: PairVerdict): { why: string; hint: string; path: AuditPath } {
  const name = (id: ActorId) => actorOf(scenario, id).name;
  // The figures as written, not as turn-1 events left them: the author edits the file.
  const written = (from: ActorId, to: ActorId) =>
    scenario.relations.find((r) => r.from === from && r.to === to) ?? { reservation: 0, expectation: 0 };
  if (v.ratifiable === 0) {
    return {
      why: `every package between them crosses a red line or is refused at home by ${name(v.a)} or ${name(v.b)}`,
      hint: "check the leaders' `redLines` (a `require` needs an item the other side can give, in a forum both sit in) and the items' `publicCost` and `salience`",
      path: ['actors', { id: v.a }],
    };
  }
  const refuser = v.bTakes === 0 ? v.b : v.aTakes === 0 ? v.a : null;
  if (refuser !== null) {
    const proposer = refuser === v.a ? v.b : v.a;
    const best = refuser === v.a ? v.bestForA : v.bestForB;
    const rel = written(refuser, proposer);
    const numbers = best
      ? ` (the best is worth ${fmt(best.surplus)} VP to ${name(refuser)}, which holds out for ${fmt(best.bar)} VP)`
      : '';
    // Items kept off the table by the proposer's own red lines are often the reason.
    const refused = actorOf(scenario, proposer)
      .leader.redLines.filter((line) => line.kind === 'refuse')
      .map((line) => `\`${line.item}\``);
    const withheld =
      refused.length > 0
        ? `; ${actorOf(scenario, proposer).leader.name} refuses to give ${refused.join(' or ')}`
        : '';
    return {
      why: `${name(refuser)} would refuse every package ${name(proposer)} could offer, even late in the talks${numbers}${withheld}`,
      hint: `lower \`reservation\` (${fmt(rel.reservation)} in the file) or \`expectation\` (${fmt(rel.expectation)} in the file) in the relation from \`${refuser}\` to \`${proposer}\`, or raise the \`value\` to \`${refuser}\` of the items \`${proposer}\` gives`,
      path: ['relations', { from: refuser, to: proposer }],
    };
  }
  return {
    why: 'each side would take some packages, but never one that the other would take too',
    hint: `lower the \`reservation\` or \`expectation\` in the relations between \`${v.a}\` and \`${v.b}\`, or add an item that is worth more to its receiver than it costs its giver`,
    path: ['relations', { from: v.a, to: v.b }],
  };
}

/**
 * Zone-of-agreement findings. An error when a playable delegation can strike no deal with anyone;
 * a warning for each pair that has something to trade (an item one gives and the other values)
 * but no package both would take. Pairs with nothing to trade (allies) are left alone.
 */
export function zoneFindings(
  written: Scenario,
  dealsOf: (player: ActorId) => DealPlay = dealPlayer(written),
): AuditFinding[] {
  const { scenario, state } = nominalStart(written);
  const atTable = scenario.actors.filter((a) => !a.background).map((a) => a.id);
  const verdicts = new Map<string, PairVerdict>();
  const verdictFor = (x: ActorId, y: ActorId): PairVerdict => {
    const [a, b] = [x, y].sort() as [ActorId, ActorId];
    const key = `${a}|${b}`;
    const known = verdicts.get(key);
    if (known) return known;
    const verdict = judgeWithLeaders(scenario, state, a, b);
    verdicts.set(key, verdict);
    return verdict;
  };
  const out: AuditFinding[] = [];
  // Delegations left with no deal anywhere get one error per set of counterparts, not a warning each.
  const stuck = new Set<ActorId>();
  const said = new Set<string>();
  for (const actor of scenario.actors.filter((a) => a.playable)) {
    const pairs = atTable.filter((id) => id !== actor.id).map((id) => verdictFor(actor.id, id));
    if (pairs.some((v) => v.found)) continue;
    stuck.add(actor.id);
    const tried = pairs.filter((v) => couldTrade(scenario, v.a, v.b));
    const others = tried.map((v) => (v.a === actor.id ? v.b : v.a));
    const key = [actor.id, ...others].sort().join('|');
    if (said.has(key)) continue;
    said.add(key);
    const main = tried[0];
    const reason = main
      ? explain(scenario, main)
      : pairs.length > 0
        ? {
            why: 'nobody at the table values what it gives, and it values nothing they give',
            hint: 'give its items a `value` for the delegations that would want them, and theirs a `value` for it',
          }
        : {
            why: 'it has no one at the table to deal with',
            hint: 'add another actor that is not `background`',
          };
    const names = others.length > 0 ? others.map((id) => actorOf(scenario, id).name).join(' or ') : 'anyone';
    // The figures above are the file's own, at the start: the spread between games and the events
    // move them. Where the audit's games struck a deal all the same, the verdict is play's.
    const play = dealsOf(actor.id);
    if (play.deals > 0) {
      out.push({
        code: 'audit/no-zone-of-agreement',
        severity: 'warning',
        path: ['actors', { id: actor.id }],
        message: `at the file's starting figures no package between ${actor.name} and ${names} could be agreed (${reason.why}), but ${play.deals} of ${play.games} test games with ${actor.name} played struck one all the same, as the figures vary between games and the events move them`,
        hint: `if deals should come more often, ${reason.hint.charAt(0).toLowerCase()}${reason.hint.slice(1)}`,
      });
      continue;
    }
    out.push({
      code: 'audit/no-zone-of-agreement',
      severity: 'error',
      path: ['actors', { id: actor.id }],
      message: `no package between ${actor.name} and ${names} could ever be agreed: ${reason.why}${play.games > 0 ? `; none of ${play.games} test games with ${actor.name} played struck one either` : ''}`,
      hint: reason.hint,
    });
  }
  // Pairs that were meant to trade but cannot, where the playable side has a deal elsewhere.
  for (const v of verdicts.values()) {
    if (v.found || !couldTrade(scenario, v.a, v.b) || stuck.has(v.a) || stuck.has(v.b)) continue;
    const reason = explain(scenario, v);
    out.push({
      code: 'audit/no-zone-with-counterpart',
      severity: 'warning',
      path: reason.path,
      fallback: ['actors', { id: v.a }],
      message: `no package between ${actorOf(scenario, v.a).name} and ${actorOf(scenario, v.b).name} could ever be agreed: ${reason.why}`,
      hint: reason.hint,
    });
  }
  return out;
}
