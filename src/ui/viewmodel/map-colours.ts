/**
 * The table's colours: paper and ink, a muted sea, and four signal colours that are always paired
 * with a shape or a word (a check, a cross, an arrow), never used alone. The canvas draws with
 * them and the map's legend (in the DOM) shows the same marks in the same colours.
 */
export const MAP_COLOURS = {
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

/** A colour of the table as CSS writes it (`#1f2a33`). */
export function cssColour(colour: number): string {
  return `#${colour.toString(16).padStart(6, '0')}`;
}
