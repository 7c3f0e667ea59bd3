import { t } from '../strings/index.ts';
import { h } from './el.ts';

/** A move worth a second thought: what the advisors expect, and the two ways out. */
export interface ConfirmRequest {
  readonly title: string;
  /** What will probably happen, one sentence each. */
  readonly lines: readonly string[];
  /** The label of the button that makes the move anyway. */
  readonly confirm: string;
  readonly onConfirm: () => void;
}

/**
 * One modal dialog that asks before a move the player may regret. "Think again" has the focus, so
 * Enter or Escape never makes the move by accident; focus returns to the button that asked.
 */
export function confirmer(host: HTMLElement): { ask: (request: ConfirmRequest) => void; close: () => void } {
  const dialog = h('dialog', {
    class: 'dialog confirm-dialog',
    attrs: { 'aria-labelledby': 'confirm-h', 'aria-describedby': 'confirm-text' },
  });
  host.appendChild(dialog);
  let opener: HTMLElement | null = null;
  let pending: ConfirmRequest | null = null;
  dialog.addEventListener('close', () => {
    const go = dialog.returnValue === 'confirm' ? pending : null;
    pending = null;
    const back = opener;
    opener = null;
    if (go) go.onConfirm();
    // The move re-renders the panel; focus goes back only when the player thought again.
    else back?.focus();
  });
  return {
    ask(request) {
      pending = request;
      opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.returnValue = '';
      dialog.replaceChildren(
        h('h2', { id: 'confirm-h' }, request.title),
        h('div', { id: 'confirm-text' }, ...request.lines.map((line) => h('p', {}, line))),
        h(
          'form',
          { class: 'commit', attrs: { method: 'dialog' } },
          h(
            'button',
            { class: 'btn btn-primary', key: 'confirm-cancel', attrs: { type: 'submit', value: 'cancel' } },
            t('confirm.cancel'),
          ),
          h(
            'button',
            { class: 'btn btn-danger', key: 'confirm-go', attrs: { type: 'submit', value: 'confirm' } },
            request.confirm,
          ),
        ),
      );
      dialog.showModal();
      dialog.querySelector<HTMLElement>('[data-key="confirm-cancel"]')?.focus();
    },
    close() {
      if (dialog.open) dialog.close();
    },
  };
}
