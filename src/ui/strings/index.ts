import { en, type PluralKey, type StringKey, type StringTable, type TableKey } from './en.ts';

import { fitParticles } from './korean.ts';

export type { PluralKey, StringKey, StringTable } from './en.ts';

/** A language the interface speaks: its code (BCP 47) and its name as its speakers write it. */
export interface Language {
  readonly code: string;
  readonly name: string;
}

/** Every language of the interface; the first is the fallback. */
export const LANGUAGES: readonly Language[] = [
  { code: 'en', name: 'English' },
  { code: 'ja', name: '日本語' },
  { code: 'ko', name: '한국어' },
];

/**
 * The tables other than English, each its own chunk: an English player downloads none of them,
 * and a Japanese player only Japanese.
 */
const LOADERS: Readonly<Record<string, () => Promise<StringTable>>> = {
  ja: async () => (await import('./ja.ts')).ja,
  ko: async () => (await import('./ko.ts')).ko,
};

/**
 * What else a language brings, fetched with its table: the engine's messages, which a layer
 * above registers (this one imports nothing). Each resolves true when its part is usable.
 */
const companions: ((code: string) => Promise<boolean>)[] = [];

/** Adds a part every language load fetches too; {@link loadLanguage} waits for it. */
export function loadWithLanguage(load: (code: string) => Promise<boolean>): void {
  companions.push(load);
}

const loaded = new Map<string, StringTable>([['en', en]]);
const loading = new Map<string, Promise<boolean>>();
let current: StringTable = en;
let currentCode = 'en';
let plurals = new Intl.PluralRules('en');

function supported(code: string): boolean {
  return LANGUAGES.some((l) => l.code === code);
}

/**
 * The language to start in when the player has chosen none: the first of the browser's languages
 * (`navigator.languages`, most wanted first) that the interface speaks, by its primary subtag
 * (`ja-JP` is Japanese), else English.
 */
export function pickLanguage(preferred: readonly string[]): string {
  for (const tag of preferred) {
    const code = tag.toLowerCase().split('-')[0] ?? '';
    if (supported(code)) return code;
  }
  return LANGUAGES[0]!.code;
}

/**
 * Fetches the table for `code` unless it is here already, with what else the language brings
 * ({@link loadWithLanguage}). Resolves true once it is usable, false
 * if it could not be fetched (offline, a chunk gone after an update): the interface then stays in
 * the language it was in, and says so in the settings. A failed fetch may be tried again.
 */
export function loadLanguage(code: string): Promise<boolean> {
  if (loaded.has(code)) return Promise.resolve(true);
  const loader = LOADERS[code];
  if (!loader) return Promise.resolve(false);
  let pending = loading.get(code);
  if (!pending) {
    pending = Promise.all([loader(), ...companions.map((load) => load(code))]).then(
      ([table, ...parts]) => {
        loading.delete(code);
        // A language comes whole or not at all: its interface beside the engine's English is not it.
        if (parts.includes(false)) return false;
        loaded.set(code, table);
        return true;
      },
      () => {
        loading.delete(code);
        return false;
      },
    );
    loading.set(code, pending);
  }
  return pending;
}

/** Whether the table for `code` is here, so {@link setLanguage} can switch to it at once. */
export function isLanguageLoaded(code: string): boolean {
  return loaded.has(code);
}

/**
 * Chooses the table used by {@link t}, if it is loaded ({@link loadLanguage}); otherwise the
 * language stays as it was. Returns the code now in use, for `lang` attributes.
 */
export function setLanguage(code: string): string {
  const table = loaded.get(code);
  if (table && code !== currentCode) {
    current = table;
    currentCode = code;
    plurals = new Intl.PluralRules(code);
  }
  return currentCode;
}

/** The code of the language in use, for `Intl` formatting and `lang` attributes. */
export function currentLanguage(): string {
  return currentCode;
}

/**
 * A save's date as the interface's language writes dates (2026/12/4 14:05 in Japanese). The text
 * comes from a save, so anything that is not a date is shown as it was given.
 */
export function savedWhen(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(currentCode);
}

function fill(template: string, values: Readonly<Record<string, string | number>> | undefined): string {
  if (!values) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = values[name];
    return v === undefined ? whole : String(v);
  });
}

/** A filled text as the language writes it: Korean picks each particle for the name before it. */
export function finished(text: string): string {
  return currentCode === 'ko' ? fitParticles(text) : text;
}

/** The text for a key, with `{name}` placeholders filled from `values`. */
export function t(key: StringKey, values?: Readonly<Record<string, string | number>>): string {
  return finished(fill(current[key] ?? en[key], values));
}

/**
 * The text of a plural family for `count`, in the form the language's plural rules choose
 * (`Intl.PluralRules`): "1 turn", "3 turns"; one form in Japanese and Korean. `{count}` is
 * `count` unless `values` names it otherwise.
 */
export function tn(
  key: PluralKey,
  count: number,
  values?: Readonly<Record<string, string | number>>,
): string {
  const form = `${key}#${plurals.select(count)}` as TableKey;
  const other = `${key}#other` as TableKey;
  const template =
    current[form] ?? current[other] ?? en[form as keyof typeof en] ?? en[other as keyof typeof en];
  return finished(fill(template, { count, ...values }));
}
