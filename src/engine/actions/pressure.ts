import { refuse } from '../errors.ts';
import { applyPressure } from '../rules/side.ts';
import { counterpartsOf } from '../turn.ts';
import { type ActionOf, MAX_PRESSURE, PRESSURE_LEVELS } from '../types.ts';
import { checkCounterpart } from './checks.ts';
import type { MoveRule } from './rule.ts';

const isLevel = (level: number): boolean => PRESSURE_LEVELS.some((l) => l === level);

/** Side move: sanctions, threats, isolation, at one of the pressure levels. */
export const pressure: MoveRule<ActionOf<'pressure'>> = {
  type: 'pressure',
  kind: 'side',
  oncePerTurn: true,
  fields: { target: 'id', level: 'number' },
  validate(scenario, state, action) {
    if (!isLevel(action.level))
      return refuse('pressure/level', { lower: PRESSURE_LEVELS.slice(0, -1), highest: MAX_PRESSURE });
    return checkCounterpart(scenario, state, action.actor, action.target);
  },
  perform(ctx, action) {
    applyPressure(ctx, action.actor, action.target, action.level);
  },
  list: (scenario, state, { actor }) =>
    counterpartsOf(scenario, state, actor).flatMap((target) =>
      PRESSURE_LEVELS.map((level): ActionOf<'pressure'> => ({ type: 'pressure', actor, target, level })),
    ),
  describe: ({ actor, target, level }) => ({ message: 'action.pressure', params: { actor, target, level } }),
};
