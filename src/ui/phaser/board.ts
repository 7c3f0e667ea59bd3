import type * as Phaser from 'phaser';
import { t } from '../strings/index.ts';
import type { TableView } from '../viewmodel/index.ts';
import { INK, INK_SOFT, PALETTE } from './palette.ts';
import type { TextPool } from './text-pool.ts';

/** Where things go on the canvas this frame. */
export interface BoardLayout {
  readonly width: number;
  readonly height: number;
  readonly top: number;
  readonly bottom: number;
  /** The player's text size setting (1 = normal), applied to the canvas labels too. */
  readonly textScale: number;
  /** Token radius, scaled to the canvas. */
  readonly radius: number;
  /** Seats by actor id, in canvas pixels. */
  readonly seats: ReadonlyMap<string, { x: number; y: number }>;
}

/** A seat's data for drawing. */
export interface SeatInfo {
  readonly id: string;
  readonly capital: string;
  readonly player: boolean;
  readonly background: boolean;
}

const MOOD_COLOUR = { warm: PALETTE.warm, guarded: PALETTE.guarded, hostile: PALETTE.hostile } as const;
const BAND_COLOUR = {
  calm: PALETTE.calm,
  tense: PALETTE.tense,
  high: PALETTE.high,
  crisis: PALETTE.crisis,
} as const;

/** Redraws everything that changes with the game: seats and meters, the gauge, the calendar. */
export function drawBoard(
  g: Phaser.GameObjects.Graphics,
  texts: TextPool,
  view: TableView,
  seats: readonly SeatInfo[],
  layout: BoardLayout,
): void {
  g.clear();
  texts.begin();
  const small = Math.max(10, Math.min(13, layout.width / 70)) * layout.textScale;
  const r = layout.radius;

  // Bands above and below the map, opaque so the coastline never runs under the gauges.
  g.fillStyle(PALETTE.paper, 1);
  g.fillRect(0, 0, layout.width, layout.top);
  g.fillRect(0, layout.bottom, layout.width, layout.height - layout.bottom);
  g.lineStyle(1, PALETTE.landEdge, 1);
  g.lineBetween(0, layout.top, layout.width, layout.top);
  g.lineBetween(0, layout.bottom, layout.width, layout.bottom);

  // Tension: a half-dial with its four bands and a needle.
  const gx = 16 + 34;
  const gy = layout.top - 12;
  const gr = 30;
  const bands: [number, number, keyof typeof BAND_COLOUR][] = [
    [0, 40, 'calm'],
    [40, view.crisisAt - 15, 'tense'],
    [view.crisisAt - 15, view.crisisAt, 'high'],
    [view.crisisAt, 100, 'crisis'],
  ];
  for (const [from, to, band] of bands) {
    g.lineStyle(7, BAND_COLOUR[band], 1);
    g.beginPath();
    g.arc(gx, gy, gr, Math.PI + (from / 100) * Math.PI, Math.PI + (to / 100) * Math.PI);
    g.strokePath();
  }
  const angle = Math.PI + (Math.min(100, Math.max(0, view.tension)) / 100) * Math.PI;
  g.lineStyle(3, PALETTE.ink, 1);
  g.lineBetween(gx, gy, gx + Math.cos(angle) * (gr - 4), gy + Math.sin(angle) * (gr - 4));
  g.fillStyle(PALETTE.ink, 1);
  g.fillCircle(gx, gy, 3.5);
  texts.text(gx + gr + 10, 8, t('table.tension'), small, INK_SOFT);
  texts.text(gx + gr + 10, 8 + small + 3, `${view.tension}`, small * 1.6, INK, true);

  // Own approval, with the threshold marked.
  const ax = gx + gr + 64;
  const iw = Math.min(150, layout.width * 0.24);
  const aw = Math.max(40, Math.min(160, layout.width - 36 - iw - ax));
  if (view.self.approval !== null) {
    const label = texts.text(
      ax,
      8,
      t('map.approval', { name: view.self.name, value: view.self.approval }),
      small,
      INK_SOFT,
    );
    fitText(label, `${view.self.approval}%`, layout.width - 24 - iw - ax);
    g.fillStyle(PALETTE.seaLine, 1);
    g.fillRect(ax, 12 + small + 6, aw, 8);
    g.fillStyle(view.self.approval < view.self.threshold ? PALETTE.hostile : PALETTE.warm, 1);
    g.fillRect(ax, 12 + small + 6, (aw * view.self.approval) / 100, 8);
    g.lineStyle(2, PALETTE.ink, 1);
    const tx = ax + (aw * view.self.threshold) / 100;
    g.lineBetween(tx, 12 + small + 2, tx, 12 + small + 18);
  }

  // Issue progress, right-aligned; labels shortened to fit narrow screens (the DOM has them whole).
  view.issues.forEach((issue, i) => {
    const x = layout.width - 12 - iw;
    const y = 6 + i * (small + 11);
    if (y + small + 9 > layout.top) return;
    const label = texts.text(x, y, `${issue.name} ${issue.progress}%`, small * 0.9, INK_SOFT);
    fitText(label, `${issue.progress}%`, iw);
    g.fillStyle(PALETTE.seaLine, 1);
    g.fillRect(x, y + small + 3, iw, 5);
    g.fillStyle(PALETTE.gold, 1);
    g.fillRect(x, y + small + 3, (iw * Math.min(100, issue.progress)) / 100, 5);
  });

  // Seats: paper seals on the capitals, the player's with a double ring.
  const cards = new Map(view.delegations.map((d) => [d.id, d]));
  for (const seat of seats) {
    const pos = layout.seats.get(seat.id);
    if (!pos) continue;
    const card = cards.get(seat.id);
    const rr = seat.background ? r * 0.6 : r;
    g.fillStyle(PALETTE.paper, 1);
    g.fillCircle(pos.x, pos.y, rr);
    g.lineStyle(seat.player ? 3 : 2, seat.background ? PALETTE.inkSoft : PALETTE.ink, 1);
    g.strokeCircle(pos.x, pos.y, rr);
    if (seat.player) g.strokeCircle(pos.x, pos.y, rr + 4);
    if (card) {
      g.lineStyle(4, MOOD_COLOUR[card.mood], 1);
      g.beginPath();
      g.arc(
        pos.x,
        pos.y,
        rr - 4,
        -Math.PI / 2,
        -Math.PI / 2 + Math.PI * 2 * Math.max(0.05, card.trust.value),
      );
      g.strokePath();
    }
    texts.text(pos.x, pos.y, seat.capital.slice(0, 2).toUpperCase(), rr * 0.7, INK, true).setOrigin(0.5);
    texts
      .text(
        pos.x,
        pos.y + rr + 4,
        seat.player ? t('map.you', { capital: seat.capital }) : seat.capital,
        small,
        seat.background ? INK_SOFT : INK,
      )
      .setOrigin(0.5, 0);
    if (card && !seat.background) {
      // Two estimate bars: what they expect of us (of 20 VP) and how far they trust us, each
      // with the advisors' uncertainty drawn as a lighter band.
      const bx = pos.x - r;
      const by = pos.y + rr + small + 8;
      const bw = r * 2;
      const bar = (row: number, value: number, band: number, colour: number, tag: string) => {
        const y = by + row * 9;
        g.fillStyle(PALETTE.seaLine, 1);
        g.fillRect(bx, y, bw, 5);
        g.fillStyle(colour, 0.35);
        g.fillRect(bx + bw * Math.max(0, value - band), y, bw * Math.min(1, band * 2), 5);
        g.fillStyle(colour, 1);
        g.fillRect(bx, y, bw * Math.min(1, Math.max(0, value)), 5);
        texts.text(bx - 10, y - 4, tag, 9, INK_SOFT);
      };
      bar(
        0,
        card.expectation.value / 20,
        card.expectation.band / 20,
        PALETTE.accent,
        t('map.expectationTag'),
      );
      bar(1, card.trust.value, card.trust.band, PALETTE.warm, t('map.trustTag'));
      if (card.locked) texts.text(pos.x, by + 20, t('map.locked'), 9, INK_SOFT).setOrigin(0.5, 0);
    }
  }

  // The offer on the table: a dashed line from the proposer, a sealed envelope at the receiver.
  const from = view.pending ? layout.seats.get(view.pending.from) : undefined;
  const to = view.pending ? layout.seats.get(view.pending.to) : undefined;
  if (from && to) {
    g.lineStyle(2, PALETTE.accent, 0.9);
    const steps = Math.max(2, Math.round(Math.hypot(to.x - from.x, to.y - from.y) / 6));
    for (let s = 0; s < steps; s += 2) {
      const a = s / steps;
      const b = Math.min(1, (s + 1) / steps);
      g.lineBetween(
        from.x + (to.x - from.x) * a,
        from.y + (to.y - from.y) * a,
        from.x + (to.x - from.x) * b,
        from.y + (to.y - from.y) * b,
      );
    }
    const ex = to.x + ((from.x - to.x) * (r * 1.9)) / Math.max(1, Math.hypot(to.x - from.x, to.y - from.y));
    const ey = to.y + ((from.y - to.y) * (r * 1.9)) / Math.max(1, Math.hypot(to.x - from.x, to.y - from.y));
    g.fillStyle(PALETTE.paper, 1);
    g.fillRect(ex - 10, ey - 7, 20, 14);
    g.lineStyle(2, PALETTE.accent, 1);
    g.strokeRect(ex - 10, ey - 7, 20, 14);
    g.lineBetween(ex - 10, ey - 7, ex, ey + 1);
    g.lineBetween(ex + 10, ey - 7, ex, ey + 1);
  }

  // The calendar: a tick per turn, elections as ballot boxes, sessions of talks as dots.
  const n = view.timeline.length;
  const left = 24;
  const right = layout.width - 24;
  const ty = layout.bottom + Math.min(22, (layout.height - layout.bottom) * 0.38);
  g.lineStyle(2, PALETTE.inkSoft, 1);
  g.lineBetween(left, ty, right, ty);
  const xOf = (i: number) => (n <= 1 ? left : left + (i / (n - 1)) * (right - left));
  const nowIndex = view.timeline.findIndex((turn) => turn.state === 'now');
  let nowSpan: [number, number] = [-1, -1];
  if (nowIndex >= 0) {
    const now = view.timeline[nowIndex]!;
    const label = texts.text(xOf(nowIndex), ty + 14, now.label, small, INK).setOrigin(0.5, 0);
    label.x = Math.min(Math.max(label.x, label.width / 2 + 4), layout.width - label.width / 2 - 4);
    nowSpan = [label.x - label.width / 2 - 6, label.x + label.width / 2 + 6];
  }
  view.timeline.forEach((turn, i) => {
    const x = xOf(i);
    const now = turn.state === 'now';
    g.fillStyle(turn.state === 'past' ? PALETTE.inkSoft : now ? PALETTE.accent : PALETTE.paper, 1);
    g.lineStyle(2, now ? PALETTE.accent : PALETTE.inkSoft, 1);
    g.fillCircle(x, ty, now ? 7 : 5);
    g.strokeCircle(x, ty, now ? 7 : 5);
    if (turn.elections.length > 0) {
      // A ballot box: a square with a slot.
      g.lineStyle(1.5, PALETTE.ink, 1);
      g.strokeRect(x - 5, ty - 20, 10, 9);
      g.lineBetween(x - 2, ty - 20, x + 2, ty - 20);
    }
    if (turn.forums.length > 0) {
      // A round table: a ring of four dots.
      g.fillStyle(PALETTE.gold, 1);
      for (const [dx, dy] of [
        [-4, 0],
        [4, 0],
        [0, -4],
        [0, 4],
      ] as const)
        g.fillCircle(x + dx + 12, ty - 12 + dy, 1.8);
    }
    if (!now && (x < nowSpan[0] || x > nowSpan[1])) {
      texts.text(x, ty + 14, String(turn.turn), small * 0.85, INK_SOFT).setOrigin(0.5, 0);
    }
  });
  texts.end();
}

/** Shortens a label with an ellipsis until it fits, keeping its `tail` (a value) whole. */
function fitText(label: Phaser.GameObjects.Text, tail: string, maxWidth: number): void {
  if (label.width <= maxWidth) return;
  const full = label.text;
  let head = full.slice(0, Math.max(0, full.length - tail.length - 1));
  while (head.length > 1 && label.width > maxWidth) {
    head = head.slice(0, -1);
    label.setText(`${head.trimEnd()}… ${tail}`);
  }
}
