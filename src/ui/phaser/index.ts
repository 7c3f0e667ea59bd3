/**
 * The Phaser side of the game: the negotiating table, drawn with WebGL under the DOM overlay.
 * Loaded on demand when the table first opens, so the title screen never waits for Phaser.
 */
import * as Phaser from 'phaser';
import type { AppStore } from '../../store/index.ts';
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

/** Starts Phaser in `parent` with the table scene reading from `store`. */
export function startTable(store: AppStore, parent: HTMLElement, reducedMotion: () => boolean): TableHandle {
  const game = new Phaser.Game({
    type: Phaser.WEBGL,
    parent,
    backgroundColor: PALETTE.sea,
    banner: false,
    audio: { noAudio: true },
    scale: {
      mode: Phaser.Scale.RESIZE,
      width: parent.clientWidth || 800,
      height: parent.clientHeight || 600,
    },
    scene: [],
  });
  game.scene.add('negotiation-table', NegotiationTable, true, { store, reducedMotion });
  return {
    game,
    show: () => {
      const scene = game.scene.getScene('negotiation-table') as NegotiationTable | null;
      game.scale.refresh();
      if (scene?.sys.isActive()) scene.keepAwake(10);
      else game.loop.wake();
    },
    hide: () => game.loop.sleep(),
    destroy: () => game.destroy(true),
  };
}

/** The renderer's kind, for checks and the bench: `webgl` or `canvas`. */
export function rendererKind(game: Phaser.Game): 'webgl' | 'canvas' {
  return game.renderer.type === Phaser.WEBGL ? 'webgl' : 'canvas';
}
