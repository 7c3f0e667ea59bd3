import { stateHash, whoMustAct } from '../../engine/index.ts';
import type { AppStore, Screen } from '../../store/index.ts';
import { currentLanguage, t } from '../strings/index.ts';
import { answerBeats, beatText, narration, panelMode, type TermId } from '../viewmodel/index.ts';
import { addResultFiles } from './class-files.ts';
import { confirmer } from './confirm.ts';
import type { UiServices, UiState, ViewContext } from './context.ts';
import { savesBody, settingsBody } from './dialogs.ts';
import { listenForDrops } from './drop.ts';
import { h, replaceKeepingFocus } from './el.ts';
import { entryHeadingId, glossaryBody } from './glossary.ts';
import { noticeList } from './notices.ts';
import { fileOpener } from './open-file.ts';
import { lessonSeed } from './panels/lesson-planner.ts';
import { briefingScreen } from './screens/briefing.ts';
import { classScreen } from './screens/class.ts';
import { debriefScreen } from './screens/debrief.ts';
import { coveredForHandover, handoverScreen } from './screens/handover.ts';
import { studioScreen } from './screens/studio.ts';
import { isAnswering, tableScreen } from './screens/table.ts';
import { titleScreen } from './screens/title.ts';
import { beginTour, showTourAgain } from './walkthrough.ts';

/** What the DOM tells its host (src/app/) so it can show or hide the Phaser table, and what it is given. */
export interface AppHooks {
  /** The screen shown: a store screen, or the cover between two people's moves at one screen. */
  readonly onScreen: (screen: Screen | 'handover') => void;
  readonly services: UiServices;
}

const SCREENS: Record<Screen, (ctx: ViewContext) => Node[]> = {
  title: titleScreen,
  briefing: briefingScreen,
  table: tableScreen,
  debrief: debriefScreen,
  class: classScreen,
  studio: studioScreen,
};

/** Mounts the whole DOM interface into `#hud`; returns the function that unmounts it. */
export function mountApp(store: AppStore, hud: HTMLElement, hooks: AppHooks): () => void {
  const ui: UiState = {
    tab: 'move',
    languageFailed: null,
    form: new Map(),
    seenNews: 0,
    debriefTurn: null,
    fileCheck: null,
    studio: null,
    copied: null,
    monteCarlo: null,
    answer: null,
    tour: null,
    classSort: { key: 'file', descending: false },
    classNote: null,
    classClearing: false,
    lesson: {
      scenario: null,
      seed: lessonSeed(),
      plan: 'one',
      seatA: '',
      seatB: '',
      numbered: [],
      students: 30,
      advisors: 'usual',
      turns: null,
      history: 'debrief',
      language: null,
    },
    studentName: '',
    classBaseline: new Map(),
    hotseat: null,
  };
  const afterRender: (() => void)[] = [];
  let dialog: {
    name: 'settings' | 'saves' | 'glossary';
    opener: HTMLElement | null;
    /** The glossary entry the dialog was opened at. */
    entry?: TermId | null;
  } | null = null;
  let lastScreen: Screen | 'handover' | null = null;
  let lastSeq = -1;
  let lastGame: string | null = null;
  let lastPlayer: string | null = null;
  let scheduled = false;

  const header = h('header', { class: 'topbar' });
  const notices = h('div', { class: 'notices', attrs: { 'aria-label': t('nav.saves'), role: 'region' } });
  const main = h('main', { id: 'main', attrs: { tabindex: -1 } });
  const live = h('div', { class: 'sr-only', attrs: { 'aria-live': 'polite', 'aria-atomic': 'true' } });
  const dialogEl = h('dialog', { class: 'dialog', attrs: { 'aria-labelledby': 'dialog-h' } });
  dialogEl.addEventListener('close', () => {
    const opener = dialog?.opener;
    dialog = null;
    // A re-render while the dialog was open replaces the opener with its twin of the same key.
    const key = opener?.dataset.key;
    const twin =
      opener && !opener.isConnected && key
        ? hud.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`)
        : null;
    (twin ?? opener)?.focus();
    dialogEl.classList.remove('dialog-glossary');
  });
  // The address names the screen (src/app/address.ts), so the skip link moves focus without
  // taking the address to `#main`.
  const skip = h(
    'a',
    {
      class: 'skip',
      attrs: { href: '#main' },
      on: {
        click: (event) => {
          event.preventDefault();
          main.focus();
        },
      },
    },
    t('app.skip'),
  );
  const dropText = h('p', {}, t('open.dropOverlay'));
  // Shown while a file is dragged over the title screen; the button is the way without a mouse.
  const dropZone = h(
    'div',
    { class: 'drop-overlay', attrs: { hidden: true, 'aria-hidden': 'true' } },
    dropText,
  );
  hud.replaceChildren(skip, header, notices, main, live, dialogEl, dropZone);
  const asker = confirmer(hud);

  const announce = (text: string) => {
    live.textContent = text;
  };
  const refreshThen = (then?: () => void) => {
    if (then) afterRender.push(then);
    schedule();
  };
  const openScenarioFile = fileOpener({
    store,
    ui,
    checker: hooks.services.checker,
    refresh: refreshThen,
    announce,
  });
  const openResultFiles = (files: readonly File[]) =>
    void addResultFiles(files, { store, ui, refresh: schedule, announce });
  const stopDrops = listenForDrops(window, {
    accepting: () => ['title', 'class'].includes(store.getState().screen) && !dialog,
    setOver: (over) => {
      dropText.textContent = t(
        store.getState().screen === 'class' ? 'class.dropOverlay' : 'open.dropOverlay',
      );
      dropZone.hidden = !over;
    },
    onFiles: (files) => {
      if (store.getState().screen === 'class') openResultFiles(files);
      else if (files.length > 0) void openScenarioFile(files);
    },
  });

  const ctx = (): ViewContext => ({
    store,
    state: store.getState(),
    ui,
    services: hooks.services,
    refresh: schedule,
    announce,
    guard: (warning, go) => (warning ? asker.ask({ ...warning, onConfirm: go }) : go()),
    openScenarioFile: (files) => void openScenarioFile(files),
    openResultFiles,
    openDialog: (name, opener) => {
      dialog = { name, opener };
      render();
      if (!dialogEl.open) dialogEl.showModal();
      dialogEl.querySelector<HTMLElement>('h2')?.focus();
    },
    openGlossary: (entry, opener) => {
      // A jump from one entry to another keeps the word that first opened the dialog.
      const first = dialog?.name === 'glossary' ? dialog.opener : opener;
      dialog = { name: 'glossary', opener: first, entry };
      render();
      if (!dialogEl.open) dialogEl.showModal();
      const target = entry ? document.getElementById(entryHeadingId(entry)) : null;
      if (target) {
        target.focus({ preventScroll: true });
        (target.closest('section') ?? target).scrollIntoView({ block: 'start' });
      } else {
        dialogEl.querySelector<HTMLElement>('h2')?.focus();
        dialogEl.scrollTop = 0;
      }
    },
  });

  function navButton(c: ViewContext, screen: Screen, label: string): HTMLElement {
    return h(
      'button',
      {
        class: 'nav-btn',
        key: `nav:${screen}`,
        attrs: { type: 'button', 'aria-current': c.state.screen === screen ? 'page' : null },
        on: { click: () => c.state.show(screen) },
      },
      label,
    );
  }

  function renderHeader(c: ViewContext): Node[] {
    const session = c.state.session;
    const ended = session?.state.status === 'ended';
    return [
      h(
        'button',
        {
          class: 'brand',
          key: 'nav:title',
          attrs: { type: 'button' },
          on: { click: () => c.state.show('title') },
        },
        h('span', { class: 'brand-mark', attrs: { 'aria-hidden': 'true' } }, '⚖'),
        h('span', { class: 'brand-name' }, t('app.name')),
      ),
      h(
        'nav',
        { attrs: { 'aria-label': t('nav.menu') } },
        // Covered between two people's moves, the last one's briefing is not a click away.
        session && document.documentElement.dataset.screen !== 'handover'
          ? navButton(c, 'briefing', t('nav.briefing'))
          : null,
        session ? navButton(c, 'table', t('nav.table')) : null,
        session && ended ? navButton(c, 'debrief', t('nav.debrief')) : null,
        h(
          'button',
          {
            class: 'nav-btn',
            key: 'nav:help',
            attrs: { type: 'button', 'aria-haspopup': 'dialog' },
            on: { click: (e) => c.openGlossary(null, e.currentTarget as HTMLElement) },
          },
          t('glossary.nav'),
        ),
        h(
          'button',
          {
            class: 'nav-btn',
            key: 'nav:saves',
            attrs: { type: 'button', 'aria-haspopup': 'dialog' },
            on: { click: (e) => c.openDialog('saves', e.currentTarget as HTMLElement) },
          },
          t('nav.saves'),
        ),
        h(
          'button',
          {
            class: 'nav-btn',
            key: 'nav:settings',
            attrs: { type: 'button', 'aria-haspopup': 'dialog' },
            on: { click: (e) => c.openDialog('settings', e.currentTarget as HTMLElement) },
          },
          t('nav.settings'),
        ),
      ),
    ];
  }

  /** "Show the tour again" in the help dialog: closes it and puts the keyboard on the tour. */
  function showTour(): void {
    const shown = showTourAgain(ctx());
    if (!shown) {
      announce(t('glossary.tourLater'));
      return;
    }
    dialogEl.addEventListener(
      'close',
      () => queueMicrotask(() => main.querySelector<HTMLElement>('[data-key="tour-heading"]')?.focus()),
      { once: true },
    );
    dialogEl.close();
  }

  function render(): void {
    scheduled = false;
    const c = ctx();
    const { state } = c;
    const root = document.documentElement;
    root.lang = currentLanguage();
    root.dataset.textSize = String(state.settings.textSize);
    root.dataset.motion = state.settings.motion;
    const session = state.session;
    // Another person took the screen (hotseat): nothing of the last one's view stays on it.
    if (session && session.game === lastGame && session.player !== lastPlayer) {
      ui.form.clear();
      ui.debriefTurn = null;
      ui.tab = 'move';
      ui.answer = null;
      ui.seenNews = 0;
    }
    lastPlayer = session?.player ?? null;
    if (session?.game !== lastGame) {
      ui.form.clear();
      ui.debriefTurn = null;
      ui.seenNews = 0;
      ui.tab = 'move';
      ui.answer = null;
      ui.tour = null;
      // Figures of another game's line: end its run, if it is still going.
      if (ui.monteCarlo) {
        hooks.services.monteCarlo.cancel();
        ui.monteCarlo = null;
      }
      lastGame = session?.game ?? null;
    }
    // The first table a player sits at shows the tour once; the settings remember it was seen.
    if (beginTour(ui, state)) queueMicrotask(() => store.getState().setSettings({ toured: true }));
    // For tests: the state once the AI's moves are all made (a person must act, or the game is
    // over). Between the AI's slices the last such state stays published, and the hash is only
    // worked out then, as it costs a pass over the whole state.
    const mover = session ? whoMustAct(session.scenario, session.state) : null;
    const settled = !session || !mover || session.controllers[mover.actor] === 'person';
    hud.dataset.settled = String(settled);
    if (settled) hud.dataset.stateHash = session ? stateHash(session.state) : '';
    const answered = state.feed.seq !== lastSeq;
    if (answered) {
      lastSeq = state.feed.seq;
      if (session && state.feed.events.length > 0) {
        const mode = panelMode(session.scenario, session.state, session.player);
        const tail =
          mode.mode === 'respond'
            ? t('narrate.respond', {
                name: session.scenario.actors.find((a) => a.id === session.state.pending?.from)?.name ?? '',
              })
            : mode.mode === 'ended'
              ? t('narrate.ended', { title: session.state.result?.title ?? '' })
              : t('narrate.yourMove');
        // The answer moment reads out one beat at a time; the batch's whole story when it has none.
        const beats = answerBeats(session.scenario, state.feed, session.player);
        ui.answer = beats.length > 0 ? { seq: state.feed.seq, beats, index: 0 } : null;
        const first = beats[0];
        live.textContent = first
          ? `${beatText(first)}${beats.length > 1 ? ` ${t('answer.step', { n: 1, count: beats.length })}` : ` ${tail}`}`
          : `${narration(session.scenario, state.feed.events, session.player)} ${tail}`;
      }
    }
    // After the answer to the last move is read: between two people's moves at one screen, the table is covered (screens/handover.ts).
    const covered = state.screen === 'table' && coveredForHandover(session, isAnswering(c));
    const shown = covered ? 'handover' : state.screen;
    root.dataset.screen = shown;
    // The parts built once are worded again: a class link's language arrives after the mount.
    skip.textContent = t('app.skip');
    notices.setAttribute('aria-label', t('nav.saves'));
    dropText.textContent = t('open.dropOverlay');
    replaceKeepingFocus(header, renderHeader(c));
    replaceKeepingFocus(notices, noticeList(c));
    const screenChanged = shown !== lastScreen;
    // The studio's element stays in place once up: replacing it would lose the editor's cursor.
    const studioUp = shown === 'studio' && ui.studio !== null && main.firstChild === ui.studio;
    if (!studioUp)
      replaceKeepingFocus(
        main,
        shown === 'handover' ? handoverScreen(c) : SCREENS[state.screen](c),
        'move-heading',
      );
    if (dialog) {
      const body =
        dialog.name === 'settings'
          ? settingsBody(c)
          : dialog.name === 'saves'
            ? savesBody(c)
            : glossaryBody(c, dialog.entry ?? null, showTour);
      dialogEl.classList.toggle('dialog-glossary', dialog.name === 'glossary');
      const heading = h('h2', { id: 'dialog-h', attrs: { tabindex: -1 } }, t(`${dialog.name}.heading`));
      replaceKeepingFocus(dialogEl, [
        // The glossary is long and opens part-way down: its heading and a Close stay in view.
        dialog.name === 'glossary'
          ? h(
              'div',
              { class: 'dialog-head' },
              heading,
              h(
                'form',
                { attrs: { method: 'dialog' } },
                h(
                  'button',
                  { class: 'btn btn-quiet', key: 'dialog-close-top', attrs: { type: 'submit' } },
                  t('glossary.close'),
                ),
              ),
            )
          : heading,
        ...body.filter((n): n is Node => n !== null),
        h(
          'form',
          { attrs: { method: 'dialog' } },
          h('button', { class: 'btn', key: 'dialog-close', attrs: { type: 'submit' } }, t('settings.close')),
        ),
      ]);
    }
    if (screenChanged) {
      const first = lastScreen === null;
      lastScreen = shown;
      document.title =
        state.screen === 'title'
          ? t('app.name')
          : state.screen === 'class'
            ? `${t('class.eyebrow')} — ${t('app.name')}`
            : state.screen === 'studio'
              ? `${t('studio.heading')} — ${t('app.name')}`
              : `${session?.scenario.title ?? ''} — ${t('app.name')}`;
      // Covered for a handover, the table's map is hidden as on any screen but the table.
      hooks.onScreen(shown);
      // Moving focus to the new screen's heading tells screen readers the screen changed; on
      // first load the browser's own starting point is the better one.
      if (!dialog && !first) {
        main.querySelector<HTMLElement>('[data-key="screen-heading"]')?.focus({ preventScroll: true });
      }
      window.scrollTo(0, 0);
    }
    if (answered) {
      const perf = globalThis.performance;
      if (perf?.getEntriesByName?.('gat:commit').length) {
        perf.mark('gat:answer');
        perf.measure('gat:move', 'gat:commit', 'gat:answer');
        perf.clearMarks('gat:commit');
      }
    }
    for (const then of afterRender.splice(0)) then();
  }

  function schedule(): void {
    if (scheduled) return;
    scheduled = true;
    queueMicrotask(render);
  }

  const unsubscribe = store.subscribe(schedule);
  render();
  return () => {
    unsubscribe();
    asker.close();
    stopDrops();
    hooks.services.checker.stop();
    hooks.services.monteCarlo.cancel();
    hud.replaceChildren();
  };
}
