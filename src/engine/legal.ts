import { ruleOf } from './actions/registry.ts';
import { type ActionError, refuse } from './errors.ts';
import { actorOf, actorState, type GameState, indexOf } from './state.ts';
import { whoMustAct } from './turn.ts';
import type { Action, Scenario } from './types.ts';

/**
 * Returns null when the action is legal now, else the reason it is not. The checks every action
 * shares come first (the game, the delegation, its turn, answers against moves, side moves used),
 * then the action's own rule.
 */
export function validateAction(scenario: Scenario, state: GameState, action: Action): ActionError | null {
  const turn = whoMustAct(scenario, state);
  if (!turn) return refuse('game/over', 'The game is over.');
  if (!indexOf(scenario).actors.has(action.actor))
    return refuse('action/unknown-actor', `No delegation "${action.actor}".`);
  const name = actorOf(scenario, turn.actor).name;
  if (action.actor !== turn.actor) {
    return refuse(
      'action/not-your-turn',
      turn.mode === 'respond' ? `${name} must answer the offer on the table first.` : `It is ${name}'s move.`,
    );
  }
  const rule = ruleOf(action.type);
  if (rule.kind === 'answer') {
    if (turn.mode !== 'respond') return refuse('respond/nothing-pending', 'There is no offer to answer.');
    return rule.validate(scenario, state, action, turn);
  }
  if (turn.mode === 'respond') {
    return refuse('respond/required', 'Answer the offer on the table first: accept, reject or counter.');
  }
  if (rule.oncePerTurn && actorState(state, action.actor).sideMoves.includes(action.type)) {
    return refuse('side/used', `You have already used "${action.type}" this turn.`);
  }
  return rule.validate(scenario, state, action, turn);
}
