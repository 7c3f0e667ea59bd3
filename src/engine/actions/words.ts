import { formatMessage } from '../describe.ts';
import { ENGINE_MESSAGES_EN, type EngineMessages } from '../messages/en.ts';
import type { Action, Scenario } from '../types.ts';
import { ruleOf } from './registry.ts';

/** How an offer fared: what the story adds after the move's own words. */
export type OfferVerdict = 'accepted' | 'not-ratified' | 'refused';

/**
 * A move in words, as the story of a game tells it ("Tokyo offers Pyongyang a visit ... in return
 * for ... (accepted)"): each action's rule says which message it takes, the message table words it.
 */
export function describeAction(
  scenario: Scenario,
  action: Action,
  verdict?: OfferVerdict,
  messages: EngineMessages = ENGINE_MESSAGES_EN,
): string {
  const words = ruleOf(action.type).describe(action);
  const move = formatMessage(messages.actions[words.message], words.params, scenario, messages);
  return verdict ? formatMessage(messages.actions[`verdict.${verdict}`], { move }, scenario, messages) : move;
}
