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
import { fitParticles } from '../../src/ui/strings/korean.ts';

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
    // Korean picks the particle for the name it is given; a Latin name keeps both forms.
    expect(t('answer.refused', { name: '평양', what: '제안' })).toBe('평양이 제안을 거부했습니다.');
    expect(t('answer.refused', { name: 'Tokyo', what: '“식량 지원”' })).toBe(
      'Tokyo이(가) “식량 지원”을 거부했습니다.',
    );
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

describe('Korean particles', () => {
  it('take the form the name before them needs, and keep both after a name not in Hangul', () => {
    expect(fitParticles('평양이(가) 제안했다')).toBe('평양이 제안했다');
    expect(fitParticles('도쿄이(가) 기다린다')).toBe('도쿄가 기다린다');
    expect(fitParticles('서울을(를) 압박했다, 워싱턴을(를) 믿는다')).toBe('서울을 압박했다, 워싱턴을 믿는다');
    expect(fitParticles('베이징을(를) 설득했다')).toBe('베이징을 설득했다');
    expect(fitParticles('일본은(는) 미국과(와) 공조한다')).toBe('일본은 미국과 공조한다');
    expect(fitParticles('북한은(는) 한국과(와) 만났다')).toBe('북한은 한국과 만났다');
    expect(fitParticles('아베은(는)')).toBe('아베는');
    expect(fitParticles('서울으로(로) 간다, 평양으로(로) 간다, 도쿄으로(로) 간다')).toBe(
      '서울로 간다, 평양으로 간다, 도쿄로 간다',
    );
    expect(fitParticles('“식량 지원”을(를) 약속했다')).toBe('“식량 지원”을 약속했다');
    expect(fitParticles('Tokyo이(가) 기다린다, 12을(를)')).toBe('Tokyo이(가) 기다린다, 12을(를)');
  });
});
