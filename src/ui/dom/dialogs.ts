import { MAX_SAVE_CHARS, type Settings } from '../../store/index.ts';
import { currentLanguage, LANGUAGES, loadLanguage, t } from '../strings/index.ts';
import type { ViewContext } from './context.ts';
import { h, nextId } from './el.ts';
import { downloadText, readChosenFile } from './files.ts';

function radioGroup<V extends string | number>(
  legend: string,
  name: string,
  options: readonly { value: V; label: string }[],
  current: V,
  onPick: (value: V) => void,
): HTMLElement {
  return h(
    'fieldset',
    { class: 'radios' },
    h('legend', {}, legend),
    ...options.map((o) =>
      h(
        'label',
        { class: 'check' },
        h('input', {
          key: `${name}:${o.value}`,
          attrs: { type: 'radio', name, value: String(o.value), checked: o.value === current },
          on: { change: () => onPick(o.value) },
        }),
        h('span', {}, o.label),
      ),
    ),
  );
}

/** The settings dialog's content: motion, text size, language. */
export function settingsBody(ctx: ViewContext): Node[] {
  const s = ctx.state.settings;
  const set = (patch: Partial<Settings>) => ctx.state.setSettings(patch);
  const langId = nextId('lang');
  const nameOf = (code: string) => LANGUAGES.find((l) => l.code === code)?.name ?? code;
  // A table that could not be fetched: chosen just now, or the one kept from an earlier visit.
  const failed = ctx.ui.languageFailed ?? (s.language !== currentLanguage() ? s.language : null);
  /** The setting changes once the table is here, so nothing is ever drawn in a half-switched language. */
  const choose = (code: string) => {
    ctx.ui.languageFailed = null;
    ctx.announce(t('settings.languageLoading', { name: nameOf(code) }));
    void loadLanguage(code).then((ok) => {
      if (ok) set({ language: code });
      else ctx.ui.languageFailed = code;
      ctx.refresh();
    });
  };
  return [
    radioGroup(
      t('settings.motion'),
      'motion',
      (['system', 'reduce', 'full'] as const).map((value) => ({
        value,
        label: t(`settings.motion.${value}`),
      })),
      s.motion,
      (motion) => set({ motion }),
    ),
    radioGroup(
      t('settings.textSize'),
      'textSize',
      ([100, 125, 150] as const).map((value) => ({ value, label: t(`settings.textSize.${value}`) })),
      s.textSize,
      (textSize) => set({ textSize }),
    ),
    h(
      'div',
      { class: 'field' },
      h('label', { attrs: { for: langId } }, t('settings.language')),
      h(
        'select',
        {
          id: langId,
          key: 'language',
          on: { change: (e) => choose((e.target as HTMLSelectElement).value) },
        },
        ...LANGUAGES.map((l) =>
          h(
            'option',
            { attrs: { value: l.code, selected: l.code === currentLanguage(), lang: l.code } },
            l.name,
          ),
        ),
      ),
      failed
        ? h(
            'p',
            { class: 'hint', attrs: { role: 'status' } },
            t('settings.languageFailed', { name: nameOf(failed), current: nameOf(currentLanguage()) }),
          )
        : null,
    ),
  ];
}

/** The saves dialog's content: export, import, damaged copies kept aside. */
export function savesBody(ctx: ViewContext): (Node | null)[] {
  const inputId = nextId('import');
  const input = h('input', {
    id: inputId,
    class: 'file-input',
    attrs: { type: 'file', accept: '.json,application/json' },
    on: {
      change: async () => {
        const text = await readChosenFile(input, MAX_SAVE_CHARS);
        if (text !== null) ctx.state.importSave(text);
      },
    },
  });
  const damaged = ctx.state.damagedCopies();
  return [
    h('p', {}, t('saves.auto')),
    ctx.state.session
      ? h(
          'button',
          {
            class: 'btn btn-primary',
            key: 'export',
            attrs: { type: 'button' },
            on: {
              click: () => {
                const file = ctx.state.exportSave();
                if (file) downloadText(file.fileName, file.text);
              },
            },
          },
          t('saves.export'),
        )
      : null,
    h('p', {}, input, h('label', { class: 'btn file-label', attrs: { for: inputId } }, t('saves.import'))),
    damaged.length > 0
      ? h(
          'section',
          { attrs: { 'aria-labelledby': 'damaged-h' } },
          h('h3', { id: 'damaged-h' }, t('saves.damaged')),
          h('p', { class: 'hint' }, t('saves.damagedHint')),
          h(
            'ul',
            { class: 'plain' },
            ...damaged.map((d) =>
              h(
                'li',
                {},
                h(
                  'button',
                  {
                    class: 'btn btn-quiet',
                    attrs: { type: 'button' },
                    on: {
                      click: () => downloadText(`damaged-${d.key.replace(/[^a-z0-9-]/gi, '_')}.json`, d.text),
                    },
                  },
                  t('saves.download', { name: d.key }),
                ),
              ),
            ),
          ),
        )
      : null,
  ];
}
