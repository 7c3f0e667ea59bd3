import { maxScoreOf } from '../../../sim/index.ts';
import type { Session } from '../../../store/index.ts';
import { t } from '../../strings/index.ts';
import {
  actorName,
  type DebriefAnalysis,
  mainCounterpart,
  optionLines,
  printTable,
  vp,
} from '../../viewmodel/index.ts';
import { h } from '../el.ts';

/** The moments a page has room for. */
const PRINTED_MOMENTS = 3;

/**
 * The debrief on one printed page, for the gradebook: who played what, the outcome and every goal's
 * points, the moments that decided the game, and the measures turn by turn. Hidden on screen; the
 * print styles show it alone (styles/print.css), so "Save as PDF" gives one page. It comes last,
 * and its headings start below the screen's h1, so the screen's own heading stays the page's first.
 */
export function printSheet(session: Session, analysis: DebriefAnalysis, gameVersion: string): HTMLElement {
  const { scenario, state, player, seed } = session;
  const result = state.result;
  const max = maxScoreOf(scenario, player);
  const score = result?.scores[player] ?? 0;
  const table = printTable(scenario, state, player, mainCounterpart(scenario, state, player));
  return h(
    'section',
    { class: 'print-sheet', attrs: { 'aria-hidden': 'true' } },
    h('p', { class: 'print-meta' }, `${scenario.title} · ${scenario.period}`),
    h(
      'p',
      { class: 'print-meta' },
      t('print.setup', { seat: actorName(scenario, player), seed, version: gameVersion }),
    ),
    ...optionLines(scenario, state.options).map((line) => h('p', { class: 'print-meta' }, line)),
    h('p', { class: 'print-name' }, t('print.name')),
    h('h2', { class: 'print-title' }, result ? result.title : t('debrief.result')),
    result ? h('p', {}, result.text) : null,
    h('p', { class: 'print-score' }, t('debrief.score', { score: vp(score), max })),
    h(
      'table',
      { class: 'print-goals' },
      h(
        'tbody',
        {},
        ...analysis.scoreLines.map((line) =>
          h('tr', {}, h('th', { attrs: { scope: 'row' } }, line.objective), h('td', {}, line.points)),
        ),
      ),
    ),
    analysis.moments.length > 0 ? h('h3', {}, t('debrief.moments')) : null,
    analysis.moments.length > 0
      ? h(
          'ol',
          {},
          ...analysis.moments
            .slice(0, PRINTED_MOMENTS)
            .map((m) =>
              h(
                'li',
                {},
                h('strong', {}, `${m.when}: ${m.headline}. `),
                t('debrief.momentLesson', { title: m.lesson.title }),
              ),
            ),
        )
      : null,
    table.rows.length > 0 ? h('h3', {}, t('print.measures')) : null,
    table.rows.length > 0
      ? h(
          'table',
          { class: 'print-measures' },
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              h('th', { attrs: { scope: 'col' } }, t('print.turnHeading')),
              ...table.headings.map((x) => h('th', { attrs: { scope: 'col' } }, x)),
            ),
          ),
          h(
            'tbody',
            {},
            ...table.rows.map((row) =>
              h(
                'tr',
                {},
                h('th', { attrs: { scope: 'row' } }, row.turn),
                ...row.cells.map((c) => h('td', {}, c)),
              ),
            ),
          ),
        )
      : null,
    h('p', { class: 'print-foot' }, t('print.foot')),
  );
}
