import { holds } from './conditions.ts';
import { clamp, round3 } from './numbers.ts';
import { actorState, type GameResult, type GameState, relationOf } from './state.ts';
import type { ActorId, Objective, Scenario } from './types.ts';

/** The measured value of an objective for an actor at the end (or now). */
export function measure(state: GameState, actor: ActorId, o: Objective): number {
  const a = actorState(state, actor);
  switch (o.measure) {
    case 'progress':
      return state.progress[o.issue ?? ''] ?? 0;
    case 'approval':
      return a.approval ?? 0;
    case 'tension':
      return state.tension;
    case 'expectation':
      return relationOf(state, o.of ?? actor, actor).expectation;
    case 'trust':
      return relationOf(state, o.of ?? actor, actor).trust;
    case 'received':
      return a.received;
    case 'given':
      return a.given;
    case 'inOffice':
      return a.ousted ? 0 : a.leaderIndex === 0 ? 1 : 0.5;
  }
}

/** The best ending for a delegation: the outcome naming it in `bestFor`, else the first. */
export function bestOutcomeFor(scenario: Scenario, actor: ActorId): string | null {
  const named = scenario.outcomes.find((o) => o.bestFor?.includes(actor));
  return (named ?? scenario.outcomes[0])?.id ?? null;
}

/** Points scored: linear between `zero` and `full`, clamped. */
export function objectiveScore(value: number, o: Objective): number {
  if (o.full === o.zero) return value >= o.full ? o.points : 0;
  return round3(o.points * clamp((value - o.zero) / (o.full - o.zero), 0, 1));
}

/** Scores, the named outcome, and why the game ended. */
export function computeResult(scenario: Scenario, state: GameState, forced: string | null): GameResult {
  const scores: Record<ActorId, number> = {};
  const detail: Record<ActorId, { id: string; value: number; points: number }[]> = {};
  for (const actor of scenario.actors) {
    const objectives = scenario.objectives[actor.id] ?? [];
    let total = 0;
    detail[actor.id] = objectives.map((o) => {
      const value = round3(measure(state, actor.id, o));
      const points = objectiveScore(value, o);
      total += points;
      return { id: o.id, value, points };
    });
    scores[actor.id] = round3(total);
  }
  if (forced === 'collapse') {
    for (const id of Object.keys(scores)) scores[id] = 0;
    return {
      status: 'collapse',
      title: 'Collapse',
      text: 'Tension reached the breaking point: the talks collapsed and everyone lost.',
      scores,
      objectives: detail,
    };
  }
  if (forced === 'ousted') {
    return {
      status: 'ousted',
      title: 'Out of office',
      text: 'The leader lost the confidence of the public at the election and the delegation left the talks.',
      scores,
      objectives: detail,
    };
  }
  const outcome = scenario.outcomes.find((o) => holds(state, o.when));
  return {
    status: outcome?.id ?? 'stalemate',
    title: outcome?.title ?? 'Stalemate',
    text: outcome?.text ?? 'The talks ended without a result worth naming.',
    scores,
    objectives: detail,
  };
}
