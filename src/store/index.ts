/**
 * The game's store: the session (scenario, seed, controllers, action log, state), saves with two
 * rotating copies and numbered migrations, and settings. One store is made in app/main.ts and handed
 * to the DOM and the Phaser scenes.
 */

export { contentHash, scenarioHash } from '../scenario/index.ts';
export {
  type AppActions,
  type AppDeps,
  type AppState,
  type AppStore,
  createAppStore,
  type StartOptions,
} from './app-store.ts';
export {
  buildCatalogue,
  type CatalogueEntry,
  type CompiledScenario,
  catalogueOf,
  findScenario,
  type LoadResult,
  type ScenarioLoader,
  scenarioEntry,
} from './catalogue.ts';
export {
  type ClassLink,
  gameFromLink,
  isClassLink,
  LINK_ID_PATTERN,
  LINK_PROBLEM_CODES,
  type LinkProblem,
  type LinkProblemCode,
  type LinkPrompt,
  type LinkResult,
  MAX_LINK_CHARS,
  MAX_LINK_SEED,
  makeClassLink,
  parseClassLink,
  resolveClassLink,
  seatsOf,
} from './class-link.ts';
export {
  type ClassAdded,
  type ClassFile,
  type ClassResult,
  type ClassVerdict,
  keepClassFiles,
  keepResultAsGame,
  MAX_CLASS_FILE_CHARS,
  MAX_CLASS_RESULTS,
  verdictOf,
} from './class-results.ts';
export { type Draft, EMPTY_DRAFT, type Feed, type Screen } from './draft.ts';
export {
  forgetFile,
  type KeepResult,
  type KeptFile,
  keepFile,
  MAX_KEPT_CHARS,
  type OpenedScenario,
  openedEntries,
  readKeptFiles,
} from './kept-files.ts';
export { NOTICE_CODES, type Notice, type NoticeCode } from './notices.ts';
export {
  CLASS_ROUTE,
  makeRoute,
  parseRoute,
  type Route,
  routeOf,
  STUDIO_ROUTE,
  sameRoute,
  TITLE_ROUTE,
} from './route.ts';
export { checkSaveShape, encodeSave, MAX_SAVE_CHARS, SAVE_FORMAT, type SaveFile } from './save-format.ts';
export {
  migrateSave,
  migrations,
  type RawSave,
  type ReadProblem,
  readSaveText,
  type SaveMigration,
} from './save-migrations.ts';
export { type Restored, type RestoreProblem, restoreSave } from './save-restore.ts';
export { checkSeats, type SeatCheck, type SeatRepair } from './save-seats.ts';
export {
  type GameSummary,
  listDamaged,
  listGames,
  type OpenResult,
  openGame,
  slotFor,
  storedGameIds,
  writeSave,
} from './save-slots.ts';
export {
  type BranchOrigin,
  handoverTo,
  newSession,
  peopleOf,
  playAction,
  type Session,
  type Step,
  saveOf,
  sessionFrom,
} from './session.ts';
export { DEFAULT_SETTINGS, readSettings, type Settings, writeSettings } from './settings.ts';
export { browserStorage, KEY_PREFIX, type StorageFailure, type StorageLike } from './storage.ts';
export { listStuckGames, type StuckGame } from './stuck-games.ts';
export {
  deleteDraft,
  lastDraft,
  listDrafts,
  MAX_DRAFTS,
  newDraftId,
  readDraft,
  type StudioDraft,
  saveDraft,
} from './studio-drafts.ts';
export {
  broadcastPresence,
  type PresenceChannel,
  type PresenceMessage,
  presenceMessage,
} from './tab-presence.ts';
export { shallowEqual, watch } from './watch.ts';
export { branchFrom, movesBefore } from './what-if.ts';
