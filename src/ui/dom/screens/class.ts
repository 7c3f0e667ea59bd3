import { MAX_CLASS_RESULTS } from '../../../store/index.ts';
import { type StringKey, t, tn } from '../../strings/index.ts';
import {
  baselineRows,
  baselineSentence,
  CLASS_SORT_KEYS,
  type ClassGroup,
  type ClassRow,
  type ClassSortKey,
  classCsv,
  classView,
  vp,
} from '../../viewmodel/index.ts';
import { classChart } from '../class-chart.ts';
import type { BaselineState, ViewContext } from '../context.ts';
import { h, nextId } from '../el.ts';
import { downloadText } from '../files.ts';
import { lessonPlanner } from '../panels/lesson-planner.ts';

/**
 * The teacher's class page: the result files students hand in, each verified by replaying its
 * moves; altered ones flagged with their first difference; the class's scores on one chart per
 * scenario and seat beside history's; the moments that decided most games; and a table to sort
 * and export. What it is given stays in this browser until the teacher clears it.
 */
export function classScreen(ctx: ViewContext): Node[] {
  const results = ctx.state.classResults ?? [];
  const view = classView(results, ctx.ui.classSort);
  const inputId = nextId('class-files');
  const input = h('input', {
    id: inputId,
    class: 'sr-only',
    key: 'class-input',
    // The button below is the way to it (keyboard and pointer); the input itself is out of the tab order.
    attrs: {
      type: 'file',
      accept: '.json,application/json',
      multiple: true,
      tabindex: -1,
      'aria-label': t('class.add'),
    },
    on: {
      change: (e) => {
        const el = e.currentTarget as HTMLInputElement;
        const files = Array.from(el.files ?? []);
        el.value = '';
        ctx.openResultFiles(files);
      },
    },
  });
  const button = (key: string, label: string, click: () => void, primary = false) =>
    h(
      'button',
      { class: primary ? 'btn btn-primary' : 'btn', key, attrs: { type: 'button' }, on: { click } },
      label,
    );
  const { counts } = view;
  const nodes: (Node | null)[] = [
    h(
      'header',
      { class: 'screen-head' },
      h('h1', { attrs: { tabindex: -1 }, key: 'screen-heading' }, t('class.eyebrow')),
      h('p', { class: 'lede' }, t('class.pageLede')),
    ),
    lessonPlanner(ctx),
    h('h2', { id: 'class-results-h', class: 'class-results-h' }, t('class.heading')),
    h('p', { class: 'prose' }, t('class.lede')),
    h(
      'div',
      { class: 'class-actions' },
      input,
      button('class-add', t('class.add'), () => input.click(), true),
      results.length > 0
        ? button('class-csv', t('class.csv'), () =>
            downloadText('class-results.csv', `\uFEFF${classCsv(view.rows)}`, 'text/csv'),
          )
        : null,
      results.length > 0 && !ctx.ui.classClearing
        ? button('class-clear', t('class.clear'), () => {
            ctx.ui.classClearing = true;
            ctx.refresh();
          })
        : null,
    ),
    ctx.ui.classClearing ? clearPrompt(ctx, results.length) : null,
    h('p', { class: 'hint' }, t('class.addHint', { max: MAX_CLASS_RESULTS })),
    ctx.ui.classNote ? h('p', { class: 'copy-status', attrs: { role: 'status' } }, ctx.ui.classNote) : null,
    ctx.state.classKept !== null && results.length > 0
      ? h('p', { class: 'warning' }, t(`class.notKept.${ctx.state.classKept}`))
      : null,
    results.length === 0
      ? h('p', { class: 'prose class-empty' }, t('class.empty'))
      : h(
          'p',
          { class: 'class-counts', attrs: { 'aria-live': 'polite' } },
          t('class.counts', {
            count: results.length,
            genuine: counts.genuine,
            altered: counts.altered,
            other: counts.unreadable + counts['no-scenario'],
          }),
        ),
    flagged(view.rows),
    ...view.groups.map((g, i) => groupSection(ctx, g, i)),
    results.length > 0 ? table(ctx, view.rows) : null,
  ];
  return nodes.filter((n): n is Node => n !== null);
}

function clearPrompt(ctx: ViewContext, count: number): HTMLElement {
  return h(
    'div',
    { class: 'class-clear-prompt', attrs: { role: 'group', 'aria-label': t('class.clear') } },
    h('p', {}, tn('class.clearAsk', count)),
    h(
      'button',
      {
        class: 'btn btn-danger',
        key: 'class-clear-yes',
        attrs: { type: 'button' },
        on: {
          click: () => {
            ctx.ui.classClearing = false;
            ctx.ui.classNote = t('class.cleared');
            ctx.state.clearClassResults();
          },
        },
      },
      t('class.clearYes'),
    ),
    h(
      'button',
      {
        class: 'btn',
        key: 'class-clear-no',
        attrs: { type: 'button' },
        on: {
          click: () => {
            ctx.ui.classClearing = false;
            ctx.refresh();
          },
        },
      },
      t('class.clearNo'),
    ),
  );
}

/** The files that are not genuine, first and in words: what the teacher must look at. */
function flagged(rows: readonly ClassRow[]): HTMLElement | null {
  // In the order handed in, whatever the table's sort.
  const bad = rows.filter((r) => r.status !== 'genuine').sort((a, b) => a.id - b.id);
  if (bad.length === 0) return null;
  return h(
    'section',
    { class: 'debrief-section class-flagged', attrs: { 'aria-labelledby': 'class-flagged-h' } },
    h('h3', { id: 'class-flagged-h' }, t('class.flagged', { count: bad.length })),
    h(
      'ul',
      {},
      ...bad.map((r) =>
        h('li', { class: `class-${r.status}` }, h('strong', {}, `${r.student || r.file}: `), r.statusText),
      ),
    ),
  );
}

/** Seeds per strategy for the baseline: enough for a spread, quick enough for a lesson. */
const BASELINE_RUNS = 200;

function startBaseline(ctx: ViewContext, group: ClassGroup): void {
  const state: BaselineState = { phase: 'running', done: 0, total: 0 };
  ctx.ui.classBaseline.set(group.key, state);
  ctx.refresh();
  ctx.services.monteCarlo
    .run(
      // The runner plays a line before the strategies; an empty one (a delegation that only
      // waits and refuses) is cheap, and only the strategies' rows are drawn.
      {
        scenario: group.scenarioRef,
        player: group.player,
        line: [],
        mark: group.mean,
        runs: BASELINE_RUNS,
        gameOptions: group.options,
      },
      (p) => {
        state.done = p.done;
        state.total = p.total;
        ctx.refresh();
      },
    )
    .then(
      (result) => {
        ctx.ui.classBaseline.set(group.key, { phase: 'done', report: result.report });
        ctx.refresh();
        ctx.announce(baselineSentence(baselineRows(result.report), group.mean));
      },
      (error: unknown) => {
        if (ctx.services.monteCarlo.isCancelled(error)) ctx.ui.classBaseline.delete(group.key);
        else ctx.ui.classBaseline.set(group.key, { phase: 'failed', message: String(error) });
        ctx.refresh();
      },
    );
}

function baselinePart(ctx: ViewContext, group: ClassGroup): HTMLElement {
  const state = ctx.ui.classBaseline.get(group.key);
  if (state?.phase === 'done') {
    return h('p', { class: 'class-baseline' }, baselineSentence(baselineRows(state.report), group.mean));
  }
  if (state?.phase === 'running') {
    return h(
      'div',
      { class: 'class-baseline' },
      h('progress', { class: 'mc-bar', attrs: { max: Math.max(1, state.total), value: state.done } }),
      h(
        'p',
        { attrs: { 'aria-live': 'polite' } },
        t('class.baselineRunning', { done: state.done, total: state.total || '…' }),
      ),
      h(
        'button',
        {
          class: 'btn',
          key: `class-baseline-stop:${group.key}`,
          attrs: { type: 'button' },
          on: { click: () => ctx.services.monteCarlo.stop() },
        },
        t('class.baselineStop'),
      ),
    );
  }
  return h(
    'div',
    { class: 'class-baseline' },
    state?.phase === 'failed'
      ? h('p', { class: 'warning' }, t('class.baselineFailed', { message: state.message }))
      : null,
    h(
      'button',
      {
        class: 'btn',
        key: `class-baseline:${group.key}`,
        attrs: { type: 'button' },
        on: { click: () => startBaseline(ctx, group) },
      },
      t('class.baseline'),
    ),
    h('p', { class: 'hint' }, t('class.baselineHint', { runs: BASELINE_RUNS })),
  );
}

function groupSection(ctx: ViewContext, group: ClassGroup, index: number): HTMLElement {
  const id = `class-group-${index}`;
  const baseline = ctx.ui.classBaseline.get(group.key);
  return h(
    'section',
    { class: 'debrief-section class-group', attrs: { 'aria-labelledby': id } },
    h('h3', { id }, tn('class.group', group.scores.length, { scenario: group.scenario, seat: group.seat })),
    group.optionLines.length > 0
      ? h('ul', { class: 'bullets class-options' }, ...group.optionLines.map((line) => h('li', {}, line)))
      : null,
    classChart(group, baseline?.phase === 'done' ? baselineRows(baseline.report) : []),
    baselinePart(ctx, group),
    h('h4', {}, t('class.outcomes')),
    h(
      'ul',
      { class: 'class-outcomes' },
      ...group.outcomes.map((o) =>
        h(
          'li',
          {},
          t('class.outcome', { title: o.title, count: o.count }),
          o.historical ? h('span', { class: 'hint' }, ` ${t('class.outcomeHistorical')}`) : null,
        ),
      ),
    ),
    group.history
      ? h(
          'p',
          { class: 'hint' },
          t('class.history', {
            outcome: group.history.outcome,
            score: vp(group.history.score),
            seed: group.history.seed,
          }),
        )
      : null,
    group.moments.length > 0 ? h('h4', {}, t('class.moments')) : null,
    group.moments.length > 0
      ? h(
          'ol',
          { class: 'class-moments' },
          ...group.moments.map((m) =>
            h(
              'li',
              {},
              h('strong', {}, m.headline),
              ` ${t('class.momentCount', { count: m.count, of: group.scores.length })} `,
              h('span', { class: 'hint' }, t('debrief.momentLesson', { title: m.lesson })),
            ),
          ),
        )
      : null,
  );
}

const COLUMN_LABELS: Record<ClassSortKey, StringKey> = {
  file: 'class.col.file',
  status: 'class.col.status',
  seat: 'class.col.seat',
  seed: 'class.col.seed',
  outcome: 'class.col.outcome',
  score: 'class.col.score',
};

/** The table per student, sortable by each column (a button in each heading). */
function table(ctx: ViewContext, rows: readonly ClassRow[]): HTMLElement {
  const sort = ctx.ui.classSort;
  const heading = (key: ClassSortKey) => {
    const active = sort.key === key;
    return h(
      'th',
      {
        attrs: { scope: 'col', 'aria-sort': active ? (sort.descending ? 'descending' : 'ascending') : null },
      },
      h(
        'button',
        {
          class: 'sort-btn',
          key: `class-sort:${key}`,
          attrs: { type: 'button' },
          on: {
            click: () => {
              ctx.ui.classSort = { key, descending: active ? !sort.descending : key === 'score' };
              ctx.refresh();
            },
          },
        },
        t(COLUMN_LABELS[key]),
        h('span', { attrs: { 'aria-hidden': 'true' } }, active ? (sort.descending ? ' ▼' : ' ▲') : ''),
      ),
    );
  };
  return h(
    'section',
    { class: 'debrief-section', attrs: { 'aria-labelledby': 'class-table-h' } },
    h('h3', { id: 'class-table-h' }, t('class.table')),
    h(
      'div',
      { class: 'table-wrap', attrs: { tabindex: 0, role: 'region', 'aria-labelledby': 'class-table-h' } },
      h(
        'table',
        { class: 'class-table' },
        h(
          'thead',
          {},
          h('tr', {}, ...CLASS_SORT_KEYS.map(heading), h('th', { attrs: { scope: 'col' } }, '')),
        ),
        h(
          'tbody',
          {},
          ...rows.map((r) =>
            h(
              'tr',
              { class: `class-row-${r.status}` },
              h(
                'th',
                { attrs: { scope: 'row' } },
                r.student || r.file,
                r.student ? h('span', { class: 'hint class-file-name' }, r.file) : null,
              ),
              h(
                'td',
                {},
                h('span', { class: `verdict verdict-${r.status}` }, t(`class.statusShort.${r.status}`)),
              ),
              h('td', {}, r.seat),
              h('td', {}, r.seed === null ? '' : String(r.seed)),
              h('td', {}, r.outcome),
              h('td', { class: 'num' }, r.score === null ? '' : `${vp(r.score)} / ${r.max}`),
              h(
                'td',
                { class: 'class-row-actions' },
                r.status === 'genuine' ? debriefButton(ctx, r) : null,
                h(
                  'button',
                  {
                    class: 'btn btn-quiet',
                    key: `class-remove:${r.id}`,
                    attrs: { type: 'button', 'aria-label': t('class.removeOne', { file: r.file }) },
                    on: { click: () => ctx.state.removeClassResult(r.id) },
                  },
                  t('class.remove'),
                ),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}

/**
 * Opens a genuine result as the finished game it records, at its debrief (the game's own, with
 * its moments and "what if"), as "Import a save" would: the teacher reads any table's story.
 */
function debriefButton(ctx: ViewContext, row: ClassRow): Node {
  return h(
    'button',
    {
      class: 'btn btn-quiet',
      key: `class-debrief:${row.id}`,
      attrs: { type: 'button', 'aria-label': t('class.debriefOne', { file: row.student || row.file }) },
      on: {
        click: () => {
          const text = ctx.state.classResults?.find((c) => c.id === row.id)?.text;
          if (text !== undefined) ctx.state.importSave(text);
        },
      },
    },
    t('class.debrief'),
  );
}
