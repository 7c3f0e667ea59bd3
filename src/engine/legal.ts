import { ruleOf } from './actions/registry.ts';
import { checkShape } from './actions/shape.ts';
import { type ActionError, refuse, shown } from './errors.ts';
import { actorOf, actorState, type GameState, indexOf } from './state.ts';
import { whoMustAct } from './turn.ts';
import type { Action, Scenario } from './types.ts';

/**
 * Returns null when the action is legal now, else the reason it is not. Its shape comes first
 * (any value may arrive typed as an action: from a save, a file, a link), so no rule ever reads a
 * field that is not there; then the checks every action shares (the game, the delegation, its
 * turn, answers against moves, side moves used); then the action's own rule. Never throws.
 */
export function validateAction(scenario: Scenario, state: GameState, action: Action): ActionError | null {
  return checkShape(action) ?? validateRules(scenario, state, action);
}

/**
 * The rules' part of `validateAction`, for actions the rules listed themselves (`listActions`),
 * whose shape their types already guarantee: a move panel lists hundreds of packages a decision,
 * and checking each one's shape again doubled the cost of listing them.
 */
export function validateRules(scenario: Scenario, state: GameState, action: Action): ActionError | null {
  const turn = whoMustAct(scenario, state);
  if (!turn) return refuse('game/over');
  if (!indexOf(scenario).actors.has(action.actor))
    return refuse('action/unknown-actor', { actor: shown(action.actor) });
  const name = actorOf(scenario, turn.actor).name;
  if (action.actor !== turn.actor) {
    return turn.mode === 'respond'
      ? refuse('action/not-your-turn', { name }, 'action/not-your-turn.respond')
      : refuse('action/not-your-turn', { name });
  }
  const rule = ruleOf(action.type);
  if (rule.kind === 'answer') {
    if (turn.mode !== 'respond') return refuse('respond/nothing-pending');
    return rule.validate(scenario, state, action, turn);
  }
  if (turn.mode === 'respond') {
    return refuse('respond/required');
  }
  if (rule.oncePerTurn && actorState(state, action.actor).sideMoves.includes(action.type)) {
    return refuse('side/used', { move: action.type });
  }
  return rule.validate(scenario, state, action, turn);
}
