import { t } from '../../strings/index.ts';
import { errorText, newsItems, panelMode, type TableView, tableView } from '../../viewmodel/index.ts';
import type { PanelTab, ViewContext } from '../context.ts';
import { h } from '../el.ts';
import { answerPanel } from '../panels/answer.ts';
import { delegationsPanel, statusStrip } from '../panels/delegations.ts';
import { movePanelView } from '../panels/move.ts';
import { newsPanel } from '../panels/news.ts';
import { respondPanelView } from '../panels/respond.ts';
import { whyPanel } from '../panels/why.ts';
import { tourCard } from '../walkthrough.ts';

const TABS: readonly PanelTab[] = ['move', 'why', 'news', 'table'];

/** Tabs with arrow-key movement between them (the ARIA tabs pattern). */
function tabList(ctx: ViewContext, unseenNews: number): HTMLElement {
  const select = (tab: PanelTab, focus: boolean) => {
    ctx.ui.tab = tab;
    ctx.refresh();
    if (focus) document.querySelector<HTMLElement>(`[data-key="tab:${tab}"]`)?.focus();
  };
  return h(
    'div',
    {
      class: 'tabs',
      attrs: { role: 'tablist', 'aria-label': t('tabs.label') },
      on: {
        keydown: (event) => {
          const e = event as KeyboardEvent;
          const index = TABS.indexOf(ctx.ui.tab);
          const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
          if (step !== 0) {
            e.preventDefault();
            select(TABS[(index + step + TABS.length) % TABS.length]!, true);
          } else if (e.key === 'Home' || e.key === 'End') {
            e.preventDefault();
            select(e.key === 'Home' ? TABS[0]! : TABS[TABS.length - 1]!, true);
          }
        },
      },
    },
    ...TABS.map((tab) =>
      h(
        'button',
        {
          id: `tab-${tab}`,
          class: 'tab',
          key: `tab:${tab}`,
          attrs: {
            type: 'button',
            role: 'tab',
            'aria-selected': tab === ctx.ui.tab ? 'true' : 'false',
            'aria-controls': `panel-${tab}`,
            tabindex: tab === ctx.ui.tab ? 0 : -1,
          },
          on: { click: () => select(tab, false) },
        },
        t(`tabs.${tab}`),
        tab === 'news' && unseenNews > 0
          ? h('span', { class: 'badge' }, t('tabs.newCount', { count: unseenNews }))
          : null,
      ),
    ),
  );
}

/**
 * What history did on the turn in play, when the teacher's options show it as you play: beside the
 * move, so a student can follow the real line or depart from it knowingly.
 */
function historyCard(view: TableView): HTMLElement | null {
  if (view.historyNow.length === 0) return null;
  return h(
    'aside',
    { class: 'history-card', key: 'history-card', attrs: { 'aria-labelledby': 'history-card-h' } },
    h('h3', { id: 'history-card-h' }, `${t('table.inHistory')} (${view.turnLabel})`),
    ...view.historyNow.map((note) => h('p', {}, note)),
  );
}

/** Whether the move panel is showing the answer to the last move (the answer moment). */
export function isAnswering(ctx: ViewContext): boolean {
  const answer = ctx.ui.answer;
  return ctx.ui.tab === 'move' && answer !== null && answer.seq === ctx.state.feed.seq;
}

export function tableScreen(ctx: ViewContext): Node[] {
  const session = ctx.state.session;
  if (!session) return [];
  const view = tableView(session.scenario, session.state, session.player);
  const mode = panelMode(session.scenario, session.state, session.player);
  const tab = ctx.ui.tab;
  const news = newsItems(session.scenario, session.state.log).length;
  if (tab === 'news') ctx.ui.seenNews = news;
  let body: Node[];
  const answer = ctx.ui.answer;
  const answering = tab === 'move' && answer !== null && answer.seq === ctx.state.feed.seq;
  if (answering) {
    const next =
      mode.mode === 'respond' || mode.mode === 'move' || mode.mode === 'ended' ? mode.mode : 'waiting';
    body = answerPanel(ctx, answer, next);
  } else if (tab === 'why') body = whyPanel(ctx);
  else if (tab === 'news') body = newsPanel(ctx);
  else if (tab === 'table') body = delegationsPanel(ctx, view);
  else if (mode.mode === 'respond') body = respondPanelView(ctx);
  else if (mode.mode === 'move') body = movePanelView(ctx);
  else if (mode.mode === 'ended') {
    body = [
      h('p', {}, session.state.result ? `${session.state.result.title}: ${session.state.result.text}` : ''),
      h(
        'button',
        {
          class: 'btn btn-primary',
          key: 'to-debrief',
          attrs: { type: 'button' },
          on: { click: () => ctx.state.show('debrief') },
        },
        t('table.toDebrief'),
      ),
    ];
  } else body = [h('p', {}, t('table.waitingFor', { name: mode.actor ?? '' }))];
  const refusal = ctx.state.refusal;
  const heading = answering
    ? t('answer.panelHeading')
    : mode.mode === 'respond'
      ? t('respond.heading')
      : mode.mode === 'ended'
        ? t('table.ended')
        : t('move.heading');
  return [
    h('div', { class: 'stage-spacer', attrs: { 'aria-hidden': 'true' } }),
    h(
      'div',
      {
        class: 'side',
        attrs: {
          'aria-busy': ctx.state.busy ? 'true' : 'false',
          // Each beat of an answer starts at the top, so its headline is always in view.
          'data-scroll-key': answering
            ? `side-answer-${answer.seq}-${answer.index}`
            : `side-${tab}-${mode.mode}`,
        },
      },
      h('h1', { class: 'table-title', attrs: { tabindex: -1 }, key: 'screen-heading' }, view.title),
      // One block, so a phone can keep the turn and the tabs in view while the panel scrolls.
      h(
        'div',
        { class: 'side-head' },
        statusStrip(ctx, view, ctx.state.saved),
        tabList(ctx, news - ctx.ui.seenNews),
      ),
      h(
        'div',
        {
          id: `panel-${tab}`,
          class: 'panel',
          attrs: {
            role: 'tabpanel',
            tabindex: 0,
            'aria-labelledby': `tab-${tab}`,
            'data-scroll-key': answering
              ? `panel-answer-${answer.seq}-${answer.index}`
              : `panel-${tab}-${mode.mode}`,
          },
        },
        tab === 'move'
          ? h('h2', { class: 'panel-heading', attrs: { tabindex: -1 }, key: 'move-heading' }, heading)
          : null,
        tab === 'move' && mode.mode === 'move' && !answering
          ? h('p', { class: 'hint' }, t('move.yourTurn'))
          : null,
        tab === 'move' && ctx.state.busy ? h('p', { class: 'hint busy' }, t('table.busy')) : null,
        refusal && tab === 'move'
          ? h(
              'p',
              { class: 'warning', attrs: { role: 'alert' } },
              t('move.refused', { reason: errorText(refusal) }),
            )
          : null,
        // The tour never blocks the panel: above the move, below an answer (its headline stays first).
        tab === 'move' && !answering ? tourCard(ctx) : null,
        tab === 'move' && !answering ? historyCard(view) : null,
        ...body,
        tab === 'move' && answering ? tourCard(ctx) : null,
      ),
    ),
  ];
}
