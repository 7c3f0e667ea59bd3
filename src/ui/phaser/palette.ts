/**
 * The table's colours: paper and ink, a muted sea, and four signal colours that are always paired
 * with a shape or a word (a check, a cross, an arrow), never used alone.
 */
export const PALETTE = {
  sea: 0xdfe6e4,
  seaLine: 0xc9d3d0,
  land: 0xf4efe3,
  landEdge: 0x8b8371,
  ink: 0x1f2a33,
  inkSoft: 0x5a6670,
  paper: 0xfbf8f1,
  accent: 0x8a1c1c,
  gold: 0xb08a2e,
  warm: 0x2f6b4f,
  guarded: 0xa8741a,
  hostile: 0x9b2c2c,
  calm: 0x6f9a82,
  tense: 0xc9a13b,
  high: 0xc46a2b,
  crisis: 0x9b2c2c,
} as const;

/** CSS colour strings for Phaser text. */
export const INK = '#1f2a33';
/** Secondary text on the canvas. */
export const INK_SOFT = '#5a6670';
/** Headings and figures on the canvas: the same system serif stack as the DOM. */
export const FONT_SERIF = 'Georgia, "Iowan Old Style", "Palatino Linotype", "Noto Serif CJK JP", serif';
/** Labels on the canvas: the same system sans-serif stack as the DOM. */
export const FONT_SANS = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans CJK JP", sans-serif';
