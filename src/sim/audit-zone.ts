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
import type { AuditPath } from './audit-locate.ts';
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

interface PairVerdict {
  readonly found: boolean;
  /** Packages both homes would ratify (red lines included). */
  readonly ratifiable: number;
  /** Of those, how many the counterpart accepts, and its best surplus against what it holds out for. */
  readonly counterpartAccepts: number;
  readonly bestForCounterpart: { surplus: number; bar: number } | null;
  /** The best the delegation itself can do among what the counterpart accepts, against its walk-away value. */
  readonly bestForSelf: { surplus: number; bar: number } | null;
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

function judgePair(scenario: Scenario, state: GameState, self: ActorId, other: ActorId): PairVerdict {
  const small =
    tierCount(scenario, self) <= MAX_TIERS_FOR_THREE && tierCount(scenario, other) <= MAX_TIERS_FOR_THREE;
  const candidates: Candidate[] = candidatePackages(
    scenario,
    state,
    self,
    other,
    sharedForums(scenario, self, other),
    { maxLines: small ? MAX_LINES : 2 },
  );
  let counterpartAccepts = 0;
  let bestForCounterpart: PairVerdict['bestForCounterpart'] = null;
  let bestForSelf: PairVerdict['bestForSelf'] = null;
  for (const c of candidates) {
    const theirs = judgePackage(scenario, state, other, self, c.give, c.ask);
    const theirBar = Math.max(theirs.reservation, theirs.target);
    if (
      !bestForCounterpart ||
      theirs.surplus - theirBar > bestForCounterpart.surplus - bestForCounterpart.bar
    )
      bestForCounterpart = { surplus: theirs.surplus, bar: theirBar };
    if (!theirs.accept) continue;
    counterpartAccepts += 1;
    // The delegation itself is played by a person, who can take anything above its walk-away value.
    const mine = judgePackage(scenario, state, self, other, c.ask, c.give);
    const takes = mine.home.ok && !mine.locked && mine.surplus >= mine.reservation;
    if (takes)
      return {
        found: true,
        ratifiable: candidates.length,
        counterpartAccepts,
        bestForCounterpart,
        bestForSelf,
      };
    if (!bestForSelf || mine.surplus - mine.reservation > bestForSelf.surplus - bestForSelf.bar)
      bestForSelf = { surplus: mine.surplus, bar: mine.reservation };
  }
  return { found: false, ratifiable: candidates.length, counterpartAccepts, bestForCounterpart, bestForSelf };
}

/** Tries every combination of leaders: a red line may be meant to hold until a successor drops it. */
function judgeWithLeaders(scenario: Scenario, state: GameState, self: ActorId, other: ActorId): PairVerdict {
  let first: PairVerdict | null = null;
  const mine = actorOf(scenario, self).successors.length;
  const theirs = actorOf(scenario, other).successors.length;
  for (let a = 0; a <= mine; a++) {
    for (let b = 0; b <= theirs; b++) {
      actorState(state, self).leaderIndex = a;
      actorState(state, other).leaderIndex = b;
      const verdict = judgePair(scenario, state, self, other);
      first ??= verdict;
      if (verdict.found) return verdict;
    }
  }
  actorState(state, self).leaderIndex = 0;
  actorState(state, other).leaderIndex = 0;
  return first!;
}

/** Why there is no zone, and how to open one, in an author's words. */
function explain(
  scenario: Scenario,
  state: GameState,
  self: ActorId,
  other: ActorId,
  v: PairVerdict,
): { why: string; hint: string; path: AuditPath } {
  const me = actorOf(scenario, self);
  // The figures as written, not as turn-1 events left them: the author edits the file.
  const written = (from: ActorId, to: ActorId) =>
    scenario.relations.find((r) => r.from === from && r.to === to) ?? { reservation: 0, expectation: 0 };
  const them = actorOf(scenario, other);
  if (v.ratifiable === 0) {
    return {
      why: `every package between them crosses a red line or is refused at home by ${me.name} or ${them.name}`,
      hint: `check the leaders' \`redLines\` (a \`require\` needs an item the other side can give, in a forum both sit in) and the items' \`publicCost\` and \`salience\``,
      path: ['actors', { id: other }],
    };
  }
  if (v.counterpartAccepts === 0) {
    const rel = written(other, self);
    const best = v.bestForCounterpart;
    const numbers = best
      ? `: the best of them is worth ${fmt(best.surplus)} VP to ${them.name}, which holds out for ${fmt(best.bar)} VP`
      : '';
    return {
      why: `${them.name} would refuse every package ${me.name} could offer, even late in the talks${numbers}`,
      hint: `lower \`reservation\` (${fmt(rel.reservation)} in the file) or \`expectation\` (${fmt(rel.expectation)} in the file) in the relation from \`${other}\` to \`${self}\`, or raise the \`value\` to \`${other}\` of the items \`${self}\` gives`,
      path: ['relations', { from: other, to: self }],
    };
  }
  const rel = written(self, other);
  const best = v.bestForSelf;
  const numbers = best
    ? `: the best is worth ${fmt(best.surplus)} VP to ${me.name}, which holds out for ${fmt(best.bar)} VP`
    : '';
  return {
    why: `every package ${them.name} would accept costs ${me.name} more than it would take${numbers}`,
    hint: `lower \`reservation\` (${fmt(rel.reservation)} in the file) in the relation from \`${self}\` to \`${other}\`, lower the \`cost\` of the items \`${self}\` gives, or raise the \`value\` to \`${self}\` of the items \`${other}\` gives`,
    path: ['relations', { from: self, to: other }],
  };
}

/**
 * Zone-of-agreement findings. An error when a playable delegation can strike no deal with anyone;
 * a warning for each pair that has something to trade (an item one gives and the other values)
 * but no package both would take. Pairs with nothing to trade (allies) are left alone.
 */
export function zoneFindings(written: Scenario): AuditFinding[] {
  const { scenario, state } = nominalStart(written);
  const atTable = scenario.actors.filter((a) => !a.background);
  const verdicts = new Map<string, PairVerdict>();
  const pairKey = (a: ActorId, b: ActorId) => [a, b].sort().join('|');
  const out: AuditFinding[] = [];
  // Delegations with no deal anywhere get one error, not a warning per counterpart as well.
  const reported = new Set<ActorId>();
  for (const actor of scenario.actors.filter((a) => a.playable)) {
    const counterparts = atTable.filter((c) => c.id !== actor.id);
    const pairs = counterparts.map((c) => {
      const key = pairKey(actor.id, c.id);
      const verdict = verdicts.get(key) ?? judgeWithLeaders(scenario, state, actor.id, c.id);
      verdicts.set(key, verdict);
      return { other: c.id, verdict, trade: couldTrade(scenario, actor.id, c.id) };
    });
    if (pairs.some((p) => p.verdict.found)) continue;
    const tried = pairs.filter((p) => p.trade);
    const main = tried[0] ?? pairs[0];
    const reason = main
      ? explain(scenario, state, actor.id, main.other, main.verdict)
      : {
          why: 'it has no one at the table to deal with',
          hint: 'add another actor that is not `background`',
        };
    const names =
      tried.length > 0 ? tried.map((p) => actorOf(scenario, p.other).name).join(' or ') : 'anyone';
    reported.add(actor.id);
    out.push({
      code: 'audit/no-zone-of-agreement',
      severity: 'error',
      path: ['actors', { id: actor.id }],
      message: `no package between ${actor.name} and ${names} could ever be agreed: ${reason.why}`,
      hint: reason.hint,
    });
  }
  // Pairs that were meant to trade but cannot, where the delegation has a deal elsewhere.
  for (const [key, verdict] of verdicts) {
    const [a, b] = key.split('|') as [ActorId, ActorId];
    if (verdict.found || !couldTrade(scenario, a, b)) continue;
    const self = actorOf(scenario, a).playable ? a : b;
    const other = self === a ? b : a;
    if (reported.has(self)) continue;
    const reason = explain(scenario, state, self, other, verdict);
    out.push({
      code: 'audit/no-zone-with-counterpart',
      severity: 'warning',
      path: reason.path,
      fallback: ['actors', { id: other }],
      message: `no package between ${actorOf(scenario, self).name} and ${actorOf(scenario, other).name} could ever be agreed: ${reason.why}`,
      hint: reason.hint,
    });
  }
  return out;
}
