import { deleteDraft, listDrafts, type StudioDraft } from '../../store/index.ts';
import type { StudioHost } from '../dom/index.ts';
import { downloadText, h } from '../dom/index.ts';
import { t } from '../strings/index.ts';
import type { StudioState } from './state.ts';

/**
 * The bar above the studio's editor: the drafts kept in this browser, the draft's file name, a new
 * draft from the template or a shipped scenario, download, and delete (asked twice).
 */

/** What the bar shows and what its controls do. */
export interface BarContext {
  readonly s: StudioState;
  readonly studio: StudioHost;
  readonly openDraft: (draft: StudioDraft) => void;
  readonly newDraft: (text: string, name: string) => void;
  readonly save: () => void;
  readonly now: () => string;
  /** Draws the bar again. */
  readonly rerender: () => void;
}

const idOfText = (text: string): string | null => /^id:\s*['"]?([a-z][a-z0-9_-]*)/m.exec(text)?.[1] ?? null;

/** A draft name from the scenario's id, as `npm run scenario:new` names files. */
function fileNameFor(text: string): string {
  return `${(idOfText(text) ?? 'my-scenario').replace(/_/g, '-')}.yaml`;
}

/**
 * A shipped scenario as a draft of the author's own: its id changed, so that playing the draft
 * never stands in for the shipped game.
 */
export function copyOfShipped(text: string): string {
  return text.replace(/^id:\s*['"]?([a-z][a-z0-9_-]*)['"]?/m, (_, id: string) => `id: my_${id}`.slice(0, 68));
}

/** The bar's controls, for `replaceKeepingFocus` into the bar. */
export function draftBar(c: BarContext): Node[] {
  const drafts = listDrafts(c.studio.storage);
  if (!drafts.some((d) => d.id === c.s.draft.id)) drafts.unshift(c.s.draft);
  const pick = h(
    'select',
    {
      key: 'studio-drafts',
      attrs: { 'aria-label': t('studio.drafts') },
      on: {
        change: () => {
          const chosen = listDrafts(c.studio.storage).find((d) => d.id === pick.value);
          if (chosen) c.openDraft(chosen);
          c.rerender();
        },
      },
    },
    ...drafts.map((d) =>
      h(
        'option',
        { attrs: { value: d.id, selected: d.id === c.s.draft.id } },
        t('studio.draftOption', { name: d.name, when: d.updatedAt.slice(0, 16).replace('T', ' ') }),
      ),
    ),
  ) as HTMLSelectElement;
  const shipped = h(
    'select',
    { key: 'studio-shipped', attrs: { 'aria-label': t('studio.fromShipped') } },
    h('option', { attrs: { value: '' } }, t('studio.template')),
    ...(c.s.texts?.shipped ?? []).map((f) => h('option', { attrs: { value: f.name } }, f.name)),
  ) as HTMLSelectElement;
  const name = h('input', {
    key: 'studio-name',
    attrs: {
      type: 'text',
      value: c.s.draft.name,
      'aria-label': t('studio.fileName'),
      spellcheck: 'false',
      size: 28,
    },
    on: {
      change: () => {
        const typed = name.value.trim().replace(/[^\w.-]+/g, '-');
        c.s.draft = {
          ...c.s.draft,
          name: /\.ya?ml$/i.test(typed) ? typed : `${typed || 'my-scenario'}.yaml`,
          updatedAt: c.now(),
        };
        c.save();
        c.rerender();
      },
    },
  });
  return [
    h('label', { class: 'studio-field' }, h('span', {}, t('studio.drafts')), pick),
    h('label', { class: 'studio-field' }, h('span', {}, t('studio.fileName')), name),
    h(
      'div',
      { class: 'studio-field' },
      h('span', {}, t('studio.newHeading')),
      h(
        'div',
        { class: 'studio-row' },
        shipped,
        h(
          'button',
          {
            class: 'btn',
            key: 'studio-new',
            attrs: { type: 'button' },
            on: {
              click: () => {
                const from = c.s.texts?.shipped.find((f) => f.name === shipped.value);
                const text = from ? copyOfShipped(from.text) : (c.s.texts?.template ?? '');
                c.newDraft(text, fileNameFor(text));
                c.rerender();
              },
            },
          },
          t('studio.new'),
        ),
      ),
    ),
    h(
      'div',
      { class: 'studio-row' },
      h(
        'button',
        {
          class: 'btn',
          key: 'studio-export',
          attrs: { type: 'button' },
          on: { click: () => downloadText(c.s.draft.name, c.s.draft.text, 'application/yaml') },
        },
        t('studio.export'),
      ),
      c.s.confirmDelete
        ? h(
            'span',
            {
              class: 'studio-confirm',
              attrs: { role: 'group', 'aria-label': t('studio.deleteAsk', { name: c.s.draft.name }) },
            },
            t('studio.deleteAsk', { name: c.s.draft.name }),
            ' ',
            h(
              'button',
              {
                class: 'btn btn-danger',
                key: 'studio-delete-yes',
                attrs: { type: 'button' },
                on: {
                  click: () => {
                    deleteDraft(c.studio.storage, c.s.draft.id);
                    const next = listDrafts(c.studio.storage)[0];
                    if (next) c.openDraft(next);
                    else c.newDraft(c.s.texts?.template ?? '', 'my-scenario.yaml');
                    c.studio.announce(t('studio.deleted'));
                    c.rerender();
                  },
                },
              },
              t('studio.deleteYes'),
            ),
            h(
              'button',
              {
                class: 'btn btn-quiet',
                key: 'studio-delete-no',
                attrs: { type: 'button' },
                on: {
                  click: () => {
                    c.s.confirmDelete = false;
                    c.rerender();
                  },
                },
              },
              t('studio.deleteNo'),
            ),
          )
        : h(
            'button',
            {
              class: 'btn btn-quiet',
              key: 'studio-delete',
              attrs: { type: 'button' },
              on: {
                click: () => {
                  c.s.confirmDelete = true;
                  c.rerender();
                },
              },
            },
            t('studio.delete'),
          ),
    ),
  ];
}
