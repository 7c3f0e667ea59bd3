import { t } from '../strings/index.ts';
import { type Chart, chartGeometry } from '../viewmodel/index.ts';
import { h, svg } from './el.ts';

/**
 * One measure as an inline SVG line chart. The two series differ by stroke pattern and marker
 * shape as well as colour; the figure caption says the same in words for screen readers.
 */
export function chartFigure(chart: Chart): HTMLElement {
  const series = chart.history ? [chart.you, chart.history] : [chart.you];
  const count = Math.max(...series.map((s) => s.length));
  const fixed = chart.key === 'expectation' ? null : { min: 0, max: 100 };
  const g = chartGeometry(series, count, fixed);
  const figure = svg(
    'svg',
    { viewBox: `0 0 ${g.width} ${g.height}`, role: 'img', 'aria-label': chart.summary, class: 'chart' },
    ...g.ticks.map((tick) =>
      svg(
        'g',
        { class: 'tick' },
        svg('line', { x1: g.plot.left, x2: g.plot.right, y1: tick.y, y2: tick.y }),
        svg('text', { x: g.plot.left - 6, y: tick.y + 4, 'text-anchor': 'end' }, String(tick.value)),
      ),
    ),
    ...g.xs.map((x, i) =>
      svg(
        'text',
        { x, y: g.height - 6, 'text-anchor': 'middle', class: 'xlabel' },
        chart.labels[i] ?? String(i + 1),
      ),
    ),
    ...g.paths.map((d, i) => svg('path', { d, class: i === 0 ? 'series-you' : 'series-history' })),
    ...g.points.map((p) =>
      p.series === 0
        ? svg('circle', { cx: p.x, cy: p.y, r: 3.2, class: 'mark-you' })
        : svg('rect', { x: p.x - 3, y: p.y - 3, width: 6, height: 6, class: 'mark-history' }),
    ),
  );
  return h(
    'figure',
    { class: 'chart-figure' },
    h('h3', {}, chart.title),
    figure,
    h('figcaption', {}, chart.summary),
  );
}

/** The legend shared by all charts. */
export function chartLegend(hasHistory: boolean): HTMLElement {
  const item = (cls: string, label: string) =>
    h(
      'li',
      {},
      svg(
        'svg',
        { viewBox: '0 0 32 10', width: 32, height: 10, 'aria-hidden': 'true' },
        svg('line', { x1: 0, x2: 32, y1: 5, y2: 5, class: cls }),
      ),
      ` ${label}`,
    );
  return h(
    'ul',
    { class: 'legend' },
    item('series-you', t('debrief.series.you')),
    hasHistory ? item('series-history', t('debrief.series.history')) : null,
  );
}
