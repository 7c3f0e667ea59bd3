import { t } from '../../strings/index.ts';
import { percent, type TableView } from '../../viewmodel/index.ts';
import type { ViewContext } from '../context.ts';
import { h } from '../el.ts';
import { termLink } from '../glossary.ts';

function meter(label: string | Node, text: string, level: number): HTMLElement {
  return h(
    'div',
    { class: 'meter' },
    h('span', { class: 'meter-label' }, label),
    h('span', { class: 'meter-text' }, text),
    h(
      'span',
      { class: 'meter-bar', attrs: { 'aria-hidden': 'true' } },
      h('span', { class: `meter-fill w${Math.round(Math.min(1, Math.max(0, level)) * 20) * 5}` }),
    ),
  );
}

/** The delegations, their estimates, the calendar and open promises, as text. */
export function delegationsPanel(ctx: ViewContext, view: TableView): HTMLElement[] {
  return [
    h('h3', {}, t('table.delegations')),
    h('p', { class: 'hint' }, termLink(ctx, 'estimates', t('table.estimates'), 'table')),
    h(
      'ul',
      { class: 'delegations' },
      ...view.delegations.map((d) =>
        h(
          'li',
          { class: `delegation mood-${d.mood}` },
          h('h4', {}, d.name, h('span', { class: 'leader' }, ` — ${d.leader}`)),
          h('p', { class: 'mood' }, `${t('table.mood')}: `, h('strong', {}, t(`table.mood.${d.mood}`))),
          meter(
            termLink(ctx, 'expectation', t('table.expects'), d.id),
            d.expectation.text,
            d.expectation.value / 20,
          ),
          meter(
            termLink(ctx, 'walkAway', t('table.walkAway'), d.id),
            d.reservation.text,
            d.reservation.value / 20,
          ),
          meter(termLink(ctx, 'trust', t('table.trustsYou'), d.id), d.trust.text, d.trust.value),
          meter(t('table.yourTrust'), `${percent(d.ourTrust)}%`, d.ourTrust),
          d.approval !== null ? h('p', {}, t('table.approvalOf', { name: d.name, value: d.approval })) : null,
          d.election ? h('p', {}, d.election) : null,
          d.lockText ? h('p', { class: 'warning' }, termLink(ctx, 'locked', d.lockText, d.id)) : null,
          d.ousted ? h('p', { class: 'warning' }, t('table.ousted')) : null,
        ),
      ),
    ),
    h('h3', {}, t('table.promises')),
    view.promises.length === 0
      ? h('p', { class: 'hint' }, t('table.noPromises'))
      : h('ul', { class: 'bullets' }, ...view.promises.map((p) => h('li', {}, p))),
    h('h3', {}, t('table.timeline')),
    h(
      'ol',
      { class: 'calendar' },
      ...view.timeline.map((turn) =>
        h(
          'li',
          { class: `turn-${turn.state}`, attrs: { 'aria-current': turn.state === 'now' ? 'step' : null } },
          h('strong', {}, turn.label),
          turn.state === 'now' ? ` (${t('table.now')})` : '',
          turn.note ? ` — ${turn.note}` : '',
          ...turn.elections.map((e) => ` · ${e}`),
          ...turn.forums.map((f) => ` · ${f}`),
          ...turn.history.map((note) =>
            h('span', { class: 'timeline-history' }, t('table.historyLine', { note })),
          ),
        ),
      ),
    ),
    ...(view.options.length === 0
      ? []
      : [
          h('h3', {}, t('options.heading')),
          h('ul', { class: 'bullets' }, ...view.options.map((line) => h('li', {}, line))),
        ]),
  ];
}

/** The status strip above the panels: turn, tension, approval, issues, all in words. */
export function statusStrip(ctx: ViewContext, view: TableView, saved: boolean): HTMLElement {
  const low = view.self.approval !== null && view.self.approval < view.self.threshold;
  return h(
    'div',
    { class: 'status' },
    h(
      'p',
      { class: 'status-turn' },
      h('span', {}, t('table.turnLabel', { turn: view.turn, turns: view.turns, label: view.turnLabel })),
      h(
        'span',
        { class: saved ? 'saved' : 'not-saved' },
        saved ? `✔ ${t('table.saved')}` : `✖ ${t('table.notSaved')}`,
      ),
    ),
    h(
      'ul',
      { class: 'status-list' },
      h(
        'li',
        { class: `tension band-${view.tensionBand}` },
        termLink(
          ctx,
          view.tensionBand === 'crisis' ? 'crisis' : 'tension',
          t('table.tensionValue', { value: view.tension, band: t(`table.tension.${view.tensionBand}`) }),
          'status',
        ),
      ),
      h(
        'li',
        { class: low ? 'is-low' : '' },
        low ? '▼ ' : '',
        view.self.approval === null
          ? termLink(ctx, 'ratification', t('table.noPublic'), 'status')
          : termLink(
              ctx,
              'approval',
              t('table.approvalValue', { value: view.self.approval, threshold: view.self.threshold }),
              'status',
            ),
        view.self.election ? ` · ${view.self.election}` : '',
      ),
    ),
    h(
      'p',
      { class: 'status-issues' },
      termLink(ctx, 'progress', t('table.progress'), 'status'),
      ': ',
      view.issues.map((i) => t('table.progressValue', { name: i.name, value: i.progress })).join(' · '),
    ),
    view.crisisOpen ? h('p', { class: 'warning', attrs: { role: 'alert' } }, t('table.crisisOpen')) : null,
  );
}
