import { refuse } from '../errors.ts';
import { tableOffer } from '../rules/deal.ts';
import type { ActionOf } from '../types.ts';
import { checkPackage, linePairs } from './checks.ts';
import { offerOf } from './offer.ts';
import type { AnswerRule } from './rule.ts';

/** Answer with another package, in the same forum; a counter-offer itself cannot be countered. */
export const counter: AnswerRule<ActionOf<'counter'>> = {
  type: 'counter',
  kind: 'answer',
  fields: { give: 'lines', ask: 'lines' },
  validate(scenario, state, action, { offer }) {
    if (offer.isCounter) return refuse('respond/counter-of-counter');
    return checkPackage(scenario, state, action.actor, offer.from, offer.forum, action.give, action.ask);
  },
  perform(ctx, action, { offer }) {
    tableOffer(ctx, offerOf(ctx.state, action.actor, offer.from, offer.forum, action, true));
  },
  list(scenario, _state, { actor, offer }) {
    return linePairs(scenario, actor, offer.from).map(([give, ask]) => ({
      type: 'counter',
      actor,
      give,
      ask,
    }));
  },
  describe: ({ actor, give, ask }) => ({ message: 'action.counter', params: { actor, give, ask } }),
};
