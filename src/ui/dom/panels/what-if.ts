import { actorOf } from '../../../engine/index.ts';
import { maxScoreOf } from '../../../sim/index.ts';
import { peopleOf, type Session } from '../../../store/index.ts';
import { t } from '../../strings/index.ts';
import { pathsView, vp } from '../../viewmodel/index.ts';
import type { ViewContext } from '../context.ts';
import { h, nextId } from '../el.ts';

/**
 * "What if…": the turn to take the game up again from, and the button that starts the new game
 * (the store replays the first game's moves up to that turn, with the same seed).
 */
export function whatIfPanel(ctx: ViewContext, session: Session): HTMLElement | null {
  if (session.state.status !== 'ended') return null;
  const { scenario } = session;
  const turns = session.turnStarts.length;
  const id = nextId('what-if-turn');
  const select = h(
    'select',
    { id, key: 'what-if-turn' },
    ...Array.from({ length: turns }, (_, i) =>
      h(
        'option',
        { attrs: { value: i + 1, selected: i + 1 === Math.min(turns, 2) } },
        t('debrief.momentWhen', { turn: i + 1, label: scenario.turns[i]?.label ?? '' }),
      ),
    ),
  );
  return h(
    'section',
    { class: 'debrief-section what-if no-print', attrs: { 'aria-labelledby': 'what-if-h' } },
    h('h2', { id: 'what-if-h' }, t('whatIf.heading')),
    h('p', { class: 'hint' }, t('whatIf.hint')),
    h(
      'div',
      { class: 'lesson-inline' },
      h('label', { attrs: { for: id } }, t('whatIf.turn')),
      select,
      h(
        'button',
        {
          class: 'btn',
          key: 'what-if-go',
          attrs: { type: 'button' },
          on: { click: () => ctx.state.whatIf(Number(select.value)) },
        },
        t('whatIf.go'),
      ),
    ),
  );
}

/** A what-if game's debrief: this game beside the one it was taken from. */
export function pathsPanel(session: Session): HTMLElement | null {
  const view = pathsView(session);
  if (!view) return null;
  const col = (label: string) => h('th', { attrs: { scope: 'col' } }, label);
  return h(
    'section',
    { class: 'debrief-section paths', attrs: { 'aria-labelledby': 'paths-h' } },
    h('h2', { id: 'paths-h' }, t('whatIf.paths')),
    h('p', { class: 'hint' }, `${view.from} ${t('whatIf.pathsHint')}`),
    view.divergence
      ? h(
          'div',
          { class: 'paths-divergence' },
          h('p', {}, h('strong', {}, t('whatIf.diverged', { when: view.divergence.when }))),
          h('p', {}, t('whatIf.firstMove', { move: view.divergence.first })),
          h('p', {}, t('whatIf.againMove', { move: view.divergence.again })),
        )
      : h('p', {}, t('whatIf.same')),
    h(
      'div',
      { class: 'table-wrap', attrs: { tabindex: 0, role: 'region', 'aria-labelledby': 'paths-h' } },
      h(
        'table',
        { class: 'paths-table' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('td', {}),
            h('th', { attrs: { scope: 'colgroup', colspan: view.headings.length } }, t('whatIf.first')),
            h('th', { attrs: { scope: 'colgroup', colspan: view.headings.length } }, t('whatIf.again')),
          ),
          h('tr', {}, col(t('print.turnHeading')), ...view.headings.map(col), ...view.headings.map(col)),
        ),
        h(
          'tbody',
          {},
          ...view.rows.map((r) =>
            h(
              'tr',
              {},
              h('th', { attrs: { scope: 'row' } }, r.turn),
              ...r.first.map((c) => h('td', { class: 'num' }, c)),
              ...r.again.map((c) => h('td', { class: 'num' }, c)),
            ),
          ),
          h(
            'tr',
            { class: 'paths-end' },
            h('th', { attrs: { scope: 'row' } }, t('whatIf.outcome')),
            h(
              'td',
              { attrs: { colspan: view.headings.length } },
              `${view.outcomes.first} · ${view.scores.first}`,
            ),
            h(
              'td',
              { attrs: { colspan: view.headings.length } },
              `${view.outcomes.again} · ${view.scores.again}`,
            ),
          ),
        ),
      ),
    ),
  );
}

/**
 * A game of several people at one screen: everyone's score, and a button per other person to
 * read their own debrief (the screens show one delegation's view at a time).
 */
export function peoplePanel(ctx: ViewContext, session: Session): HTMLElement | null {
  const people = peopleOf(session);
  const result = session.state.result;
  if (people.length < 2 || !result) return null;
  const { scenario } = session;
  const scores = people
    .map((id) =>
      t('debrief.peopleScore', {
        name: actorOf(scenario, id).name,
        score: vp(result.scores[id] ?? 0),
        max: maxScoreOf(scenario, id),
      }),
    )
    .join('; ');
  return h(
    'section',
    { class: 'debrief-section people no-print', attrs: { 'aria-labelledby': 'people-h' } },
    h('h2', { id: 'people-h' }, t('debrief.people')),
    h('p', {}, t('debrief.peopleScores', { scores })),
    h(
      'div',
      { class: 'debrief-people' },
      ...people
        .filter((id) => id !== session.player)
        .map((id) =>
          h(
            'button',
            {
              class: 'btn',
              key: `view-as:${id}`,
              attrs: { type: 'button' },
              on: { click: () => ctx.state.takeSeat(id) },
            },
            t('debrief.viewAs', { name: actorOf(scenario, id).name }),
          ),
        ),
    ),
  );
}
