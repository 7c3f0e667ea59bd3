import { currentLanguage } from '../strings/index.ts';
import type { TextMeasure } from '../viewmodel/index.ts';
import { fontSans, fontSerif } from './palette.ts';

/** Phaser's own string for a font's height (its TextStyle default): tallest ascender, deepest descender. */
const HEIGHT_PROBE = '|MÃ‰qgy';

/**
 * Measures canvas text the way Phaser's Text objects will be sized: widths from a 2D context with
 * the same font, line heights from the same probe string Phaser uses. Results are cached: a
 * redraw measures the same few dozen strings again.
 */
export function canvasMeasure(): TextMeasure {
  const context = document.createElement('canvas').getContext('2d');
  const widths = new Map<string, number>();
  const heights = new Map<number, number>();
  const font = (px: number, serif: boolean) => {
    const language = currentLanguage();
    if (context) context.canvas.lang = language;
    return `${Math.round(px)}px ${serif ? fontSerif(language) : fontSans(language)}`;
  };
  return {
    width(text, px, serif = false) {
      const key = `${currentLanguage()}|${Math.round(px)}|${serif ? 1 : 0}|${text}`;
      let w = widths.get(key);
      if (w === undefined) {
        if (!context) return text.length * px * 0.55;
        context.font = font(px, serif);
        w = Math.ceil(context.measureText(text).width);
        if (widths.size > 4000) widths.clear();
        widths.set(key, w);
      }
      return w;
    },
    lineHeight(px) {
      const size = Math.round(px);
      let h = heights.get(size);
      if (h === undefined) {
        h = Math.ceil(size * 1.25);
        if (context) {
          context.font = font(size, false);
          const m = context.measureText(HEIGHT_PROBE);
          h = Math.ceil(m.actualBoundingBoxAscent + m.actualBoundingBoxDescent);
        }
        heights.set(size, h);
      }
      return h;
    },
  };
}
