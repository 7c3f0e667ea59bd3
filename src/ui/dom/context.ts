import type { Action, ActorId, GameOptions, OptionChoices, Scenario } from '../../engine/index.ts';
import type { BalanceSummary, MonteCarloReport, ScenarioCheck } from '../../sim/index.ts';
import type { AppActions, AppState, AppStore, KeepResult, StorageLike } from '../../store/index.ts';
import type { Beat, ClassSort, TermId, Warning } from '../viewmodel/index.ts';

/** Which tab of the table's side panel is open. */
export type PanelTab = 'move' | 'why' | 'news' | 'table';

/** Where the check of a scenario file opened on the title screen stands. */
export type FileCheck =
  | { readonly phase: 'checking'; readonly name: string; readonly played: number; readonly atMost: number }
  | {
      readonly phase: 'done';
      readonly name: string;
      readonly check: ScenarioCheck;
      /** Whether a playable file's text was kept in the browser; null when it has errors. */
      readonly kept: KeepResult | null;
      /** The article files opened with it, by name. */
      readonly articles: readonly string[];
    }
  | {
      readonly phase: 'refused';
      readonly name: string;
      readonly reason: 'not-yaml' | 'articles-only' | 'too-large' | 'unreadable' | 'failed' | 'stopped';
      readonly detail: string;
    };

/** "Play my strategy 1,000 times" for one game: under way, over (finished or stopped), or failed. */
export type MonteCarloView =
  | {
      readonly phase: 'running';
      readonly game: string;
      readonly runs: number;
      done: number;
      total: number;
      /** The figures so far (once the line is played); null before. */
      report: MonteCarloReport | null;
      stopping: boolean;
    }
  | {
      readonly phase: 'done';
      readonly game: string;
      readonly runs: number;
      readonly report: MonteCarloReport;
      readonly stopped: boolean;
      readonly ms: number;
    }
  | { readonly phase: 'failed'; readonly game: string; readonly runs: number; readonly message: string };

/** The answer moment on show: the beats of one batch of play and the one being read. */
export interface AnswerState {
  readonly seq: number;
  readonly beats: readonly Beat[];
  index: number;
}

/** The built-in strategies played beside one chart of the class page. */
export type BaselineState =
  | { readonly phase: 'running'; done: number; total: number }
  | { readonly phase: 'done'; readonly report: MonteCarloReport }
  | { readonly phase: 'failed'; readonly message: string };

/** The lesson planner's form on the teacher's page. */
export interface LessonState {
  /** The scenario as `ID:HASH`, or null before one is picked. */
  readonly scenario: string | null;
  readonly seed: number;
  readonly plan: 'one' | 'alternate' | 'numbered';
  readonly seatA: string;
  readonly seatB: string;
  /** The delegations a numbered plan goes through. */
  readonly numbered: readonly string[];
  readonly students: number;
  /** The game options every link carries (null turns: all of them; a count the scenario no longer allows is dropped). */
  readonly advisors: OptionChoices['advisors'];
  readonly turns: number | null;
  readonly history: OptionChoices['history'];
  /** The language the links open the game in (`lang=`), or null: each student keeps their own. */
  readonly language: string | null;
}

/** Screen-local choices that are not game state: kept here, outside the store, across re-renders. */
export interface UiState {
  tab: PanelTab;
  /** A language chosen in the settings whose table could not be fetched (offline); null if none. */
  languageFailed: string | null;
  /** The studio's element once it has been opened: it stays, with its editor, for the visit. */
  studio: HTMLElement | null;
  /** Values of the side-move selects, by field key. */
  readonly form: Map<string, string>;
  /** How many news items the player has seen (the News tab shows how many are new). */
  seenNews: number;
  /** The turn shown in the debrief's step-through; null for the end. */
  debriefTurn: number | null;
  /** The scenario file being checked, or the last one's result. */
  fileCheck: FileCheck | null;
  /** The debrief's Monte Carlo of the game on show; null before it was asked for. */
  monteCarlo: MonteCarloView | null;
  /** What the debrief's share panel last copied (or failed to), for its status line. */
  copied: { readonly what: 'link' | 'result'; readonly ok: boolean } | null;
  /** The answer to the last move, until the player has read it; null once closed. */
  answer: AnswerState | null;
  /**
   * The first-game tour: the game and turn it is shown on (it goes when the turn ends) and its
   * step; null when closed.
   */
  tour: { readonly game: string; readonly turn: number; step: number } | null;
  /** How the class page's table is sorted. */
  classSort: ClassSort;
  /** What the class page last said about files added, until the next. */
  classNote: string | null;
  /** Whether the class page is asking to confirm clearing its list. */
  classClearing: boolean;
  /** The lesson being prepared on the teacher's page. */
  lesson: LessonState;
  /** The name a student typed at the debrief for their result file (kept for this visit only). */
  studentName: string;
  /** The title card whose "play with others at this screen" form is open, and its ticks. */
  hotseat: { readonly card: string; readonly seats: readonly string[] } | null;
  /** The class page's baselines, by chart (scenario, version and seat). */
  readonly classBaseline: Map<string, BaselineState>;
}

/** The check of an opened file, with the text its bytes were read as (null when they are not text). */
export interface CheckedFile {
  readonly check: ScenarioCheck;
  readonly text: string | null;
  /** The balance report, when one was asked for and the file loaded; else null. */
  readonly balance: BalanceSummary | null;
}

/**
 * Checks scenario files off the page's thread (implemented in src/app/scenario-checker.ts with a Web
 * Worker, so the checking code loads only when a file is opened).
 */
export interface ScenarioChecker {
  /**
   * Reads an opened file's bytes as text (as the command line does), loads and audits it, with the
   * words of the article files opened beside it (by file name); `onProgress` hears of the audit's
   * games as they are played.
   */
  check(
    bytes: Uint8Array,
    fileName: string,
    articles: Readonly<Record<string, string>>,
    onProgress?: (played: number, atMost: number) => void,
  ): Promise<CheckedFile>;
  /** Loads a file's text without the audit (a file that passed the whole check before). */
  load(text: string, fileName: string, articles: Readonly<Record<string, string>>): Promise<ScenarioCheck>;
  /**
   * Loads a file's text and plays a balance report of `runs` seeds (the studio's "Balance it");
   * `onProgress` hears of the seeds played.
   */
  balance(
    text: string,
    fileName: string,
    articles: Readonly<Record<string, string>>,
    runs: number,
    onProgress?: (played: number, atMost: number) => void,
  ): Promise<CheckedFile>;
  /** Stops what is being checked; its promise rejects with an error `isStopped` recognises. */
  stop(): void;
  isStopped(error: unknown): boolean;
}

/** What "Play my strategy 1,000 times" plays: a finished game's line from its seat. */
export interface MonteCarloRequest {
  readonly scenario: Scenario;
  readonly player: ActorId;
  readonly line: readonly (readonly Action[])[];
  /** The game's own score. */
  readonly mark: number;
  readonly runs: number;
  /** The teacher's options of the game (or the class's): every game of the run is played under them. */
  readonly gameOptions: GameOptions;
}

/** How far a run is: games played of all asked for, and the figures so far when there are new ones. */
export interface MonteCarloProgress {
  readonly done: number;
  readonly total: number;
  readonly report: MonteCarloReport | null;
}

/** A run's end: every game played, or those played before it was stopped. */
export interface MonteCarloResult {
  readonly report: MonteCarloReport;
  readonly stopped: boolean;
  /** How long the run took, in the worker (ms). */
  readonly ms: number;
}

/**
 * Plays a game's line and the built-in strategies over many seeds off the page's thread
 * (implemented in src/app/monte-carlo-runner.ts with a Web Worker, loaded on first use). One run
 * at a time: a new one ends the one before.
 */
export interface MonteCarloRunner {
  run(
    request: MonteCarloRequest,
    onProgress: (progress: MonteCarloProgress) => void,
  ): Promise<MonteCarloResult>;
  /** Asks the run to stop: its promise resolves with what was played (the worker is ended if it does not answer). */
  stop(): void;
  /** Ends the run at once, figures and all: its promise rejects with an error `isCancelled` recognises. */
  cancel(): void;
  isCancelled(error: unknown): boolean;
}

/** What the host (src/app/main.ts) provides the interface beyond the store. */
/** The texts a studio draft may start from. */
export interface StudioTexts {
  /** The template `npm run scenario:new` writes. */
  readonly template: string;
  /** Every shipped scenario as written, by file name. */
  readonly shipped: readonly { readonly name: string; readonly text: string }[];
}

/** What the studio is given: the page's services, and where its drafts are kept. */
export interface StudioHost {
  readonly store: AppStore;
  readonly checker: ScenarioChecker;
  readonly storage: StorageLike | null;
  readonly now: () => Date;
  readonly texts: () => Promise<StudioTexts>;
  /** Says something to screen readers through the page's live region. */
  readonly announce: (text: string) => void;
}

/** The scenario studio, loaded on first use (src/ui/studio): it builds itself into `host` once. */
export interface StudioModule {
  mountStudio(host: HTMLElement, studio: StudioHost): void;
}

/** How the page reaches the studio without the title screen carrying the editor. */
export interface StudioServices {
  readonly load: () => Promise<StudioModule>;
  readonly storage: StorageLike | null;
  readonly texts: () => Promise<StudioTexts>;
}

export interface UiServices {
  readonly checker: ScenarioChecker;
  readonly studio: StudioServices;
  readonly monteCarlo: MonteCarloRunner;
  /** Settles when the scenario files kept from an earlier visit have been loaded again. */
  readonly filesReady: Promise<void>;
  /** The game's version, as result files record it. */
  readonly gameVersion: string;
}

/** What every screen and panel renderer gets. */
export interface ViewContext {
  readonly store: AppStore;
  readonly state: AppState & AppActions;
  readonly ui: UiState;
  readonly services: UiServices;
  /** Re-renders after a change to `ui` (store changes re-render by themselves). */
  readonly refresh: () => void;
  /** Opens a dialog by name, returning focus to `opener` when it closes. */
  readonly openDialog: (name: 'settings' | 'saves', opener: HTMLElement | null) => void;
  /**
   * Opens the help and glossary dialog at an entry (at the top when null), returning focus to
   * `opener` when it closes.
   */
  readonly openGlossary: (entry: TermId | null, opener: HTMLElement | null) => void;
  /** Checks a scenario file chosen or dropped on the title screen. */
  /** Opens a scenario file with any article files chosen or dropped with it. */
  readonly openScenarioFile: (files: readonly File[]) => void;
  /** Reads result files chosen or dropped on the class page, and verifies them. */
  readonly openResultFiles: (files: readonly File[]) => void;
  /** Says something to screen readers through the page's live region. */
  readonly announce: (text: string) => void;
  /** Runs `go` at once, or after the player confirms when there is a warning. */
  readonly guard: (warning: Warning | null, go: () => void) => void;
}
