/**
 * Text on the table's canvas, measured and broken into lines before anything is drawn, so the
 * layout knows every label's box. Pure: the scene passes the measuring (a canvas 2D context);
 * tests pass a fixed-width stand-in.
 */

import { breakUnits } from './line-breaks.ts';

/** How wide a line of text is, and how tall a line is, in CSS pixels at a font size. */
export interface TextMeasure {
  width(text: string, px: number, serif?: boolean): number;
  lineHeight(px: number): number;
}

/** A box in CSS pixels from the canvas's top-left. */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Whether two boxes share any area, with `gap` pixels kept clear between them. */
export function overlaps(a: Rect, b: Rect, gap = 0): boolean {
  return (
    a.x < b.x + b.width + gap &&
    b.x < a.x + a.width + gap &&
    a.y < b.y + b.height + gap &&
    b.y < a.y + a.height + gap
  );
}

/** Whether `inner` lies within `outer`. */
export function inside(inner: Rect, outer: Rect): boolean {
  return (
    inner.x >= outer.x - 0.01 &&
    inner.y >= outer.y - 0.01 &&
    inner.x + inner.width <= outer.x + outer.width + 0.01 &&
    inner.y + inner.height <= outer.y + outer.height + 0.01
  );
}

/** The font sizes on the canvas, in CSS pixels; they grow with the text-size setting (1 = normal). */
export interface MapFonts {
  /** The text-size setting as a factor: 1, 1.25, 1.5. */
  readonly scale: number;
  /** Seat names, the gauges' labels, the current turn. */
  readonly label: number;
  /** Issue names and their figures. */
  readonly issue: number;
  /** The E and T tags, the calendar's turn numbers. */
  readonly tag: number;
  /** The tension figure (serif). */
  readonly figure: number;
}

/** The canvas's font sizes for a text-size setting in percent (100, 125, 150). */
export function mapFonts(textSize: number): MapFonts {
  const scale = Math.max(0.75, textSize / 100);
  return {
    scale,
    label: Math.round(12 * scale),
    issue: Math.round(12 * scale),
    tag: Math.round(10 * scale),
    figure: Math.round(19 * scale),
  };
}

const ELLIPSIS = '…';

/** The longest start of `text` that fits `maxWidth` with an ellipsis after it. */
export function ellipsize(text: string, maxWidth: number, px: number, measure: TextMeasure): string {
  if (measure.width(text, px) <= maxWidth) return text;
  const chars = Array.from(text);
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure.width(chars.slice(0, mid).join('').trimEnd() + ELLIPSIS, px) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  return chars.slice(0, lo).join('').trimEnd() + ELLIPSIS;
}

/** How many of `chars` fit on one line (at least one, so a line always advances). */
function fitting(chars: readonly string[], maxWidth: number, px: number, measure: TextMeasure): number {
  let lo = 1;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure.width(chars.slice(0, mid).join(''), px) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Breaks `text` into lines no wider than `maxWidth`, at spaces and between the phrases of Japanese
 * (line-breaks.ts); a word longer than a line is cut
 * where it must be. Past `maxLines` the last line ends in an ellipsis (the full text is in the
 * panels and the delegation cards), before `keep` when the text ends with it (a figure).
 */
export function wrapText(
  text: string,
  maxWidth: number,
  px: number,
  measure: TextMeasure,
  maxLines = 3,
  keep = '',
): string[] {
  if (keep && text.endsWith(keep) && text.length > keep.length) {
    const whole = wrapText(text, maxWidth, px, measure, maxLines);
    if (whole.join('').replace(/\s+/g, '') === text.replace(/\s+/g, '')) return whole;
    const room = maxWidth - measure.width(keep, px);
    const head = wrapText(text.slice(0, -keep.length), maxWidth, px, measure, maxLines);
    const last = head.length - 1;
    head[last] = ellipsize(`${head[last]!.replace(/…$/, '')}${ELLIPSIS}`, room, px, measure) + keep;
    return head;
  }
  const lines: string[] = [];
  let line = '';
  let cut = false;
  for (const { text: word, glue } of breakUnits(text)) {
    if (lines.length >= maxLines) {
      cut = true;
      break;
    }
    const joined = line ? `${line}${glue}${word}` : word;
    if (measure.width(joined, px) <= maxWidth) {
      line = joined;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    let rest = Array.from(word);
    while (measure.width(rest.join(''), px) > maxWidth && lines.length < maxLines) {
      const n = fitting(rest, maxWidth, px, measure);
      lines.push(rest.slice(0, n).join(''));
      rest = rest.slice(n);
    }
    line = rest.join('');
  }
  if (line) {
    if (lines.length < maxLines) lines.push(line);
    else cut = true;
  }
  if (cut && lines.length > 0) {
    const last = lines.length - 1;
    lines[last] = ellipsize(`${lines[last]!}${ELLIPSIS}`, maxWidth, px, measure);
  }
  return lines;
}
