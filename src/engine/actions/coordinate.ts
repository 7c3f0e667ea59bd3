import { refuse, shown } from '../errors.ts';
import { coordinate as lineUp } from '../rules/side.ts';
import { actorState, indexOf, sortedIds } from '../state.ts';
import { counterpartsOf } from '../turn.ts';
import type { ActionOf } from '../types.ts';
import { checkCounterpart } from './checks.ts';
import type { MoveRule } from './rule.ts';

/** Side move: ask a third party (background patrons too) to line up towards a target. */
export const coordinate: MoveRule<ActionOf<'coordinate'>> = {
  type: 'coordinate',
  kind: 'side',
  oncePerTurn: true,
  fields: { ally: 'id', target: 'id' },
  validate(scenario, state, action) {
    if (action.ally === action.actor || action.ally === action.target) {
      return refuse('coordinate/ally');
    }
    if (!indexOf(scenario).actors.has(action.ally))
      return refuse('action/unknown-actor', { actor: shown(action.ally) });
    if (actorState(state, action.ally).ousted) return refuse('coordinate/ally', {}, 'coordinate/ally.ousted');
    return checkCounterpart(scenario, state, action.actor, action.target);
  },
  perform(ctx, action) {
    lineUp(ctx, action.actor, action.ally, action.target);
  },
  list(scenario, state, { actor }) {
    // Allies may sit in the background (patrons), but not be gone.
    const allies = sortedIds(state.actors).filter((id) => id !== actor && !actorState(state, id).ousted);
    return counterpartsOf(scenario, state, actor).flatMap((target) =>
      allies
        .filter((ally) => ally !== target)
        .map((ally): ActionOf<'coordinate'> => ({ type: 'coordinate', actor, ally, target })),
    );
  },
  describe: ({ actor, ally, target }) => ({ message: 'action.coordinate', params: { actor, ally, target } }),
};
