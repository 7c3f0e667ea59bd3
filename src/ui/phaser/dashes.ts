import type * as Phaser from 'phaser';

type Point = { readonly x: number; readonly y: number };

/**
 * A dashed line from `a` to `b` in the graphics' current line style, dashes and gaps each about
 * `dash` pixels long: Phaser's Graphics has no dash pattern, so the line is drawn in pieces.
 */
export function dashedLine(g: Phaser.GameObjects.Graphics, a: Point, b: Point, dash: number): void {
  const steps = Math.max(2, Math.round(Math.hypot(b.x - a.x, b.y - a.y) / dash));
  for (let s = 0; s < steps; s += 2) {
    const t0 = s / steps;
    const t1 = Math.min(1, (s + 1) / steps);
    g.lineBetween(
      a.x + (b.x - a.x) * t0,
      a.y + (b.y - a.y) * t0,
      a.x + (b.x - a.x) * t1,
      a.y + (b.y - a.y) * t1,
    );
  }
}
