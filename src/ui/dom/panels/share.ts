import type { Session } from '../../../store/index.ts';
import { t } from '../../strings/index.ts';
import { shareView } from '../../viewmodel/index.ts';
import type { ViewContext } from '../context.ts';
import { h, nextId } from '../el.ts';

/**
 * The debrief's "Share this game": a class link to the game's setup (scenario, seat, seed) and a
 * one-line result to paste into a class discussion, each in a read-only field with a copy button.
 * When the browser will not copy, the text is selected so the player can copy it by hand.
 */
export function sharePanel(ctx: ViewContext, session: Session): HTMLElement {
  const view = shareView(session, location.href);
  const fromFile = ctx.state.opened.some((o) => o.ok && o.hash === session.scenarioHash);
  const linkId = nextId('share-link');
  const resultId = nextId('share-result');
  const linkField = h('input', {
    id: linkId,
    class: 'share-field',
    key: 'share-link',
    attrs: { type: 'text', readonly: true, value: view.link, spellcheck: 'false' },
  });
  const resultField = h('textarea', {
    id: resultId,
    class: 'share-field',
    key: 'share-result',
    attrs: { readonly: true, rows: 2, spellcheck: 'false' },
  });
  resultField.value = view.resultLine;

  const copy = async (what: 'link' | 'result', field: HTMLInputElement | HTMLTextAreaElement) => {
    let ok = false;
    try {
      await navigator.clipboard.writeText(field.value);
      ok = true;
    } catch {
      // No clipboard (an insecure page, a refusal): fall back to a selection the player copies.
    }
    ctx.ui.copied = { what, ok };
    ctx.refresh();
    ctx.announce(ok ? t('share.copied') : t('share.copyFailed'));
    if (!ok) {
      queueMicrotask(() => {
        const again = document.querySelector<HTMLInputElement>(`[data-key="share-${what}"]`);
        again?.focus();
        again?.select();
      });
    }
  };
  const status = (what: 'link' | 'result') => {
    const copied = ctx.ui.copied;
    if (copied?.what !== what) return null;
    return h(
      'p',
      { class: copied.ok ? 'copy-status' : 'copy-status warning' },
      t(copied.ok ? 'share.copied' : 'share.copyFailed'),
    );
  };
  const button = (what: 'link' | 'result', field: HTMLInputElement | HTMLTextAreaElement, label: string) =>
    h(
      'button',
      {
        class: 'btn',
        key: `copy-${what}`,
        attrs: { type: 'button' },
        on: { click: () => void copy(what, field) },
      },
      label,
    );

  return h(
    'section',
    { class: 'debrief-section share', attrs: { 'aria-labelledby': 'share-h' } },
    h('h2', { id: 'share-h' }, t('share.heading')),
    h(
      'div',
      { class: 'share-row' },
      h('label', { attrs: { for: linkId } }, t('share.link')),
      h('div', { class: 'share-line' }, linkField, button('link', linkField, t('share.copyLink'))),
      status('link'),
      h('p', { class: 'hint' }, t('share.linkHint')),
      fromFile ? h('p', { class: 'hint' }, t('share.fileHint')) : null,
    ),
    h(
      'div',
      { class: 'share-row' },
      h('label', { attrs: { for: resultId } }, t('share.result')),
      h('div', { class: 'share-line' }, resultField, button('result', resultField, t('share.copyResult'))),
      status('result'),
    ),
  );
}
