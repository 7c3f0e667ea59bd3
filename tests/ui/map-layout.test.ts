import { describe, expect, it } from 'vitest';
import {
  fitProjection,
  inside,
  mapFonts,
  overlaps,
  placeSeats,
  type Rect,
  type SeatToPlace,
  seatOf,
  type TextMeasure,
  timeline,
  topBand,
  wrapText,
} from '../../src/ui/viewmodel/index.ts';

/** A fixed-width stand-in for the canvas's measuring: every character is 0.55 em. */
const measure: TextMeasure = {
  width: (text, px) => Array.from(text).length * px * 0.55,
  lineHeight: (px) => Math.ceil(px * 1.2),
};

const ISSUES = [
  'keeping the talks going',
  'the nuclear impasse',
  'compliance with the UN resolution',
  'normalization of relations',
  'the missiles',
  'inducements for Pyongyang',
];

/** Every box the band draws text in: gauges, approval lines, issue lines and figures. */
function bandBoxes(band: ReturnType<typeof topBand>, fonts: ReturnType<typeof mapFonts>, approval: string) {
  const lh = measure.lineHeight(fonts.label);
  const boxes: { name: string; box: Rect }[] = [
    { name: 'tension', box: { x: band.tension.x, y: band.tension.labelY, width: 40, height: lh } },
  ];
  band.approval?.lines.forEach((line, i) => {
    boxes.push({
      name: `approval ${i}`,
      box: {
        x: band.approval!.x,
        y: band.approval!.y + i * lh,
        width: measure.width(line, fonts.label),
        height: lh,
      },
    });
  });
  expect(band.approval?.lines.join(' ')).toBe(approval);
  const ilh = measure.lineHeight(fonts.issue);
  band.issues.forEach((cell, i) => {
    // A cell's name, figure and bar together.
    boxes.push({
      name: `issue ${i}`,
      box: { x: cell.x, y: cell.y, width: cell.width, height: cell.barY + 5 - cell.y },
    });
    cell.lines.forEach((line) => {
      expect(measure.width(line, fonts.issue)).toBeLessThanOrEqual(
        cell.width - measure.width(cell.value, fonts.issue),
      );
    });
    expect(cell.barY).toBeGreaterThanOrEqual(cell.y + cell.lines.length * ilh);
  });
  return boxes;
}

describe('text on the map', () => {
  it('wraps at spaces, cuts a word longer than a line, and ends a cut text with an ellipsis', () => {
    expect(wrapText('normalization of relations', 100, 12, measure)).toEqual([
      'normalization',
      'of relations',
    ]);
    const long = 'x'.repeat(50);
    const lines = wrapText(long, 66, 12, measure, 3);
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(measure.width(line, 12)).toBeLessThanOrEqual(66);
    expect(lines[2]!.endsWith('…')).toBe(true);
    expect(wrapText('', 100, 12, measure)).toEqual([]);
    // A name too long for its lines is shortened before the figure, which stays whole.
    const tail = ': approval 47%';
    const named = wrapText(`${'x'.repeat(80)}${tail}`, 120, 12, measure, 2, tail);
    expect(named).toHaveLength(2);
    expect(named[1]!.endsWith(`…${tail}`)).toBe(true);
    for (const line of named) expect(measure.width(line, 12)).toBeLessThanOrEqual(120);
    expect(wrapText(`Japan${tail}`, 200, 12, measure, 2, tail)).toEqual([`Japan${tail}`]);
    expect(wrapText('short', 100, 12, measure)).toEqual(['short']);
  });
});

describe('the band above the map', () => {
  const cases = [
    { width: 742, textSize: 100 },
    { width: 608, textSize: 150 },
    { width: 390, textSize: 100 },
    { width: 390, textSize: 150 },
    { width: 320, textSize: 125 },
  ];
  for (const { width, textSize } of cases) {
    for (let count = 0; count <= 6; count++) {
      it(`shows all ${count} issues whole and apart at ${width}px, text ${textSize}%`, () => {
        const fonts = mapFonts(textSize);
        const approval = 'Japan: approval 47%';
        const band = topBand({
          width,
          fonts,
          measure,
          tensionLabel: 'Tension',
          tensionValue: '43',
          approval,
          issues: ISSUES.slice(0, count).map((name) => ({ name, value: '100%' })),
        });
        // None dropped, every name whole (no ellipsis at these lengths).
        expect(band.issues.map((c) => c.lines.join(' '))).toEqual(ISSUES.slice(0, count));
        const boxes = bandBoxes(band, fonts, approval);
        for (const { box } of boxes) {
          expect(box.x).toBeGreaterThanOrEqual(0);
          expect(box.x + box.width).toBeLessThanOrEqual(width + 0.01);
          expect(box.y + box.height).toBeLessThanOrEqual(band.height);
        }
        for (let i = 0; i < boxes.length; i++)
          for (let j = i + 1; j < boxes.length; j++)
            expect(overlaps(boxes[i]!.box, boxes[j]!.box), `${boxes[i]!.name} / ${boxes[j]!.name}`).toBe(
              false,
            );
      });
    }
  }

  it('is no taller with the issues beside the gauges than below them, and grows with the text', () => {
    const input = (textSize: number) => ({
      width: 742,
      fonts: mapFonts(textSize),
      measure,
      tensionLabel: 'Tension',
      tensionValue: '43',
      approval: null,
      issues: ISSUES.slice(0, 4).map((name) => ({ name, value: '0%' })),
    });
    const normal = topBand(input(100));
    const large = topBand(input(150));
    expect(large.height).toBeGreaterThan(normal.height);
    expect(mapFonts(150).label).toBeGreaterThan(mapFonts(100).label);
  });
});

describe('the calendar', () => {
  for (const width of [390, 742]) {
    for (const count of [1, 5, 7, 12]) {
      it(`keeps its labels apart and inside ${width}px with ${count} turns`, () => {
        const fonts = mapFonts(150);
        for (let now = 0; now < count; now++) {
          const cal = timeline({ width, top: 500, count, now, nowLabel: 'Mid October 2006', fonts, measure });
          expect(cal.xs).toHaveLength(count);
          expect(cal.labels.some((l) => l.index === now && l.text === 'Mid October 2006')).toBe(true);
          for (const l of cal.labels) {
            expect(l.box.x).toBeGreaterThanOrEqual(0);
            expect(l.box.x + l.box.width).toBeLessThanOrEqual(width);
            expect(l.box.y + l.box.height).toBeLessThanOrEqual(500 + cal.height);
          }
          for (let i = 0; i < cal.labels.length; i++)
            for (let j = i + 1; j < cal.labels.length; j++)
              expect(overlaps(cal.labels[i]!.box, cal.labels[j]!.box)).toBe(false);
        }
      });
    }
  }
});

describe('seats on the map', () => {
  const capitals = ['Pyongyang', 'Seoul', 'Beijing', 'Tokyo', 'Vladivostok', 'Washington'];
  const ids = ['north_korea', 'south_korea', 'china', 'japan', 'russia', 'usa'];
  function seats(area: Rect, r: number, scale: number): SeatToPlace[] {
    const projection = fitProjection(area.width, area.height, 12);
    return ids.map((id, i) => {
      const p = projection.project(seatOf(id, capitals[i]!)!);
      return {
        id,
        anchor: { x: area.x + p.x, y: area.y + p.y },
        r,
        label: { width: capitals[i]!.length * 12 * scale * 0.55 + 4, height: 44 * scale },
      };
    });
  }

  for (const [name, area, r, scale] of [
    ['desktop', { x: 0, y: 80, width: 742, height: 480 }, 24, 1],
    ['desktop, large text', { x: 0, y: 160, width: 608, height: 380 }, 26, 1.5],
    ['phone', { x: 0, y: 130, width: 390, height: 260 }, 16, 1],
  ] as const) {
    it(`places six delegations with no seal or label overlapping another (${name})`, () => {
      const placed = placeSeats(seats(area, r, scale), area);
      expect(placed.map((p) => p.id)).toEqual(ids);
      const boxes = placed.flatMap((p) => [p.seal, p.label]);
      for (const box of boxes) expect(inside(box, area)).toBe(true);
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i]!, boxes[j]!)).toBe(false);
      // The first keeps its capital; a seat that moved says so.
      expect(placed[0]!.moved).toBe(false);
      for (const p of placed) expect(p.moved).toBe(p.x !== p.anchor.x || p.y !== p.anchor.y);
    });
  }

  it('gives the same places for the same input, and still places every seat on a canvas too small', () => {
    const area = { x: 0, y: 0, width: 742, height: 480 };
    expect(placeSeats(seats(area, 24, 1), area)).toEqual(placeSeats(seats(area, 24, 1), area));
    const tiny = { x: 0, y: 0, width: 120, height: 90 };
    expect(placeSeats(seats(tiny, 24, 1), tiny)).toHaveLength(6);
  });
});
