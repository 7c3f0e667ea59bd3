import { refuse } from '../errors.ts';
import { backDown as stepBack } from '../rules/side.ts';
import type { ActionOf } from '../types.ts';
import type { MoveRule } from './rule.ts';

/** Table move during a crisis: step back from the brink, once. */
export const backDown: MoveRule<ActionOf<'backDown'>> = {
  type: 'backDown',
  kind: 'table',
  oncePerTurn: false,
  fields: {},
  validate(_scenario, state, action) {
    if (!state.crisis.open) return refuse('crisis/none');
    if (state.crisis.backedDown.includes(action.actor)) return refuse('crisis/already');
    return null;
  },
  perform(ctx, action) {
    stepBack(ctx, action.actor);
  },
  list: (_scenario, _state, { actor }) => [{ type: 'backDown', actor }],
  describe: ({ actor }) => ({ message: 'action.backDown', params: { actor } }),
};
