import { t, tn } from '../../strings/index.ts';
import { answerBeats, type WhyLine, whyByTurn, whyGrouped, whyLines } from '../../viewmodel/index.ts';
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

/** A batch's lines in their groups: the player's own first, the others' changes folded away. */
function groupedLines(lines: readonly WhyLine[]): HTMLElement[] {
  return whyGrouped(lines).map(({ group, lines: list }) =>
    group === 'others'
      ? h(
          'details',
          { class: 'why-others' },
          h('summary', {}, tn('why.group.others', list.length)),
          h('ul', { class: 'why-list' }, ...list.map(whyItem)),
        )
      : h(
          'section',
          { class: 'why-group' },
          h('h4', {}, t(`why.group.${group}`)),
          h('ul', { class: 'why-list' }, ...list.map(whyItem)),
        ),
  );
}

/**
 * The "why" panel: a summary of the last batch (the answer moment's headlines), its reasons
 * grouped by what they mean for the player, then earlier turns folded away.
 */
export function whyPanel(ctx: ViewContext): HTMLElement[] {
  const session = ctx.state.session!;
  const latest = whyLines(session.scenario, ctx.state.feed.events, session.player);
  const summary = answerBeats(session.scenario, ctx.state.feed, session.player).map((b) => b.headline);
  const earlier = whyByTurn(session.scenario, session.state.log, session.player);
  const parts: (HTMLElement | null)[] = [
    h('h3', {}, t('why.latest')),
    summary.length > 0
      ? h(
          'ul',
          { class: 'why-summary', attrs: { 'aria-label': t('why.summary') } },
          ...summary.map((l) => h('li', {}, l)),
        )
      : null,
    latest.length === 0 ? h('p', { class: 'hint' }, t('why.empty')) : null,
    ...groupedLines(latest),
    h('h3', {}, t('why.earlier')),
    ...earlier.map((group) =>
      h(
        'details',
        { class: 'why-turn' },
        h('summary', {}, t('why.turn', { turn: group.turn })),
        ...groupedLines(group.lines),
      ),
    ),
  ];
  return parts.filter((p): p is HTMLElement => p !== null);
}
