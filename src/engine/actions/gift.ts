import { lockHolds } from '../judge.ts';
import { giveGift } from '../rules/side.ts';
import { indexOf } from '../state.ts';
import { counterpartsOf } from '../turn.ts';
import type { ActionOf } from '../types.ts';
import { checkCounterpart, checkLine, lockedError } from './checks.ts';
import type { MoveRule } from './rule.ts';

/** Side move: hand over an item for nothing, outright or tied to reciprocity. */
export const gift: MoveRule<ActionOf<'gift'>> = {
  type: 'gift',
  kind: 'side',
  oncePerTurn: true,
  fields: { to: 'id', item: 'id', tier: 'number', conditional: 'flag?' },
  validate(scenario, state, action) {
    const bad = checkCounterpart(scenario, state, action.actor, action.to);
    if (bad) return bad;
    if (lockHolds(scenario, state, action.actor, [{ item: action.item, tier: action.tier }]))
      return lockedError(scenario, action.actor);
    return checkLine(scenario, state, action.actor, { item: action.item, tier: action.tier }, 'give', null);
  },
  perform(ctx, action) {
    giveGift(ctx, action.actor, action.to, action.item, action.tier, action.conditional === true);
  },
  list(scenario, state, { actor }) {
    const items = indexOf(scenario).itemsByGiver.get(actor) ?? [];
    return counterpartsOf(scenario, state, actor).flatMap((to) =>
      items.flatMap((item) =>
        item.tiers.flatMap((tier): ActionOf<'gift'>[] => [
          { type: 'gift', actor, to, item: item.id, tier },
          { type: 'gift', actor, to, item: item.id, tier, conditional: true },
        ]),
      ),
    );
  },
  describe: ({ actor, to, item, tier, conditional }) => ({
    message: conditional ? 'action.gift.conditional' : 'action.gift',
    params: { actor, to, give: [{ item, tier }] },
  }),
};
