import { type ActorId, actorOf } from '../../../engine/index.ts';
import { handoverTo, peopleOf, type Session } from '../../../store/index.ts';
import { t } from '../../strings/index.ts';
import type { ViewContext } from '../context.ts';
import { h } from '../el.ts';

/**
 * Several people at one screen (hotseat): between one person's move and the next person's, the
 * table is covered, so that the next delegation never sees the last one's private view (its
 * advisors' estimates, its walk-away values, its offers in the making), and the next person
 * takes the screen with one button.
 */
export function handoverScreen(ctx: ViewContext): Node[] {
  const session = ctx.state.session;
  const next = session ? handoverTo(session) : null;
  if (!session || next === null) return [];
  const name = (id: ActorId) => actorOf(session.scenario, id).name;
  return [
    h(
      'section',
      { class: 'handover', attrs: { 'aria-labelledby': 'handover-h' } },
      h('p', { class: 'eyebrow' }, t('handover.eyebrow', { names: peopleOf(session).map(name).join(', ') })),
      h(
        'h1',
        { id: 'handover-h', attrs: { tabindex: -1 }, key: 'screen-heading' },
        t('handover.heading', { name: name(next) }),
      ),
      h('p', { class: 'lede' }, t('handover.lookAway', { last: name(session.player), next: name(next) })),
      h(
        'button',
        {
          class: 'btn btn-primary handover-take',
          key: 'handover-take',
          attrs: { type: 'button' },
          on: { click: () => ctx.state.takeSeat(next) },
        },
        t('handover.take', { name: name(next) }),
      ),
      h(
        'p',
        {},
        h(
          'button',
          {
            class: 'btn btn-quiet',
            key: 'handover-briefing',
            attrs: { type: 'button' },
            on: {
              click: () => {
                if (ctx.state.takeSeat(next)) ctx.state.show('briefing');
              },
            },
          },
          t('handover.briefing', { name: name(next) }),
        ),
      ),
    ),
  ];
}

/** Whether the table must be covered for a handover now (the last move's answer read first). */
export function coveredForHandover(session: Session | null, answering: boolean): boolean {
  return session !== null && !answering && handoverTo(session) !== null;
}
