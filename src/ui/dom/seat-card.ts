import { t } from '../strings/index.ts';
import type { SeatCard } from '../viewmodel/index.ts';
import { h } from './el.ts';

/** A delegation's card on the map: who, where, and what the advisors estimate and how sure they are. */
export function seatCardBody(card: SeatCard): Node[] {
  const nodes: (Node | null)[] = [
    h(
      'p',
      { class: 'seat-card-title' },
      h('strong', {}, card.name),
      card.player ? h('span', { class: 'seat-card-you' }, ` — ${t('legend.card.you')}`) : null,
    ),
    // A background delegation's leader is often only its own name again: then the capital alone.
    h(
      'p',
      { class: 'seat-card-who' },
      card.leader && card.leader !== card.name
        ? `${card.capital} · ${t('legend.card.leader', { leader: card.leader })}`
        : card.capital,
    ),
    card.facts.length > 0 && !card.player
      ? h('p', { class: 'seat-card-estimates' }, t('legend.card.estimates'))
      : null,
    card.facts.length > 0
      ? h(
          'dl',
          { class: 'seat-card-facts' },
          ...card.facts.flatMap((f) => [h('dt', {}, f.label), h('dd', {}, f.value)]),
        )
      : null,
    card.certainty ? h('p', { class: 'seat-card-sure' }, t(`legend.card.sure.${card.certainty}`)) : null,
    ...card.notes.map((note) => h('p', { class: 'seat-card-note' }, note)),
  ];
  return nodes.filter((n): n is Node => n !== null);
}
