import * as Phaser from 'phaser';
import type { DomainEvent, Scenario } from '../../engine/index.ts';
import { type AppState, type AppStore, shallowEqual, watch } from '../../store/index.ts';
import { t } from '../strings/index.ts';
import {
  blendView,
  fitProjection,
  type MapReport,
  mapFonts,
  naturalMapHeight,
  placeSeats,
  seatOf,
  spareSeat,
  type TableView,
  tableView,
  timeline,
  topBand,
} from '../viewmodel/index.ts';
import { Animator } from './animator.ts';
import { type BoardLayout, drawBoard } from './board.ts';
import { createDisposer } from './disposer.ts';
import { drawMap } from './map-layer.ts';
import { canvasMeasure } from './measure.ts';
import { type SeatInfo, seatBlocks } from './seats.ts';
import { TextPool } from './text-pool.ts';

/** How long a move's shift takes on the map: long enough to see the figures travel, short enough not to wait for. */
const SHIFT_MS = 700;

/** What the scene is handed in `init`: the one store, and how to read the motion preference. */
export interface TableSceneData {
  readonly store: AppStore;
  readonly reducedMotion: () => boolean;
  /** Hears where the seats were drawn after every redraw (the DOM lays its seat buttons over them). */
  readonly onLayout?: (report: MapReport) => void;
}

/** The slice of the store the table draws from; a change in any field redraws. */
function slice(state: AppState) {
  return {
    session: state.session,
    feed: state.feed,
    motion: state.settings.motion,
    language: state.settings.language,
    textSize: state.settings.textSize,
  };
}

/**
 * The negotiating table: a map of Northeast Asia with each delegation on its capital, the advisors'
 * estimates beside it, the tension dial, issue progress and the calendar. It reads the store and
 * animates the events of each move; it never changes the game itself.
 */
export class NegotiationTable extends Phaser.Scene {
  private store!: AppStore;
  private reducedMotion!: () => boolean;
  private mapGraphics!: Phaser.GameObjects.Graphics;
  private board!: Phaser.GameObjects.Graphics;
  private texts!: TextPool;
  /** Frames still to draw before the loop may sleep; see `keepAwake`. */
  private framesLeft = 0;
  /** Events of the latest move still to animate, and whether a redraw is already scheduled. */
  private pendingEvents: readonly DomainEvent[] | null = null;
  private redrawScheduled = false;
  /** False once the scene is shut down: late callbacks then do nothing. */
  private alive = false;
  /** True while the animator plays: the loop must run for its tweens. */
  private animating = false;
  private overlay!: Phaser.GameObjects.Container;
  private animator!: Animator;
  private layout: BoardLayout | null = null;
  private scenario: Scenario | null = null;
  /** The map's place when its coastlines were last drawn: they are redrawn only when it moves. */
  private mapKey = '';
  private readonly measure = canvasMeasure();
  private onLayout: ((report: MapReport) => void) | undefined;
  /** What the board last showed, and the scenario it was for: a move's shift starts from it. */
  private shown: { readonly view: TableView; readonly scenario: Scenario } | null = null;
  /** The tween that moves the board's figures from the old view to the new one, while it runs. */
  private shift: Phaser.Tweens.Tween | null = null;

  constructor() {
    super({ key: 'negotiation-table' });
  }

  init(data: TableSceneData): void {
    this.store = data.store;
    this.reducedMotion = data.reducedMotion;
    this.onLayout = data.onLayout;
  }

  create(): void {
    const disposer = createDisposer();
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, disposer.dispose);
    this.events.once(Phaser.Scenes.Events.DESTROY, disposer.dispose);
    this.alive = true;
    disposer.add(() => {
      this.alive = false;
    });

    this.mapGraphics = this.add.graphics();
    this.board = this.add.graphics();
    this.texts = new TextPool(this, this.add.container(0, 0));
    this.overlay = this.add.container(0, 0);
    this.animator = new Animator(
      this,
      this.overlay,
      (id) => (id ? (this.layout?.seats.get(id) ?? null) : null),
      (busy) => {
        this.animating = busy;
        this.store.getState().setBusy(busy);
        if (!busy) this.keepAwake(2);
      },
      () => this.ratio,
    );
    disposer.add(() => this.animator.skip());

    const onResize = () => {
      this.redraw(true);
      this.keepAwake(2);
    };
    this.scale.on(Phaser.Scale.Events.RESIZE, onResize);
    disposer.add(() => this.scale.off(Phaser.Scale.Events.RESIZE, onResize));

    disposer.add(
      watch(
        this.store,
        slice,
        (next, previous) => {
          // A new move skips what is still animating at once, then waits for the panels.
          if (next.feed.seq !== previous.feed.seq) {
            this.animator.skip();
            this.pendingEvents = next.feed.events;
          }
          this.afterPanelsPaint();
        },
        shallowEqual,
      ),
    );
    this.redraw(true);
    this.keepAwake(2);
  }

  /**
   * Redraws and animates after the DOM has painted the move's answer: with software WebGL a
   * canvas frame can take tens of milliseconds, and the panels (what the player reads and
   * operates) must not wait for the map. The map follows one frame later.
   */
  private afterPanelsPaint(): void {
    if (this.redrawScheduled || !this.alive) return;
    this.redrawScheduled = true;
    requestAnimationFrame(() =>
      setTimeout(() => {
        this.redrawScheduled = false;
        if (!this.alive) return;
        const events = this.pendingEvents;
        this.pendingEvents = null;
        // After a move the figures travel from old to new; otherwise (a resize, a setting) they jump.
        this.redraw(this.store.getState().session?.scenario !== this.scenario, events !== null);
        if (events) this.animator.play(events, this.reducedMotion());
        this.keepAwake(2);
      }, 0),
    );
  }

  /**
   * The table is still most of the time, and drawing still frames costs CPU (and, with software
   * WebGL, the DOM's responsiveness). The loop runs while something changes or moves, then sleeps.
   */
  keepAwake(frames: number): void {
    this.framesLeft = Math.max(this.framesLeft, frames);
    if (!this.game.loop.running) this.game.loop.wake();
  }

  override update(): void {
    if (this.animating) return;
    if (this.framesLeft > 0) this.framesLeft--;
    else this.game.loop.sleep();
  }

  /** Device pixels per CSS pixel: the game is sized in device pixels and zoomed out by this. */
  private get ratio(): number {
    return this.scale.zoom > 0 ? 1 / this.scale.zoom : 1;
  }

  /**
   * Lays the table out for the canvas size and the text size, then draws it; the coastlines only
   * when the map's place changed. Everything is placed in CSS pixels: the camera zooms by the
   * pixel ratio, so the canvas is drawn at the device's resolution.
   */
  private redraw(full: boolean, shift = false): void {
    const app = this.store.getState();
    const session = app.session;
    const ratio = this.ratio;
    const width = this.scale.width / ratio;
    const height = this.scale.height / ratio;
    if (!session || width < 2 || height < 2) return;
    const camera = this.cameras.main;
    camera.setSize(this.scale.width, this.scale.height);
    if (camera.zoom !== ratio || camera.originX !== 0) camera.setOrigin(0, 0).setZoom(ratio);
    const { scenario, state, player } = session;
    const view = tableView(scenario, state, player);
    const fonts = mapFonts(app.settings.textSize);
    const measure = this.measure;
    const approval =
      view.self.approval === null
        ? null
        : t('map.approval', { name: view.self.name, value: view.self.approval });
    const nameAt = approval ? approval.indexOf(view.self.name) : -1;
    const top = topBand({
      width,
      fonts,
      measure,
      tensionLabel: t('table.tension'),
      tensionValue: `${view.tension}`,
      approval,
      // A name too long for two lines is shortened; the figure after it stays.
      ...(approval && nameAt >= 0 ? { approvalTail: approval.slice(nameAt + view.self.name.length) } : {}),
      issues: view.issues.map((i) => ({ name: i.name, value: `${i.progress}%` })),
    });
    const calendarOf = (y: number) =>
      timeline({
        width,
        top: y,
        count: view.timeline.length,
        now: view.timeline.findIndex((turn) => turn.state === 'now'),
        nowLabel: view.turnLabel,
        fonts,
        measure,
      });
    const calendarHeight = calendarOf(0).height;
    const calendar = calendarOf(height - calendarHeight);
    const area = { x: 0, y: top.height, width, height: Math.max(0, height - top.height - calendarHeight) };
    const projection = fitProjection(area.width, area.height, 12);
    const mapKey = `${width}x${height}@${ratio}:${area.y}:${area.height}`;
    if (full || scenario !== this.scenario || mapKey !== this.mapKey) {
      drawMap(this.mapGraphics, projection, area);
      this.scenario = scenario;
      this.mapKey = mapKey;
    }

    const visible = scenario.actors.filter((a) => !state.actors[a.id]?.ousted || !a.background);
    let spare = 0;
    const anchors = new Map<string, { x: number; y: number }>();
    const infos: SeatInfo[] = visible.map((actor) => {
      const p = projection.project(seatOf(actor.id, actor.capital) ?? spareSeat(spare++));
      anchors.set(actor.id, { x: p.x, y: p.y + area.y });
      return {
        id: actor.id,
        capital: actor.capital,
        player: actor.id === player,
        background: actor.background,
      };
    });
    // Seals grow a little with the text, so the letters in them stay in proportion to the labels.
    const fit = Math.max(14, Math.min(24, Math.min(width, area.height) / 22));
    // On a phone's narrow map the seats' labels grow to 125% at most: at 150% six of them no
    // longer fit between the coasts (their cards, in the DOM, carry the text at full size).
    const seatFonts = width < 520 ? mapFonts(Math.min(125, app.settings.textSize)) : fonts;
    const radius = Math.round(Math.min(30, fit * (1 + (seatFonts.scale - 1) * 0.6)));
    const blocks = seatBlocks(view, infos, radius, seatFonts, measure);
    // The player's seat takes its capital first, then the seated delegations; those in the
    // background make room.
    const rank = (b: (typeof blocks)[number]) => (b.seat.player ? 0 : b.seat.background ? 2 : 1);
    const order = [...blocks].sort((a, b) => rank(a) - rank(b));
    const placed = placeSeats(
      order.map((b) => ({
        id: b.seat.id,
        anchor: anchors.get(b.seat.id) ?? { x: width / 2, y: area.y + area.height / 2 },
        r: b.outer,
        label: { width: b.width, height: b.height },
      })),
      { x: 6, y: area.y + 6, width: width - 12, height: area.height - 12 },
    );
    const seats = new Map(placed.map((p) => [p.id, p]));
    this.layout = { width, height, fonts, seatFonts, measure, top, calendar, area, seats, blocks };
    const from = this.shown?.scenario === scenario ? this.shown.view : null;
    this.shown = { view, scenario };
    this.shift?.stop();
    this.shift = null;
    if (shift && from && !this.reducedMotion()) {
      // The bars, dial and estimates move over SHIFT_MS; the last frame is the new view itself.
      const layout = this.layout;
      this.shift = this.tweens.addCounter({
        from: 0,
        to: 1,
        duration: SHIFT_MS,
        ease: 'Sine.easeInOut',
        onUpdate: (tween) => {
          drawBoard(this.board, this.texts, blendView(from, view, tween.getValue() ?? 1), layout, ratio);
          this.keepAwake(2);
        },
        onComplete: () => {
          this.shift = null;
          this.game.canvas.dataset.labels = JSON.stringify(this.texts.drawn());
        },
      });
    }
    drawBoard(
      this.board,
      this.texts,
      this.shift ? blendView(from ?? view, view, 0) : view,
      this.layout,
      ratio,
    );
    // What was drawn, for the DOM over the canvas and for tests (a canvas is opaque to both).
    this.game.canvas.dataset.labels = JSON.stringify(this.texts.drawn());
    this.onLayout?.({
      width,
      height,
      area,
      seats: placed.map((p) => ({ id: p.id, x: p.x, y: p.y, r: p.r, label: p.label })),
      wantHeight: Math.ceil(
        top.height + calendarHeight + Math.max(naturalMapHeight(width, 12), 190 * fonts.scale),
      ),
    });
  }
}
