import { ACTION_RULES } from './actions/registry.ts';
import type { ActionRule } from './actions/rule.ts';
import type { ActionError } from './errors.ts';
import { validateRules } from './legal.ts';
import type { GameState } from './state.ts';
import { whoMustAct } from './turn.ts';
import type { Action, ActionType, ActorId, Scenario } from './types.ts';

/** A listed action and why it is refused now (null: legal). */
export interface ListedAction<A extends Action = Action> {
  readonly action: A;
  readonly error: ActionError | null;
}

/**
 * Every action the rules list for a delegation now, each with its verdict: what a move panel shows,
 * refused ones with their reason. Empty when it is not the delegation's turn. `only` limits the
 * listing to some types (a panel that builds packages itself need not list every package).
 */
export function listActions(
  scenario: Scenario,
  state: GameState,
  actor: ActorId,
  only?: readonly ActionType[],
): ListedAction[] {
  const turn = whoMustAct(scenario, state);
  if (!turn || turn.actor !== actor) return [];
  const rules: ActionRule<Action>[] = Object.values(ACTION_RULES);
  const listed: Action[] = [];
  for (const rule of rules) {
    if (only && !only.includes(rule.type)) continue;
    if (rule.kind === 'answer') {
      if (turn.mode === 'respond') listed.push(...rule.list(scenario, state, turn));
    } else if (turn.mode === 'move') listed.push(...rule.list(scenario, state, turn));
  }
  // Listed by the rules, typed: only the rules' checks (a test holds every listing to the shape check).
  return listed.map((action) => ({ action, error: validateRules(scenario, state, action) }));
}

/**
 * The concrete legal actions of a delegation now. Packages are listed with at most one line a
 * side (every other package is legal too, by `validateAction`); everything else is listed whole.
 */
export function legalActions(scenario: Scenario, state: GameState, actor: ActorId): Action[] {
  return listActions(scenario, state, actor).flatMap((l) => (l.error ? [] : [l.action]));
}
