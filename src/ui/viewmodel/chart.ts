/** Geometry of a small line chart, computed here so the SVG code only draws. */
export interface ChartGeometry {
  readonly width: number;
  readonly height: number;
  readonly plot: {
    readonly left: number;
    readonly top: number;
    readonly right: number;
    readonly bottom: number;
  };
  readonly ticks: readonly { readonly value: number; readonly y: number }[];
  readonly xs: readonly number[];
  /** One SVG path `d` per series; empty when a series has no points. */
  readonly paths: readonly string[];
  /** Every point, for markers: series index, x, y, value. */
  readonly points: readonly {
    readonly series: number;
    readonly x: number;
    readonly y: number;
    readonly value: number;
  }[];
}

/** Whole numbers that look right on an axis: 0-100 for percentages, otherwise rounded out. */
export function niceRange(
  values: readonly number[],
  fixed: { min: number; max: number } | null,
): { min: number; max: number; step: number } {
  if (fixed) return { ...fixed, step: (fixed.max - fixed.min) / 4 };
  const lo = Math.min(0, ...values);
  const hi = Math.max(1, ...values);
  const raw = (hi - lo) / 4;
  const steps = [1, 2, 2.5, 5, 10, 20, 25, 50, 100];
  const step = steps.find((s) => s >= raw) ?? Math.ceil(raw);
  return { min: Math.floor(lo / step) * step, max: Math.ceil(hi / step) * step, step };
}

/** Lays out series of values (null gaps allowed) over `count` x positions. */
export function chartGeometry(
  series: readonly (readonly (number | null)[])[],
  count: number,
  fixed: { min: number; max: number } | null,
  width = 320,
  height = 160,
): ChartGeometry {
  const plot = { left: 36, top: 8, right: width - 8, bottom: height - 22 };
  const values = series.flat().filter((v): v is number => v !== null);
  const { min, max, step } = niceRange(values, fixed);
  const span = max - min || 1;
  const y = (v: number) => plot.bottom - ((v - min) / span) * (plot.bottom - plot.top);
  const xs = Array.from({ length: count }, (_, i) =>
    count <= 1 ? plot.left : plot.left + (i / (count - 1)) * (plot.right - plot.left),
  );
  const ticks: { value: number; y: number }[] = [];
  for (let v = min; v <= max + 1e-9; v += step) ticks.push({ value: Math.round(v * 10) / 10, y: y(v) });
  const points: { series: number; x: number; y: number; value: number }[] = [];
  const paths = series.map((values, s) => {
    let d = '';
    let pen = false;
    values.forEach((v, i) => {
      const x = xs[i];
      if (v === null || x === undefined) {
        pen = false;
        return;
      }
      points.push({ series: s, x, y: y(v), value: v });
      d += `${pen ? 'L' : 'M'}${x.toFixed(1)},${y(v).toFixed(1)}`;
      pen = true;
    });
    return d;
  });
  return { width, height, plot, ticks, xs, paths, points };
}
