import { refuse, shown } from '../errors.ts';
import { keepPromise } from '../rules/delivery.ts';
import type { ActionOf } from '../types.ts';
import { openPromise } from './checks.ts';
import type { MoveRule } from './rule.ts';

/** Side move, as often as there are promises: deliver the oldest open promise of an item. */
export const deliver: MoveRule<ActionOf<'deliver'>> = {
  type: 'deliver',
  kind: 'side',
  oncePerTurn: false,
  fields: { item: 'id' },
  validate(_scenario, state, action) {
    if (!openPromise(state, action.actor, action.item))
      return refuse('deliver/unknown', { item: shown(action.item) });
    return null;
  },
  perform(ctx, action) {
    const promise = openPromise(ctx.state, action.actor, action.item);
    // Validated just before: the promise is there. Without it there is nothing to deliver.
    if (promise) keepPromise(ctx, promise.id);
  },
  list(_scenario, state, { actor }) {
    const items = state.promises.filter((p) => p.giver === actor && p.status === 'open').map((p) => p.item);
    return [...new Set(items)].map((item) => ({ type: 'deliver', actor, item }));
  },
  describe: ({ actor, item }) => ({ message: 'action.deliver', params: { actor, item } }),
};
