import { lockHolds } from '../judge.ts';
import { concludeDeal } from '../rules/deal.ts';
import type { ActionOf } from '../types.ts';
import { lockedError } from './checks.ts';
import type { AnswerRule } from './rule.ts';

/** Accept the offer on the table; both homes must then ratify it. */
export const accept: AnswerRule<ActionOf<'accept'>> = {
  type: 'accept',
  kind: 'answer',
  fields: {},
  validate(scenario, state, action, { offer }) {
    // Accepting what asks for nothing concedes nothing, so even a locked delegation may.
    if (lockHolds(scenario, state, action.actor, offer.ask)) return lockedError(scenario, action.actor);
    return null;
  },
  perform(ctx, _action, { offer }) {
    concludeDeal(ctx, offer);
  },
  list: (_scenario, _state, { actor }) => [{ type: 'accept', actor }],
  describe: ({ actor }) => ({ message: 'action.accept', params: { actor } }),
};
