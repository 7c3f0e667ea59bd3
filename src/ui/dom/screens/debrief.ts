import type { Session } from '../../../store/index.ts';
import { t } from '../../strings/index.ts';
import { debriefAnalysis, hiddenNumbers, type TurnStates, vp } from '../../viewmodel/index.ts';
import { chartFigure, chartLegend } from '../chart-svg.ts';
import type { ViewContext } from '../context.ts';
import { h } from '../el.ts';
import { sharePanel } from '../panels/share.ts';
import { whyItem } from '../panels/why.ts';

function stepper(ctx: ViewContext, you: TurnStates, session: Session): HTMLElement {
  const last = you.starts.length; // index `last` means the final state
  const current = Math.min(ctx.ui.debriefTurn ?? last, last);
  const state = current >= last ? you.final : you.starts[current]!;
  const turn = current + 1;
  const hidden = hiddenNumbers(session.scenario, state, turn, you.final);
  const go = (n: number) => {
    ctx.ui.debriefTurn = Math.max(0, Math.min(last, n));
    ctx.refresh();
  };
  const label =
    current >= last
      ? t('debrief.atEnd')
      : t('debrief.atTurn', { turn, label: session.scenario.turns[current]?.label ?? '' });
  return h(
    'section',
    { class: 'debrief-section hidden-numbers', attrs: { 'aria-labelledby': 'hidden-h' } },
    h('h2', { id: 'hidden-h' }, t('debrief.hidden')),
    h('p', { class: 'hint' }, t('debrief.hiddenHint')),
    h(
      'div',
      { class: 'stepper' },
      h(
        'button',
        {
          class: 'btn',
          key: 'step-prev',
          attrs: { type: 'button', 'aria-disabled': current <= 0 ? 'true' : null },
          on: { click: () => current > 0 && go(current - 1) },
        },
        `◀ ${t('debrief.prev')}`,
      ),
      h('p', { class: 'step-label', attrs: { 'aria-live': 'polite' } }, label),
      h(
        'button',
        {
          class: 'btn',
          key: 'step-next',
          attrs: { type: 'button', 'aria-disabled': current >= last ? 'true' : null },
          on: { click: () => current < last && go(current + 1) },
        },
        `${t('debrief.next')} ▶`,
      ),
    ),
    h(
      'p',
      {},
      `${t('table.tension')}: ${hidden.tension}`,
      ...hidden.approvals.map((a) => ` · ${a.name} ${a.value}%`),
    ),
    h(
      'div',
      { class: 'table-wrap', attrs: { tabindex: 0, role: 'region', 'aria-label': t('debrief.relations') } },
      h(
        'table',
        {},
        h('caption', {}, t('debrief.relations')),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            ...(['from', 'to', 'expectation', 'reservation', 'trust'] as const).map((c) =>
              h('th', { attrs: { scope: 'col' } }, t(`debrief.col.${c}`)),
            ),
          ),
        ),
        h(
          'tbody',
          {},
          ...hidden.relations.map((r) =>
            h(
              'tr',
              {},
              h('th', { attrs: { scope: 'row' } }, r.from),
              h('td', {}, r.to),
              h('td', {}, r.expectation),
              h('td', {}, r.reservation),
              h('td', {}, r.trust),
            ),
          ),
        ),
      ),
    ),
    current < last
      ? h(
          'div',
          {},
          h('h3', {}, t('debrief.log')),
          hidden.log.length === 0
            ? h('p', { class: 'hint' }, t('debrief.logEmpty'))
            : h('ul', { class: 'why-list' }, ...hidden.log.map(whyItem)),
        )
      : null,
  );
}

/** The scenario's historical line, step by step, with its sources. */
function historyLine(session: Session): HTMLElement | null {
  const { scenario } = session;
  const steps = scenario.history.steps;
  if (steps.length === 0) return null;
  const name = (id: string) => scenario.actors.find((a) => a.id === id)?.name ?? id;
  return h(
    'section',
    { class: 'debrief-section', attrs: { 'aria-labelledby': 'line-h' } },
    h('h2', { id: 'line-h' }, t('debrief.historyLine')),
    h(
      'ol',
      { class: 'history-steps' },
      ...steps.map((step) =>
        h(
          'li',
          {},
          h('strong', {}, `${scenario.turns[step.turn - 1]?.label ?? step.turn} — ${name(step.actor)}: `),
          step.note,
          step.cite.quote ? h('blockquote', {}, `“${step.cite.quote}”`) : null,
        ),
      ),
    ),
  );
}

/** The debrief: result and score, charts beside history, the articles' reading, the hidden numbers. */
export function debriefScreen(ctx: ViewContext): Node[] {
  return debriefNodes(ctx).filter((n): n is Node => n !== null);
}

function debriefNodes(ctx: ViewContext): (Node | null)[] {
  const session = ctx.state.session;
  if (!session) return [];
  const { scenario, state, player } = session;
  const analysis = debriefAnalysis(session);
  const result = state.result;
  const objectives = scenario.objectives[player] ?? [];
  const scored = result?.objectives[player] ?? [];
  const max = objectives.reduce((sum, o) => sum + o.points, 0);
  const score = result?.scores[player] ?? scored.reduce((s, o) => s + o.points, 0);
  return [
    h(
      'header',
      { class: 'screen-head' },
      h('p', { class: 'eyebrow' }, `${scenario.title} · ${scenario.period}`),
      h('h1', { attrs: { tabindex: -1 }, key: 'screen-heading' }, t('debrief.heading')),
      state.status !== 'ended' ? h('p', { class: 'warning' }, t('debrief.notEnded')) : null,
    ),
    h(
      'section',
      { class: 'debrief-section result', attrs: { 'aria-labelledby': 'result-h' } },
      h('h2', { id: 'result-h' }, result ? result.title : t('debrief.result')),
      result ? h('p', { class: 'lede' }, result.text) : null,
      h('p', { class: 'score' }, t('debrief.score', { score: vp(score), max })),
      h(
        'ul',
        { class: 'objectives' },
        ...objectives.map((o) => {
          const got = scored.find((s) => s.id === o.id);
          return h(
            'li',
            {},
            h('span', {}, o.text),
            h(
              'span',
              { class: 'points' },
              got
                ? t('debrief.objectiveValue', { value: vp(got.value), points: vp(got.points), max: o.points })
                : '',
            ),
          );
        }),
      ),
    ),
    sharePanel(ctx, session),
    h(
      'section',
      { class: 'debrief-section', attrs: { 'aria-labelledby': 'charts-h' } },
      h('h2', { id: 'charts-h' }, t('debrief.charts')),
      h('p', { class: 'hint' }, t('debrief.chartsHint')),
      chartLegend(analysis.history !== null),
      h('div', { class: 'charts' }, ...analysis.charts.map(chartFigure)),
    ),
    h(
      'section',
      { class: 'debrief-section', attrs: { 'aria-labelledby': 'history-h' } },
      h('h2', { id: 'history-h' }, t('debrief.history')),
      h('p', { class: 'prose' }, scenario.debrief.whatHappened),
      scenario.history.summary ? h('p', { class: 'prose' }, scenario.history.summary) : null,
      h('h3', {}, t('debrief.reading')),
      h('p', { class: 'prose' }, scenario.debrief.reading),
      scenario.debrief.lessons.length > 0 ? h('h3', {}, t('debrief.lessons')) : null,
      h(
        'ul',
        { class: 'lessons' },
        ...scenario.debrief.lessons.map((l) =>
          h(
            'li',
            {},
            h('strong', {}, l.title),
            h('p', {}, l.text),
            l.cite.quote ? h('blockquote', {}, `“${l.cite.quote}”`) : null,
            l.cite.source
              ? h(
                  'p',
                  { class: 'cite' },
                  scenario.sources.find((s) => s.file === l.cite.source)?.title ?? l.cite.source,
                )
              : null,
          ),
        ),
      ),
    ),
    historyLine(session),
    stepper(ctx, analysis.you, session),
    h(
      'p',
      { class: 'screen-foot' },
      h(
        'button',
        {
          class: 'btn btn-primary',
          key: 'again',
          attrs: { type: 'button' },
          on: { click: () => ctx.state.startGame(scenario.id, player, { hash: session.scenarioHash }) },
        },
        t('debrief.again'),
      ),
      h(
        'button',
        {
          class: 'btn',
          key: 'debrief-title',
          attrs: { type: 'button' },
          on: { click: () => ctx.state.show('title') },
        },
        t('debrief.toTitle'),
      ),
    ),
  ];
}
