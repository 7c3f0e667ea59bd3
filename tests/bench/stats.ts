/**
 * The bench's arithmetic and its goal table: pure, so that tests/bench/stats.test.ts can check
 * them. Figures are reported as min / median / max of repeated samples, never as one run.
 */

/** The spread of repeated samples of one figure. */
export interface Spread {
  readonly min: number;
  readonly median: number;
  readonly max: number;
  /** How many samples (after the warm-up, which is never counted). */
  readonly samples: number;
}

/** Min, median (the mean of the two middle samples when their number is even) and max. */
export function spread(xs: readonly number[]): Spread {
  if (xs.length === 0) return { min: Number.NaN, median: Number.NaN, max: Number.NaN, samples: 0 };
  const s = [...xs].sort((a, b) => a - b);
  const mid = (s.length - 1) / 2;
  return {
    min: s[0]!,
    median: (s[Math.floor(mid)]! + s[Math.ceil(mid)]!) / 2,
    max: s[s.length - 1]!,
    samples: s.length,
  };
}

/**
 * The q-quantile by nearest rank: the smallest sample with at least a share q of the samples at
 * or below it, so a p90 is always a figure that was measured (of 20 samples, the 18th).
 */
export function quantile(xs: readonly number[], q: number): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil(q * s.length));
  return s[Math.min(s.length, rank) - 1]!;
}

/**
 * The exponent k of the power law y ~ x^k that fits the points best (least squares on
 * logarithms): 1 when a cost grows in proportion to x, 2 when it grows as its square.
 */
export function growthExponent(points: readonly (readonly [x: number, y: number])[]): number {
  const logs = points.filter(([x, y]) => x > 0 && y > 0).map(([x, y]) => [Math.log(x), Math.log(y)] as const);
  if (logs.length < 2) return Number.NaN;
  const mx = logs.reduce((sum, [x]) => sum + x, 0) / logs.length;
  const my = logs.reduce((sum, [, y]) => sum + y, 0) / logs.length;
  let num = 0;
  let den = 0;
  for (const [x, y] of logs) {
    num += (x - mx) * (y - my);
    den += (x - mx) ** 2;
  }
  return den === 0 ? Number.NaN : num / den;
}

/** Rounds for a report: fewer decimals the larger the number. */
export function round(x: number): number {
  if (!Number.isFinite(x)) return x;
  const digits = Math.abs(x) >= 100 ? 0 : Math.abs(x) >= 10 ? 1 : Math.abs(x) >= 1 ? 2 : 3;
  return Number(x.toFixed(digits));
}

/** A spread with its figures rounded for the report. */
export function rounded(s: Spread): Spread {
  return { min: round(s.min), median: round(s.median), max: round(s.max), samples: s.samples };
}

/** One row of the issue's goal table, as measured in this run. */
export interface GoalRow {
  /** What is measured, as the issue words it. */
  readonly measure: string;
  /** The goal, in words: `>= 10000 games/s`. */
  readonly goal: string;
  /** The figure this run measured, in words, with its baseline where it is a ratio. */
  readonly figure: string;
  /** Whether the figure meets the goal; null when it could not be measured. */
  readonly met: boolean | null;
  /** Why there is no figure, or what the figure leaves out. */
  readonly note?: string;
}

/** `met`, `not met` or `not measured`. */
export function verdict(met: boolean | null): string {
  return met === null ? 'not measured' : met ? 'met' : 'not met';
}

/** The goal table as text, one goal a line: measure, figure, goal, verdict. */
export function goalTable(rows: readonly GoalRow[]): string {
  const width = (pick: (r: GoalRow) => string, min: number) =>
    Math.max(min, ...rows.map((r) => pick(r).length));
  const wm = width((r) => r.measure, 7);
  const wf = width((r) => r.figure, 6);
  const wg = width((r) => r.goal, 4);
  const line = (m: string, f: string, g: string, v: string) =>
    `${m.padEnd(wm)}  ${f.padEnd(wf)}  ${g.padEnd(wg)}  ${v}`.trimEnd();
  return [
    line('measure', 'figure', 'goal', 'verdict'),
    ...rows.flatMap((r) => {
      const main = line(r.measure, r.figure, r.goal, verdict(r.met));
      return r.note ? [main, `${' '.repeat(wm + 2)}(${r.note})`] : [main];
    }),
  ].join('\n');
}

/**
 * JSON with two-space indents, except that an object or array of plain values that fits in
 * `width` characters stays on one line: a figure's `{ min, median, max, samples }` reads as one.
 */
export function compactJson(value: unknown, width = 100, indent = ''): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  const entries: [string | null, unknown][] = Array.isArray(value)
    ? value.map((v) => [null, v])
    : Object.entries(value).filter(([, v]) => v !== undefined);
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  if (entries.length === 0) return `${open}${close}`;
  const key = (k: string | null) => (k === null ? '' : `${JSON.stringify(k)}: `);
  if (entries.every(([, v]) => v === null || typeof v !== 'object')) {
    const line = `${open}${entries.map(([k, v]) => `${key(k)}${JSON.stringify(v)}`).join(', ')}${close}`;
    if (indent.length + line.length <= width) return line;
  }
  const inner = `${indent}  `;
  const lines = entries.map(([k, v]) => `${inner}${key(k)}${compactJson(v, width, inner)}`);
  return `${open}\n${lines.join(',\n')}\n${indent}${close}`;
}
