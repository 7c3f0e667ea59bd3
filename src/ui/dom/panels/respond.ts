import { fmt } from '../../../engine/index.ts';
import type { Draft } from '../../../store/index.ts';
import { t } from '../../strings/index.ts';
import { acceptWarning, respondPanel } from '../../viewmodel/index.ts';
import type { ViewContext } from '../context.ts';
import { actionButton, h } from '../el.ts';
import { linkedText } from '../glossary.ts';
import { packageFields, previewBox } from './builder.ts';
import { commitOffer } from './move.ts';

/** The panel for an offer made to the player: accept, reject, or counter with a preview. */
export function respondPanelView(ctx: ViewContext): HTMLElement[] {
  const session = ctx.state.session!;
  const draft = ctx.state.draft;
  const panel = respondPanel(session.scenario, session.state, session.player, draft);
  if (!panel) return [];
  const submit = (c: { action: Parameters<typeof ctx.state.submit>[0]; error: string | null }) => {
    if (!c.error) ctx.state.submit(c.action);
  };
  const home = panel.home;
  const setDraft = (d: Draft) => ctx.state.setDraft({ ...d, to: panel.offer.from, forum: panel.offer.forum });
  return [
    h(
      'section',
      { class: 'move-section offer-card', attrs: { 'aria-labelledby': 'respond-h' } },
      h(
        'h3',
        { id: 'respond-h', attrs: { tabindex: -1 }, key: 'respond-heading' },
        panel.offer.isCounter
          ? t('respond.counterFrom', { name: panel.fromName })
          : t('respond.from', { name: panel.fromName }),
      ),
      h(
        'p',
        { class: 'hint' },
        panel.offer.forum ? t('respond.forum', { forum: panel.forumName }) : t('respond.direct'),
      ),
      h(
        'dl',
        { class: 'offer-terms' },
        h('dt', {}, t('respond.gives')),
        h('dd', {}, panel.gives),
        h('dt', {}, t('respond.asks')),
        h('dd', {}, panel.asks),
      ),
      Number.isFinite(home.bar)
        ? h(
            'p',
            { class: `home ${home.ok ? 'is-ok' : 'is-no'}` },
            h('span', { attrs: { 'aria-hidden': 'true' } }, home.ok ? '✔ ' : '✖ '),
            ...linkedText(
              ctx,
              t('respond.home', {
                verdict: home.ok ? t('respond.homeOk') : t('respond.homeNo'),
                value: fmt(home.verdict),
                bar: fmt(home.bar),
              }),
              'respond',
            ),
          )
        : h('p', { class: 'hint' }, ...linkedText(ctx, t('respond.noPublic'), 'respond')),
      home.redLine
        ? h(
            'p',
            { class: 'warning' },
            ...linkedText(ctx, t('respond.redLine', { text: home.redLine.text }), 'respond-red'),
          )
        : null,
      h(
        'div',
        { class: 'commit' },
        ...actionButton(
          t('respond.accept'),
          panel.accept.error,
          () =>
            ctx.guard(acceptWarning(session.scenario, home, panel.offer.from), () => submit(panel.accept)),
          {
            key: 'do-accept',
            class: 'btn-primary',
          },
        ),
        ...actionButton(t('respond.reject'), panel.reject.error, () => submit(panel.reject), {
          key: 'do-reject',
        }),
      ),
    ),
    panel.counter
      ? h(
          'section',
          { class: 'move-section', attrs: { 'aria-labelledby': 'counter-h' } },
          h('h3', { id: 'counter-h' }, t('respond.counterHeading')),
          ...packageFields(ctx, panel.counter.give, panel.counter.ask, draft, setDraft, 'counter'),
          previewBox(ctx, panel.counter.check),
          h(
            'div',
            { class: 'commit' },
            ...actionButton(
              t('respond.counter'),
              panel.counter.check.error,
              () => panel.counter && commitOffer(ctx, panel.counter.check, panel.offer.from),
              { key: 'do-counter' },
            ),
          ),
        )
      : h('p', { class: 'hint' }, t('respond.counterOnlyOnce')),
  ];
}
