import * as Phaser from 'phaser';
import type { DomainEvent, Scenario } from '../../engine/index.ts';
import { type AppState, type AppStore, shallowEqual, watch } from '../../store/index.ts';
import { fitProjection, seatOf, spareSeat, tableView } from '../viewmodel/index.ts';
import { Animator } from './animator.ts';
import { type BoardLayout, drawBoard, type SeatInfo } from './board.ts';
import { createDisposer } from './disposer.ts';
import { drawMap } from './map-layer.ts';
import { TextPool } from './text-pool.ts';

/** What the scene is handed in `init`: the one store, and how to read the motion preference. */
export interface TableSceneData {
  readonly store: AppStore;
  readonly reducedMotion: () => boolean;
}

/** The slice of the store the table draws from; a change in any field redraws. */
function slice(state: AppState) {
  return {
    session: state.session,
    feed: state.feed,
    motion: state.settings.motion,
    language: state.settings.language,
  };
}

const TOP_BAND = 80;
const BOTTOM_BAND = 58;

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

  constructor() {
    super({ key: 'negotiation-table' });
  }

  init(data: TableSceneData): void {
    this.store = data.store;
    this.reducedMotion = data.reducedMotion;
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
    );
    disposer.add(() => this.animator.skip());

    const onResize = () => {
      this.redraw(true);
      this.keepAwake(2);
    };
    this.scale.on(Phaser.Scale.Events.RESIZE, onResize);
    disposer.add(() => this.scale.off(Phaser.Scale.Events.RESIZE, onResize));
    // The scale manager only notices a new window size while the loop runs: wake it for that.
    const onWindowResize = () => this.keepAwake(10);
    globalThis.addEventListener('resize', onWindowResize);
    disposer.add(() => globalThis.removeEventListener('resize', onWindowResize));

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
        this.redraw(this.store.getState().session?.scenario !== this.scenario);
        const events = this.pendingEvents;
        this.pendingEvents = null;
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

  /** Recomputes seats for the canvas size; redraws the map only when size or scenario changed. */
  private redraw(full: boolean): void {
    const session = this.store.getState().session;
    const width = this.scale.width;
    const height = this.scale.height;
    if (!session || width < 2 || height < 2) return;
    const { scenario, state, player } = session;
    // Narrow phone canvases get slimmer bands so the map keeps most of the height.
    const top = height < 420 ? 58 : TOP_BAND;
    const bottom = height < 420 ? 46 : BOTTOM_BAND;
    const area = { x: 0, y: top, width, height: height - top - bottom };
    const projection = fitProjection(area.width, area.height, 12);
    if (full || scenario !== this.scenario) {
      drawMap(this.mapGraphics, projection, area);
      this.scenario = scenario;
    }
    const visible = scenario.actors.filter((a) => !state.actors[a.id]?.ousted || !a.background);
    let spare = 0;
    const seats = new Map<string, { x: number; y: number }>();
    const infos: SeatInfo[] = visible.map((actor) => {
      const p = projection.project(seatOf(actor.id, actor.capital) ?? spareSeat(spare++));
      seats.set(actor.id, {
        x: Math.min(Math.max(p.x, 40), width - 40),
        y: Math.min(Math.max(p.y + area.y, area.y + 28), area.y + area.height - 60),
      });
      return {
        id: actor.id,
        capital: actor.capital,
        player: actor.id === player,
        background: actor.background,
      };
    });
    const radius = Math.max(16, Math.min(26, Math.min(width, height) / 24));
    separate(seats, infos, radius);
    // Canvas labels follow the text-size setting, up to what the bands can hold.
    const textScale = Math.min(1.25, this.store.getState().settings.textSize / 100);
    this.layout = { width, height, top, bottom: height - bottom, radius, seats, textScale };
    drawBoard(this.board, this.texts, tableView(scenario, state, player), infos, this.layout);
  }
}

/**
 * Pushes seats apart that would overlap (Pyongyang and Seoul are close on any small map). The
 * background delegation moves, the seated one stays on its capital.
 */
function separate(
  seats: Map<string, { x: number; y: number }>,
  infos: readonly SeatInfo[],
  radius: number,
): void {
  for (let round = 0; round < 4; round++) {
    for (let i = 0; i < infos.length; i++) {
      for (let j = i + 1; j < infos.length; j++) {
        const a = infos[i]!;
        const b = infos[j]!;
        const pa = seats.get(a.id);
        const pb = seats.get(b.id);
        if (!pa || !pb) continue;
        const need = radius * ((a.background ? 0.6 : 1) + (b.background ? 0.6 : 1)) + 34;
        const dx = pb.x - pa.x;
        const dy = pb.y - pa.y;
        const d = Math.hypot(dx, dy) || 1;
        if (d >= need) continue;
        const push = need - d;
        const [mover, sign] = b.background || !a.background ? [pb, 1] : [pa, -1];
        mover.x += (sign * dx * push) / d;
        mover.y += (sign * dy * push) / d;
      }
    }
  }
}
