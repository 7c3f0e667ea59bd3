import { tableOffer } from '../rules/deal.ts';
import type { GameState, Offer } from '../state.ts';
import { counterpartsOf } from '../turn.ts';
import type { ActionOf, ActorId, ForumId } from '../types.ts';
import { checkPackage, linePairs, openForums } from './checks.ts';
import type { MoveRule } from './rule.ts';

/** A package as it goes on the table: a fresh id, and only the flags that are set. */
export function offerOf(
  state: GameState,
  from: ActorId,
  to: ActorId,
  forum: ForumId | null,
  lines: { readonly give: Offer['give']; readonly ask: Offer['ask'] },
  isCounter: boolean,
): Offer {
  const clean = (l: Offer['give'][number]) => ({
    item: l.item,
    tier: l.tier,
    ...(l.promised ? { promised: true } : {}),
    ...(l.conditional ? { conditional: true } : {}),
  });
  return {
    id: state.nextId++,
    from,
    to,
    forum,
    give: lines.give.map(clean),
    ask: lines.ask.map(clean),
    isCounter,
  };
}

/** Table move: propose a package; the other side must answer before play goes on. */
export const offer: MoveRule<ActionOf<'offer'>> = {
  type: 'offer',
  kind: 'table',
  oncePerTurn: false,
  fields: { to: 'id', forum: 'id?', give: 'lines', ask: 'lines' },
  validate: (scenario, state, action) =>
    checkPackage(scenario, state, action.actor, action.to, action.forum ?? null, action.give, action.ask),
  perform(ctx, action) {
    tableOffer(ctx, offerOf(ctx.state, action.actor, action.to, action.forum ?? null, action, false));
  },
  list(scenario, state, { actor }) {
    return counterpartsOf(scenario, state, actor).flatMap((to) =>
      openForums(scenario, state, actor, to).flatMap((forum) =>
        linePairs(scenario, actor, to).map(
          ([give, ask]): ActionOf<'offer'> => ({
            type: 'offer',
            actor,
            to,
            ...(forum ? { forum } : {}),
            give,
            ask,
          }),
        ),
      ),
    );
  },
  describe: ({ actor, to, forum, give, ask }) =>
    forum
      ? { message: 'action.offer.forum', params: { actor, to, forum, give, ask } }
      : { message: 'action.offer', params: { actor, to, give, ask } },
};
