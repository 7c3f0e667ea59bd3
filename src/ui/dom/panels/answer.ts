import { t } from '../../strings/index.ts';
import { type Beat, beatText, type Shift } from '../../viewmodel/index.ts';
import type { AnswerState, ViewContext } from '../context.ts';
import { h } from '../el.ts';

const WAY_ICON = { up: '▲', down: '▼' } as const;

/** A bar of the old value with the new one over it; widths set through the CSSOM (the CSP refuses inline styles). */
function levelBar(from: number, to: number, good: boolean): HTMLElement {
  const width = (v: number) => `${Math.round(Math.min(1, Math.max(0, v)) * 100)}%`;
  const old = h('span', { class: 'shift-bar-from' });
  const now = h('span', { class: `shift-bar-to ${good ? 'is-good' : 'is-bad'}` });
  old.style.width = width(from);
  now.style.width = width(to);
  return h('span', { class: 'shift-bar', attrs: { 'aria-hidden': 'true' } }, old, now);
}

/** One measure that moved: old → new, the change, whether it helps, and its causes to open. */
function shiftRow(s: Shift): HTMLElement {
  const bar = s.level ? levelBar(s.level.from, s.level.to, s.good) : null;
  return h(
    'li',
    { class: `shift ${s.good ? 'is-good' : 'is-bad'}` },
    h(
      'p',
      { class: 'shift-line' },
      h('span', { class: 'shift-label' }, s.label),
      s.from !== null && s.to !== null ? h('span', { class: 'shift-values' }, `${s.from} → ${s.to}`) : null,
      h(
        'span',
        { class: 'shift-change' },
        h('span', { attrs: { 'aria-hidden': 'true' } }, `${WAY_ICON[s.way]} `),
        s.change,
        h('span', { class: 'sr-only' }, ` (${t(s.good ? 'answer.good' : 'answer.bad')})`),
      ),
    ),
    bar,
    s.causes.length > 0
      ? h(
          'details',
          { class: 'shift-causes' },
          h('summary', {}, t('answer.why')),
          h('ul', {}, ...s.causes.map((c) => h('li', {}, c))),
        )
      : null,
  );
}

function list(heading: string, items: readonly string[]): HTMLElement | null {
  if (items.length === 0) return null;
  return h(
    'div',
    { class: 'beat-list' },
    h('h4', {}, heading),
    h('ul', {}, ...items.map((i) => h('li', {}, i))),
  );
}

/** The body of one beat. */
function beatBody(b: Beat): HTMLElement[] {
  const parts: (HTMLElement | null)[] = [
    b.reason ? h('p', { class: 'beat-reason' }, b.reason) : null,
    b.terms
      ? h(
          'dl',
          { class: 'offer-terms' },
          h('dt', {}, t('answer.terms.gives')),
          h('dd', {}, b.terms.gives),
          h('dt', {}, t('answer.terms.asks')),
          h('dd', {}, b.terms.asks),
        )
      : null,
    b.source ? h('p', { class: 'cite' }, t('answer.source', { title: b.source })) : null,
    b.shifts.length > 0
      ? h(
          'div',
          { class: 'beat-shifts' },
          h('h4', {}, t('answer.shifts')),
          h('ul', { class: 'shifts' }, ...b.shifts.map(shiftRow)),
        )
      : null,
    list(t('answer.others'), b.others),
    list(t('answer.coming'), b.coming),
  ];
  return parts.filter((p): p is HTMLElement => p !== null);
}

/** What the last beat's button says: where it leads. */
function continueLabel(next: 'move' | 'respond' | 'ended' | 'waiting'): string {
  return t(`answer.continue.${next}`);
}

/**
 * The answer moment: the beats of the last batch, one at a time, before the next move can be
 * made. Next steps through them, Skip jumps to the last (the turn's summary), Continue closes it.
 */
export function answerPanel(
  ctx: ViewContext,
  answer: AnswerState,
  next: 'move' | 'respond' | 'ended' | 'waiting',
): HTMLElement[] {
  const { beats, index } = answer;
  const b = beats[index];
  if (!b) return [];
  const last = index === beats.length - 1;
  const go = (to: number | null) => {
    if (to === null) {
      ctx.ui.answer = null;
      ctx.refresh();
      return;
    }
    answer.index = to;
    const shown = beats[to];
    if (shown) ctx.announce(beatText(shown));
    ctx.refresh();
  };
  return [
    h(
      'section',
      {
        class: `move-section answer-card beat-${b.kind} tone-${b.tone}`,
        attrs: { 'aria-labelledby': 'answer-h' },
      },
      h(
        'p',
        { class: 'answer-step' },
        h('span', {}, t('answer.heading')),
        beats.length > 1 ? h('span', {}, t('answer.step', { n: index + 1, count: beats.length })) : null,
      ),
      h('h3', { id: 'answer-h', attrs: { tabindex: -1 }, key: 'answer-heading' }, b.headline),
      ...beatBody(b),
      h(
        'div',
        { class: 'commit' },
        last
          ? h(
              'button',
              {
                class: 'btn btn-primary',
                key: 'answer-continue',
                attrs: { type: 'button' },
                on: { click: () => go(null) },
              },
              continueLabel(next),
            )
          : h(
              'button',
              {
                class: 'btn btn-primary',
                key: 'answer-next',
                attrs: { type: 'button' },
                on: { click: () => go(index + 1) },
              },
              t('answer.next'),
            ),
        last
          ? null
          : h(
              'button',
              {
                class: 'btn btn-quiet',
                key: 'answer-skip',
                attrs: { type: 'button' },
                on: { click: () => go(beats.length - 1) },
              },
              t(beats[beats.length - 1]?.kind === 'summary' ? 'answer.skip' : 'answer.skipEnd'),
            ),
      ),
    ),
  ];
}
