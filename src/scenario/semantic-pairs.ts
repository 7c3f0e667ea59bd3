import type { Condition } from '../engine/index.ts';
import type { CheckContext } from './check-context.ts';
import { type Path, problem, show } from './result.ts';

/**
 * Relations run between two different actors: the game keeps no actor's view of itself, so an
 * effect or a condition that names the same actor on both sides has nothing to change or read.
 * Such a file used to load and then stop the game with "no relation japan>japan"; here it is a
 * positioned error instead.
 */

const RELATION_TESTS = ['expectationAbove', 'expectationBelow'] as const;

function selfPair(ctx: CheckContext, actor: string, path: Path): void {
  ctx.out.push(
    problem(
      'scenario/self-reference',
      path,
      `${show(actor)} is named on both sides, but an actor has no view of itself`,
      'make `to` another actor than `from`',
    ),
  );
}

function checkCondition(ctx: CheckContext, condition: Condition | undefined, path: Path): void {
  if (condition === undefined) return;
  for (const test of RELATION_TESTS) {
    const pair = condition[test];
    if (pair !== undefined && pair.from === pair.to) selfPair(ctx, pair.to, [...path, test, 'to']);
  }
  for (const list of ['all', 'any'] as const) {
    condition[list]?.forEach((inner, index) => {
      checkCondition(ctx, inner, [...path, list, index]);
    });
  }
}

/** Effects and conditions that pair an actor with itself. */
export function checkSelfPairs(ctx: CheckContext): void {
  ctx.draft.events.forEach((event, index) => {
    if (event === undefined) return;
    checkCondition(ctx, event.when, ['events', index, 'when']);
    event.effects.forEach((effect, effectIndex) => {
      if (
        (effect.kind === 'expectation' || effect.kind === 'reservation' || effect.kind === 'trust') &&
        effect.from === effect.to
      ) {
        selfPair(ctx, effect.to, ['events', index, 'effects', effectIndex, 'to']);
      }
    });
  });
  ctx.draft.outcomes.forEach((outcome, index) => {
    checkCondition(ctx, outcome?.when, ['outcomes', index, 'when']);
  });
}
