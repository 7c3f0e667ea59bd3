import { MAP_COLOURS } from '../viewmodel/index.ts';

/** The table's colours (defined with the view models, so the DOM legend shows the same ones). */
export const PALETTE = MAP_COLOURS;

/** CSS colour strings for Phaser text. */
export const INK = '#1f2a33';
/** Secondary text on the canvas. */
export const INK_SOFT = '#5a6670';
const LATIN_SERIF = 'Georgia, "Iowan Old Style", "Palatino Linotype"';
const LATIN_SANS = 'system-ui, -apple-system, "Segoe UI", Roboto';
/** Faces for Han, kana and hangul by language, as in the DOM's stylesheet (base.css, `:lang()`). */
const CJK: Readonly<Record<string, { readonly serif: string; readonly sans: string }>> = {
  ja: {
    serif: '"Hiragino Mincho ProN", "Yu Mincho", "Noto Serif CJK JP", "Noto Serif JP"',
    sans: '"Hiragino Sans", "Yu Gothic UI", "Yu Gothic", Meiryo, "Noto Sans CJK JP", "Noto Sans JP"',
  },
  ko: {
    serif: 'AppleMyungjo, Batang, "Noto Serif CJK KR", "Noto Serif KR"',
    sans: '"Apple SD Gothic Neo", "Malgun Gothic", "Noto Sans CJK KR", "Noto Sans KR"',
  },
  en: { serif: '"Noto Serif CJK JP", "Noto Serif KR"', sans: '"Noto Sans CJK JP", "Noto Sans KR"' },
};

/** Headings and figures on the canvas, in the language's faces: the same stacks as the DOM. */
export function fontSerif(language: string): string {
  return `${LATIN_SERIF}, ${(CJK[language] ?? CJK.en!).serif}, serif`;
}

/** Labels on the canvas, in the language's faces: the same stacks as the DOM. */
export function fontSans(language: string): string {
  return `${LATIN_SANS}, ${(CJK[language] ?? CJK.en!).sans}, sans-serif`;
}
