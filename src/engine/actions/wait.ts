import { emit, nameOf } from '../context.ts';
import { temper } from '../rules/ratchet.ts';
import { counterpartsOf } from '../turn.ts';
import type { ActionOf } from '../types.ts';
import type { MoveRule } from './rule.ts';

/** Table move: no offer this turn. Patience slowly tempers everyone's expectations of the waiter. */
export const wait: MoveRule<ActionOf<'wait'>> = {
  type: 'wait',
  kind: 'table',
  oncePerTurn: false,
  validate: () => null,
  perform(ctx, { actor }) {
    emit(ctx, {
      type: 'waited',
      rule: 'table/wait',
      reason: `${nameOf(ctx, actor)} made no offer this turn`,
      actor,
    });
    for (const other of counterpartsOf(ctx.scenario, ctx.state, actor)) {
      temper(
        ctx,
        other,
        actor,
        ctx.p.waitFirmness,
        `${nameOf(ctx, actor)} showed patience instead of offering more`,
      );
    }
  },
  list: (_scenario, _state, { actor }) => [{ type: 'wait', actor }],
};
