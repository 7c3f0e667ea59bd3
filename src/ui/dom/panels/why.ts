import { t } from '../../strings/index.ts';
import { type WhyLine, whyByTurn, whyLines } from '../../viewmodel/index.ts';
import type { ViewContext } from '../context.ts';
import { h } from '../el.ts';

const ICON: Record<WhyLine['way'], string> = { up: '▲', down: '▼', same: '•' };

/** One line: an arrow and a word for the direction (never colour alone), the change, the reason. */
export function whyItem(line: WhyLine): HTMLElement {
  return h(
    'li',
    { class: `why-line way-${line.way}` },
    h('span', { class: 'why-icon', attrs: { 'aria-hidden': 'true' } }, ICON[line.way]),
    h(
      'span',
      { class: 'why-text' },
      line.text,
      line.change
        ? h(
            'span',
            { class: 'why-change' },
            ` (${t(`why.field.${line.field as 'trust'}`)} ${line.way === 'up' ? t('why.up') : t('why.down')}: ${line.change})`,
          )
        : null,
    ),
  );
}

/** The "why" panel: the latest batch of changes, then earlier turns folded away. */
export function whyPanel(ctx: ViewContext): HTMLElement[] {
  const session = ctx.state.session!;
  const latest = whyLines(session.scenario, ctx.state.feed.events, session.player);
  const earlier = whyByTurn(session.scenario, session.state.log, session.player);
  return [
    h('h3', {}, t('why.latest')),
    latest.length === 0
      ? h('p', { class: 'hint' }, t('why.empty'))
      : h('ul', { class: 'why-list' }, ...latest.map(whyItem)),
    h('h3', {}, t('why.earlier')),
    ...earlier.map((group) =>
      h(
        'details',
        { class: 'why-turn' },
        h('summary', {}, t('why.turn', { turn: group.turn })),
        h('ul', { class: 'why-list' }, ...group.lines.map(whyItem)),
      ),
    ),
  ];
}
