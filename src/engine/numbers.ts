/** Small numeric helpers shared by the rules. No Math.pow/exp/log: engines may round them differently. */

export function clamp(value: number, low: number, high: number): number {
  return value < low ? low : Math.min(value, high);
}

/**
 * Rounds to 1/1000. State values are kept on this grid so that a long game does not accumulate
 * float noise and a JSON round trip is exact.
 */
export function round3(value: number): number {
  const r = Math.round(value * 1000) / 1000;
  return Object.is(r, -0) ? 0 : r;
}

/** A number as a student reads it in a reason line: one decimal, no trailing ".0". */
export function fmt(value: number): string {
  const r = Math.round(value * 10) / 10;
  return Number.isInteger(r) ? String(r) : r.toFixed(1);
}

/** Signed, for changes: "+5.5", "-2", and "+0.04" for changes too small for one decimal. */
export function signed(value: number): string {
  const s = Math.abs(value) < 0.05 ? value.toFixed(2) : fmt(value);
  return value > 0 ? `+${s}` : s;
}

/** Reads a lookup table, holding the last entry for indices past its end. */
export function lookup(table: readonly number[], index: number): number {
  if (table.length === 0) return 0;
  const i = clamp(Math.floor(index), 0, table.length - 1);
  return table[i] ?? 0;
}

/** A change of trust (0-1) in percentage points: "+5 points". */
export function points(delta: number): string {
  return `${signed(delta * 100)} points`;
}
