/**
 * Where the table's marks go on the canvas: the band above the map (tension dial, approval, every
 * issue) and the calendar below it, so no two labels overlap at any canvas size or text size
 * (the seats are placed in map-seats.ts). Pure; text is measured by the function passed in.
 */
import { type MapFonts, overlaps, type Rect, type TextMeasure, wrapText } from './map-text.ts';

/** The canvas's inner margin. */
export const MAP_PAD = 12;
const ISSUE_GAP = 14;
const ROW_GAP = 7;
const BAR_H = 5;

/** One issue's place in the band: its name in lines, its figure right-aligned, its bar below. */
export interface IssueCell {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly lines: readonly string[];
  readonly value: string;
  /** Where the bar goes, below the name. */
  readonly barY: number;
}

/** The band above the map. */
export interface TopBand {
  readonly height: number;
  readonly dial: { readonly cx: number; readonly cy: number; readonly r: number };
  readonly tension: { readonly x: number; readonly labelY: number; readonly valueY: number };
  readonly approval: {
    readonly x: number;
    readonly y: number;
    readonly lines: readonly string[];
    readonly barY: number;
    readonly width: number;
  } | null;
  readonly issues: readonly IssueCell[];
}

/** What the band above the map shows. */
export interface TopBandInput {
  readonly width: number;
  readonly fonts: MapFonts;
  readonly measure: TextMeasure;
  readonly tensionLabel: string;
  readonly tensionValue: string;
  /** "Japan: approval 47%", or null for a player with no public. */
  readonly approval: string | null;
  /** The end of the approval's words to keep when its name is too long to show whole (": approval 47%"). */
  readonly approvalTail?: string;
  readonly issues: readonly { readonly name: string; readonly value: string }[];
}

/** Issues in a grid of `cols` columns from (x, y), `width` wide; returns the cells and their height. */
function issueGrid(
  input: TopBandInput,
  x: number,
  y: number,
  width: number,
  cols: number,
): { cells: IssueCell[]; height: number } {
  const { fonts, measure, issues } = input;
  const lh = measure.lineHeight(fonts.issue);
  const cellW = (width - ISSUE_GAP * (cols - 1)) / cols;
  const cells: IssueCell[] = [];
  let top = y;
  for (let row = 0; row * cols < issues.length; row++) {
    let rowH = 0;
    for (let col = 0; col < cols; col++) {
      const issue = issues[row * cols + col];
      if (!issue) break;
      const valueW = measure.width(issue.value, fonts.issue);
      const lines = wrapText(issue.name, Math.max(12, cellW - valueW - 6), fonts.issue, measure, 3);
      const barY = top + lines.length * lh + 2;
      cells.push({ x: x + col * (cellW + ISSUE_GAP), y: top, width: cellW, lines, value: issue.value, barY });
      rowH = Math.max(rowH, barY + BAR_H - top);
    }
    top += rowH + ROW_GAP;
  }
  return { cells, height: Math.max(0, top - y - ROW_GAP) };
}

/** The column counts worth trying: every count of columns at least `min` wide, balanced rows. */
function columnChoices(count: number, width: number, min: number): number[] {
  const most = Math.max(1, Math.min(count, Math.floor((width + ISSUE_GAP) / (min + ISSUE_GAP))));
  const out = new Set<number>();
  for (let cols = 1; cols <= most; cols++) out.add(Math.ceil(count / Math.ceil(count / cols)));
  return [...out];
}

/** The grid of issues that is shortest, and of equal heights the one with fewest broken names. */
function bestGrid(input: TopBandInput, x: number, y: number, width: number, min: number) {
  let best: { cells: IssueCell[]; height: number; lines: number } | null = null;
  for (const cols of columnChoices(input.issues.length, width, min)) {
    const grid = issueGrid(input, x, y, width, cols);
    const lines = grid.cells.reduce((n, c) => n + c.lines.length, 0);
    if (
      !best ||
      grid.height < best.height - 0.5 ||
      (grid.height <= best.height + 0.5 && lines < best.lines)
    ) {
      best = { ...grid, lines };
    }
  }
  return best ?? { cells: [], height: 0, lines: 0 };
}

/**
 * The band above the map: the dial and approval at the left, then every issue with its whole
 * name, beside them when there is room for a column of issues and below them otherwise. The
 * band is as tall as its content: no issue is ever dropped for lack of room.
 */
export function topBand(input: TopBandInput): TopBand {
  const { width, fonts, measure } = input;
  const s = fonts.scale;
  const lh = measure.lineHeight(fonts.label);
  const r = Math.round(24 * (1 + (s - 1) * 0.5));
  const dial = { cx: MAP_PAD + r, cy: MAP_PAD + r + 2, r };
  const tx = MAP_PAD + 2 * r + 14;
  const labelY = MAP_PAD - 4;
  const valueY = labelY + lh;
  const tensionW = Math.max(
    measure.width(input.tensionLabel, fonts.label),
    measure.width(input.tensionValue, fonts.figure, true),
  );
  let right = tx + tensionW;
  let bottom = Math.max(dial.cy + 6, valueY + measure.lineHeight(fonts.figure));
  let approval: TopBand['approval'] = null;
  if (input.approval !== null) {
    const ax = right + 18;
    const aw = Math.max(60, Math.min(170 * s, width - MAP_PAD - ax));
    const lines = wrapText(input.approval, aw, fonts.label, measure, 2, input.approvalTail ?? '');
    const barY = labelY + lines.length * lh + 5;
    approval = { x: ax, y: labelY, lines, barY, width: aw };
    right = ax + aw;
    bottom = Math.max(bottom, barY + 12);
  }
  const count = input.issues.length;
  const min = 130 * s;
  let issues: IssueCell[] = [];
  let height = bottom;
  if (count > 0) {
    const besideX = right + 22;
    const besideW = width - MAP_PAD - besideX;
    const belowW = width - 2 * MAP_PAD;
    const below = bestGrid(input, MAP_PAD, bottom + 8, belowW, min);
    const belowH = bottom + 8 + below.height;
    issues = below.cells;
    height = belowH;
    if (besideW >= min) {
      const beside = bestGrid(input, besideX, labelY + 2, besideW, min);
      const besideH = Math.max(bottom, labelY + 2 + beside.height);
      if (besideH <= belowH) {
        issues = beside.cells;
        height = besideH;
      }
    }
  }
  return { height: Math.ceil(height + 8), dial, tension: { x: tx, labelY, valueY }, approval, issues };
}

/** The calendar below the map: where each turn's tick goes and which labels fit under them. */
export interface Timeline {
  readonly height: number;
  /** The line's height within the band. */
  readonly lineY: number;
  readonly xs: readonly number[];
  /** Labels to draw: the current turn's words, and the numbers of the turns that have room. */
  readonly labels: readonly { readonly index: number; readonly text: string; readonly box: Rect }[];
}

/** What the calendar shows: its turns, the one now (or -1), and the words of the current one. */
export interface TimelineInput {
  readonly width: number;
  /** Where the band starts (the map's bottom edge). */
  readonly top: number;
  readonly count: number;
  readonly now: number;
  readonly nowLabel: string;
  readonly fonts: MapFonts;
  readonly measure: TextMeasure;
}

/**
 * The calendar: ticks spread across the width; the current turn's label under its tick (kept
 * inside the canvas), and each other turn's number where it clears the labels already placed.
 */
export function timeline(input: TimelineInput): Timeline {
  const { width, top, count, now, fonts, measure } = input;
  const lineY = top + 24;
  const labelY = lineY + 10;
  const left = MAP_PAD + 12;
  const right = width - MAP_PAD - 12;
  const xs = Array.from({ length: count }, (_, i) =>
    count <= 1 ? left : left + (i / (count - 1)) * (right - left),
  );
  const labels: { index: number; text: string; box: Rect }[] = [];
  const place = (index: number, text: string, px: number): Rect => {
    const w = measure.width(text, px);
    const x = Math.min(Math.max(xs[index]! - w / 2, 4), width - 4 - w);
    return { x, y: labelY, width: w, height: measure.lineHeight(px) };
  };
  if (now >= 0 && now < count) {
    const text = wrapText(input.nowLabel, width - 8, fonts.label, measure, 1)[0] ?? '';
    labels.push({ index: now, text, box: place(now, text, fonts.label) });
  }
  for (let i = 0; i < count; i++) {
    if (i === now) continue;
    const text = String(i + 1);
    const box = place(i, text, fonts.tag);
    if (labels.some((l) => overlaps(l.box, box, 6))) continue;
    labels.push({ index: i, text, box });
  }
  const height = labelY - top + measure.lineHeight(fonts.label) + 6;
  return { height: Math.ceil(height), lineY, xs, labels };
}

/**
 * What the table scene reports after each redraw, in CSS pixels from the canvas's top-left: the
 * DOM lays its seat buttons over the seals with it, and a phone gives the map the height it asks.
 */
export interface MapReport {
  readonly width: number;
  readonly height: number;
  /** The map between the two bands. */
  readonly area: Rect;
  readonly seats: readonly {
    readonly id: string;
    readonly x: number;
    readonly y: number;
    readonly r: number;
    readonly label: Rect;
  }[];
  /** The canvas height that would show the bands and the whole map at this width. */
  readonly wantHeight: number;
}
