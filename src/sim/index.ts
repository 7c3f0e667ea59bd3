/**
 * Headless play: built-in strategies, single runs, summaries over many seeds, and reports.
 * Pure: runs in Node, in a Web Worker, or in tests.
 */

export {
  AUDIT_SEEDS,
  type AuditIssue,
  type AuditOptions,
  type AuditReport,
  auditNotes,
  auditScenario,
  auditSeeds,
  auditSteps,
} from './audit.ts';
export {
  AUDIT_GAME_BUDGET,
  AUDIT_WORK_BUDGET,
  auditGameLimit,
  auditPlan,
  gameWork,
  type ObjectiveReach,
  type PlannedGame,
  type PlayStats,
} from './audit-play.ts';
export { AUDIT_CODES, type AuditCode } from './audit-types.ts';
export {
  type BalanceCheck,
  type BalanceReport,
  type BalanceRow,
  type BalanceSummary,
  balanceMarkdown,
  balanceReport,
  balanceSteps,
  balanceSummary,
  balanceSvg,
  seatDifficulty,
} from './balance.ts';
export {
  acceptedShare,
  type CalibrationCell,
  type CalibrationReport,
  calibratePreview,
  calibrationHolds,
  calibrationMarkdown,
  calibrationSteps,
  PREVIEW_LIKELY,
} from './calibrate.ts';
export {
  type BytesCheck,
  type CheckProblem,
  type CheckSteps,
  type CheckTextOptions,
  checkBytesSteps,
  checkScenarioBytes,
  checkScenarioText,
  checkTextSteps,
  type ScenarioCheck,
} from './check.ts';
export {
  AI_PLAYER,
  actAndPlayOn,
  closedTurn,
  type DriveOptions,
  type Move,
  type Played,
  playOn,
  type Seat,
  type Seats,
  seatsOf,
} from './driver.ts';
export { csvCell, measuresCsv } from './measures-csv.ts';
export {
  MONTE_CARLO_RUNS,
  type MonteCarloKey,
  type MonteCarloOptions,
  type MonteCarloReport,
  type MonteCarloRow,
  maxScoreOf,
  monteCarlo,
  monteCarloSteps,
  playerLine,
  SCORE_BINS,
  scoreBin,
} from './monte-carlo.ts';
export { type GameOutcome, outcomeOf, playOutcome } from './outcome.ts';
export {
  describeRecord,
  runToJson,
  runToStory,
  type Steps,
  type Summary,
  type SummaryTally,
  summarise,
  summarySteps,
  summaryTally,
} from './report.ts';
export {
  type FinishedGame,
  type ResultFault,
  resultFileOf,
  type VerifiedResult,
  verifyResult,
} from './result-file.ts';
export {
  type ActionRecord,
  historicalRun,
  type Player,
  type SimOptions,
  type SimRun,
  seatsFor,
  simulate,
  type TurnRecord,
} from './run.ts';
export { STORY_LANGUAGES, storyWords } from './story-languages.ts';
export { STORY_EN, type StoryFrame, type StoryWords } from './story-words.ts';
export {
  createStrategy,
  historyScript,
  isStrategyName,
  type Skipped,
  STRATEGIES,
  STRATEGY_DESCRIPTIONS,
  STRATEGY_NAMES,
  type Strategy,
  type StrategyName,
  scriptedStrategy,
} from './strategies.ts';
export { describeFault, type LogFault, sameAction, type VerifiedLog, verifyLog } from './verify.ts';
