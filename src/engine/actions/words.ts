import { formatMessage } from '../describe.ts';
import { ACTION_MESSAGES_EN } from '../messages/en.ts';
import type { Action, Scenario } from '../types.ts';
import { ruleOf } from './registry.ts';

/** How an offer fared: what the story adds after the move's own words. */
export type OfferVerdict = 'accepted' | 'not-ratified' | 'refused';

/**
 * A move in words, as the story of a game tells it ("Tokyo offers Pyongyang a visit ... in return
 * for ... (accepted)"): each action's rule says which message it takes, `ACTION_MESSAGES_EN` words it.
 */
export function describeAction(scenario: Scenario, action: Action, verdict?: OfferVerdict): string {
  const words = ruleOf(action.type).describe(action);
  const move = formatMessage(ACTION_MESSAGES_EN[words.message], words.params, scenario);
  return verdict ? formatMessage(ACTION_MESSAGES_EN[`verdict.${verdict}`], { move }, scenario) : move;
}
