import { electionGap, tiedHands } from './judge.ts';
import { itemCostNoise, itemValueNoise, relationNoise } from './noise-table.ts';
import { clamp, lookup } from './numbers.ts';
import { advisorScale } from './options.ts';
import { type GameState, itemOf, leaderOf, relationOf } from './state.ts';
import type { ActorId, ItemId, Scenario } from './types.ts';

/**
 * What one delegation's advisors believe about another's hidden numbers. Each estimate is the
 * true value plus an error that is fixed per seed (advisors are consistently off in one
 * direction), within a band that narrows as trust grows. People and the AI see the same beliefs,
 * unless a teacher's option (`options.ts`) makes the people's advisors sharper or rougher.
 */
export interface Estimate {
  readonly value: number;
  /** ± how far off the advisors might be. */
  readonly band: number;
}

export function relationBand(
  scenario: Scenario,
  state: GameState,
  viewer: ActorId,
  subject: ActorId,
): number {
  const trust = relationOf(state, viewer, subject).trust;
  return scenario.params.intel * (1 - 0.5 * trust) * advisorScale(state, viewer);
}

/** The viewer's estimate of `subject`'s expectation, walk-away value or trust toward the viewer. */
export function estimateRelation(
  scenario: Scenario,
  state: GameState,
  viewer: ActorId,
  subject: ActorId,
  field: 'expectation' | 'reservation' | 'trust',
): Estimate {
  const truth = relationOf(state, subject, viewer)[field];
  const u = relationNoise(scenario, state.seed, viewer, subject, field);
  if (field === 'trust') {
    const band = 0.15 * (1 - 0.5 * relationOf(state, viewer, subject).trust) * advisorScale(state, viewer);
    return { value: clamp(truth + u * band, 0, 1), band };
  }
  const band = relationBand(scenario, state, viewer, subject);
  return { value: truth + u * band, band };
}

/** The viewer's estimate of what an item is worth to its receiver (±25%, scaled by the advisors option). */
export function estimateItemValue(
  scenario: Scenario,
  state: GameState,
  viewer: ActorId,
  item: ItemId,
  receiver: ActorId,
): Estimate {
  const truth = itemOf(scenario, item).value[receiver] ?? 0;
  if (viewer === receiver) return { value: truth, band: 0 };
  const band = (0.25 * Math.abs(truth) + 0.25) * advisorScale(state, viewer);
  return { value: truth + itemValueNoise(scenario, state.seed, viewer, item, receiver) * band, band };
}

/** The viewer's estimate of what giving an item costs its giver (±25%, scaled by the advisors option). */
export function estimateItemCost(
  scenario: Scenario,
  state: GameState,
  viewer: ActorId,
  item: ItemId,
): Estimate {
  const it = itemOf(scenario, item);
  if (viewer === it.giver) return { value: it.cost, band: 0 };
  const band = (0.25 * Math.abs(it.cost) + 0.25) * advisorScale(state, viewer);
  return { value: it.cost + itemCostNoise(scenario, state.seed, viewer, item) * band, band };
}

/**
 * What the viewer believes `other` holds out for this round if the viewer proposes: its
 * estimated expectation, adjusted for the viewer's election and tied hands, eased along its
 * concession curve toward its estimated walk-away value; never below that walk-away value.
 * `round` is the step of the curve (by default the pair's count of rounds as it stands).
 */
export function estimateTarget(
  scenario: Scenario,
  state: GameState,
  viewer: ActorId,
  other: ActorId,
  round: number = relationOf(state, other, viewer).rounds,
): Estimate {
  const p = scenario.params;
  const e = estimateRelation(scenario, state, viewer, other, 'expectation');
  const r = estimateRelation(scenario, state, viewer, other, 'reservation');
  const adjusted =
    e.value +
    p.electionPull * lookup(p.electionCloseness, electionGap(scenario, state, viewer)) -
    p.tiedHands * tiedHands(scenario, state, viewer);
  const curve = p.curves[leaderOf(scenario, state, other).style];
  const target = r.value + (adjusted - r.value) * lookup(curve, round);
  return { value: Math.max(target, r.value), band: Math.max(e.band, r.band) };
}
