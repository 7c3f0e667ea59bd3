import { en, type StringKey } from './en.ts';

export type { StringKey } from './en.ts';

/** A table for one language: any key it lacks falls back to English. */
export type StringTable = Readonly<Partial<Record<StringKey, string>>>;

/** The languages with a table; Japanese and Korean slot in here. */
export const LANGUAGES: readonly {
  readonly code: string;
  readonly name: string;
  readonly table: StringTable;
}[] = [{ code: 'en', name: 'English', table: en }];

let current: StringTable = en;

/** Chooses the table used by {@link t}; unknown codes fall back to English. */
export function setLanguage(code: string): string {
  const found = LANGUAGES.find((l) => l.code === code) ?? LANGUAGES[0]!;
  current = found.table;
  return found.code;
}

/** The text for a key, with `{name}` placeholders filled from `values`. */
export function t(key: StringKey, values?: Readonly<Record<string, string | number>>): string {
  const template = current[key] ?? en[key];
  if (!values) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = values[name];
    return v === undefined ? whole : String(v);
  });
}
