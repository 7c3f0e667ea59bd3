import { rejectOffer } from '../rules/deal.ts';
import type { ActionOf } from '../types.ts';
import type { AnswerRule } from './rule.ts';

/** Refuse the offer on the table: always open. */
export const reject: AnswerRule<ActionOf<'reject'>> = {
  type: 'reject',
  kind: 'answer',
  fields: {},
  validate: () => null,
  perform(ctx, _action, { offer }) {
    rejectOffer(ctx, offer);
  },
  list: (_scenario, _state, { actor }) => [{ type: 'reject', actor }],
  describe: ({ actor }) => ({ message: 'action.reject', params: { actor } }),
};
