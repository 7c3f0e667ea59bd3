import { MAP_COLOURS } from '../viewmodel/index.ts';

/** The table's colours (defined with the view models, so the DOM legend shows the same ones). */
export const PALETTE = MAP_COLOURS;

/** CSS colour strings for Phaser text. */
export const INK = '#1f2a33';
/** Secondary text on the canvas. */
export const INK_SOFT = '#5a6670';
/** Headings and figures on the canvas: the same system serif stack as the DOM. */
export const FONT_SERIF = 'Georgia, "Iowan Old Style", "Palatino Linotype", "Noto Serif CJK JP", serif';
/** Labels on the canvas: the same system sans-serif stack as the DOM. */
export const FONT_SANS = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans CJK JP", sans-serif';
