import { describe, expect, it } from 'vitest';
import { en } from '../../src/ui/strings/en.ts';
import {
  currentLanguage,
  LANGUAGES,
  loadLanguage,
  pickLanguage,
  type StringTable,
  setLanguage,
  t,
  tn,
} from '../../src/ui/strings/index.ts';
import { ja } from '../../src/ui/strings/ja.ts';
import { ko } from '../../src/ui/strings/ko.ts';

const TABLES: Record<string, StringTable> = { ja, ko };

/** `{name}` placeholders of a text, sorted, repeats kept. */
const holes = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

const englishKeys = Object.keys(en);
const families = [...new Set(englishKeys.filter((k) => k.includes('#')).map((k) => k.split('#')[0]!))];
const single = englishKeys.filter((k) => !k.includes('#'));

/** The keys a language's table must hold: every single text, and each family in that language's plural categories. */
function expectedKeys(code: string): string[] {
  const categories = new Intl.PluralRules(code).resolvedOptions().pluralCategories;
  return [...single, ...families.flatMap((f) => categories.map((c) => `${f}#${c}`))].sort();
}

describe('string tables', () => {
  it('gives English each plural family in exactly its CLDR categories, one and other', () => {
    expect(Object.keys(en).sort()).toEqual(expectedKeys('en'));
    expect(families).toContain('title.turns');
  });

  for (const code of ['ja', 'ko']) {
    describe(code, () => {
      const table = TABLES[code]!;

      it('has every key of the English table, no other, and plural families in its own categories only', () => {
        const keys = Object.keys(table).sort();
        const expected = expectedKeys(code);
        expect(
          expected.filter((k) => !keys.includes(k)),
          'missing',
        ).toEqual([]);
        expect(
          keys.filter((k) => !expected.includes(k)),
          'extra',
        ).toEqual([]);
      });

      it('fills the same placeholders as English in every text', () => {
        const differ: string[] = [];
        for (const [key, text] of Object.entries(table)) {
          const english = en[key as keyof typeof en] ?? en[`${key.split('#')[0]}#other` as keyof typeof en];
          if (english === undefined || text === undefined) continue;
          if (holes(text).join() !== holes(english).join())
            differ.push(
              `${key}: {${holes(text).join('} {')}} where English has {${holes(english).join('} {')}}`,
            );
        }
        expect(differ).toEqual([]);
      });

      it('has no empty text and no text left in English (beyond names, codes and units)', () => {
        const english: string[] = [];
        for (const [key, text] of Object.entries(table)) {
          expect(text?.trim().length, key).toBeGreaterThan(0);
          // Some texts are only a name, a command or a figure in any language ("Give and Take", "VP").
          const words = (text ?? '')
            .replace(/\{\w+\}|`[^`]*`|npm run [\w:-]+|Give and Take|[\w-]+\.(yaml|json|html)/g, '')
            .match(/[A-Za-z]{4,}/g);
          const sameAsEnglish = text === en[key as keyof typeof en];
          if (sameAsEnglish && words) english.push(key);
        }
        expect(english).toEqual([]);
      });
    });
  }
});

describe('language choice', () => {
  it('starts in the first of the browser’s languages the game speaks, by primary subtag, else English', () => {
    expect(pickLanguage(['ko-KR', 'en-US'])).toBe('ko');
    expect(pickLanguage(['fr-FR', 'ja-JP', 'ko'])).toBe('ja');
    expect(pickLanguage(['JA'])).toBe('ja');
    expect(pickLanguage(['fr', 'de'])).toBe('en');
    expect(pickLanguage([])).toBe('en');
  });

  it('switches only to a loaded table, and plural forms follow the language’s rules', async () => {
    expect(setLanguage('en')).toBe('en');
    expect(tn('title.turns', 1)).toBe('1 turn');
    expect(tn('title.turns', 6)).toBe('6 turns');
    expect(await loadLanguage('xx')).toBe(false);
    expect(setLanguage('xx')).toBe('en');
    expect(await loadLanguage('ja')).toBe(true);
    expect(setLanguage('ja')).toBe('ja');
    expect(currentLanguage()).toBe('ja');
    // Japanese has one plural form: the same text for one turn and for six.
    expect(tn('title.turns', 1)).toBe(ja['title.turns#other']!.replace('{count}', '1'));
    expect(tn('title.turns', 6)).toBe(ja['title.turns#other']!.replace('{count}', '6'));
    expect(t('title.playAs', { name: '日本' })).toBe(ja['title.playAs']!.replace('{name}', '日本'));
    expect(await loadLanguage('ko')).toBe(true);
    expect(setLanguage('ko')).toBe('ko');
    expect(t('nav.settings')).toBe(ko['nav.settings']);
    setLanguage('en');
    expect(t('nav.settings')).toBe(en['nav.settings']);
  });

  it('names each language as its speakers write it', () => {
    expect(LANGUAGES).toEqual([
      { code: 'en', name: 'English' },
      { code: 'ja', name: '日本語' },
      { code: 'ko', name: '한국어' },
    ]);
  });
});
