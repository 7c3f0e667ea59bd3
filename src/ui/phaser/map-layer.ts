import * as Phaser from 'phaser';
import { DMZ, LAND, type LonLat, type Projection } from '../viewmodel/index.ts';
import { dashedLine } from './dashes.ts';
import { PALETTE } from './palette.ts';

function points(
  projection: Projection,
  ring: readonly LonLat[],
  dx: number,
  dy: number,
): Phaser.Math.Vector2[] {
  return ring.map((p) => {
    const { x, y } = projection.project(p);
    return new Phaser.Math.Vector2(x + dx, y + dy);
  });
}

/**
 * Draws the sea, a graticule and the coastlines into one Graphics object; redrawn only when the
 * canvas is resized.
 */
export function drawMap(
  g: Phaser.GameObjects.Graphics,
  projection: Projection,
  area: { x: number; y: number; width: number; height: number },
): void {
  g.clear();
  g.fillStyle(PALETTE.sea, 1);
  g.fillRect(area.x, area.y, area.width, area.height);
  // A faint graticule every 5 degrees: it reads as a map, not as decoration.
  g.lineStyle(1, PALETTE.seaLine, 0.8);
  for (let lon = 105; lon <= 150; lon += 5) {
    const a = projection.project([lon, 20]);
    const b = projection.project([lon, 55]);
    g.lineBetween(a.x + area.x, Math.max(area.y, a.y + area.y), b.x + area.x, Math.max(area.y, b.y + area.y));
  }
  for (let lat = 25; lat <= 50; lat += 5) {
    const a = projection.project([100, lat]);
    const b = projection.project([155, lat]);
    g.lineBetween(
      Math.max(area.x, a.x + area.x),
      a.y + area.y,
      Math.min(area.x + area.width, b.x + area.x),
      b.y + area.y,
    );
  }
  for (const ring of LAND) {
    const pts = points(projection, ring, area.x, area.y);
    g.fillStyle(PALETTE.land, 1);
    g.fillPoints(pts, true);
    g.lineStyle(1.25, PALETTE.landEdge, 0.9);
    g.strokePoints(pts, true);
  }
  // The line across Korea, dashed.
  const dmz = points(projection, DMZ, area.x, area.y);
  g.lineStyle(1.5, PALETTE.inkSoft, 0.8);
  for (let i = 0; i < dmz.length - 1; i++) dashedLine(g, dmz[i]!, dmz[i + 1]!, 4);
  // Clip the map's overflow visually with a frame in the paper colour.
  g.lineStyle(2, PALETTE.landEdge, 1);
  g.strokeRect(area.x, area.y, area.width, area.height);
}
