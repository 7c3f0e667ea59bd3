import { t } from '../strings/index.ts';
import { type BaselineRow, type ClassGroup, vp } from '../viewmodel/index.ts';
import { h, svg } from './el.ts';

/** Score bins of this many points: thirty games make readable stacks. */
const BIN = 5;
const WIDTH = 400;
const DOT = 8;
const LEFT = 24;
const RIGHT = WIDTH - 16;
/** The height of one strategy's row under the axis. */
const BAND = 18;

/**
 * The class's scores on one axis from 0 to the most a seat can score: one dot per genuine game,
 * stacked in bins of five points, with history's score from the same seat as a dashed line. The
 * caption says the same in words.
 */
export function classChart(group: ClassGroup, baseline: readonly BaselineRow[] = []): HTMLElement {
  const max = Math.max(group.max, ...group.scores, 1);
  const x = (score: number) => LEFT + ((RIGHT - LEFT) * Math.max(0, Math.min(max, score))) / max;
  const stacks = new Map<number, number>();
  const dots = group.scores.map((score) => {
    const bin = Math.min(Math.floor(score / BIN), Math.floor((max - 0.001) / BIN));
    const level = stacks.get(bin) ?? 0;
    stacks.set(bin, level + 1);
    return { cx: x(bin * BIN + BIN / 2), level };
  });
  const tallest = Math.max(1, ...stacks.values());
  const base = 24 + tallest * (DOT + 2);
  // Under the axis, a row per built-in strategy: its lowest to highest score, its mean marked.
  const bandTop = base + 30;
  const height = bandTop + baseline.length * BAND + (baseline.length > 0 ? 20 : 4);
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => Math.round(max * f));
  const history = group.history;
  return h(
    'figure',
    { class: 'chart-figure class-chart' },
    svg(
      'svg',
      { viewBox: `0 0 ${WIDTH} ${height}`, role: 'img', 'aria-label': group.summary, class: 'chart' },
      svg('line', { x1: LEFT, x2: RIGHT, y1: base, y2: base, class: 'axis' }),
      ...ticks.map((v) =>
        svg(
          'g',
          { class: 'tick' },
          svg('line', { x1: x(v), x2: x(v), y1: base, y2: base + 5 }),
          svg('text', { x: x(v), y: base + 18, 'text-anchor': 'middle' }, String(v)),
        ),
      ),
      ...dots.map((d) =>
        svg('circle', {
          cx: d.cx,
          cy: base - DOT / 2 - 2 - d.level * (DOT + 2),
          r: DOT / 2,
          class: 'mark-you',
        }),
      ),
      history
        ? svg(
            'g',
            { class: 'class-history' },
            svg('line', {
              x1: x(history.score),
              x2: x(history.score),
              y1: 14,
              y2: base,
              class: 'series-history',
            }),
            svg(
              'text',
              {
                x: x(history.score),
                y: 10,
                'text-anchor':
                  history.score > max * 0.8 ? 'end' : history.score < max * 0.2 ? 'start' : 'middle',
              },
              t('class.historyMark', { score: vp(history.score) }),
            ),
          )
        : null,
      svg(
        'text',
        { x: (LEFT + RIGHT) / 2, y: base + 28, 'text-anchor': 'middle', class: 'xlabel' },
        t('class.axis'),
      ),
      ...baseline.map((row, i) => {
        const y = bandTop + 10 + i * BAND;
        return svg(
          'g',
          { class: 'class-band' },
          svg('line', { x1: x(row.min), x2: x(row.max), y1: y, y2: y, class: 'series-history' }),
          svg('rect', { x: x(row.mean) - 3, y: y - 3, width: 6, height: 6, class: 'mark-history' }),
          svg('text', { x: RIGHT, y: y - 4, 'text-anchor': 'end' }, `${row.name} ${vp(row.mean)}`),
        );
      }),
    ),
    h('figcaption', {}, group.summary),
  );
}
