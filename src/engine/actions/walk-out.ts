import { walkOut as leaveTable } from '../rules/side.ts';
import { counterpartsOf } from '../turn.ts';
import type { ActionOf } from '../types.ts';
import { checkCounterpart } from './checks.ts';
import type { MoveRule } from './rule.ts';

/** Table move: leave the table with one counterpart. */
export const walkOut: MoveRule<ActionOf<'walkOut'>> = {
  type: 'walkOut',
  kind: 'table',
  oncePerTurn: false,
  fields: { from: 'id' },
  validate: (scenario, state, action) => checkCounterpart(scenario, state, action.actor, action.from),
  perform(ctx, action) {
    leaveTable(ctx, action.actor, action.from);
  },
  list: (scenario, state, { actor }) =>
    counterpartsOf(scenario, state, actor).map((from) => ({ type: 'walkOut', actor, from })),
  describe: ({ actor, from }) => ({ message: 'action.walkOut', params: { actor, from } }),
};
