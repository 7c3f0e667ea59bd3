import type { Action, ActionOf, ActionType } from '../types.ts';
import { accept } from './accept.ts';
import { backDown } from './back-down.ts';
import { coordinate } from './coordinate.ts';
import { counter } from './counter.ts';
import { deliver } from './deliver.ts';
import { gift } from './gift.ts';
import { offer } from './offer.ts';
import { pressure } from './pressure.ts';
import { reject } from './reject.ts';
import type { ActionRule } from './rule.ts';
import { summit } from './summit.ts';
import { wait } from './wait.ts';
import { walkOut } from './walk-out.ts';

/**
 * Every action type and the rule that validates, performs and lists it (excalidraw's registered
 * actions). Adding an action type is one entry here and one file beside this one. The entries are
 * listed in the order `legalActions` lists their actions: chores first, then the table moves and
 * side moves, offers last.
 */
export const ACTION_RULES: { readonly [K in ActionType]: ActionRule<ActionOf<K>> } = {
  deliver,
  wait,
  backDown,
  walkOut,
  summit,
  pressure,
  coordinate,
  gift,
  offer,
  accept,
  reject,
  counter,
};

/** The rule for an action's type, typed for any action (see `rule.ts` on why that is sound). */
export function ruleOf(type: ActionType): ActionRule<Action> {
  return ACTION_RULES[type];
}
