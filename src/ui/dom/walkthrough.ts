import type { AppState } from '../../store/index.ts';
import { t } from '../strings/index.ts';
import { markedParts, tourSteps } from '../viewmodel/index.ts';
import type { UiState, ViewContext } from './context.ts';
import { h } from './el.ts';
import { markedText } from './glossary.ts';

/**
 * The first-game tour: a card at the top of the move panel that never blocks it. It starts the
 * first time a player sits at a table, and from then on counts as seen (the settings keep that),
 * so it does not come back after a reload or in the next game; it stays for that first turn
 * only, and Help can show it again.
 */

/**
 * Starts the tour when the table is shown to someone who has never seen it; returns whether it
 * did, so the caller records in the settings that it has been seen.
 */
export function beginTour(ui: UiState, state: AppState): boolean {
  const session = state.session;
  if (state.screen !== 'table' || !session || state.settings.toured || ui.tour !== null) return false;
  ui.tour = { game: session.game, turn: session.state.turn, step: 0 };
  return true;
}

/** Focuses an element by key once the render queued now has run. */
function focusAfterRender(key: string): void {
  queueMicrotask(() => document.querySelector<HTMLElement>(`[data-key="${key}"]`)?.focus());
}

/** The tour card for the game on the table, or null when no tour is on show for it. */
export function tourCard(ctx: ViewContext): HTMLElement | null {
  const session = ctx.state.session;
  const tour = ctx.ui.tour;
  // The tour belongs to one turn of one game: the first turn, or the one it was asked for again on.
  if (!session || !tour || tour.game !== session.game || tour.turn !== session.state.turn) return null;
  if (session.state.status === 'ended') return null;
  const steps = tourSteps(session.scenario, session.player);
  const index = Math.min(Math.max(0, tour.step), steps.length - 1);
  const step = steps[index];
  if (!step) return null;
  const last = index === steps.length - 1;
  const go = (next: number) => {
    tour.step = next;
    const shown = steps[next];
    if (shown) {
      const plain = (text: string) =>
        markedParts(text)
          .map((p) => p.text)
          .join('');
      ctx.announce(
        [
          t('walkthrough.step', { n: next + 1, count: steps.length }),
          shown.title,
          plain(shown.text),
          ...shown.list,
          shown.after ? plain(shown.after) : '',
        ]
          .filter(Boolean)
          .join('. '),
      );
    }
    ctx.refresh();
    // Back to the first step removes the Back button: keep the keyboard on the card.
    if (next === 0) focusAfterRender('tour-next');
  };
  const close = () => {
    ctx.ui.tour = null;
    ctx.announce(t('walkthrough.closed'));
    ctx.refresh();
  };
  const button = (label: string, key: string, cls: string, onPress: () => void) =>
    h(
      'button',
      { class: `btn ${cls}`.trim(), key, attrs: { type: 'button' }, on: { click: onPress } },
      label,
    );
  return h(
    'section',
    { class: 'tour-card', attrs: { 'aria-labelledby': 'tour-count tour-h' } },
    h(
      'p',
      { class: 'tour-count', id: 'tour-count' },
      t('walkthrough.step', { n: index + 1, count: steps.length }),
    ),
    h('h3', { id: 'tour-h', key: 'tour-heading', attrs: { tabindex: -1 } }, step.title),
    h('p', {}, ...markedText(ctx, step.text, 'tour')),
    step.list.length > 0
      ? h('ul', { class: 'bullets' }, ...step.list.map((goal) => h('li', {}, goal)))
      : null,
    step.after ? h('p', {}, ...markedText(ctx, step.after, 'tour')) : null,
    h(
      'div',
      { class: 'tour-actions' },
      index > 0 ? button(t('walkthrough.back'), 'tour-back', '', () => go(index - 1)) : null,
      // One key for Next and Finish, so the keyboard stays on it from step to step.
      last
        ? button(t('walkthrough.done'), 'tour-next', 'btn-primary', close)
        : button(t('walkthrough.next'), 'tour-next', 'btn-primary', () => go(index + 1)),
      button(t('walkthrough.skip'), 'tour-skip', 'btn-quiet', close),
    ),
  );
}

/** Shows the tour again from its first step, on the table of the game in play. */
export function showTourAgain(ctx: ViewContext): boolean {
  const session = ctx.state.session;
  if (!session) {
    // No game yet: the next table shows it.
    ctx.state.setSettings({ toured: false });
    return false;
  }
  ctx.ui.tour = { game: session.game, turn: session.state.turn, step: 0 };
  ctx.ui.tab = 'move';
  if (ctx.state.screen !== 'table') ctx.state.show('table');
  ctx.refresh();
  return true;
}
