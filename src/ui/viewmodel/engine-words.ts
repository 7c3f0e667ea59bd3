import {
  type Action,
  type ActionError,
  describeAction,
  describeError,
  describeEvent,
  describePreviewNote,
  ENGINE_MESSAGES_EN,
  type EngineMessages,
  loadEngineMessages,
  type OfferVerdict,
  type PreviewNote,
  type Scenario,
  type SeenEvent,
} from '../../engine/index.ts';
import { currentLanguage, finished, loadWithLanguage } from '../strings/index.ts';

/*
 * The engine's sentences in the player's language. The engine words its reasons, errors and
 * advice from a message table it is given (English unless told); every screen reads them through
 * these, never the engine's English `message` fields. A language's engine table is fetched with
 * its interface table (`loadLanguage` waits for both; the build puts them in one chunk).
 */
const tables = new Map<string, EngineMessages>([['en', ENGINE_MESSAGES_EN]]);

loadWithLanguage(async (code) => {
  if (tables.has(code)) return true;
  try {
    const table = await loadEngineMessages(code);
    if (table) tables.set(code, table);
    return table !== null;
  } catch {
    return false;
  }
});

/** The engine's table for the interface's language. */
function messages(): EngineMessages {
  return tables.get(currentLanguage()) ?? ENGINE_MESSAGES_EN;
}

/** Why something changed: an event's reason. */
export function eventText(scenario: Scenario, event: SeenEvent): string {
  return finished(describeEvent(scenario, event, messages()));
}

/** Why a move cannot be made. */
export function errorText(error: ActionError): string {
  return finished(describeError(error, messages()));
}

/** A move in one line, as the story of a game tells it. */
export function actionText(scenario: Scenario, action: Action, verdict?: OfferVerdict): string {
  return finished(describeAction(scenario, action, verdict, messages()));
}

/** A line of the advisors' preview of a draft offer. */
export function adviceText(scenario: Scenario, note: PreviewNote): string {
  return finished(describePreviewNote(scenario, note, messages()));
}
