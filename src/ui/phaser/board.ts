import type * as Phaser from 'phaser';
import { t } from '../strings/index.ts';
import type { TableView } from '../viewmodel/index.ts';
import type { BoardLayout } from './board-layout.ts';
import { INK, INK_SOFT, PALETTE } from './palette.ts';
import { drawSeats } from './seats.ts';
import type { TextPool } from './text-pool.ts';

const BAND_COLOUR = {
  calm: PALETTE.calm,
  tense: PALETTE.tense,
  high: PALETTE.high,
  crisis: PALETTE.crisis,
} as const;

export type { BoardLayout } from './board-layout.ts';

/** Redraws everything that changes with the game: the gauges and issues, seats, the calendar. */
export function drawBoard(
  g: Phaser.GameObjects.Graphics,
  texts: TextPool,
  view: TableView,
  layout: BoardLayout,
  resolution: number,
): void {
  g.clear();
  texts.begin(resolution);
  const { width, height, area } = layout;
  // Bands above and below the map, opaque so the coastline never runs under the gauges.
  g.fillStyle(PALETTE.paper, 1);
  g.fillRect(0, 0, width, area.y);
  g.fillRect(0, area.y + area.height, width, height - area.y - area.height);
  g.lineStyle(1, PALETTE.landEdge, 1);
  g.lineBetween(0, area.y, width, area.y);
  g.lineBetween(0, area.y + area.height, width, area.y + area.height);
  drawTopBand(g, texts, view, layout);
  drawSeats(g, texts, view, layout);
  drawCalendar(g, texts, view, layout);
  texts.end();
}

function drawTopBand(g: Phaser.GameObjects.Graphics, texts: TextPool, view: TableView, layout: BoardLayout) {
  const { top, fonts } = layout;
  // Tension: a half-dial with its four bands and a needle.
  const { cx, cy, r } = top.dial;
  const bands: [number, number, keyof typeof BAND_COLOUR][] = [
    [0, 40, 'calm'],
    [40, view.crisisAt - 15, 'tense'],
    [view.crisisAt - 15, view.crisisAt, 'high'],
    [view.crisisAt, 100, 'crisis'],
  ];
  for (const [from, to, band] of bands) {
    g.lineStyle(7, BAND_COLOUR[band], 1);
    g.beginPath();
    g.arc(cx, cy, r, Math.PI + (from / 100) * Math.PI, Math.PI + (to / 100) * Math.PI);
    g.strokePath();
  }
  const angle = Math.PI + (Math.min(100, Math.max(0, view.tension)) / 100) * Math.PI;
  g.lineStyle(3, PALETTE.ink, 1);
  g.lineBetween(cx, cy, cx + Math.cos(angle) * (r - 4), cy + Math.sin(angle) * (r - 4));
  g.fillStyle(PALETTE.ink, 1);
  g.fillCircle(cx, cy, 3.5);
  texts.text('gauge', top.tension.x, top.tension.labelY, t('table.tension'), fonts.label, INK_SOFT);
  texts.text('gauge', top.tension.x, top.tension.valueY, `${view.tension}`, fonts.figure, INK, true);

  // Own approval, with the threshold marked.
  const approval = top.approval;
  if (approval && view.self.approval !== null) {
    const lh = layout.measure.lineHeight(fonts.label);
    approval.lines.forEach((line, i) => {
      texts.text('gauge', approval.x, approval.y + i * lh, line, fonts.label, INK_SOFT);
    });
    const { x, barY, width: w } = approval;
    g.fillStyle(PALETTE.seaLine, 1);
    g.fillRect(x, barY, w, 8);
    g.fillStyle(view.self.approval < view.self.threshold ? PALETTE.hostile : PALETTE.warm, 1);
    g.fillRect(x, barY, (w * Math.min(100, Math.max(0, view.self.approval))) / 100, 8);
    g.lineStyle(2, PALETTE.ink, 1);
    const tx = x + (w * view.self.threshold) / 100;
    g.lineBetween(tx, barY - 4, tx, barY + 12);
  }

  // Every issue, its whole name (wrapped), its figure right-aligned, its bar below.
  const lh = layout.measure.lineHeight(fonts.issue);
  top.issues.forEach((cell, i) => {
    const progress = view.issues[i]?.progress ?? 0;
    cell.lines.forEach((line, n) => {
      texts.text('issue', cell.x, cell.y + n * lh, line, fonts.issue, INK_SOFT);
    });
    texts.text('issue', cell.x + cell.width, cell.y, cell.value, fonts.issue, INK).setOrigin(1, 0);
    g.fillStyle(PALETTE.seaLine, 1);
    g.fillRect(cell.x, cell.barY, cell.width, 5);
    g.fillStyle(PALETTE.gold, 1);
    g.fillRect(cell.x, cell.barY, (cell.width * Math.min(100, Math.max(0, progress))) / 100, 5);
  });
}

/** The calendar: a dot per turn, elections as ballot boxes, sessions of talks as rings of dots. */
function drawCalendar(g: Phaser.GameObjects.Graphics, texts: TextPool, view: TableView, layout: BoardLayout) {
  const { calendar, fonts } = layout;
  const ty = calendar.lineY;
  const first = calendar.xs[0];
  const last = calendar.xs[calendar.xs.length - 1];
  if (first === undefined || last === undefined) return;
  g.lineStyle(2, PALETTE.inkSoft, 1);
  g.lineBetween(first, ty, last, ty);
  view.timeline.forEach((turn, i) => {
    const x = calendar.xs[i];
    if (x === undefined) return;
    const now = turn.state === 'now';
    g.fillStyle(turn.state === 'past' ? PALETTE.inkSoft : now ? PALETTE.accent : PALETTE.paper, 1);
    g.lineStyle(2, now ? PALETTE.accent : PALETTE.inkSoft, 1);
    g.fillCircle(x, ty, now ? 7 : 5);
    g.strokeCircle(x, ty, now ? 7 : 5);
    if (turn.elections.length > 0) {
      // A ballot box: a square with a slot.
      g.lineStyle(1.5, PALETTE.ink, 1);
      g.strokeRect(x - 5, ty - 20, 10, 9);
      g.lineStyle(2, PALETTE.paper, 1);
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
  });
  for (const label of calendar.labels) {
    const now = label.index === view.timeline.findIndex((turn) => turn.state === 'now');
    texts.text(
      'calendar',
      label.box.x,
      label.box.y,
      label.text,
      now ? fonts.label : fonts.tag,
      now ? INK : INK_SOFT,
    );
  }
}
