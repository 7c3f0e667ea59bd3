import type { GameOptions, Scenario } from '../../../engine/index.ts';
import { peopleOf, type Session } from '../../../store/index.ts';
import { t } from '../../strings/index.ts';
import {
  actorName,
  type DebriefAnalysis,
  debriefAnalysis,
  hiddenNumbers,
  optionLines,
  type TurnStates,
  vp,
} from '../../viewmodel/index.ts';
import { chartFigure, chartLegend } from '../chart-svg.ts';
import type { ViewContext } from '../context.ts';
import { articleQuote, h } from '../el.ts';
import { termLink } from '../glossary.ts';
import { handInPanel } from '../panels/hand-in.ts';
import { monteCarloPanel } from '../panels/monte-carlo.ts';
import { printSheet } from '../panels/print-sheet.ts';
import { sharePanel } from '../panels/share.ts';
import { pathsPanel, peoplePanel, whatIfPanel } from '../panels/what-if.ts';
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

/** The moments of the player's game that decided the result, each tied to its article passage. */
function momentsSection(moments: DebriefAnalysis['moments']): HTMLElement {
  return h(
    'section',
    { class: 'debrief-section', attrs: { 'aria-labelledby': 'moments-h' } },
    h('h2', { id: 'moments-h' }, t('debrief.moments')),
    h('p', { class: 'hint' }, moments.length > 0 ? t('debrief.momentsHint') : t('debrief.momentsNone')),
    moments.length > 0
      ? h(
          'ol',
          { class: 'moments' },
          ...moments.map((m) =>
            h(
              'li',
              { class: 'moment' },
              h('p', { class: 'moment-when' }, m.when),
              h('h3', {}, m.headline),
              h('p', {}, m.text),
              h(
                'div',
                { class: 'moment-lesson' },
                h(
                  'p',
                  { class: 'moment-lesson-title' },
                  t('debrief.momentLesson', { title: m.lesson.title }),
                ),
                m.lesson.quote ? articleQuote(m.lesson.quote) : null,
                h('p', { class: 'cite' }, m.lesson.article),
              ),
            ),
          ),
        )
      : null,
  );
}

/** The player's game beside history's, turn by turn. */
function pathSection(path: DebriefAnalysis['path']): HTMLElement | null {
  if (path.length === 0) return null;
  return h(
    'section',
    { class: 'debrief-section', attrs: { 'aria-labelledby': 'path-h' } },
    h('h2', { id: 'path-h' }, t('debrief.path')),
    h('p', { class: 'hint' }, t('debrief.pathHint')),
    h(
      'ol',
      { class: 'path' },
      ...path.map((turn) =>
        h(
          'li',
          {},
          h('p', { class: 'path-turn' }, t('debrief.momentWhen', { turn: turn.turn, label: turn.label })),
          h(
            'dl',
            { class: 'path-cols' },
            h(
              'div',
              { class: 'path-you' },
              h('dt', {}, t('debrief.pathYou')),
              ...turn.you.map((line) => h('dd', {}, line)),
            ),
            h(
              'div',
              { class: 'path-history' },
              h('dt', {}, t('debrief.pathHistory')),
              ...(turn.history.length === 0
                ? [h('dd', { class: 'hint' }, t('debrief.pathNoHistory'))]
                : turn.history.map((step) =>
                    h(
                      'dd',
                      {},
                      h('strong', {}, `${step.who}: `),
                      step.text,
                      step.quote
                        ? h(
                            'span',
                            { class: 'cite path-cite' },
                            t('debrief.pathCite', { quote: step.quote, article: step.article ?? '' }),
                          )
                        : null,
                    ),
                  )),
            ),
          ),
        ),
      ),
    ),
  );
}

/** The teacher's options, when the game had any: they change what its score can be compared with. */
function optionsNote(scenario: Scenario, options: GameOptions): HTMLElement[] {
  const lines = optionLines(scenario, options);
  if (lines.length === 0) return [];
  return [
    h(
      'div',
      { class: 'debrief-options' },
      h('p', {}, h('strong', {}, t('options.heading'))),
      h('ul', { class: 'bullets' }, ...lines.map((line) => h('li', {}, line))),
    ),
  ];
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
      h(
        'h1',
        { attrs: { tabindex: -1 }, key: 'screen-heading' },
        // At one screen with others, whose debrief this is comes first.
        peopleOf(session).length > 1
          ? t('debrief.headingOf', { name: actorName(scenario, player) })
          : t('debrief.heading'),
      ),
      state.status !== 'ended' ? h('p', { class: 'warning' }, t('debrief.notEnded')) : null,
      ...optionsNote(scenario, state.options),
    ),
    h(
      'section',
      { class: 'debrief-section result', attrs: { 'aria-labelledby': 'result-h' } },
      h('h2', { id: 'result-h' }, result ? result.title : t('debrief.result')),
      result ? h('p', { class: 'lede' }, result.text) : null,
      h(
        'p',
        { class: 'score' },
        termLink(ctx, 'score', t('debrief.score', { score: vp(score), max }), 'debrief'),
      ),
      h(
        'ul',
        { class: 'objectives' },
        ...analysis.scoreLines.map((line) =>
          h(
            'li',
            {},
            h('span', { class: 'objective-text' }, line.objective),
            h('span', { class: 'points' }, line.points),
            h('p', { class: 'objective-why' }, line.reason),
          ),
        ),
      ),
    ),
    peoplePanel(ctx, session),
    pathsPanel(session),
    momentsSection(analysis.moments),
    sharePanel(ctx, session),
    handInPanel(ctx, session),
    whatIfPanel(ctx, session),
    h(
      'section',
      { class: 'debrief-section', attrs: { 'aria-labelledby': 'charts-h' } },
      h('h2', { id: 'charts-h' }, t('debrief.charts')),
      h('p', { class: 'hint' }, t('debrief.chartsHint')),
      chartLegend(analysis.history !== null),
      h('div', { class: 'charts' }, ...analysis.charts.map(chartFigure)),
    ),
    monteCarloPanel(ctx, session),
    pathSection(analysis.path),
    h(
      'section',
      { class: 'debrief-section', attrs: { 'aria-labelledby': 'history-h' } },
      h('h2', { id: 'history-h' }, t('debrief.history')),
      h('p', { class: 'prose' }, scenario.debrief.whatHappened),
      scenario.history.summary ? h('p', { class: 'prose' }, scenario.history.summary) : null,
      h('h3', {}, t('debrief.reading')),
      h('p', { class: 'prose' }, scenario.debrief.reading),
      analysis.lessons.length > 0 ? h('h3', {}, t('debrief.lessons')) : null,
      h(
        'ul',
        { class: 'lessons' },
        ...analysis.lessons.map((l) =>
          h(
            'li',
            { class: l.shown ? 'lesson-shown' : '' },
            h('strong', {}, l.title),
            l.shown ? h('p', { class: 'lesson-mark' }, l.shown) : null,
            h('p', {}, l.text),
            l.quote ? articleQuote(l.quote) : null,
            l.article ? h('p', { class: 'cite' }, l.article) : null,
          ),
        ),
      ),
    ),
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
          on: {
            click: () =>
              ctx.state.startGame(scenario.id, player, {
                hash: session.scenarioHash,
                gameOptions: session.state.options,
              }),
          },
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
    printSheet(session, analysis, ctx.services.gameVersion),
  ];
}
