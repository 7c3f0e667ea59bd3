/**
 * Where the seats go on the map: each on its capital when there is room, otherwise at the nearest
 * free place, with its label on the first side that clears every seal and label already placed.
 */
import { inside, overlaps, type Rect } from './map-text.ts';

/** Which side of its seal a seat's label goes. */
export type LabelSide = 'below' | 'right' | 'left' | 'above';
const SIDES: readonly LabelSide[] = ['below', 'right', 'left', 'above'];

/** A seat to place: where its capital projects, its seal's radius, its label block's size. */
export interface SeatToPlace {
  readonly id: string;
  readonly anchor: { readonly x: number; readonly y: number };
  /** The seal's radius, rings included. */
  readonly r: number;
  readonly label: { readonly width: number; readonly height: number };
}

/** A placed seat: its seal's centre, its label block, and whether it left its capital. */
export interface PlacedSeat {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly r: number;
  /** Where its capital is (the seal sits there unless the place was taken). */
  readonly anchor: { readonly x: number; readonly y: number };
  readonly side: LabelSide;
  readonly seal: Rect;
  readonly label: Rect;
  readonly moved: boolean;
}

function labelRect(x: number, y: number, r: number, side: LabelSide, w: number, h: number): Rect {
  switch (side) {
    case 'below':
      return { x: x - w / 2, y: y + r + 3, width: w, height: h };
    case 'above':
      return { x: x - w / 2, y: y - r - 3 - h, width: w, height: h };
    case 'right':
      return { x: x + r + 5, y: y - h / 2, width: w, height: h };
    case 'left':
      return { x: x - r - 5 - w, y: y - h / 2, width: w, height: h };
  }
}

/** Offsets to try around a capital, nearest first: the capital itself, then rings around it. */
function offsets(step: number, reach: number): { dx: number; dy: number }[] {
  const out = [{ dx: 0, dy: 0 }];
  for (let k = 1; k * step <= reach; k++) {
    const n = Math.min(24, 8 + 4 * k);
    for (let i = 0; i < n; i++) {
      // Start below and go round, so a crowded seat prefers to move south (into the sea).
      const a = Math.PI / 2 + (i / n) * Math.PI * 2;
      out.push({ dx: Math.cos(a) * k * step, dy: Math.sin(a) * k * step });
    }
  }
  return out;
}

function overlapArea(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * Places the seats in order (the first on its capital when it can be): each takes the nearest
 * spot to its capital, and the first side for its label, where its seal and label stay inside
 * `area` and clear of every seal and label placed before. When no spot is clear (a canvas too
 * small for them all) it takes the one that overlaps least.
 */
export function placeSeats(seats: readonly SeatToPlace[], area: Rect, gap = 4): PlacedSeat[] {
  const taken: Rect[] = [];
  const placed: PlacedSeat[] = [];
  for (const seat of seats) {
    const { r } = seat;
    const { width: w, height: h } = seat.label;
    let best: PlacedSeat | null = null;
    let bestCost = Number.POSITIVE_INFINITY;
    for (const { dx, dy } of offsets(r * 0.6, Math.max(area.width, area.height))) {
      const x = seat.anchor.x + dx;
      const y = seat.anchor.y + dy;
      const seal = { x: x - r, y: y - r, width: 2 * r, height: 2 * r };
      if (!inside(seal, area)) continue;
      for (const side of SIDES) {
        const label = labelRect(x, y, r, side, w, h);
        if (!inside(label, area)) continue;
        let cost = 0;
        for (const other of taken) cost += overlapArea(seal, other) + overlapArea(label, other);
        const free = cost === 0 && !taken.some((o) => overlaps(seal, o, gap) || overlaps(label, o, gap));
        if (free || cost < bestCost) {
          best = {
            id: seat.id,
            x,
            y,
            r,
            anchor: seat.anchor,
            side,
            seal,
            label,
            moved: dx !== 0 || dy !== 0,
          };
          bestCost = free ? -1 : cost;
        }
        if (free) break;
      }
      if (bestCost < 0) break;
    }
    // Nowhere inside the area at all (a canvas smaller than one seat): stay on the capital.
    best ??= {
      id: seat.id,
      x: seat.anchor.x,
      y: seat.anchor.y,
      r,
      anchor: seat.anchor,
      side: 'below',
      seal: { x: seat.anchor.x - r, y: seat.anchor.y - r, width: 2 * r, height: 2 * r },
      label: labelRect(seat.anchor.x, seat.anchor.y, r, 'below', w, h),
      moved: false,
    };
    taken.push(best.seal, best.label);
    placed.push(best);
  }
  return placed;
}
