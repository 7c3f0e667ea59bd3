import { setDiagnostics } from '@codemirror/lint';
import type { EditorView } from '@codemirror/view';
import type { Scenario } from '../../engine/index.ts';
import { ARTICLE_FILES, type SchemaNode, scenarioJsonSchema } from '../../scenario/index.ts';
import type { BalanceSummary, CheckProblem } from '../../sim/index.ts';
import {
  deleteDraft,
  lastDraft,
  listDrafts,
  newDraftId,
  type StudioDraft,
  saveDraft,
} from '../../store/index.ts';
import type { StudioHost, StudioModule, StudioTexts } from '../dom/index.ts';
import { actionButton, downloadText, h, replaceKeepingFocus } from '../dom/index.ts';
import { t } from '../strings/index.ts';
import { countText } from '../viewmodel/index.ts';
import { createEditor, diagnostics } from './editor.ts';

/**
 * The scenario studio: a draft in the editor, and beside it what the checker says, "Play it",
 * "Balance it", the draft's articles and a one-page quick start. Every change is written to this
 * browser's storage at once; the drafts stay until deleted, and the last one opens again, so a
 * reload, a closed tab or a crash loses nothing.
 */

/** Seeds a "Balance it" plays: enough to read the checks, a few seconds at most in the worker. */
const BALANCE_SEEDS = 20;
/** The longest article file read: as long as the format takes, at four bytes a character. */
const MAX_ARTICLE_BYTES = 400_000;

type Busy = { readonly what: 'play' | 'balance'; played: number; atMost: number } | null;

interface StudioState {
  draft: StudioDraft;
  problems: readonly CheckProblem[];
  /** Whether `problems` are the check of the text as it is now (false while a check is due). */
  checked: boolean;
  /** The scenario of the last clean load, for the seats "Play it" offers. */
  scenario: Scenario | null;
  saved: 'saved' | 'quota' | 'unavailable';
  busy: Busy;
  /** What the last "Play it" or "Balance it" said, when it did not open the game. */
  outcome: string | null;
  balance: BalanceSummary | null;
  confirmDelete: boolean;
  texts: StudioTexts | null;
}

const idOfText = (text: string): string | null => /^id:\s*['"]?([a-z][a-z0-9_-]*)/m.exec(text)?.[1] ?? null;

/** A draft name from the scenario's id, as `npm run scenario:new` names files. */
function fileNameFor(text: string): string {
  return `${(idOfText(text) ?? 'my-scenario').replace(/_/g, '-')}.yaml`;
}

/**
 * A shipped scenario as a draft of the author's own: its id changed, so that playing the draft
 * never stands in for the shipped game, and its schema line pointing where the studio is.
 */
export function copyOfShipped(text: string): string {
  return text.replace(/^id:\s*['"]?([a-z][a-z0-9_-]*)['"]?/m, (_, id: string) => `id: my_${id}`.slice(0, 68));
}

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
      if (result.scenario !== null && result.errors === 0) s.scenario = result.scenario;
      render();
      return result.problems;
    } catch {
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
    const articles = { ...s.draft.articles };
    for (const file of files) {
      if (!/\.txt$/i.test(file.name) || file.size > MAX_ARTICLE_BYTES) continue;
      articles[file.name] = await file.text();
    }
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

  function render(): void {
    replaceKeepingFocus(side, sidePanel());
  }

  function sidePanel(): Node[] {
    return sideParts().filter((n): n is HTMLElement => n !== null);
  }

  function sideParts(): (HTMLElement | null)[] {
    const errors = s.problems.filter((p) => p.severity === 'error').length;
    const warnings = s.problems.length - errors;
    const seats = (s.scenario?.actors ?? []).filter((a) => a.playable);
    const seatSelect = h(
      'select',
      { key: 'studio-seat' },
      ...seats.map((a) => h('option', { attrs: { value: a.id } }, a.name)),
    ) as HTMLSelectElement;
    const busy = s.busy;
    // Why "Play it" and "Balance it" cannot run now, said beside them; null when they can.
    const why = busy
      ? t('studio.busy')
      : seats.length === 0
        ? t('studio.noSeats')
        : s.checked && errors > 0
          ? t('studio.fixFirst', { errors: countText(errors, 'errors') })
          : null;
    return [
      h(
        'p',
        {
          class: `studio-saved ${s.saved === 'saved' ? '' : 'tone-error'}`,
          key: 'studio-saved',
          attrs: { role: 'status' },
        },
        s.saved === 'saved' ? t('studio.saved') : t(`studio.notSaved.${s.saved}`),
      ),
      h('h2', {}, t('studio.checkHeading')),
      h(
        'p',
        { class: 'studio-counts', key: 'studio-counts' },
        !s.checked
          ? t('studio.checkingText')
          : errors + warnings === 0
            ? t('studio.clean')
            : t('studio.counts', {
                errors: countText(errors, 'errors'),
                warnings: countText(warnings, 'warnings'),
              }),
      ),
      s.problems.length === 0
        ? null
        : h(
            'ul',
            { class: 'studio-problems', attrs: { 'aria-label': t('studio.problems') } },
            ...s.problems.slice(0, 50).map((p, k) =>
              h(
                'li',
                { class: `sev-${p.severity}` },
                h(
                  'button',
                  {
                    class: 'btn-link',
                    key: `studio-problem-${k}`,
                    attrs: { type: 'button' },
                    on: { click: () => jumpTo(p.line, p.column) },
                  },
                  t(p.severity === 'error' ? 'studio.errorAt' : 'studio.warningAt', { line: p.line }),
                ),
                ` ${p.message}`,
                p.hint ? h('span', { class: 'hint' }, ` — ${p.hint}`) : null,
              ),
            ),
          ),
      h('h2', {}, t('studio.tryHeading')),
      seats.length > 0
        ? h('label', { class: 'studio-field' }, h('span', {}, t('studio.seat')), seatSelect)
        : null,
      ...tryButtons(why),
      busy
        ? h(
            'div',
            { class: 'check-status', attrs: { 'aria-busy': 'true' } },
            h(
              'p',
              {},
              t(busy.what === 'play' ? 'studio.checking' : 'studio.balancing', {
                played: busy.played,
                atMost: busy.atMost,
              }),
            ),
            h(
              'button',
              {
                class: 'btn btn-quiet',
                key: 'studio-stop',
                attrs: { type: 'button' },
                on: { click: () => studio.checker.stop() },
              },
              t('open.stop'),
            ),
          )
        : null,
      s.outcome ? h('p', { class: 'studio-outcome tone-error', key: 'studio-outcome' }, s.outcome) : null,
      s.balance ? balancePanel(s.balance) : null,
      articlesPanel(),
      h(
        'details',
        { class: 'studio-quick', attrs: { open: true } },
        h('summary', {}, t('studio.quickHeading')),
        h(
          'ol',
          {},
          ...t('studio.quick')
            .split('\n')
            .map((line) => h('li', {}, line)),
        ),
      ),
    ];
  }

  function tryButtons(why: string | null): HTMLElement[] {
    const seat = () => side.querySelector<HTMLSelectElement>('[data-key="studio-seat"]')?.value ?? '';
    const [play, reason] = actionButton(t('studio.play'), why, () => void playIt(seat()), {
      key: 'studio-play',
      class: 'btn-primary',
    });
    // One reason serves both buttons: they are unavailable for the same reason.
    const balance = h(
      'button',
      {
        class: 'btn',
        key: 'studio-balance',
        attrs: {
          type: 'button',
          'aria-disabled': why ? 'true' : null,
          'aria-describedby': reason instanceof HTMLElement ? reason.id : null,
        },
        on: { click: () => !why && void balanceIt() },
      },
      t('studio.balance'),
    );
    return [h('div', { class: 'studio-actions' }, play ?? null, balance), ...(reason ? [reason] : [])];
  }

  function balancePanel(balance: BalanceSummary): HTMLElement {
    return h(
      'section',
      { class: 'studio-balance', attrs: { 'aria-label': t('studio.balanceHeading') } },
      h(
        'h3',
        { key: 'studio-balance-h', attrs: { tabindex: -1 } },
        t('studio.balanceHeading'),
        ` (${t('studio.seeds', { runs: balance.runs })})`,
      ),
      h('ul', {}, ...balance.seats.map((seat) => h('li', {}, seat.difficulty))),
      h(
        'ul',
        { class: 'studio-checks' },
        ...balance.checks.map((c) =>
          h(
            'li',
            { class: c.pass ? 'tone-ok' : 'tone-error' },
            h('strong', {}, `${c.pass ? '✔' : '✖'} ${c.name}`),
            ` ${c.detail}`,
            c.hint ? h('p', { class: 'hint' }, t('studio.change', { hint: c.hint })) : null,
          ),
        ),
      ),
    );
  }

  function articlesPanel(): HTMLElement {
    const input = h('input', {
      class: 'file-input',
      key: 'studio-articles-input',
      attrs: { type: 'file', accept: '.txt', multiple: true, id: 'studio-articles-input' },
      on: {
        change: () => {
          const files = Array.from(input.files ?? []);
          input.value = '';
          void addArticles(files);
        },
      },
    });
    const names = Object.keys(s.draft.articles);
    return h(
      'section',
      { class: 'studio-articles', attrs: { 'aria-labelledby': 'studio-articles-h' } },
      h('h2', { id: 'studio-articles-h' }, t('studio.articles')),
      h('p', { class: 'hint' }, t('studio.articlesHint', { shipped: ARTICLE_FILES.length })),
      names.length === 0
        ? null
        : h(
            'ul',
            {},
            ...names.map((name) =>
              h(
                'li',
                {},
                name,
                ' ',
                h(
                  'button',
                  {
                    class: 'btn-link',
                    key: `studio-drop-${name}`,
                    attrs: { type: 'button' },
                    on: { click: () => removeArticle(name) },
                  },
                  t('studio.removeArticle', { name }),
                ),
              ),
            ),
          ),
      input,
      h(
        'label',
        { class: 'btn file-label', attrs: { for: 'studio-articles-input' } },
        t('studio.addArticles'),
      ),
    );
  }

  // The bar above the editor: drafts, new ones, the file's name, export and delete.
  const bar = h('div', { class: 'studio-bar' });
  function renderBar(): void {
    const drafts = listDrafts(studio.storage);
    if (!drafts.some((d) => d.id === s.draft.id)) drafts.unshift(s.draft);
    const pick = h(
      'select',
      {
        key: 'studio-drafts',
        attrs: { 'aria-label': t('studio.drafts') },
        on: {
          change: () => {
            const chosen = listDrafts(studio.storage).find((d) => d.id === pick.value);
            if (chosen) openDraft(chosen);
            renderBar();
          },
        },
      },
      ...drafts.map((d) =>
        h(
          'option',
          { attrs: { value: d.id, selected: d.id === s.draft.id } },
          t('studio.draftOption', { name: d.name, when: d.updatedAt.slice(0, 16).replace('T', ' ') }),
        ),
      ),
    ) as HTMLSelectElement;
    const shipped = h(
      'select',
      { key: 'studio-shipped', attrs: { 'aria-label': t('studio.fromShipped') } },
      h('option', { attrs: { value: '' } }, t('studio.template')),
      ...(s.texts?.shipped ?? []).map((f) => h('option', { attrs: { value: f.name } }, f.name)),
    ) as HTMLSelectElement;
    const name = h('input', {
      key: 'studio-name',
      attrs: {
        type: 'text',
        value: s.draft.name,
        'aria-label': t('studio.fileName'),
        spellcheck: 'false',
        size: 28,
      },
      on: {
        change: () => {
          const typed = name.value.trim().replace(/[^\w.-]+/g, '-');
          s.draft = {
            ...s.draft,
            name: /\.ya?ml$/i.test(typed) ? typed : `${typed || 'my-scenario'}.yaml`,
            updatedAt: now(),
          };
          save();
          renderBar();
        },
      },
    });
    replaceKeepingFocus(bar, [
      h('label', { class: 'studio-field' }, h('span', {}, t('studio.drafts')), pick),
      h('label', { class: 'studio-field' }, h('span', {}, t('studio.fileName')), name),
      h(
        'div',
        { class: 'studio-field' },
        h('span', {}, t('studio.newHeading')),
        h(
          'div',
          { class: 'studio-row' },
          shipped,
          h(
            'button',
            {
              class: 'btn',
              key: 'studio-new',
              attrs: { type: 'button' },
              on: {
                click: () => {
                  const from = s.texts?.shipped.find((f) => f.name === shipped.value);
                  const text = from ? copyOfShipped(from.text) : (s.texts?.template ?? '');
                  newDraft(text, fileNameFor(text));
                  renderBar();
                },
              },
            },
            t('studio.new'),
          ),
        ),
      ),
      h(
        'div',
        { class: 'studio-row' },
        h(
          'button',
          {
            class: 'btn',
            key: 'studio-export',
            attrs: { type: 'button' },
            on: { click: () => downloadText(s.draft.name, s.draft.text, 'application/yaml') },
          },
          t('studio.export'),
        ),
        s.confirmDelete
          ? h(
              'span',
              {
                class: 'studio-confirm',
                attrs: { role: 'group', 'aria-label': t('studio.deleteAsk', { name: s.draft.name }) },
              },
              t('studio.deleteAsk', { name: s.draft.name }),
              ' ',
              h(
                'button',
                {
                  class: 'btn btn-danger',
                  key: 'studio-delete-yes',
                  attrs: { type: 'button' },
                  on: {
                    click: () => {
                      deleteDraft(studio.storage, s.draft.id);
                      const next = listDrafts(studio.storage)[0];
                      if (next) openDraft(next);
                      else newDraft(s.texts?.template ?? '', 'my-scenario.yaml');
                      studio.announce(t('studio.deleted'));
                      renderBar();
                    },
                  },
                },
                t('studio.deleteYes'),
              ),
              h(
                'button',
                {
                  class: 'btn btn-quiet',
                  key: 'studio-delete-no',
                  attrs: { type: 'button' },
                  on: {
                    click: () => {
                      s.confirmDelete = false;
                      renderBar();
                    },
                  },
                },
                t('studio.deleteNo'),
              ),
            )
          : h(
              'button',
              {
                class: 'btn btn-quiet',
                key: 'studio-delete',
                attrs: { type: 'button' },
                on: {
                  click: () => {
                    s.confirmDelete = true;
                    renderBar();
                  },
                },
              },
              t('studio.delete'),
            ),
      ),
    ]);
  }

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
