import { t } from '../../strings/index.ts';
import type { ViewContext } from '../context.ts';
import { h } from '../el.ts';

/**
 * The scenario studio's place in the page. The studio (src/ui/studio, with its editor) is loaded
 * the first time it opens and builds itself into one element, which then stays: the page's
 * re-renders leave it where it is (app.ts), so the editor keeps its text, cursor and focus, and
 * leaving the studio and coming back finds the draft as it was.
 */
export function studioScreen(ctx: ViewContext): Node[] {
  const { ui } = ctx;
  if (ui.studio === null) {
    const host = h(
      'div',
      { class: 'studio-host' },
      h('h1', { key: 'screen-heading', attrs: { tabindex: -1 } }, t('studio.heading')),
      h('p', { attrs: { role: 'status' } }, t('studio.loading')),
    );
    ui.studio = host;
    ctx.services.studio
      .load()
      .then((studio) =>
        studio.mountStudio(host, {
          store: ctx.store,
          checker: ctx.services.checker,
          storage: ctx.services.studio.storage,
          now: () => new Date(),
          texts: ctx.services.studio.texts,
          announce: ctx.announce,
        }),
      )
      .catch((error: unknown) => {
        // The editor's code did not arrive (offline, a new version deployed): say so, and try
        // again next time the studio opens. The drafts are in storage, untouched.
        ui.studio = null;
        host.replaceChildren(
          h('h1', { key: 'screen-heading', attrs: { tabindex: -1 } }, t('studio.heading')),
          h(
            'p',
            { class: 'tone-error', attrs: { role: 'alert' } },
            t('studio.failed', { detail: String(error) }),
          ),
        );
      });
  }
  return [ui.studio];
}
