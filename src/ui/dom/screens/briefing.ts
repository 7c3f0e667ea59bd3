import { lastTurn } from '../../../engine/index.ts';
import { t } from '../../strings/index.ts';
import { briefingView, optionLines } from '../../viewmodel/index.ts';
import type { ViewContext } from '../context.ts';
import { articleQuote, h } from '../el.ts';

function list(items: readonly string[], className = 'bullets'): HTMLElement | null {
  return items.length === 0 ? null : h('ul', { class: className }, ...items.map((i) => h('li', {}, i)));
}

function section(id: string, title: string, ...body: (Node | null)[]): HTMLElement | null {
  if (body.every((b) => b === null)) return null;
  return h(
    'section',
    { class: 'brief-section', attrs: { 'aria-labelledby': id } },
    h('h2', { id }, title),
    ...body,
  );
}

/** The briefing: situation, goals, constraints, people, scoring, calendar and sources. */
export function briefingScreen(ctx: ViewContext): Node[] {
  const session = ctx.state.session;
  if (!session) return [];
  const view = briefingView(session.scenario, session.player);
  const options = optionLines(session.scenario, session.state.options);
  // A game the teacher shortened lists only the turns it has.
  const calendar = view.calendar.slice(0, lastTurn(session.scenario, session.state));
  const started = session.state.log.some((e) => e.action?.actor === session.player);
  const go = (key: string) =>
    h(
      'button',
      {
        class: 'btn btn-primary',
        key,
        attrs: { type: 'button' },
        on: { click: () => ctx.state.show('table') },
      },
      started ? t('briefing.back') : t('briefing.start'),
    );
  return [
    h(
      'header',
      { class: 'screen-head' },
      h('p', { class: 'eyebrow' }, `${view.period} · ${view.place}`),
      h('h1', { attrs: { tabindex: -1 }, key: 'screen-heading' }, t('briefing.heading', { name: view.name })),
      h('p', { class: 'lede' }, view.scenarioTitle),
      h('p', {}, t('briefing.leader', { leader: view.leader })),
      options.length > 0
        ? h(
            'section',
            { class: 'brief-options', attrs: { 'aria-labelledby': 'b-options' } },
            h('h2', { id: 'b-options' }, t('options.heading')),
            list(options),
          )
        : null,
      go('brief-go-top'),
    ),
    h(
      'div',
      { class: 'brief-grid' },
      section('b-situation', t('briefing.situation'), h('p', { class: 'prose' }, view.situation)),
      section('b-goals', t('briefing.goals'), list(view.goals)),
      section(
        'b-constraints',
        t('briefing.constraints'),
        list(view.constraints),
        view.redLines.length
          ? h('div', {}, h('h3', {}, t('briefing.redLines')), list(view.redLines, 'bullets red-lines'))
          : null,
      ),
      section('b-advisors', t('briefing.advisors'), list(view.advisors)),
      section(
        'b-people',
        t('briefing.people'),
        view.people.length === 0
          ? null
          : h(
              'dl',
              { class: 'people' },
              ...view.people.flatMap((p) => [
                h('dt', {}, p.name),
                h('dd', {}, p.role, p.source ? h('span', { class: 'cite' }, ` — ${p.source}`) : null),
              ]),
            ),
      ),
      section(
        'b-objectives',
        t('briefing.objectives'),
        h(
          'ul',
          { class: 'objectives' },
          ...view.objectives.map((o) =>
            h(
              'li',
              {},
              h('span', {}, o.text),
              h('span', { class: 'points' }, t('briefing.points', { points: o.points })),
            ),
          ),
        ),
      ),
      section(
        'b-calendar',
        t('briefing.timeline'),
        h(
          'ol',
          { class: 'calendar' },
          ...calendar.map((c) => h('li', {}, h('strong', {}, c.label), c.note ? ` — ${c.note}` : '')),
        ),
      ),
      section(
        'b-sources',
        t('briefing.sources'),
        h(
          'ul',
          { class: 'sources' },
          ...view.sources.map((s) =>
            h(
              'li',
              {},
              // The article as its text names it (title, author, outlet, date), else the scenario's title.
              h('p', { class: 'source-title' }, s.credit ?? s.title),
              s.address
                ? h(
                    'p',
                    { class: 'source-address' },
                    h(
                      'a',
                      { attrs: { href: s.address, rel: 'noopener noreferrer', target: '_blank' } },
                      s.address,
                    ),
                  )
                : null,
              ...s.quotes.map(articleQuote),
            ),
          ),
        ),
      ),
    ),
    h('p', { class: 'screen-foot' }, go('brief-go')),
  ];
}
