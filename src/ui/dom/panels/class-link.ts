import { t } from '../../strings/index.ts';
import type { ViewContext } from '../context.ts';
import { h } from '../el.ts';

/**
 * What a class link left for the title screen: why it could not be followed (a link cut short by
 * a chat app, a typo), or the game in progress it could continue. Null when there is nothing.
 */
export function linkPrompt(ctx: ViewContext): HTMLElement | null {
  const prompt = ctx.state.link;
  if (!prompt) return null;
  const dismiss = h(
    'button',
    {
      class: 'btn btn-quiet',
      key: 'link-dismiss',
      attrs: { type: 'button' },
      on: { click: () => ctx.state.dismissLink() },
    },
    t('link.dismiss'),
  );
  if (prompt.kind === 'problem') {
    const { code, detail } = prompt.problem;
    return h(
      'section',
      { class: 'link-box tone-error', attrs: { role: 'alert', 'aria-labelledby': 'link-h' } },
      h('span', { class: 'notice-icon', attrs: { 'aria-hidden': 'true' } }, '!'),
      h(
        'div',
        { class: 'link-body' },
        h('h2', { id: 'link-h', key: 'link-heading', attrs: { tabindex: -1 } }, t('link.problem')),
        h('p', {}, t(`link.error.${code}`, { detail })),
        h('p', { class: 'hint' }, t('link.example')),
        dismiss,
      ),
    );
  }
  const { game, link, hash } = prompt;
  return h(
    'section',
    { class: 'link-box', attrs: { 'aria-labelledby': 'link-h' } },
    h('span', { class: 'notice-icon', attrs: { 'aria-hidden': 'true' } }, 'ℹ'),
    h(
      'div',
      { class: 'link-body' },
      h('h2', { id: 'link-h', key: 'link-heading', attrs: { tabindex: -1 } }, t('link.resumeHeading')),
      h(
        'p',
        {},
        t('link.resume', {
          title: game.title,
          seat: seatName(ctx, link.scenarioId, link.seat),
          turn: game.turnLabel,
        }),
      ),
      h(
        'div',
        { class: 'link-actions' },
        h(
          'button',
          {
            class: 'btn btn-primary',
            key: 'link-continue',
            attrs: { type: 'button' },
            on: { click: () => ctx.state.openGame(game.game) },
          },
          t('link.continue'),
        ),
        h(
          'button',
          {
            class: 'btn',
            key: 'link-restart',
            attrs: { type: 'button' },
            on: {
              click: () =>
                ctx.state.startGame(link.scenarioId, link.seat, {
                  seed: link.seed,
                  hash,
                  gameOptions: link.options,
                }),
            },
          },
          t('link.restart'),
        ),
      ),
    ),
  );
}

function seatName(ctx: ViewContext, scenarioId: string, seat: string): string {
  const all = [
    ...ctx.state.catalogue.flatMap((e) => (e.ok ? [e.scenario] : [])),
    ...ctx.state.opened.flatMap((o) => (o.ok ? [o.scenario] : [])),
  ];
  return all.find((s) => s.id === scenarioId)?.actors.find((a) => a.id === seat)?.name ?? seat;
}
