import { createStore, type StoreApi } from 'zustand/vanilla';
import { type Action, type ActionError, type ActorId, type GameOptions, refuse } from '../engine/index.ts';
import { type CatalogueEntry, findScenario } from './catalogue.ts';
import { type LinkPrompt, seatsOf as playableSeats } from './class-link.ts';
import {
  type ClassResult,
  type ClassResultsActions,
  classResultsActions,
  resultAsSave,
} from './class-results.ts';
import { type Draft, EMPTY_DRAFT, emptyFeed, type Feed, type Screen } from './draft.ts';
import { fileNameOf, type OpenedScenario, openedEntries, readKeptFiles } from './kept-files.ts';
import { GAME_NOTICES, type Notice, type NoticeCode } from './notices.ts';
import { type OpenedFileActions, openedFileActions } from './opened-files.ts';
import { refusalNotice, restoreNotices } from './restore-notices.ts';
import type { Route } from './route.ts';
import { checkSaveShape, encodeSave } from './save-format.ts';
import { readSaveText } from './save-migrations.ts';
import { restoreSave } from './save-restore.ts';
import {
  type GameSummary,
  listDamaged,
  listGames,
  newestCopy,
  type OpenResult,
  openGame,
  storedGameIds,
  writeSave,
} from './save-slots.ts';
import {
  handoverTo,
  joinSteps,
  newSession,
  peopleOf,
  playAction,
  playAiOn,
  type Session,
  type Step,
  saveOf,
  sessionFrom,
  type Until,
} from './session.ts';
import { readSettings, type Settings, writeSettings } from './settings.ts';
import { KEY_PREFIX, type StorageFailure, type StorageLike } from './storage.ts';
import { listStuckGames, type StuckGame } from './stuck-games.ts';
import { tabGuard } from './tab-guard.ts';
import { type PresenceChannel, tabPresence } from './tab-presence.ts';
import { branchFrom, readBranch, writeBranch } from './what-if.ts';

/** Everything the interface draws from: screen, scenarios, saved games, the session, settings. */
export interface AppState {
  readonly screen: Screen;
  readonly catalogue: readonly CatalogueEntry[];
  readonly games: readonly GameSummary[];
  /** Kept games that cannot be opened here (newer version, no readable copy), with their copies. */
  readonly stuck: readonly StuckGame[];
  readonly session: Session | null;
  readonly draft: Draft;
  readonly feed: Feed;
  /** True while the table animates; panels show it, and a new move skips the animation. */
  readonly busy: boolean;
  /** Why the last move was refused, if it was. */
  readonly refusal: ActionError | null;
  readonly notices: readonly Notice[];
  readonly settings: Settings;
  /** Whether the last save write worked: the header shows "saved" or "not saved". */
  readonly saved: boolean;
  /** Scenarios opened from files: this visit's, and those kept in storage and loaded again. */
  readonly opened: readonly OpenedScenario[];
  /** What the last class link left for the title screen: a problem, or a game to continue. */
  readonly link: LinkPrompt | null;
  /**
   * Delegation names of the scenario files kept in this browser, by scenario id: the list of
   * games shows them while the files themselves are still being loaded again.
   */
  readonly keptSeats: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /**
   * The result files on the teacher's class page, each verified by replay; null until the page
   * is first opened (the kept files are verified then, not at every start).
   */
  readonly classResults: readonly ClassResult[] | null;
  /** Whether the class's files are kept in this browser: null when they are, else why not. */
  readonly classKept: StorageFailure | null;
}

/** How to start a game: a given seed (a class link) and the exact version of the scenario. */
export interface StartOptions {
  readonly seed?: number;
  /** Other delegations led by people at the same screen (hotseat), beside `player`. */
  readonly people?: readonly ActorId[];
  /** The scenario's content hash, when a file and a shipped scenario share the id. */
  readonly hash?: string;
  /** The teacher's options (a class link's); none by default. They must fit the scenario. */
  readonly gameOptions?: GameOptions;
}

/** What the interface may ask of the store; the only ways state changes. */
export interface AppActions extends ClassResultsActions, OpenedFileActions {
  startGame(scenarioId: string, player: ActorId, options?: StartOptions): void;
  submit(action: Action): { ok: true } | { ok: false; error: ActionError };
  /**
   * Hands the screen to another person at it (hotseat): the person the game waits for, or, once
   * the game is over, any of its people to read their own debrief. Says whether it did.
   */
  takeSeat(actor: ActorId): boolean;
  openGame(game: string): boolean;
  importSave(text: string): boolean;
  /**
   * "What if": plays the open finished game again, as a new game, from the start of `turn` with
   * the same seed; the moves before that turn are the first game's. Says whether it started.
   */
  whatIf(turn: number): boolean;
  exportSave(): { fileName: string; text: string } | null;
  damagedCopies(): { key: string; text: string }[];
  /**
   * Another tab changed storage (the `storage` event; `key` null when it was cleared): the lists
   * are read again, and the player is told if it was the game open here.
   */
  storageChanged(key: string | null): void;
  show(screen: Screen): void;
  /**
   * Goes where the page's address points (a reload, Back, Forward): a screen of a stored game,
   * opened if it is not the one open, or the title. A game that is not stored here, or cannot be
   * opened, leaves the title with a notice saying why. Says whether the route was reached.
   */
  goTo(route: Route): boolean;
  setDraft(draft: Draft): void;
  setSettings(patch: Partial<Settings>): void;
  dismissNotice(id: number): void;
  setBusy(busy: boolean): void;
  setCatalogue(catalogue: readonly CatalogueEntry[]): void;
  dismissLink(): void;
}

/** The vanilla zustand store the DOM and the Phaser scenes share. */
export type AppStore = StoreApi<AppState & AppActions>;

/** What the store needs from the world, injected so tests run it with fakes. */
export interface AppDeps {
  readonly catalogue: readonly CatalogueEntry[];
  /** Null when the browser offers no storage. */
  readonly storage: StorageLike | null;
  readonly now: () => Date;
  readonly newSeed: () => number;
  readonly newGameId: () => string;
  /**
   * Where this tab hears of the others of this browser (`broadcastPresence`), so that a game
   * opened here that is open in another tab says so at once; null or left out where there is none.
   */
  readonly presence?: PresenceChannel | null;
  /**
   * How long the AI may move at a time before the page gets its turn (ms); left out, the AI makes
   * all its moves at once. With many AI delegations (a file at the format's limits: 49 of them
   * between two of the player's moves) the browser gives them slices, so the page never freezes.
   */
  readonly aiSliceMs?: number;
  /** Runs the next slice later (the browser: a new task, after input and paint). */
  readonly schedule?: (next: () => void) => void;
  /**
   * The interface language for a player who has chosen none yet (the browser's, where the
   * interface speaks it); English when left out. A choice once made is kept in the settings.
   */
  readonly language?: string;
}

/** Creates the store; main.ts makes one and hands it to the DOM and to the Phaser scenes. */
export function createAppStore(deps: AppDeps): AppStore {
  const { storage } = deps;
  let noticeId = 0;
  let lastFailure: StorageFailure | null = null;
  const guard = tabGuard(storage);
  const lists = () => ({ games: listGames(storage), stuck: listStuckGames(storage) });

  return createStore<AppState & AppActions>()((set, get, api) => {
    const notify = (
      code: NoticeCode,
      tone: Notice['tone'],
      detail = '',
      download: Notice['download'] = null,
    ) => {
      const notice: Notice = { id: ++noticeId, code, tone, detail, download };
      set({ notices: [...get().notices.filter((n) => n.code !== code), notice] });
    };
    /** Notices about the game that was open: another game opening makes them stale. */
    const forgetGameNotices = () => {
      const stale = get().notices.filter((n) => GAME_NOTICES.has(n.code));
      if (stale.length > 0) set({ notices: get().notices.filter((n) => !GAME_NOTICES.has(n.code)) });
    };

    /**
     * Saves after every step; a failure is told once and play goes on. If another tab wrote this
     * game since, this tab's line of play goes on as a separate game, so neither is overwritten.
     */
    const persist = (current: Session): Session => {
      let session = current;
      if (guard.otherTabWrote(session.game)) {
        session = { ...session, game: freshGameId(), serial: 0 };
        // The warning that this would happen has come true: say what did, once.
        set({ notices: get().notices.filter((n) => n.code !== 'save/other-tab') });
        notify('save/forked', 'warning', session.scenario.title);
      }
      const serial = session.serial + 1;
      const save = saveOf(session, serial, deps.now());
      const failure = writeSave(storage, save);
      if (failure) {
        if (failure !== lastFailure) {
          notify(
            failure === 'quota' ? 'storage/quota' : 'storage/unavailable',
            'warning',
            '',
            exportOf(session, save),
          );
        }
        lastFailure = failure;
        set({ saved: false });
        // The game may have moved to a new slot (a second tab): the session goes on under it.
        return session;
      }
      if (lastFailure) notify('storage/recovered', 'info');
      lastFailure = null;
      guard.look(session.game);
      set({ saved: true, ...lists() });
      return { ...session, serial };
    };

    /** A budget for one slice of the AI's moves, or none: they are all made at once. */
    const budget = (): Until | undefined => {
      if (deps.aiSliceMs === undefined) return undefined;
      const clock = globalThis.performance ?? Date;
      const end = clock.now() + deps.aiSliceMs;
      return () => clock.now() >= end;
    };
    const schedule = deps.schedule ?? ((next: () => void) => setTimeout(next, 0));
    /** The moves of a step whose AI moves are still being made, slice by slice. */
    let carried: Step | null = null;

    /**
     * Shows a step of play, or, while the AI's slices go on, keeps its moves and saves the game as
     * it stands (so a closed tab loses nothing: a restored game plays the owed moves) and takes up
     * the AI's moves again in a later task. The answer shows every move once they are all made.
     * Anything else that changes the session meanwhile (another game opened) ends the slices.
     */
    const advance = (step: Step, screen: Screen, shown?: Session) => {
      const joined = carried ? joinSteps(carried, step) : step;
      if (!step.paused) {
        carried = null;
        play(joined, screen);
        return;
      }
      carried = joined;
      // The first pause is shown and saved: the person's move, and the AI to move. The slices
      // after it go on out of sight until the last, because showing and saving a state with
      // many delegations costs more than a slice; a tab closed meanwhile loses nothing, since a
      // restored game plays the AI's owed moves.
      let onScreen = shown;
      // Play goes on from the session as saved (its serial, and its slot if the save moved it).
      let from = step.session;
      if (onScreen === undefined) {
        onScreen = persist(step.session);
        from = onScreen;
        set({ session: onScreen, screen, refusal: null });
      }
      const expected = onScreen;
      schedule(() => {
        if (carried !== joined || get().session !== expected) return;
        advance(playAiOn(from, budget()), get().screen, expected);
      });
    };

    const play = (step: Step, screen: Screen) => {
      const session = persist(step.session);
      set({
        session,
        screen,
        // The package starts afresh, but with the counterpart the player last chose.
        draft: { ...EMPTY_DRAFT, to: get().draft.to },
        refusal: null,
        feed: { seq: get().feed.seq + 1, actions: step.actions, moves: step.moves, events: step.events },
      });
    };

    const freshGameId = (): string => {
      // Every game with a copy, readable or not: a new game must never take a damaged one's slots.
      const taken = storedGameIds(storage);
      let id = deps.newGameId();
      while (taken.has(id)) id = deps.newGameId();
      return id;
    };

    /** A save's scenario is not here: name the file to open again when it came from one. */
    const missing = (scenarioId: string) => {
      const file = fileNameOf(storage, get().opened, scenarioId);
      if (file === null) notify('save/scenario-missing', 'error', scenarioId);
      else notify('save/file-missing', 'error', file);
    };

    /** Opens a restored game, or tells why not; `from` is the stored game opened, or an import. */
    const opened = (result: OpenResult, mustWrite: boolean, from: { game: string } | 'import'): boolean => {
      if (!result.ok) {
        const p = result.problem;
        if (p.code === 'save/scenario-missing') missing(p.scenarioId);
        else {
          const n = refusalNotice(p, from);
          // A sound game kept here that cannot go on here: offer its newest copy as a file.
          const kept = n.offerCopy && from !== 'import' ? newestCopy(storage, from.game) : null;
          notify(n.code, n.tone, n.detail, kept);
        }
        return false;
      }
      const { restored } = result;
      forgetGameNotices();
      if (result.setAside > 0) notify('save/fell-back', 'warning');
      if (result.storageFailed) notify('save/set-aside-failed', 'warning', '', null);
      for (const n of restoreNotices(restored)) notify(n.code, n.tone, n.detail);
      const fresh = sessionFrom(restored);
      // A what-if game keeps the first game's moves beside its saves, for its debrief.
      const origin = readBranch(storage, fresh.game);
      const session = origin ? { ...fresh, branch: origin } : fresh;
      const owed = restored.owed.moves;
      set({
        session,
        screen: session.state.status === 'ended' ? 'debrief' : 'table',
        draft: EMPTY_DRAFT,
        refusal: null,
        // The AI's moves played on opening are news to the player, like any others.
        feed: {
          seq: get().feed.seq + 1,
          actions: owed.map((m) => m.action),
          moves: owed,
          events: owed.flatMap((m) => m.events),
        },
      });
      guard.look(session.game);
      // A changed scenario, repaired seats or the AI's owed moves give a new checkpoint: write it
      // so the next open agrees.
      const changed =
        restored.scenarioChanged || restored.checkpointMoved || restored.repair !== null || owed.length > 0;
      if (changed || mustWrite) set({ session: persist(session) });
      return true;
    };

    /** Said once while it holds: a game open here is open in another tab too. */
    const openElsewhere = () => {
      const session = get().session;
      if (session && !get().notices.some((n) => n.code === 'save/open-elsewhere'))
        notify('save/open-elsewhere', 'warning', session.scenario.title);
    };
    const notOpenElsewhere = () => {
      if (get().notices.some((n) => n.code === 'save/open-elsewhere'))
        set({ notices: get().notices.filter((n) => n.code !== 'save/open-elsewhere') });
    };
    const moved = tabPresence(deps.presence ?? null, {
      openGame: () => get().session?.game ?? null,
      openElsewhere,
      maybeAlone: notOpenElsewhere,
    });
    // Whatever opened, started, imported or forked a game, the other tabs hear of it.
    api.subscribe((now, before) => {
      const game = now.session?.game ?? null;
      const was = before.session?.game ?? null;
      if (game === was) return;
      notOpenElsewhere();
      moved(was, game);
    });

    /** Every playable scenario, opened files first so a save or a start by id finds its version. */
    const allScenarios = () => [...openedEntries(get().opened), ...get().catalogue];

    const initialFailure = storage === null;
    const state: AppState & AppActions = {
      screen: 'title',
      catalogue: deps.catalogue,
      ...lists(),
      session: null,
      draft: EMPTY_DRAFT,
      feed: emptyFeed(0),
      busy: false,
      refusal: null,
      notices: initialFailure
        ? [{ id: ++noticeId, code: 'storage/unavailable', tone: 'warning', detail: '', download: null }]
        : [],
      settings: readSettings(storage, deps.language === undefined ? {} : { language: deps.language }),
      saved: !initialFailure,
      opened: [],
      link: null,
      keptSeats: Object.fromEntries(readKeptFiles(storage).map((f) => [f.scenarioId, f.seats])),
      classResults: null,
      classKept: null,

      startGame(scenarioId, player, options = {}) {
        const found =
          options.hash === undefined
            ? (findScenario(get().catalogue, scenarioId) ?? findScenario(allScenarios(), scenarioId))
            : findScenario(allScenarios(), scenarioId, options.hash);
        if (!found) return;
        const step = newSession({
          game: freshGameId(),
          scenario: found.scenario,
          scenarioHash: found.hash,
          player,
          seed: options.seed ?? deps.newSeed(),
          until: budget(),
          people: (options.people ?? []).filter((id) => playableSeats(found.scenario).includes(id)),
          ...(options.gameOptions ? { options: options.gameOptions } : {}),
        });
        set({ link: null });
        forgetGameNotices();
        carried = null;
        advance(step, 'briefing');
      },

      takeSeat(actor) {
        const session = get().session;
        if (!session || actor === session.player) return false;
        const ended = session.state.status === 'ended';
        // Playing, only the person the game waits for takes the screen; once it is over, any of
        // the people may read their own debrief.
        if (ended ? !peopleOf(session).includes(actor) : handoverTo(session) !== actor) return false;
        set({ session: persist({ ...session, player: actor }), draft: EMPTY_DRAFT, refusal: null });
        return true;
      },

      submit(action) {
        globalThis.performance?.mark?.('gat:commit');
        const session = get().session;
        if (!session) return { ok: false, error: refuse('game/none') };
        const result = playAction(session, action, budget());
        if (!result.ok) {
          set({ refusal: result.error });
          return result;
        }
        carried = null;
        advance(result.step, 'table');
        return { ok: true };
      },

      openGame(game) {
        set({ link: null });
        return opened(openGame(storage, game, allScenarios(), deps.now()), false, { game });
      },

      importSave(text) {
        // A result file (the debrief's "Hand in") opens as the finished game it records.
        const asResult = resultAsSave(text, allScenarios(), freshGameId, deps.now());
        if (asResult !== null) {
          if (!asResult.ok) {
            if (asResult.missing !== null) missing(asResult.missing);
            else notify('import/failed', 'error', asResult.message);
            return false;
          }
          const restored = restoreSave(asResult.save, allScenarios());
          if (!restored.ok)
            return opened({ ok: false, problem: restored.problem, setAside: 0 }, true, 'import');
          notify('import/done', 'info', asResult.save.summary.title);
          return opened(
            { ok: true, restored: restored.value, setAside: 0, storageFailed: false },
            true,
            'import',
          );
        }
        const read = readSaveText(text);
        if (!read.ok) {
          notify(
            read.problem.code === 'save/newer' ? 'save/newer' : 'import/failed',
            'error',
            read.problem.message,
          );
          return false;
        }
        const shape = checkSaveShape(read.raw);
        if (!shape.ok) {
          notify('import/failed', 'error', shape.message);
          return false;
        }
        // An imported game gets its own slot, so it never overwrites a game kept here.
        const save = { ...shape.save, game: freshGameId(), serial: 0 };
        const restored = restoreSave(save, allScenarios());
        if (!restored.ok)
          return opened({ ok: false, problem: restored.problem, setAside: 0 }, true, 'import');
        notify('import/done', 'info', save.summary.title);
        return opened(
          { ok: true, restored: restored.value, setAside: 0, storageFailed: false },
          true,
          'import',
        );
      },

      whatIf(turn) {
        const session = get().session;
        if (session?.state.status !== 'ended') return false;
        const step = branchFrom(session, turn, freshGameId());
        if (!step?.session.branch) return false;
        writeBranch(storage, step.session.game, step.session.branch);
        forgetGameNotices();
        set({ link: null });
        play(step, 'table');
        return true;
      },

      exportSave() {
        const session = get().session;
        if (!session) return null;
        return exportOf(session, saveOf(session, session.serial, deps.now()));
      },

      damagedCopies() {
        return listDamaged(storage);
      },

      storageChanged(key) {
        if (key !== null && !key.startsWith(KEY_PREFIX)) return;
        set(lists());
        const session = get().session;
        if (session && guard.otherTabWrote(session.game))
          notify('save/other-tab', 'warning', session.scenario.title);
      },

      show(screen) {
        if (screen !== 'title' && screen !== 'class' && screen !== 'studio' && !get().session) return;
        if (screen === 'class') get().loadClassResults();
        set({ screen, refusal: null, ...(screen === 'title' ? lists() : {}) });
      },

      goTo(route) {
        if (route.screen === 'title' || route.screen === 'class' || route.screen === 'studio') {
          get().show(route.screen);
          return true;
        }
        if (get().session?.game !== route.game) {
          if (!storedGameIds(storage).has(route.game)) {
            set({ link: null });
            notify('address/game-missing', 'error');
            set({ screen: 'title', refusal: null, ...lists() });
            return false;
          }
          // Opening a game that cannot go on here tells why (newer version, missing scenario…).
          if (!get().openGame(route.game)) {
            set({ screen: 'title', refusal: null, ...lists() });
            return false;
          }
        }
        const ended = get().session?.state.status === 'ended';
        // A game not over has no debrief yet: its table is where the debrief will be.
        get().show(route.screen === 'debrief' && !ended ? 'table' : route.screen);
        return true;
      },

      setDraft(draft) {
        set({ draft, refusal: null });
      },

      setSettings(patch) {
        const settings = { ...get().settings, ...patch };
        set({ settings });
        writeSettings(storage, settings);
      },

      dismissNotice(id) {
        set({ notices: get().notices.filter((n) => n.id !== id) });
      },

      setBusy(busy) {
        if (get().busy !== busy) set({ busy });
      },

      setCatalogue(catalogue) {
        set({ catalogue });
        const session = get().session;
        if (!session) return;
        // A game on a file opened here is not the shipped scenario's, whatever its id.
        if (openedEntries(get().opened).some((e) => e.hash === session.scenarioHash)) return;
        const found = findScenario(catalogue, session.scenario.id);
        if (!found || found.hash === session.scenarioHash) return;
        // The scenario file was edited while the game runs (dev server): replay onto the new one.
        const restored = restoreSave(saveOf(session, session.serial, deps.now()), catalogue);
        if (!restored.ok) {
          notify(
            'scenario/update-failed',
            'warning',
            'message' in restored.problem ? restored.problem.message : '',
          );
          return;
        }
        set({
          session: persist(sessionFrom(restored.value)),
          feed: emptyFeed(get().feed.seq + 1),
        });
        notify('scenario/updated', 'info', found.scenario.title);
      },

      ...classResultsActions({
        storage,
        catalogue: allScenarios,
        results: () => get().classResults,
        setResults: (classResults, classKept) =>
          set(classKept === undefined ? { classResults } : { classResults, classKept }),
      }),

      ...openedFileActions({
        storage,
        now: deps.now,
        notify,
        opened: () => get().opened,
        setOpened: (opened) => {
          set({ opened });
          get().recheckClassResults();
        },
        catalogue: () => get().catalogue,
        prompt: (link) => set({ link, screen: 'title', ...lists() }),
        startGame: (id, seat, options) => get().startGame(id, seat, options),
      }),
      dismissLink() {
        set({ link: null });
      },
    };
    return state;
  });
}

function exportOf(session: Session, save: ReturnType<typeof saveOf>): { fileName: string; text: string } {
  const turn = String(session.state.turn).padStart(2, '0');
  return { fileName: `give-and-take-${session.scenario.id}-turn${turn}.json`, text: encodeSave(save) };
}
