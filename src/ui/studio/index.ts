import { setDiagnostics } from '@codemirror/lint';
import type { EditorView } from '@codemirror/view';
import { ARTICLE_FILES, type SchemaNode, scenarioJsonSchema } from '../../scenario/index.ts';
import type { CheckProblem } from '../../sim/index.ts';
import { lastDraft, listDrafts, newDraftId, type StudioDraft, saveDraft } from '../../store/index.ts';
import type { StudioHost, StudioModule } from '../dom/index.ts';
import { h, readArticles, replaceKeepingFocus } from '../dom/index.ts';
import { t } from '../strings/index.ts';
import { countText } from '../viewmodel/index.ts';
import { type BarContext, draftBar } from './bar.ts';
import { createEditor, diagnostics } from './editor.ts';
import { type SideContext, sidePanel } from './side.ts';
import type { StudioState } from './state.ts';

/**
 * The scenario studio: a draft in the editor, and beside it what the checker says, "Play it",
 * "Balance it", the draft's articles and a one-page quick start. Every change is written to this
 * browser's storage at once; the drafts stay until deleted, and the last one opens again, so a
 * reload, a closed tab or a crash loses nothing.
 */

/** Seeds a "Balance it" plays: enough to read the checks, a few seconds at most in the worker. */
const BALANCE_SEEDS = 20;

function mount(host: HTMLElement, studio: StudioHost): void {
  const schema = scenarioJsonSchema() as SchemaNode;
  const now = () => studio.now().toISOString();
  const first: StudioDraft = lastDraft(studio.storage) ??
    listDrafts(studio.storage)[0] ?? {
      id: newDraftId(studio.now()),
      name: 'my-scenario.yaml',
      text: '',
      articles: {},
      updatedAt: now(),
    };
  const s: StudioState = {
    draft: first,
    problems: [],
    checked: false,
    scenario: null,
    saved: 'saved',
    busy: null,
    outcome: null,
    balance: null,
    confirmDelete: false,
    texts: null,
  };
  const side = h('div', { class: 'studio-side' });
  const editorBox = h('div', { class: 'studio-editor' });
  let view: EditorView | null = null;

  const save = () => {
    const failure = saveDraft(studio.storage, s.draft);
    const was = s.saved;
    s.saved = failure ?? 'saved';
    if (was !== s.saved) render();
  };

  const check = async (text: string): Promise<readonly CheckProblem[]> => {
    try {
      const result = await studio.checker.load(text, s.draft.name, s.draft.articles);
      if (view && view.state.doc.toString() !== text) return result.problems;
      s.problems = result.problems;
      s.checked = true;
      // A new check replaces what the last Play it, Balance it or failed check said.
      s.outcome = null;
      if (result.scenario !== null && result.errors === 0) s.scenario = result.scenario;
      render();
      return result.problems;
    } catch (error) {
      // The checker failed (its worker could not start): say so, rather than "Checking…" for ever.
      s.outcome = t('studio.checkFailed', { detail: error instanceof Error ? error.message : String(error) });
      render();
      return [];
    }
  };

  /** Checks the text again when only the articles changed (the editor's own lint waits for an edit). */
  const recheck = async () => {
    if (!view) return;
    const text = view.state.doc.toString();
    s.checked = false;
    render();
    const problems = await check(text);
    if (view && view.state.doc.toString() === text)
      view.dispatch(setDiagnostics(view.state, diagnostics(view.state, problems)));
  };

  const openDraft = (draft: StudioDraft) => {
    s.draft = draft;
    s.problems = [];
    s.checked = false;
    s.scenario = null;
    s.outcome = null;
    s.balance = null;
    s.confirmDelete = false;
    save();
    view?.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: draft.text } });
    render();
  };

  const newDraft = (text: string, name: string) =>
    openDraft({ id: newDraftId(studio.now()), name, text, articles: {}, updatedAt: now() });

  const jumpTo = (line: number, column: number) => {
    if (!view) return;
    const at = view.state.doc.line(Math.min(Math.max(1, line), view.state.doc.lines));
    const pos = Math.min(at.from + Math.max(0, column - 1), at.to);
    view.dispatch({ selection: { anchor: pos }, scrollIntoView: true });
    view.focus();
  };

  const playIt = async (seat: string) => {
    s.busy = { what: 'play', played: 0, atMost: 0 };
    s.outcome = null;
    render();
    try {
      const text = s.draft.text;
      const { check } = await studio.checker.check(
        new TextEncoder().encode(text),
        s.draft.name,
        s.draft.articles,
        (played, atMost) => {
          if (s.busy) Object.assign(s.busy, { played, atMost });
          render();
        },
      );
      s.busy = null;
      s.problems = check.problems;
      if (check.scenario === null || check.errors > 0) {
        s.outcome = t('studio.playBlocked', { errors: countText(check.errors, 'errors') });
        render();
        return;
      }
      const state = studio.store.getState();
      state.addOpenedScenario(s.draft.name, text, check.scenario, s.draft.articles);
      const opened = studio.store.getState().opened.find((o) => o.ok && o.scenario.id === check.scenario?.id);
      state.startGame(check.scenario.id, seat, opened?.ok ? { hash: opened.hash } : {});
    } catch (error) {
      s.busy = null;
      s.outcome = studio.checker.isStopped(error) ? t('studio.stopped') : String(error);
      render();
    }
  };

  const balanceIt = async () => {
    s.busy = { what: 'balance', played: 0, atMost: BALANCE_SEEDS };
    s.outcome = null;
    s.balance = null;
    render();
    try {
      const result = await studio.checker.balance(
        s.draft.text,
        s.draft.name,
        s.draft.articles,
        BALANCE_SEEDS,
        (played, atMost) => {
          if (s.busy) Object.assign(s.busy, { played, atMost });
          render();
        },
      );
      s.busy = null;
      s.problems = result.check.problems;
      s.balance = result.balance;
      if (!result.balance)
        s.outcome = t('studio.playBlocked', { errors: countText(result.check.errors, 'errors') });
      studio.announce(
        result.balance ? t('studio.balanceDone', { runs: result.balance.runs }) : (s.outcome ?? ''),
      );
      render();
    } catch (error) {
      s.busy = null;
      s.outcome = studio.checker.isStopped(error) ? t('studio.stopped') : String(error);
      render();
    }
  };

  const addArticles = async (files: readonly File[]) => {
    const articles = { ...s.draft.articles, ...(await readArticles(files)) };
    s.draft = { ...s.draft, articles, updatedAt: now() };
    save();
    render();
    void recheck();
  };

  const removeArticle = (name: string) => {
    const { [name]: _gone, ...articles } = s.draft.articles;
    s.draft = { ...s.draft, articles, updatedAt: now() };
    save();
    render();
    void recheck();
  };

  const sideContext: SideContext = {
    s,
    side,
    jumpTo,
    playIt,
    balanceIt,
    stop: () => studio.checker.stop(),
    addArticles,
    removeArticle,
  };
  function render(): void {
    replaceKeepingFocus(side, sidePanel(sideContext));
  }

  const bar = h('div', { class: 'studio-bar' });
  const barContext: BarContext = {
    s,
    studio,
    openDraft,
    newDraft,
    save,
    now,
    rerender: () => replaceKeepingFocus(bar, draftBar(barContext)),
  };
  const renderBar = barContext.rerender;

  host.replaceChildren(
    h(
      'section',
      { class: 'studio', attrs: { 'aria-labelledby': 'studio-h' } },
      h('h1', { id: 'studio-h', key: 'screen-heading', attrs: { tabindex: -1 } }, t('studio.heading')),
      h('p', { class: 'prose' }, t('studio.lede')),
      bar,
      h('div', { class: 'studio-main' }, editorBox, side),
    ),
  );
  view = createEditor(editorBox, s.draft.text, schema, {
    label: t('studio.editorLabel'),
    sources: ARTICLE_FILES,
    check,
    onChange: (text) => {
      s.draft = { ...s.draft, text, updatedAt: now() };
      save();
      if (s.checked) {
        s.checked = false;
        render();
      }
    },
  });
  render();
  renderBar();
  void studio.texts().then((texts) => {
    s.texts = texts;
    // A first visit: the template, so there is something that already plays.
    if (s.draft.text === '' && listDrafts(studio.storage).length === 0)
      newDraft(texts.template, 'my-scenario.yaml');
    renderBar();
  });
}

export const studioModule: StudioModule = { mountStudio: mount };
export const mountStudio = mount;
