import { t } from '../../strings/index.ts';
import type { ViewContext } from '../context.ts';
import { h, nextId } from '../el.ts';

/**
 * The title screen's "Your own scenario files": the button and drop zone, then what the check
 * shows (progress or result, see file-check.ts) and the cards of the files opened
 * here, both rendered by the title screen and passed in.
 */
export function openFileSection(ctx: ViewContext, check: Node | null, cards: Node | null): HTMLElement {
  const inputId = nextId('open');
  const hintId = nextId('open-hint');
  const input = h('input', {
    id: inputId,
    class: 'file-input',
    key: 'open-input',
    attrs: { type: 'file', accept: '.yaml,.yml,.txt', multiple: true, 'aria-describedby': hintId },
    on: {
      change: () => {
        const files = Array.from(input.files ?? []);
        input.value = '';
        if (files.length > 0) ctx.openScenarioFile(files);
      },
    },
  });
  return h(
    'section',
    { class: 'open-file', attrs: { 'aria-labelledby': 'open-h' } },
    h('h2', { id: 'open-h' }, t('open.heading')),
    h('p', { class: 'prose' }, t('open.lede')),
    h(
      'div',
      { class: 'drop-zone' },
      input,
      h('label', { class: 'btn btn-primary file-label', attrs: { for: inputId } }, t('open.button')),
      h('p', { class: 'drop-hint', id: hintId }, t('open.drop')),
    ),
    h(
      'p',
      { class: 'studio-link' },
      h(
        'button',
        {
          class: 'btn',
          key: 'to-studio',
          attrs: { type: 'button', 'aria-describedby': 'studio-hint' },
          on: { click: () => ctx.state.show('studio') },
        },
        t('title.studio'),
      ),
      ' ',
      h('span', { class: 'hint', id: 'studio-hint' }, t('title.studioHint')),
    ),
    check,
    cards,
  );
}
