import type { Notice } from '../../store/index.ts';
import { t } from '../strings/index.ts';
import type { ViewContext } from './context.ts';
import { h } from './el.ts';
import { downloadText } from './files.ts';

/** Notices about saves and storage; errors are alerts, the rest polite status messages. */
export function noticeList(ctx: ViewContext): Node[] {
  return ctx.state.notices.map((n: Notice) =>
    h(
      'div',
      { class: `notice tone-${n.tone}`, attrs: { role: n.tone === 'error' ? 'alert' : 'status' } },
      h('span', { class: 'notice-icon', attrs: { 'aria-hidden': 'true' } }, n.tone === 'info' ? 'ℹ' : '!'),
      h(
        'div',
        { class: 'notice-body' },
        h('p', {}, t(`notice.${n.code}`, { detail: n.detail })),
        n.detail && !t(`notice.${n.code}`).includes('{detail}')
          ? h('p', { class: 'hint' }, t('notice.detail', { detail: n.detail }))
          : null,
      ),
      n.download
        ? h(
            'button',
            {
              class: 'btn',
              attrs: { type: 'button' },
              on: { click: () => n.download && downloadText(n.download.fileName, n.download.text) },
            },
            t('notice.download'),
          )
        : null,
      h(
        'button',
        {
          class: 'btn btn-quiet',
          key: `dismiss:${n.id}`,
          attrs: { type: 'button' },
          on: { click: () => ctx.state.dismissNotice(n.id) },
        },
        t('notice.dismiss'),
      ),
    ),
  );
}
