import type { StuckGame } from '../../../store/index.ts';
import { savedWhen, t } from '../../strings/index.ts';
import type { ViewContext } from '../context.ts';
import { h, nextId } from '../el.ts';
import { downloadText } from '../files.ts';

/**
 * Games kept in this browser that cannot be opened here, each with why and with its copies to
 * download: a game saved by a newer version, or one whose copies are both damaged, must not
 * vanish from the title screen.
 */
export function stuckGamesSection(ctx: ViewContext): HTMLElement | null {
  const { stuck } = ctx.state;
  if (stuck.length === 0) return null;
  return h(
    'section',
    { class: 'continue stuck', attrs: { 'aria-labelledby': 'stuck-h' } },
    h('h2', { id: 'stuck-h' }, t('title.stuckHeading')),
    h('ul', { class: 'cards' }, ...stuck.map(stuckCard)),
  );
}

function stuckCard(game: StuckGame): HTMLElement {
  const headingId = nextId('stuck');
  // Every copy of a damaged game may hold the moves; a newer game's newest copy is the save.
  const files = game.reason === 'newer' ? game.copies.slice(0, 1) : game.copies;
  return h(
    'li',
    { key: `stuck:${game.game}` },
    h(
      'article',
      { class: 'card', attrs: { 'aria-labelledby': headingId } },
      h('h3', { id: headingId }, game.title ?? t('title.stuckUntitled', { game: game.game })),
      game.savedAt
        ? h('p', { class: 'continue-meta' }, t('title.savedAt', { when: savedWhen(game.savedAt) }))
        : null,
      h('p', {}, t(`title.stuck.${game.reason}`)),
      game.detail ? h('p', { class: 'problems' }, t('title.stuckDetail', { detail: game.detail })) : null,
      h(
        'div',
        { class: 'card-actions' },
        ...files.map((file, i) =>
          h(
            'button',
            {
              class: 'btn',
              key: `stuck-download:${game.game}:${i}`,
              attrs: { type: 'button', 'aria-describedby': headingId },
              on: { click: () => downloadText(file.fileName, file.text) },
            },
            files.length === 1 ? t('title.stuckDownload') : t('title.stuckDownloadCopy', { n: i + 1 }),
          ),
        ),
      ),
    ),
  );
}
