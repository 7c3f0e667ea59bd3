import { emit } from '../context.ts';
import { temper } from '../rules/ratchet.ts';
import { counterpartsOf } from '../turn.ts';
import type { ActionOf } from '../types.ts';
import type { MoveRule } from './rule.ts';

/** Table move: no offer this turn. Patience slowly tempers everyone's expectations of the waiter. */
export const wait: MoveRule<ActionOf<'wait'>> = {
  type: 'wait',
  kind: 'table',
  oncePerTurn: false,
  fields: {},
  validate: () => null,
  perform(ctx, { actor }) {
    emit(ctx, {
      type: 'waited',
      rule: 'table/wait',
      message: 'table.wait',
      params: { actor },
      actor,
    });
    for (const other of counterpartsOf(ctx.scenario, ctx.state, actor)) {
      temper(ctx, other, actor, ctx.p.waitFirmness, 'firmness.wait');
    }
  },
  list: (_scenario, _state, { actor }) => [{ type: 'wait', actor }],
  describe: ({ actor }) => ({ message: 'action.wait', params: { actor } }),
};
