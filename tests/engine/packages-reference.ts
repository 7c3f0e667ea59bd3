import { available, openForums } from '../../src/engine/actions/checks.ts';
import {
  estimateItemCost,
  estimateItemValue,
  estimateRelation,
  estimateTarget,
} from '../../src/engine/beliefs.ts';
import {
  judgePackage,
  novelty,
  publicVerdict,
  ratificationBar,
  relief,
  reliefAtTrust,
} from '../../src/engine/judge.ts';
import type { Candidate, SearchOptions } from '../../src/engine/packages.ts';
import { actorState, type GameState, indexOf, leaderOf, relationOf } from '../../src/engine/state.ts';
import type { ActorId, ForumId, Item, PackageLine, Scenario } from '../../src/engine/types.ts';

/**
 * The package search as it was before it was rewritten for speed: the naive loop over every
 * give × ask pair, forum by forum, kept verbatim as the reference the new search must equal.
 *
 * Searching the space of packages between two delegations. Sums are additive, so each side's
 * subsets are scored once and the pairs combined cheaply: a few thousand candidates per decision.
 */

/** One side of a package with its sums precomputed. */
interface SideOption {
  readonly lines: readonly PackageLine[];
  readonly key: string;
  /** Cost to the giver's leadership. */
  readonly cost: number;
  /** Value to the receiver's leadership as the proposer believes it. */
  readonly value: number;
  /** The giver's public cost and the receiver's public gain (true: public reactions are known). */
  readonly publicCost: number;
  readonly publicGain: number;
  readonly items: ReadonlySet<string>;
}

function usable(item: Item, forum: ForumId | null): boolean {
  return !item.forums || item.forums.length === 0 || (forum !== null && item.forums.includes(forum));
}

function subsets(items: readonly Item[], maxLines: number): PackageLine[][] {
  const out: PackageLine[][] = [[]];
  const walk = (start: number, acc: PackageLine[]) => {
    if (acc.length === maxLines) return;
    for (let i = start; i < items.length; i++) {
      const item = items[i]!;
      for (const tier of item.tiers) {
        const next = [...acc, { item: item.id, tier }];
        out.push(next);
        walk(i + 1, next);
      }
    }
  };
  walk(0, []);
  return out;
}

function sideOptions(
  scenario: Scenario,
  state: GameState,
  viewer: ActorId,
  giver: ActorId,
  receiver: ActorId,
  forum: ForumId | null,
  options: SearchOptions,
): SideOption[] {
  const items = (indexOf(scenario).itemsByGiver.get(giver) ?? []).filter(
    (i) => usable(i, forum) && available(state, i),
  );
  // Only the proposer's own gives can be promised; they are discounted by the receiver's trust.
  const trust = receiver === viewer ? 1 : estimateRelation(scenario, state, viewer, receiver, 'trust').value;
  return subsets(items, options.maxLines ?? 2).map((raw) => {
    const lines = raw.map((l) => {
      const item = indexOf(scenario).items.get(l.item)!;
      return options.promiseProcess && giver === viewer && item.kind === 'process'
        ? { ...l, promised: true }
        : l;
    });
    let cost = 0;
    let value = 0;
    for (const l of lines) {
      cost += estimateItemCost(scenario, state, viewer, l.item).value * l.tier;
      const v = estimateItemValue(scenario, state, viewer, l.item, receiver).value;
      value += v * l.tier * novelty(scenario, state, l) * (l.promised ? trust : 1);
    }
    return {
      lines,
      key: lines.map((l) => `${l.item}@${l.tier}`).join('+'),
      cost,
      value,
      publicCost: publicVerdict(scenario, state, giver, [], lines),
      publicGain: publicVerdict(scenario, state, receiver, lines, []),
      items: new Set(lines.map((l) => l.item)),
    };
  });
}

function redLinesHold(
  scenario: Scenario,
  state: GameState,
  who: ActorId,
  gets: SideOption,
  gives: SideOption,
): boolean {
  for (const line of leaderOf(scenario, state, who).redLines) {
    if (line.kind === 'refuse' && gives.items.has(line.item)) return false;
    if (line.kind === 'require' && !gets.lines.some((l) => l.item === line.item && l.tier >= line.minTier)) {
      return false;
    }
  }
  return true;
}

/**
 * Every package the proposer could table to `other` that both homes would ratify, with the
 * proposer's own and believed counterpart surplus. Locked actors give nothing.
 */
export function referencePackages(
  scenario: Scenario,
  state: GameState,
  proposer: ActorId,
  other: ActorId,
  forums: readonly (ForumId | null)[] = openForums(scenario, state, proposer, other),
  options: SearchOptions = {},
): Candidate[] {
  const out: Candidate[] = [];
  const ownCalm = relief(scenario, state, proposer, other);
  const otherTrust = estimateRelation(scenario, state, proposer, other, 'trust').value;
  const otherCalm = reliefAtTrust(scenario, state, otherTrust);
  const ownBar = ratificationBar(scenario, state, proposer);
  const otherBar = ratificationBar(scenario, state, other);
  const otherReservation = estimateRelation(scenario, state, proposer, other, 'reservation').value;
  const otherTarget = estimateTarget(scenario, state, proposer, other).value;
  const ownTarget = judgePackage(scenario, state, proposer, other, [], []);
  const ownFloor = Math.max(ownTarget.target, ownTarget.reservation);
  const proposerLocked = actorState(state, proposer).locked;
  const otherLocked = actorState(state, other).locked;
  const seen = new Set<string>();
  for (const forum of forums) {
    const gives = sideOptions(scenario, state, proposer, proposer, other, forum, options);
    const asks = sideOptions(scenario, state, proposer, other, proposer, forum, options);
    for (const g of gives) {
      if (proposerLocked && g.lines.length > 0) continue;
      for (const a of asks) {
        if (g.lines.length === 0 && a.lines.length === 0) continue;
        if (otherLocked && a.lines.length > 0) continue;
        const key = `${g.key}|${a.key}`;
        if (seen.has(key)) continue;
        const ownVerdict = a.publicGain + g.publicCost;
        const otherVerdict = g.publicGain + a.publicCost;
        if (ownVerdict < ownBar || otherVerdict < otherBar) continue;
        if (!redLinesHold(scenario, state, proposer, a, g) || !redLinesHold(scenario, state, other, g, a))
          continue;
        seen.add(key);
        const ownValue = sumOwnValue(scenario, state, proposer, other, a.lines);
        out.push({
          forum,
          give: g.lines,
          ask: a.lines,
          ownSurplus: ownValue - g.cost + ownCalm,
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
  }
  return out;
}

function sumOwnValue(
  scenario: Scenario,
  state: GameState,
  who: ActorId,
  from: ActorId,
  lines: readonly PackageLine[],
): number {
  const trust = relationOf(state, who, from).trust;
  let total = 0;
  for (const l of lines) {
    const item = indexOf(scenario).items.get(l.item)!;
    total += (item.value[who] ?? 0) * l.tier * novelty(scenario, state, l) * (l.promised ? trust : 1);
  }
  return total;
}
