import type { ActorId, GameOptions, Scenario } from '../../../engine/index.ts';
import { t } from '../../strings/index.ts';
import { briefingView, glossaryEntries, type LessonLinks, optionLines } from '../../viewmodel/index.ts';
import { h } from '../el.ts';
import { qrSvg } from '../qr.ts';

/**
 * The lesson's handout, for print only (hidden on screen; styles/print.css): each delegation's
 * briefing on pages of its own with its link and QR code, then the glossary, then the questions
 * for the debrief. "Save as PDF" makes a file to share.
 */
export function handout(
  scenario: Scenario,
  seats: readonly ActorId[],
  links: LessonLinks,
  options: GameOptions = {},
): HTMLElement {
  const linkOf = (seat: ActorId) => (links.ok ? links.links.find((l) => l.seat === seat) : undefined);
  return h(
    'div',
    { class: 'handout', attrs: { 'aria-hidden': 'true' } },
    ...seats.map((seat) => briefingPage(scenario, seat, linkOf(seat)?.url ?? null, options)),
    h(
      'section',
      { class: 'handout-page' },
      h('h1', {}, t('handout.glossary')),
      h(
        'dl',
        { class: 'handout-glossary' },
        ...glossaryEntries().flatMap((e) => [h('dt', {}, e.term), h('dd', {}, e.text)]),
      ),
    ),
    h(
      'section',
      { class: 'handout-page' },
      h('h1', {}, t('handout.questions')),
      h('p', { class: 'print-meta' }, `${scenario.title} · ${scenario.period}`),
      h('p', { class: 'print-name' }, t('print.name')),
      h(
        'ol',
        { class: 'handout-questions' },
        ...[t('handout.q.answer'), t('handout.q.expect'), t('handout.q.home'), t('handout.q.history')].map(
          (q) => h('li', {}, q),
        ),
        ...scenario.debrief.lessons.map((l) =>
          h('li', {}, h('strong', {}, `${l.title}. `), t('handout.q.lesson')),
        ),
      ),
    ),
  );
}

function briefingPage(
  scenario: Scenario,
  seat: ActorId,
  url: string | null,
  options: GameOptions,
): HTMLElement {
  const b = briefingView(scenario, seat);
  const optionList = optionLines(scenario, options);
  const list = (heading: string, items: readonly string[]) =>
    items.length === 0 ? null : [h('h2', {}, heading), h('ul', {}, ...items.map((x) => h('li', {}, x)))];
  return h(
    'section',
    { class: 'handout-page' },
    h('p', { class: 'print-meta' }, `${b.scenarioTitle} · ${b.period} · ${b.place}`),
    h('h1', {}, t('handout.briefing', { seat: b.name })),
    b.leader ? h('p', {}, t('handout.leader', { leader: b.leader })) : null,
    url
      ? h(
          'div',
          { class: 'handout-link' },
          qrSvg(url, t('lesson.qr', { seat: b.name })),
          h('p', {}, t('handout.open'), h('br'), h('span', { class: 'handout-url' }, url)),
        )
      : null,
    ...(list(t('options.heading'), optionList) ?? []),
    h('p', {}, b.situation),
    ...(list(t('handout.goals'), b.goals) ?? []),
    ...(list(t('handout.constraints'), b.constraints) ?? []),
    ...(list(t('handout.redLines'), b.redLines) ?? []),
    ...(list(
      t('handout.objectives'),
      b.objectives.map((o) => t('handout.objective', { text: o.text, points: o.points })),
    ) ?? []),
    ...(list(
      t('handout.calendar'),
      // A game the teacher shortened lists only the turns it has.
      b.calendar
        .slice(0, options.turns ?? b.calendar.length)
        .map((c) => (c.note ? `${c.label}: ${c.note}` : c.label)),
    ) ?? []),
  );
}
