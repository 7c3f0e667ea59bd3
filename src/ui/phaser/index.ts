/**
 * The Phaser side of the game: the negotiating table, drawn with WebGL under the DOM overlay.
 * Loaded on demand when the table first opens, so the title screen never waits for Phaser.
 */
import * as Phaser from 'phaser';
import type { AppStore } from '../../store/index.ts';
import type { MapReport } from '../viewmodel/index.ts';
import { PALETTE } from './palette.ts';
import { NegotiationTable } from './table-scene.ts';

export { createDisposer, type Disposer } from './disposer.ts';

/** A running table: show it, hide it, or tear it down. */
export interface TableHandle {
  readonly game: Phaser.Game;
  /** Resumes rendering (the table screen is up). */
  show(): void;
  /** Stops the render loop while other screens are up: nothing draws behind them. */
  hide(): void;
  destroy(): void;
}

/** What the table is told besides the store. */
export interface TableOptions {
  /** Whether to play animations or only show their end. */
  readonly reducedMotion: () => boolean;
  /** Hears where the seats were drawn, after every redraw. */
  readonly onLayout?: (report: MapReport) => void;
}

/** Device pixels per CSS pixel, within what a canvas is worth drawing at. */
function pixelRatio(): number {
  const ratio = globalThis.devicePixelRatio || 1;
  return Math.min(3, Math.max(1, ratio));
}

/**
 * Starts Phaser in `parent` with the table scene reading from `store`. The canvas is sized by
 * hand to the parent's box times the pixel ratio and shown at the box's size (Phaser's own
 * RESIZE mode draws at one pixel per CSS pixel, blurred on every phone); it follows the box
 * whenever it changes: window size, text size, the map folded and unfolded on a phone.
 */
export function startTable(store: AppStore, parent: HTMLElement, options: TableOptions): TableHandle {
  let ratio = pixelRatio();
  const box = () => parent.getBoundingClientRect();
  const game = new Phaser.Game({
    type: Phaser.WEBGL,
    parent,
    backgroundColor: PALETTE.sea,
    banner: false,
    audio: { noAudio: true },
    scale: {
      mode: Phaser.Scale.NONE,
      width: Math.round((box().width || 800) * ratio),
      height: Math.round((box().height || 600) * ratio),
      zoom: 1 / ratio,
    },
    scene: [],
  });
  game.scene.add('negotiation-table', NegotiationTable, true, {
    store,
    reducedMotion: options.reducedMotion,
    onLayout: options.onLayout,
  });
  const scene = () => game.scene.getScene('negotiation-table') as NegotiationTable | null;
  const wake = (frames: number) => {
    const table = scene();
    if (table?.sys.isActive()) table.keepAwake(frames);
    else game.loop.wake();
  };

  let size = '';
  let visible = true;
  /** Sizes the canvas to the parent's box; nothing while the box is folded away (0 by 0). */
  const fitCanvas = () => {
    const { width, height } = box();
    if (width < 2 || height < 2 || !game.isBooted) return;
    ratio = pixelRatio();
    const w = Math.round(width * ratio);
    const h = Math.round(height * ratio);
    const next = `${w}x${h}@${ratio}`;
    if (next === size) return;
    size = next;
    if (game.scale.zoom !== 1 / ratio) game.scale.setZoom(1 / ratio);
    game.scale.resize(w, h);
    if (visible) wake(3);
  };
  const observer = new ResizeObserver(fitCanvas);
  observer.observe(parent);
  game.events.once(Phaser.Core.Events.READY, fitCanvas);
  // Browser zoom and a move to another screen change the ratio without resizing the box.
  let resolution: MediaQueryList | null = null;
  const watchRatio = () => {
    resolution?.removeEventListener('change', onRatio);
    resolution = globalThis.matchMedia?.(`(resolution: ${globalThis.devicePixelRatio || 1}dppx)`) ?? null;
    resolution?.addEventListener('change', onRatio);
  };
  function onRatio() {
    watchRatio();
    fitCanvas();
  }
  watchRatio();
  return {
    game,
    show: () => {
      visible = true;
      fitCanvas();
      wake(10);
    },
    hide: () => {
      visible = false;
      game.loop.sleep();
    },
    destroy: () => {
      observer.disconnect();
      resolution?.removeEventListener('change', onRatio);
      game.destroy(true);
    },
  };
}

/** The renderer's kind, for checks and the bench: `webgl` or `canvas`. */
export function rendererKind(game: Phaser.Game): 'webgl' | 'canvas' {
  return game.renderer.type === Phaser.WEBGL ? 'webgl' : 'canvas';
}
