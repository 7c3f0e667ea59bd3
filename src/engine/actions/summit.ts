import { holdSummit } from '../rules/side.ts';
import { counterpartsOf } from '../turn.ts';
import type { ActionOf } from '../types.ts';
import { checkCounterpart } from './checks.ts';
import type { MoveRule } from './rule.ts';

/** Side move: the leaders meet this turn. */
export const summit: MoveRule<ActionOf<'summit'>> = {
  type: 'summit',
  kind: 'side',
  oncePerTurn: true,
  fields: { with: 'id' },
  validate: (scenario, state, action) => checkCounterpart(scenario, state, action.actor, action.with),
  perform(ctx, action) {
    holdSummit(ctx, action.actor, action.with);
  },
  list: (scenario, state, { actor }) =>
    counterpartsOf(scenario, state, actor).map((other) => ({ type: 'summit', actor, with: other })),
  describe: ({ actor, with: other }) => ({ message: 'action.summit', params: { actor, with: other } }),
};
