import { MONTE_CARLO_RUNS, playerLine } from '../../../sim/index.ts';
import type { Session } from '../../../store/index.ts';
import { t } from '../../strings/index.ts';
import {
  type DistributionRow,
  type DistributionView,
  distributionView,
  progressText,
  wholeNumber,
} from '../../viewmodel/index.ts';
import type { MonteCarloView, ViewContext } from '../context.ts';
import { h, svg } from '../el.ts';

/**
 * "Play my strategy 1,000 times": the debrief's button that plays the game's own line, and each
 * built-in strategy, over a thousand seeds in a Web Worker (the services' `monteCarlo`), with a
 * progress bar and a Stop button, then the spread of scores and outcomes of each, the player's
 * own game marked. While the games run the page only moves its bar, in place (re-rendering the
 * debrief many times a second would replace the Stop button under the pointer), and redraws the
 * chart when new figures come: when the line is played, then about every second. Milestones are
 * spoken through the page's live region, not every tick.
 */

type Running = Extract<MonteCarloView, { phase: 'running' }>;

/** The one control of the panel at a time (Start, Stop, Start again) shares a key, so focus stays on it. */
const CONTROL = 'mc-control';

const byKey = <T extends Element>(key: string) => document.querySelector<T>(`[data-key="${key}"]`);

function setProgress(bar: HTMLProgressElement, note: Element, view: Running): void {
  // No value before the worker's first word: an indeterminate bar.
  if (view.total > 0) {
    bar.max = view.total;
    bar.value = view.done;
  }
  note.textContent = progressText(view.done, view.total, view.runs);
}

/** Moves the bar and its words on screen, in place; nothing when the panel is not on screen. */
function showProgress(view: Running): void {
  const bar = byKey<HTMLProgressElement>('mc-bar');
  const note = byKey('mc-note');
  if (bar && note) setProgress(bar, note, view);
}

function start(ctx: ViewContext, session: Session): void {
  const { scenario, player, state, game } = session;
  const runs = MONTE_CARLO_RUNS;
  const mark = state.result?.scores[player] ?? 0;
  const view: Running = { phase: 'running', game, runs, done: 0, total: 0, report: null, stopping: false };
  ctx.ui.monteCarlo = view;
  ctx.refresh();
  ctx.announce(t('mc.announceStart', { runs: wholeNumber(runs) }));
  const line = playerLine(state, player);
  ctx.services.monteCarlo
    .run({ scenario, player, line, mark, runs, gameOptions: state.options }, (progress) => {
      if (ctx.ui.monteCarlo !== view) return;
      const lineJustDone = view.done < runs && progress.done >= runs;
      view.done = progress.done;
      view.total = progress.total;
      showProgress(view);
      if (!progress.report) return;
      view.report = progress.report;
      const shown = distributionView(scenario, progress.report);
      byKey('mc-chart')?.replaceChildren(...chartNodes(shown));
      if (lineJustDone) ctx.announce(t('mc.announceLine', { place: shown.rows[0]?.place ?? '' }));
    })
    .then(
      (result) => {
        if (ctx.ui.monteCarlo !== view) return;
        ctx.ui.monteCarlo = { phase: 'done', game, runs, ...result };
        ctx.refresh();
        const shown = distributionView(scenario, result.report);
        ctx.announce(
          result.stopped
            ? t('mc.announceStopped', { summary: shown.summary })
            : t('mc.announceDone', { place: shown.rows[0]?.place ?? '' }),
        );
      },
      (error: unknown) => {
        if (ctx.ui.monteCarlo !== view || ctx.services.monteCarlo.isCancelled(error)) return;
        const message = error instanceof Error ? error.message : String(error);
        ctx.ui.monteCarlo = { phase: 'failed', game, runs, message };
        ctx.refresh();
        ctx.announce(t('mc.failed', { message }));
      },
    );
}

function startButton(ctx: ViewContext, session: Session, label: string): HTMLElement {
  return h(
    'button',
    {
      class: 'btn btn-primary',
      key: CONTROL,
      attrs: { type: 'button' },
      on: { click: () => start(ctx, session) },
    },
    label,
  );
}

function running(ctx: ViewContext, view: Running): HTMLElement {
  const bar = h('progress', {
    class: 'check-bar mc-bar',
    key: 'mc-bar',
    attrs: { 'aria-label': t('mc.progress') },
  });
  const note = h('p', { class: 'hint mc-note', key: 'mc-note' });
  setProgress(bar, note, view);
  return h(
    'div',
    { class: 'check-status mc-status', attrs: { 'aria-busy': 'true' } },
    bar,
    note,
    h(
      'button',
      {
        class: 'btn',
        key: CONTROL,
        attrs: { type: 'button', 'aria-disabled': view.stopping ? 'true' : null },
        on: {
          click: () => {
            if (view.stopping) return;
            view.stopping = true;
            ctx.services.monteCarlo.stop();
            ctx.refresh();
          },
        },
      },
      view.stopping ? t('mc.stopping') : t('mc.stop'),
    ),
  );
}

/** The panel, for a finished game; null while it is being played (its line is not yet whole). */
export function monteCarloPanel(ctx: ViewContext, session: Session): HTMLElement | null {
  if (session.state.status !== 'ended' || !session.state.result) return null;
  const mine = ctx.ui.monteCarlo;
  const view = mine?.game === session.game ? mine : null;
  const runs = wholeNumber(MONTE_CARLO_RUNS);
  const report = view?.phase === 'running' ? view.report : view?.phase === 'done' ? view.report : null;
  let controls: (Node | null)[];
  if (view === null) controls = [startButton(ctx, session, t('mc.start', { runs }))];
  else if (view.phase === 'running') controls = [running(ctx, view)];
  else if (view.phase === 'failed')
    controls = [
      h('p', { class: 'warning' }, t('mc.failed', { message: view.message })),
      startButton(ctx, session, t('mc.start', { runs })),
    ];
  else
    controls = [
      // Focus moves here from the Stop button when the games are over (the same key).
      h(
        'p',
        { class: 'mc-done', key: view.stopped ? 'mc-done' : CONTROL, attrs: { tabindex: -1 } },
        t('mc.time', { seconds: (view.ms / 1000).toFixed(1) }),
      ),
      view.stopped ? startButton(ctx, session, t('mc.restart', { runs })) : null,
    ];
  return h(
    'section',
    { class: 'debrief-section monte-carlo', attrs: { 'aria-labelledby': 'mc-h' } },
    h('h2', { id: 'mc-h' }, t('mc.heading')),
    h('p', { class: 'hint' }, t('mc.hint', { runs })),
    ...controls,
    h(
      'div',
      { class: 'mc-chart', key: 'mc-chart' },
      ...(report ? chartNodes(distributionView(session.scenario, report)) : []),
    ),
  );
}

function chartNodes(view: DistributionView): Node[] {
  return [
    h('p', { class: 'hint mc-summary' }, view.summary),
    h('p', { class: 'hint mc-key' }, t('mc.key')),
    h('ol', { class: 'mc-rows' }, ...view.rows.map((row) => rowCard(view, row))),
  ];
}

function rowCard(view: DistributionView, row: DistributionRow): HTMLElement {
  return h(
    'li',
    { class: `mc-row${row.key === 'line' ? ' mc-row-line' : ''}`, attrs: { 'data-row': row.key } },
    h(
      'div',
      { class: 'mc-row-figure' },
      h('h3', {}, row.name),
      row.hint ? h('p', { class: 'mc-row-hint' }, row.hint) : null,
      row.runs > 0 ? histogram(view, row) : null,
    ),
    h(
      'div',
      { class: 'mc-row-text' },
      row.stats ? h('p', { class: 'mc-stats' }, row.stats) : null,
      h('p', { class: 'mc-place' }, row.place),
      row.outcomes.length > 0 ? outcomeBar(row) : null,
      row.outcomes.length > 0
        ? h(
            'ul',
            { class: 'mc-outcomes', attrs: { 'aria-label': t('mc.outcomes') } },
            ...row.outcomes.map((o) =>
              h('li', {}, swatch(o.slot), h('strong', {}, o.text), h('span', {}, o.title)),
            ),
          )
        : null,
      row.skipped ? h('p', { class: 'mc-skipped' }, row.skipped) : null,
    ),
  );
}

/** The chart's frame, in SVG units: the bars between `left` and `right`, the axis below. */
const W = 320;
const H = 118;
// Room above the bars for the marker's label at the largest text size (its font is in rem).
const PLOT = { left: 8, right: 312, top: 28, bottom: 92 };

function histogram(view: DistributionView, row: DistributionRow): SVGSVGElement {
  const span = PLOT.right - PLOT.left;
  const step = span / row.bars.length;
  const tall = PLOT.bottom - PLOT.top;
  const x = PLOT.left + row.marker * span;
  const anchor = row.marker < 0.15 ? 'start' : row.marker > 0.85 ? 'end' : 'middle';
  return svg(
    'svg',
    { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': row.label, class: 'mc-histogram' },
    ...row.bars.map((bar, i) => {
      // A slice with any game shows, however few: one game in a thousand is not nothing.
      const height = bar.count > 0 ? Math.max(1.5, bar.height * tall) : 0;
      return svg('rect', {
        x: (PLOT.left + i * step + 0.75).toFixed(1),
        y: (PLOT.bottom - height).toFixed(1),
        width: (step - 1.5).toFixed(1),
        height: height.toFixed(1),
        class: bar.below ? 'mc-bar-below' : 'mc-bar-above',
      });
    }),
    svg('line', { x1: PLOT.left, x2: PLOT.right, y1: PLOT.bottom, y2: PLOT.bottom, class: 'mc-axis' }),
    ...view.ticks.map((tick, i) =>
      svg(
        'text',
        {
          x: (PLOT.left + tick.at * span).toFixed(1),
          y: H - 7,
          'text-anchor': i === 0 ? 'start' : i === view.ticks.length - 1 ? 'end' : 'middle',
        },
        tick.value,
      ),
    ),
    svg('line', {
      x1: x.toFixed(1),
      x2: x.toFixed(1),
      y1: PLOT.top - 4,
      y2: PLOT.bottom,
      class: 'mc-marker',
    }),
    svg('path', { d: `M${(x - 5).toFixed(1)},${PLOT.top - 10}h10l-5,6z`, class: 'mc-marker-head' }),
    svg(
      'text',
      { x: x.toFixed(1), y: PLOT.top - 13, 'text-anchor': anchor, class: 'mc-marker-label' },
      t('mc.you', { score: view.score }),
    ),
  );
}

/** The outcomes' shares as one stacked bar; the list below it says the same in words. */
function outcomeBar(row: DistributionRow): SVGSVGElement {
  let at = 0;
  return svg(
    'svg',
    {
      viewBox: '0 0 100 4',
      preserveAspectRatio: 'none',
      class: 'mc-outcome-bar',
      'aria-hidden': 'true',
      focusable: 'false',
    },
    ...row.outcomes.map((o) => {
      const rect = svg('rect', {
        x: (at * 100).toFixed(2),
        y: 0,
        width: (o.share * 100).toFixed(2),
        height: 4,
        class: `mc-o${o.slot % 8}`,
      });
      at += o.share;
      return rect;
    }),
  );
}

function swatch(slot: number): SVGSVGElement {
  return svg(
    'svg',
    { viewBox: '0 0 12 12', width: 12, height: 12, 'aria-hidden': 'true', class: 'mc-swatch' },
    svg('rect', { width: 12, height: 12, rx: 2, class: `mc-o${slot % 8}` }),
  );
}
