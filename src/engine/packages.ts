import { available, openForums } from './actions/checks.ts';
import { estimateItemCost, estimateItemValue, estimateRelation, estimateTarget } from './beliefs.ts';
import {
  electionCloseness,
  judgePackage,
  lockHolds,
  novelty,
  ratificationBar,
  relief,
  reliefAtTrust,
} from './judge.ts';
import { actorOf, actorState, type GameState, indexOf, leaderOf } from './state.ts';
import type { ActorId, ForumId, Item, ItemId, PackageLine, RedLine, Scenario } from './types.ts';

/**
 * Searching the space of packages between two delegations. Sums are additive, so each line is
 * scored once per search, each side's subsets are summed from their lines, and the pairs combined
 * cheaply: a few thousand candidates per decision. What depends on one side only (its sums, its
 * red lines, the forums it may be tabled in) is settled before the pair loop, which only adds.
 *
 * The search is bounded (docs/model.md, "The bounded search"): a side with more than
 * SEARCH_LINES_PER_SIDE item tiers to offer keeps the ones that make the most surplus, so a file
 * at the format's limits still plays. No shipped scenario comes near the bound.
 */

/**
 * Most lines (item × tier) one side of a package search considers. Above it, the lines kept are
 * those a red line needs, then the most surplus for both sides (value to the receiver less cost to
 * the giver, as the proposer believes them). Twelve lines make at most 79 two-line sides and about
 * 6,200 pairs; the shipped scenarios have at most 6 lines a side.
 */
export const SEARCH_LINES_PER_SIDE = 12;

/** One line a side may offer, scored once per search. */
interface SideLine {
  readonly line: PackageLine;
  /** The line's item among the side's items: two lines of one item never share a package. */
  readonly slot: number;
  /** Cost to the giver's leadership, as the proposer believes it. */
  readonly cost: number;
  /** Value to the receiver's leadership as the proposer believes it (true when it is the proposer). */
  readonly value: number;
  /** The giver's public cost and the receiver's public gain (both publics' reactions are known). */
  readonly publicCost: number;
  readonly publicGain: number;
  /** The forums of the search (by position) the item may be tabled in, as bits. */
  readonly forums: number;
  readonly more: readonly number[] | null;
}

/** One side of a package with its sums precomputed. */
interface SideOption {
  readonly lines: readonly PackageLine[];
  /** Cost to the giver's leadership. */
  readonly cost: number;
  /** Value to the receiver's leadership as the proposer believes it. */
  readonly value: number;
  readonly publicCost: number;
  readonly publicGain: number;
  /** The forums of the search (by position) every line may be tabled in, as bits. */
  readonly forums: number;
  readonly more: readonly number[] | null;
}

/** A candidate package seen from the proposer. */
export interface Candidate {
  readonly forum: ForumId | null;
  readonly give: readonly PackageLine[];
  readonly ask: readonly PackageLine[];
  /** The proposer's own surplus (true values) and what it thinks the other side gets. */
  readonly ownSurplus: number;
  readonly otherSurplus: number;
  readonly ownBar: number;
  /** The proposer's own walk-away value toward the other side. */
  readonly ownReservation: number;
  readonly otherReservation: number;
  /** What the proposer believes the other side holds out for this round. */
  readonly otherTarget: number;
  readonly ownVerdict: number;
  readonly otherVerdict: number;
}

export interface SearchOptions {
  /** Most lines on each side (default 2). */
  readonly maxLines?: number;
  /** Mark process items given as promised (default false). */
  readonly promiseProcess?: boolean;
}

/** Bits of forum positions: word 0 in `forums`, the rest (past 32 forums) in `more`. */
interface ForumBits {
  readonly forums: number;
  readonly more: readonly number[] | null;
}

/** The forums of one search by position: what an item usable anywhere gets, and where each forum sits. */
interface ForumIndex {
  readonly count: number;
  readonly anywhere: ForumBits;
  readonly positions: ReadonlyMap<ForumId, readonly number[]>;
}

function forumIndex(forums: readonly (ForumId | null)[]): ForumIndex {
  const positions = new Map<ForumId, number[]>();
  forums.forEach((forum, k) => {
    if (forum === null) return;
    const at = positions.get(forum);
    if (at) at.push(k);
    else positions.set(forum, [k]);
  });
  return { count: forums.length, anywhere: bitsOf(forums.length, forums.keys()), positions };
}

function bitsOf(count: number, positions: Iterable<number>): ForumBits {
  let first = 0;
  const more: number[] | null = count > 32 ? new Array<number>(Math.ceil(count / 32) - 1).fill(0) : null;
  for (const k of positions) {
    if (k < 32) first |= 1 << k;
    else more![(k >>> 5) - 1]! |= 1 << (k & 31);
  }
  return { forums: first, more };
}

/**
 * The positions of the search's forums where `item` may be tabled: all of them (direct talks
 * included) for an item with no forums, else only those it names.
 */
function itemForums(item: Item, index: ForumIndex): ForumBits {
  if (!item.forums || item.forums.length === 0) return index.anywhere;
  const at: number[] = [];
  for (const forum of item.forums) for (const k of index.positions.get(forum) ?? []) at.push(k);
  return bitsOf(index.count, at);
}

function refuses(redLines: readonly RedLine[], item: ItemId): boolean {
  for (const l of redLines) if (l.kind === 'refuse' && l.item === item) return true;
  return false;
}

/** What a line's sums need of its item, computed once per item. */
interface ItemTerms {
  readonly item: Item;
  readonly slot: number;
  readonly bits: ForumBits;
  readonly promised: boolean;
  readonly cost: number;
  readonly value: number;
  readonly fresh: number;
  readonly salience: number;
}

function anyForum(bits: ForumBits): boolean {
  if (bits.forums !== 0) return true;
  if (bits.more !== null) for (const w of bits.more) if (w !== 0) return true;
  return false;
}

/**
 * The lines `giver` could put on its side of a package to `receiver`, seen by `viewer`, in item
 * order and tier order, each with its sums; at most SEARCH_LINES_PER_SIDE of them (`bound`).
 * Items refused by the giver's red lines are left out: no package with them would pass. Terms are
 * computed exactly as the package sums add them. Only the proposer's own gives can be promised;
 * they are discounted by `trust`, the receiver's trust as the proposer estimates it.
 */
function sideLines(
  scenario: Scenario,
  state: GameState,
  viewer: ActorId,
  giver: ActorId,
  receiver: ActorId,
  forums: ForumIndex,
  options: SearchOptions,
  trust: number,
  required: readonly RedLine[],
): SideLine[] {
  const items = indexOf(scenario).itemsByGiver.get(giver);
  if (!items) return [];
  const redLines = leaderOf(scenario, state, giver).redLines;
  const terms: ItemTerms[] = [];
  let count = 0;
  for (const item of items) {
    if (!available(state, item) || refuses(redLines, item.id)) continue;
    const bits = itemForums(item, forums);
    if (!anyForum(bits)) continue;
    terms.push({
      item,
      slot: terms.length,
      bits,
      promised: options.promiseProcess === true && giver === viewer && item.kind === 'process',
      cost: estimateItemCost(scenario, state, viewer, item.id).value,
      value: estimateItemValue(scenario, state, viewer, item.id, receiver).value,
      fresh: novelty(scenario, state, { item: item.id, tier: 1 }),
      salience: item.salience[receiver] ?? 0,
    });
    count += item.tiers.length;
  }
  const boost = 1 + 0.5 * electionCloseness(scenario, state, receiver);
  const out: SideLine[] = [];
  if (count <= SEARCH_LINES_PER_SIDE) {
    for (const t of terms) for (const tier of t.item.tiers) out.push(sideLine(t, tier, trust, boost));
    return out;
  }
  for (const kept of bound(terms, trust, required)) out.push(sideLine(kept.terms, kept.tier, trust, boost));
  return out;
}

/** One line's sums, as the package sums add them (`boost`: the receiver's election nearness). */
function sideLine(t: ItemTerms, tier: number, trust: number, boost: number): SideLine {
  return {
    line: t.promised ? { item: t.item.id, tier, promised: true } : { item: t.item.id, tier },
    slot: t.slot,
    cost: t.cost * tier,
    value: t.value * tier * t.fresh * (t.promised ? trust : 1),
    publicCost: t.item.publicCost * tier,
    publicGain: t.salience * tier * boost,
    forums: t.bits.forums,
    more: t.bits.more,
  };
}

interface Ranked {
  readonly terms: ItemTerms;
  readonly tier: number;
  /** Position in item and tier order. */
  readonly order: number;
  readonly needed: boolean;
  readonly gain: number;
}

/** Whether a line ranks before `y`: needed by a red line first, then more surplus, then earlier. */
function ranksBefore(needed: boolean, gain: number, order: number, y: Ranked): boolean {
  if (needed !== y.needed) return needed;
  if (gain !== y.gain) return gain > y.gain;
  return order < y.order;
}

/**
 * The bound: the SEARCH_LINES_PER_SIDE best lines, those a red line of the receiver requires
 * first, then by surplus made (value to the receiver less cost to the giver, as the proposer
 * believes them; ties to the earlier line), back in item and tier order. Kept in a short sorted
 * list while the lines go by, so a side of thousands of lines costs one pass.
 */
function bound(terms: readonly ItemTerms[], trust: number, required: readonly RedLine[]): Ranked[] {
  const best: Ranked[] = [];
  let order = 0;
  for (const t of terms) {
    for (const tier of t.item.tiers) {
      const value = t.value * tier * t.fresh * (t.promised ? trust : 1);
      const gain = value - t.cost * tier;
      const needed = meetsLine(t.item.id, tier, required);
      const here = order++;
      if (best.length === SEARCH_LINES_PER_SIDE && !ranksBefore(needed, gain, here, best[best.length - 1]!))
        continue;
      let at = best.length;
      while (at > 0 && ranksBefore(needed, gain, here, best[at - 1]!)) at -= 1;
      const r: Ranked = { terms: t, tier, order: here, needed, gain };
      best.splice(at, 0, r);
      if (best.length > SEARCH_LINES_PER_SIDE) best.pop();
    }
  }
  return best.sort((x, y) => x.order - y.order);
}

function meetsLine(item: ItemId, tier: number, required: readonly RedLine[]): boolean {
  for (const r of required) if (r.item === item && tier >= r.minTier) return true;
  return false;
}

/** Adds to `out`, depth first, every extension of `acc` by lines of later items. */
function extend(
  lines: readonly SideLine[],
  maxLines: number,
  out: SideOption[],
  acc: SideOption,
  start: number,
  slot: number,
): void {
  if (acc.lines.length === maxLines) return;
  for (let i = start; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.slot <= slot) continue;
    let more: number[] | null = null;
    if (acc.more !== null && l.more !== null) {
      more = new Array<number>(acc.more.length);
      for (let k = 0; k < more.length; k++) more[k] = acc.more[k]! & l.more[k]!;
    }
    const next: SideOption = {
      lines: [...acc.lines, l.line],
      cost: acc.cost + l.cost,
      value: acc.value + l.value,
      publicCost: acc.publicCost - l.publicCost,
      publicGain: acc.publicGain + l.publicGain,
      forums: acc.forums & l.forums,
      more,
    };
    out.push(next);
    extend(lines, maxLines, out, next, i + 1, l.slot);
  }
}

/** Every subset of at most `maxLines` lines of different items, in the canonical order, summed. */
function sideOptions(lines: readonly SideLine[], maxLines: number, forums: number): SideOption[] {
  const more = forums > 32 ? new Array<number>(Math.ceil(forums / 32) - 1).fill(-1) : null;
  const empty: SideOption = { lines: [], cost: 0, value: 0, publicCost: 0, publicGain: 0, forums: -1, more };
  const out = [empty];
  extend(lines, maxLines, out, empty, 0, -1);
  return out;
}

/** Whether a side meets every `require` red line of the actor who gets it. */
function meetsRequirements(option: SideOption, required: readonly RedLine[]): boolean {
  for (const r of required) {
    let met = false;
    for (const l of option.lines) if (l.item === r.item && l.tier >= r.minTier) met = true;
    if (!met) return false;
  }
  return true;
}

/** The first forum (by position) both sides may be tabled in, or -1. */
function firstForum(a: SideOption, b: SideOption): number {
  const both = a.forums & b.forums;
  if (both !== 0) return 31 - Math.clz32(both & -both);
  if (a.more === null || b.more === null) return -1;
  for (let k = 0; k < a.more.length; k++) {
    const word = a.more[k]! & b.more[k]!;
    if (word !== 0) return (k + 1) * 32 + 31 - Math.clz32(word & -word);
  }
  return -1;
}

function requirements(scenario: Scenario, state: GameState, who: ActorId): RedLine[] {
  return leaderOf(scenario, state, who).redLines.filter((l) => l.kind === 'require');
}

/**
 * One side's options, those the receiver's red lines let through; a locked giver gives nothing,
 * or with a capped lock only what stays under the cap.
 */
function side(
  scenario: Scenario,
  state: GameState,
  proposer: ActorId,
  giver: ActorId,
  receiver: ActorId,
  forums: ForumIndex,
  options: SearchOptions,
  trust: number,
): SideOption[] {
  const needs = requirements(scenario, state, receiver);
  const locked = actorState(state, giver).locked;
  const capped = locked && actorOf(scenario, giver).lockedUntil?.cap !== undefined;
  const lines =
    locked && !capped
      ? []
      : sideLines(scenario, state, proposer, giver, receiver, forums, options, trust, needs);
  const all = sideOptions(lines, options.maxLines ?? 2, forums.count);
  const allowed = capped ? all.filter((o) => !lockHolds(scenario, state, giver, o.lines)) : all;
  return needs.length === 0 ? allowed : allowed.filter((o) => meetsRequirements(o, needs));
}

/**
 * Every package the proposer could table to `other` that both homes would ratify, with the
 * proposer's own and believed counterpart surplus. Locked actors give nothing. A package that may
 * be tabled in several of `forums` is listed once, in the first; the list runs forum by forum,
 * then by give and ask in the canonical order of subsets.
 */
export function candidatePackages(
  scenario: Scenario,
  state: GameState,
  proposer: ActorId,
  other: ActorId,
  forums: readonly (ForumId | null)[] = openForums(scenario, state, proposer, other),
  options: SearchOptions = {},
): Candidate[] {
  const ownCalm = relief(scenario, state, proposer, other);
  const otherTrust = estimateRelation(scenario, state, proposer, other, 'trust').value;
  const otherCalm = reliefAtTrust(scenario, state, otherTrust);
  const ownBar = ratificationBar(scenario, state, proposer);
  const otherBar = ratificationBar(scenario, state, other);
  const otherReservation = estimateRelation(scenario, state, proposer, other, 'reservation').value;
  const otherTarget = estimateTarget(scenario, state, proposer, other).value;
  const ownTarget = judgePackage(scenario, state, proposer, other, [], []);
  const ownFloor = Math.max(ownTarget.target, ownTarget.reservation);
  const index = forumIndex(forums);
  const gives = side(scenario, state, proposer, proposer, other, index, options, otherTrust);
  const asks = side(scenario, state, proposer, other, proposer, index, options, 1);
  // Forum by forum: most packages go to the first forum, the others' lists are made when needed.
  const first: Candidate[] = [];
  let later: Candidate[][] | null = null;
  for (const g of gives) {
    for (const a of asks) {
      if (g.lines.length === 0 && a.lines.length === 0) continue;
      const ownVerdict = a.publicGain + g.publicCost;
      const otherVerdict = g.publicGain + a.publicCost;
      if (ownVerdict < ownBar || otherVerdict < otherBar) continue;
      const k = firstForum(g, a);
      if (k < 0) continue;
      // What the proposer gets it knows the worth of: the ask side's value is its own, exactly.
      let list = first;
      if (k > 0) {
        later ??= [];
        list = later[k] ??= [];
      }
      list.push({
        forum: forums[k]!,
        give: g.lines,
        ask: a.lines,
        ownSurplus: a.value - g.cost + ownCalm,
        otherSurplus: g.value - a.cost + otherCalm,
        ownBar: ownFloor,
        ownReservation: ownTarget.reservation,
        otherReservation,
        otherTarget,
        ownVerdict,
        otherVerdict,
      });
    }
  }
  if (later === null) return first;
  for (const list of later) if (list) for (const c of list) first.push(c);
  return first;
}

/** Canonical order for ties: fewer lines first, then by item ids. */
export function candidateKey(c: Candidate): string {
  const side = (lines: readonly PackageLine[]) => lines.map((l) => `${l.item}@${l.tier}`).join('+');
  return `${String(c.give.length + c.ask.length).padStart(2, '0')}|${c.forum ?? ''}|${side(c.give)}|${side(c.ask)}`;
}

/** The candidate with the highest score; ties go to the canonical order. Null if none scores. */
export function bestCandidate(
  candidates: readonly Candidate[],
  score: (c: Candidate) => number | null,
): Candidate | null {
  let best: Candidate | null = null;
  let bestScore = Number.NEGATIVE_INFINITY;
  // The canonical key is built only when a tie needs it, once for the best so far.
  let bestKey: string | null = null;
  for (const c of candidates) {
    const s = score(c);
    if (s === null) continue;
    if (s > bestScore) {
      best = c;
      bestScore = s;
      bestKey = null;
    } else if (best !== null && s === bestScore) {
      bestKey ??= candidateKey(best);
      const key = candidateKey(c);
      if (key < bestKey) {
        best = c;
        bestKey = key;
      }
    }
  }
  return best;
}

/**
 * The Nash bargaining choice: among packages the proposer would accept itself and believes the
 * other side would take, the one that maximises the product of both surpluses above walk-away.
 */
export function nashScore(c: Candidate): number | null {
  if (c.ownSurplus < c.ownBar) return null;
  const mine = c.ownSurplus - c.ownBar;
  const theirs = c.otherSurplus - c.otherReservation;
  if (theirs < 0) return null;
  return (mine + 0.01) * (theirs + 0.01);
}
