import { clamp, lookup } from './numbers.ts';
import { actorOf, actorState, type GameState, indexOf, itemOf, leaderOf, relationOf } from './state.ts';
import type { ActorId, Election, PackageLine, RedLine, Scenario } from './types.ts';

/**
 * How a package looks to each side: the model's "how a counterpart judges a package" and the
 * two-level ratification test, as pure functions of the state. The AI decides with these, the
 * advisors' preview estimates them, and the rules apply them when a deal is struck.
 */

/** Novelty: a symbolic item is worth less each time it is handed over again. */
export function novelty(scenario: Scenario, state: GameState, line: PackageLine): number {
  const item = itemOf(scenario, line.item);
  return lookup(scenario.params.novelty[item.kind], state.delivered[item.id] ?? 0);
}

/** Value of one given line to the receiver's leadership, discounted for promises and strings. */
export function lineValue(
  scenario: Scenario,
  state: GameState,
  line: PackageLine,
  receiver: ActorId,
  trust: number,
): number {
  const item = itemOf(scenario, line.item);
  let value = (item.value[receiver] ?? 0) * line.tier * novelty(scenario, state, line);
  if (line.promised) value *= trust;
  if (line.conditional) value *= scenario.params.conditionalValue;
  return value;
}

/** What giving a line costs the giver's leadership. */
export function lineCost(scenario: Scenario, line: PackageLine): number {
  return itemOf(scenario, line.item).cost * line.tier;
}

/**
 * Whether a lock holds an actor back from giving these lines: a locked actor gives nothing, or,
 * with a `cap`, nothing costing its leadership more than the cap in one move ("offered too little
 * ... and still demanded too much", 000: small offers, no significant one, before the election).
 * Lines naming no item of the scenario count nothing here; their own check names them.
 */
export function lockHolds(
  scenario: Scenario,
  state: GameState,
  actor: ActorId,
  gives: readonly PackageLine[],
): boolean {
  if (gives.length === 0 || !actorState(state, actor).locked) return false;
  const cap = actorOf(scenario, actor).lockedUntil?.cap;
  if (cap === undefined) return true;
  const items = indexOf(scenario).items;
  let cost = 0;
  for (const line of gives) {
    const item = items.get(line.item);
    if (item && typeof line.tier === 'number') cost += item.cost * line.tier;
  }
  return cost > cap + 1e-9;
}

/** The next election of an actor still to come (this turn included), if any. */
export function nextElection(scenario: Scenario, state: GameState, id: ActorId): Election | null {
  const elections = actorOf(scenario, id).public?.elections ?? [];
  return elections.find((e) => e.turn >= state.turn) ?? null;
}

/** Approval a leader needs: the next election's threshold, or 40 when none is due. */
export function approvalThreshold(scenario: Scenario, state: GameState, id: ActorId): number {
  return nextElection(scenario, state, id)?.threshold ?? 40;
}

/** 0 when no election is near, 1 when it falls this turn. */
export function electionCloseness(scenario: Scenario, state: GameState, id: ActorId): number {
  const election = nextElection(scenario, state, id);
  if (!election) return 0;
  const table = scenario.params.electionCloseness;
  const top = table[0] ?? 0;
  return top === 0 ? 0 : lookup(table, election.turn - state.turn) / top;
}

/** A weak leader can credibly say "my public will not let me": 0 (popular) to 1 (near the threshold). */
export function tiedHands(scenario: Scenario, state: GameState, id: ActorId): number {
  const approval = actorState(state, id).approval;
  if (approval === null) return 0;
  return clamp((approvalThreshold(scenario, state, id) + 10 - approval) / 20, 0, 1);
}

/** The public's verdict on a deal: what comes home minus what is given away (two-level game). */
export function publicVerdict(
  scenario: Scenario,
  state: GameState,
  who: ActorId,
  gets: readonly PackageLine[],
  gives: readonly PackageLine[],
): number {
  const boost = 1 + 0.5 * electionCloseness(scenario, state, who);
  let verdict = 0;
  for (const line of gets) verdict += (itemOf(scenario, line.item).salience[who] ?? 0) * line.tier * boost;
  for (const line of gives) verdict -= itemOf(scenario, line.item).publicCost * line.tier;
  return verdict;
}

/** The least verdict a public accepts: a popular leader can sell a deal that costs a little. */
export function ratificationBar(scenario: Scenario, state: GameState, who: ActorId): number {
  const approval = actorState(state, who).approval;
  if (approval === null) return Number.NEGATIVE_INFINITY;
  return -scenario.params.ratifySlack * (approval - approvalThreshold(scenario, state, who));
}

/** The first red line of the current leader that a deal crosses, or null. */
export function brokenRedLine(
  scenario: Scenario,
  state: GameState,
  who: ActorId,
  gets: readonly PackageLine[],
  gives: readonly PackageLine[],
): RedLine | null {
  for (const line of leaderOf(scenario, state, who).redLines) {
    if (line.kind === 'require' && !gets.some((g) => g.item === line.item && g.tier >= line.minTier)) {
      return line;
    }
    if (line.kind === 'refuse' && gives.some((g) => g.item === line.item)) return line;
  }
  return null;
}

export interface Ratification {
  readonly verdict: number;
  /** The least verdict its public accepts; minus infinity when it answers to no public. */
  readonly bar: number;
  /** Whether this side answers to a public at all: when not, only its leader's red lines count. */
  readonly hasPublic: boolean;
  readonly redLine: RedLine | null;
  readonly ok: boolean;
}

/** Would this actor's home ratify a deal in which it gets `gets` and gives `gives`? */
export function ratification(
  scenario: Scenario,
  state: GameState,
  who: ActorId,
  gets: readonly PackageLine[],
  gives: readonly PackageLine[],
): Ratification {
  const verdict = publicVerdict(scenario, state, who, gets, gives);
  const bar = ratificationBar(scenario, state, who);
  const redLine = brokenRedLine(scenario, state, who, gets, gives);
  return { verdict, bar, hasPublic: Number.isFinite(bar), redLine, ok: redLine === null && verdict >= bar };
}

export interface Judgement {
  readonly gain: number;
  readonly cost: number;
  readonly relief: number;
  readonly surplus: number;
  /** Expectation adjusted for the proposer's election and tied hands (E'). */
  readonly expectation: number;
  readonly reservation: number;
  /** What the judge holds out for at this round of the talks: T(k). */
  readonly target: number;
  readonly round: number;
  readonly locked: boolean;
  /** When `locked` by a capped lock: the most the judge may give in one move. */
  readonly lockCap: number | null;
  readonly home: Ratification;
  readonly accept: boolean;
}

/**
 * Relief: at high tension even a small deal is worth something for the calm it brings, to sides
 * at odds. It is weighted by the judge's distrust of the other side: allies who trust each other
 * calm nothing by trading, so empty deals between them are worth nothing.
 */
export function relief(scenario: Scenario, state: GameState, judge: ActorId, other: ActorId): number {
  return reliefAtTrust(scenario, state, relationOf(state, judge, other).trust);
}

/** Relief for a judge whose trust in the other side is `trust` (known, or as estimated). */
export function reliefAtTrust(scenario: Scenario, state: GameState, trust: number): number {
  return scenario.params.peaceDividend * Math.max(0, state.tension - state.tensionBase) * (1 - trust);
}

/**
 * How `judge` weighs a package from `proposer`: it gets `gets`, gives `gives`. Accepts when the
 * surplus clears both its walk-away value and its current target, its home would ratify, and it
 * is free to concede.
 */
export function judgePackage(
  scenario: Scenario,
  state: GameState,
  judge: ActorId,
  proposer: ActorId,
  gets: readonly PackageLine[],
  gives: readonly PackageLine[],
): Judgement {
  const p = scenario.params;
  const rel = relationOf(state, judge, proposer);
  let gain = 0;
  for (const line of gets) gain += lineValue(scenario, state, line, judge, rel.trust);
  let cost = 0;
  for (const line of gives) cost += lineCost(scenario, line);
  const calm = relief(scenario, state, judge, proposer);
  const surplus = gain - cost + calm;
  const expectation =
    rel.expectation +
    p.electionPull * lookup(p.electionCloseness, electionGap(scenario, state, proposer)) -
    p.tiedHands * tiedHands(scenario, state, proposer);
  const curve = p.curves[leaderOf(scenario, state, judge).style];
  const target = rel.reservation + (expectation - rel.reservation) * lookup(curve, rel.rounds);
  const locked = lockHolds(scenario, state, judge, gives);
  const home = ratification(scenario, state, judge, gets, gives);
  const accept = !locked && home.ok && surplus >= rel.reservation && surplus >= target;
  return {
    gain,
    cost,
    relief: calm,
    surplus,
    expectation,
    reservation: rel.reservation,
    target,
    round: rel.rounds,
    locked,
    lockCap: locked ? (actorOf(scenario, judge).lockedUntil?.cap ?? null) : null,
    home,
    accept,
  };
}

/** Turns until the actor's next election; past the table's end when there is none. */
export function electionGap(scenario: Scenario, state: GameState, id: ActorId): number {
  const election = nextElection(scenario, state, id);
  return election ? election.turn - state.turn : scenario.params.electionCloseness.length;
}
