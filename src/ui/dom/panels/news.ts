import { t } from '../../strings/index.ts';
import { newsItems } from '../../viewmodel/index.ts';
import type { ViewContext } from '../context.ts';
import { articleQuote, h } from '../el.ts';

/** News items for the events that have fired, each with its citation. */
export function newsPanel(ctx: ViewContext): HTMLElement[] {
  const session = ctx.state.session!;
  const items = newsItems(session.scenario, session.state.log);
  if (items.length === 0) return [h('p', { class: 'hint' }, t('news.empty'))];
  return [
    h(
      'ol',
      { class: 'news-list', attrs: { reversed: true } },
      ...items.map((n) =>
        h(
          'li',
          { class: 'news-item' },
          h('p', { class: 'news-turn' }, t('why.turn', { turn: n.turn })),
          h('h4', {}, n.headline),
          n.text ? h('p', {}, n.text) : null,
          n.quote ? articleQuote(n.quote) : null,
          n.source ? h('p', { class: 'cite' }, t('news.source', { title: n.source })) : null,
          n.addedContext ? h('p', { class: 'cite' }, t('news.addedContext')) : null,
        ),
      ),
    ),
  ];
}
