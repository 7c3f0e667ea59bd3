/**
 * The negotiation engine: pure, deterministic rules. Start a game with `createGame`, ask
 * `whoMustAct` and `legalActions`, change it only with `applyAction`, show a delegation its own
 * `viewFor`, and rebuild any game with `replay`.
 */

export { available, openForums, openPromise } from './actions/checks.ts';
export { ACTION_RULES } from './actions/registry.ts';
export type { ActionRule, AnswerRule, FieldKind, FieldsOf, MoveRule, MoveWords } from './actions/rule.ts';
export { checkShape, isAction, MAX_PACKAGE_LINES } from './actions/shape.ts';
export { describeAction, type OfferVerdict } from './actions/words.ts';
export { acceptsOffer, adversaryOf, chooseAiAction, respond as aiResponse } from './ai.ts';
export {
  type ApplyResult,
  actionsOf,
  applyAction,
  createGame,
  type ReplayResult,
  replay,
  stateHash,
} from './apply.ts';
export {
  type Estimate,
  estimateItemCost,
  estimateItemValue,
  estimateRelation,
  estimateTarget,
} from './beliefs.ts';
export { holds } from './conditions.ts';
export {
  describeError,
  describeEvent,
  formatMessage,
  MESSAGE_FORMATS,
  type MessageFormat,
  type MessageParam,
  type MessageParams,
  placeholdersOf,
} from './describe.ts';
export { ACTION_ERROR_CODES, type ActionError, type ActionErrorCode, refuse } from './errors.ts';
export * from './events.ts';
export {
  type Judgement,
  judgePackage,
  lineValue,
  publicVerdict,
  type Ratification,
  ratification,
  ratificationBar,
} from './judge.ts';
export { validateAction } from './legal.ts';
export { type ListedAction, legalActions, listActions } from './legal-actions.ts';
export {
  ACTION_MESSAGES_EN,
  type ActionMessageId,
  ENGINE_MESSAGES_EN,
  type EngineMessages,
  ERROR_MESSAGES_EN,
  type ErrorMessageId,
  EVENT_MESSAGES_EN,
  type EventMessageId,
  PREVIEW_MESSAGES_EN,
  type PreviewMessageId,
  TERMS_EN,
  type TermId,
} from './messages/en.ts';
export { ENGINE_LANGUAGES, loadEngineMessages } from './messages/load.ts';
export { fmt, signed } from './numbers.ts';
export * from './options.ts';
export { bestCandidate, type Candidate, candidatePackages, nashScore } from './packages.ts';
export { DEFAULT_PARAMETERS } from './params.ts';
export {
  describePreviewNote,
  PREVIEW_CONFIDENCE,
  PREVIEW_MEMORY,
  type Preview,
  type PreviewEvidence,
  type PreviewNote,
  previewOffer,
} from './preview.ts';
export { packageKey, refusedPackages } from './refused.ts';
export { bestOutcomeFor, computeResult, measure, objectiveScore } from './result.ts';
export { hashString, nextRandom } from './rng.ts';
export { type EventRuleId, eventRule, isRuleId, RULE_IDS, type RuleId } from './rule-ids.ts';
export { MOVES_PER_TURN, maxActions } from './rules/move-limit.ts';
export { COORDINATION_MIN_TRUST, GIFT_TENSION } from './rules/side.ts';
export * from './state.ts';
export { type AnswerTurn, counterpartsOf, type MoveTurn, type Turn, whoMustAct } from './turn.ts';
export * from './types.ts';
export {
  type CounterpartView,
  type DelegationView,
  redactEvent,
  type SeenLogEntry,
  viewFor,
} from './view.ts';
