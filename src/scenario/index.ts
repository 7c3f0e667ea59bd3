/**
 * The scenario format: YAML text in, a `Scenario` with every default filled in out, or every
 * problem at once, each with a stable code, a line and column, a path and a hint. Runs in the
 * browser and in Node alike: it reads no files (the CLI does) and imports only the engine, zod and yaml.
 */

export {
  type ActionFormat,
  ActionSchema,
  actionSchemaFor,
  MovesSchema,
  PackageLineSchema,
} from './actions.ts';
export {
  ActorSchema,
  BriefingSchema,
  ElectionSchema,
  LeaderSchema,
  PublicSchema,
  RedLineSchema,
  STANCES,
} from './actors.ts';
export { ARTICLE_FILES } from './articles.ts';
export { DEFAULT_RELATION } from './build.ts';
export { ISSUE_CODES, type IssueCode, SEVERITIES, type Severity } from './codes.ts';
export {
  type Completions,
  completeAt,
  describeAt,
  fileIds,
  type SchemaNode,
  type Suggestion,
} from './complete.ts';
export { ConditionSchema, EffectSchema } from './conditions.ts';
export { type Decoded, type DecodeProblem, decodeIssue, decodeScenarioBytes } from './decode.ts';
export { movesJsonSchema, renderFormatDoc, renderJsonSchema, scenarioJsonSchema } from './docs.ts';
export { contentHash, scenarioHash } from './hash.ts';
export { type LoadOptions, type LoadResult, loadScenario, MAX_ISSUES } from './load.ts';
export { migrate, migrations, type RawDocument, SCHEMA_VERSION } from './migrate.ts';
export { checkMoves, parseMoves } from './moves.ts';
export { mergeParameters, ParamsSchema } from './params.ts';
export { type AuditLocator, type AuditPath, type AuditPlace, type AuditStep, pathLocator } from './paths.ts';
export { MAX_CHARS, MAX_DEPTH, MAX_NODES } from './prescan.ts';
export { CitationSchema, ID_PATTERN, LIMITS } from './primitives.ts';
export { articleMaterial, isQuoted, nearestPassage, normaliseQuote } from './quotes.ts';
export { formatIssue, formatPath, type Issue, type Result } from './result.ts';
export {
  encodeResultFile,
  MAX_RESULT_CHARS,
  MAX_STUDENT_CHARS,
  type NotAResult,
  parseResultFile,
  RESULT_FORMAT,
  RESULT_KIND,
  type ResultFile,
  type ResultObjective,
} from './result-file.ts';
export {
  dropUndefined,
  firstProblem,
  HashSchema,
  MAX_SAVED_ACTIONS,
  SavedActionSchema,
  SavedIdSchema,
  SavedOptionsSchema,
} from './saved.ts';
export {
  DebriefSchema,
  EventSchema,
  ForumSchema,
  HistorySchema,
  HistoryStepSchema,
  IssueSchema,
  ItemSchema,
  LessonSchema,
  ObjectiveSchema,
  OutcomeSchema,
  RelationSchema,
  type ScenarioInput,
  ScenarioSchema,
  SourceSchema,
  TurnSchema,
} from './schema.ts';
