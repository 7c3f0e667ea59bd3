import type * as Phaser from 'phaser';
import { t } from '../strings/index.ts';
import { ellipsize, type MapFonts, type TableView, type TextMeasure } from '../viewmodel/index.ts';
import type { BoardLayout, SeatBlock, SeatInfo } from './board-layout.ts';
import { dashedLine } from './dashes.ts';
import { INK, INK_SOFT, PALETTE } from './palette.ts';
import type { TextPool } from './text-pool.ts';

/** The word under a locked delegation: locked outright, or limited to small steps by a capped lock. */
function lockTag(cap: number | null): string {
  return cap === null ? t('map.locked') : t('map.lockedSmall');
}

export type { SeatBlock, SeatInfo } from './board-layout.ts';

const MOOD_COLOUR = { warm: PALETTE.warm, guarded: PALETTE.guarded, hostile: PALETTE.hostile } as const;
const ROW_GAP = 2;

function barWidth(r: number, fonts: MapFonts): number {
  return Math.round(Math.max(2 * r, 40 * fonts.scale));
}

function rowHeight(fonts: MapFonts, measure: TextMeasure): number {
  return Math.max(8, measure.lineHeight(fonts.tag));
}

/** Sizes each seat's label block: name on one line (shortened past a width), bars, "locked". */
export function seatBlocks(
  view: TableView,
  seats: readonly SeatInfo[],
  radius: number,
  fonts: MapFonts,
  measure: TextMeasure,
): SeatBlock[] {
  const cards = new Map(view.delegations.map((d) => [d.id, d]));
  const tagW = Math.max(
    measure.width(t('map.expectationTag'), fonts.tag),
    measure.width(t('map.trustTag'), fonts.tag),
  );
  return seats.map((seat) => {
    const card = cards.get(seat.id) ?? null;
    const r = seat.background ? Math.round(radius * 0.6) : radius;
    const outer = r + (seat.player ? 5 : 1);
    const full = seat.player ? t('map.you', { capital: seat.capital }) : seat.capital;
    const name = ellipsize(full, 130 * fonts.scale, fonts.label, measure);
    const bars = card !== null && !seat.background;
    let width = measure.width(name, fonts.label);
    let height = measure.lineHeight(fonts.label);
    if (bars) {
      width = Math.max(width, tagW + 3 + barWidth(radius, fonts));
      height += ROW_GAP + 2 * rowHeight(fonts, measure);
      if (card.locked) {
        width = Math.max(width, measure.width(lockTag(card.lockCap), fonts.tag));
        height += measure.lineHeight(fonts.tag);
      }
    }
    return { seat, card, r, outer, name, bars, width: Math.ceil(width), height: Math.ceil(height) };
  });
}

/** Seats: paper seals on the capitals (the player's with a double ring), labels, estimate bars. */
export function drawSeats(
  g: Phaser.GameObjects.Graphics,
  texts: TextPool,
  view: TableView,
  layout: BoardLayout,
): void {
  const { seatFonts: fonts, measure } = layout;
  for (const block of layout.blocks) {
    const placed = layout.seats.get(block.seat.id);
    if (!placed) continue;
    const { seat, card, r } = block;
    const { x, y } = placed;
    if (placed.moved) {
      // Moved off a crowded capital: a dot on the capital and a thread to the seal.
      const { x: ax, y: ay } = placed.anchor;
      const d = Math.hypot(x - ax, y - ay);
      if (d > r) {
        g.lineStyle(1, PALETTE.inkSoft, 0.8);
        g.lineBetween(ax, ay, x - ((x - ax) * r) / d, y - ((y - ay) * r) / d);
        g.fillStyle(PALETTE.inkSoft, 1);
        g.fillCircle(ax, ay, 2.5);
      }
    }
    g.fillStyle(PALETTE.paper, 1);
    g.fillCircle(x, y, r);
    g.lineStyle(seat.player ? 3 : 2, seat.background ? PALETTE.inkSoft : PALETTE.ink, 1);
    g.strokeCircle(x, y, r);
    if (seat.player) g.strokeCircle(x, y, r + 4);
    if (card) {
      // The ring: how far they trust us, in the colour of their mood.
      g.lineStyle(4, MOOD_COLOUR[card.mood], 1);
      g.beginPath();
      g.arc(x, y, r - 4, -Math.PI / 2, -Math.PI / 2 + Math.PI * 2 * Math.max(0.05, card.trust.value));
      g.strokePath();
    }
    texts
      .text('seal', x, y, seat.capital.slice(0, 2).toUpperCase(), Math.max(9, r * 0.7), INK, true)
      .setOrigin(0.5);

    const box = placed.label;
    const cx = box.x + box.width / 2;
    const nameH = measure.lineHeight(fonts.label);
    texts
      .text('seat', cx, box.y, block.name, fonts.label, seat.background ? INK_SOFT : INK)
      .setOrigin(0.5, 0);
    if (!card || !block.bars) continue;
    // Two estimate bars: what they expect of us (of 20 VP) and how far they trust us, each with
    // the advisors' uncertainty drawn as a lighter band.
    const rowH = rowHeight(fonts, measure);
    const tagW = Math.max(
      measure.width(t('map.expectationTag'), fonts.tag),
      measure.width(t('map.trustTag'), fonts.tag),
    );
    const bw = barWidth(r, fonts);
    const rowX = cx - (tagW + 3 + bw) / 2;
    const bar = (row: number, value: number, band: number, colour: number, tag: string) => {
      const top = box.y + nameH + ROW_GAP + row * rowH;
      const by = top + (rowH - 5) / 2;
      const bx = rowX + tagW + 3;
      g.fillStyle(PALETTE.seaLine, 1);
      g.fillRect(bx, by, bw, 5);
      g.fillStyle(colour, 0.35);
      const from = Math.max(0, value - band);
      g.fillRect(bx + bw * from, by, bw * (Math.min(1, value + band) - from), 5);
      g.fillStyle(colour, 1);
      g.fillRect(bx, by, bw * Math.min(1, Math.max(0, value)), 5);
      texts.text('tag', rowX, top, tag, fonts.tag, INK_SOFT);
    };
    bar(0, card.expectation.value / 20, card.expectation.band / 20, PALETTE.accent, t('map.expectationTag'));
    bar(1, card.trust.value, card.trust.band, PALETTE.warm, t('map.trustTag'));
    if (card.locked) {
      texts
        .text('tag', cx, box.y + nameH + ROW_GAP + 2 * rowH, lockTag(card.lockCap), fonts.tag, INK_SOFT)
        .setOrigin(0.5, 0);
    }
  }
  drawOffer(g, view, layout);
}

/** The offer on the table: a dashed line from the proposer, a sealed envelope at the receiver. */
function drawOffer(g: Phaser.GameObjects.Graphics, view: TableView, layout: BoardLayout): void {
  const from = view.pending ? layout.seats.get(view.pending.from) : undefined;
  const to = view.pending ? layout.seats.get(view.pending.to) : undefined;
  if (!from || !to) return;
  const r = to.r;
  g.lineStyle(2, PALETTE.accent, 0.9);
  const length = Math.max(1, Math.hypot(to.x - from.x, to.y - from.y));
  dashedLine(g, from, to, 6);
  const ex = to.x + ((from.x - to.x) * (r * 1.9)) / length;
  const ey = to.y + ((from.y - to.y) * (r * 1.9)) / length;
  g.fillStyle(PALETTE.paper, 1);
  g.fillRect(ex - 10, ey - 7, 20, 14);
  g.lineStyle(2, PALETTE.accent, 1);
  g.strokeRect(ex - 10, ey - 7, 20, 14);
  g.lineBetween(ex - 10, ey - 7, ex, ey + 1);
  g.lineBetween(ex + 10, ey - 7, ex, ey + 1);
}
