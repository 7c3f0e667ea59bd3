/**
 * The game's interface: the DOM screens over `#hud`, and the Phaser table in `#game`, loaded the
 * first time the table opens (and fetched in the background once the title is up).
 */
import type { AppStore } from '../store/index.ts';
import { mountApp, mountMapOverlay, type UiServices } from './dom/index.ts';
import { setLanguage } from './strings/index.ts';

export type {
  CheckedFile,
  MonteCarloProgress,
  MonteCarloRequest,
  MonteCarloResult,
  MonteCarloRunner,
  ScenarioChecker,
  UiServices,
} from './dom/index.ts';
export { isLanguageLoaded, loadLanguage, pickLanguage } from './strings/index.ts';

type TableModule = typeof import('./phaser/index.ts');

/** Reads the motion preference: the setting, or the system's when the setting says so. */
function reducedMotion(store: AppStore): boolean {
  const motion = store.getState().settings.motion;
  if (motion !== 'system') return motion === 'reduce';
  return globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

/** Mounts everything; returns a function that tears it all down. */
export function startUi(
  store: AppStore,
  hud: HTMLElement,
  stage: HTMLElement,
  services: UiServices,
): () => void {
  // First of the store's listeners, so every view that redraws on a change reads the new table.
  // The settings name a language only once its table is loaded (the settings dialog and main.ts
  // load it first); a table that failed to load leaves the interface as it was.
  setLanguage(store.getState().settings.language);
  const unfollowLanguage = store.subscribe((s) => {
    setLanguage(s.settings.language);
  });
  let table: ReturnType<TableModule['startTable']> | null = null;
  let loading: Promise<TableModule> | null = null;
  let onTable = false;
  const load = () => {
    loading ??= import('./phaser/index.ts');
    return loading;
  };

  const unmount = mountApp(store, hud, {
    services,
    onScreen(screen) {
      onTable = screen === 'table';
      stage.hidden = !onTable;
      if (!onTable) {
        table?.hide();
        return;
      }
      if (table) {
        table.show();
        return;
      }
      void load().then((module) => {
        if (table) return;
        table = module.startTable(store, stage, {
          reducedMotion: () => reducedMotion(store),
          onLayout: (report) => overlay.setLayout(report),
        });
        table.game.events.once('ready', () => {
          document.body.dataset.renderer = module.rendererKind(table!.game);
        });
        if (!onTable) table.hide();
      });
    },
  });
  // The map's DOM side: its legend, the phone's fold, a button and a card for every seat.
  const overlay = mountMapOverlay(store, hud);
  globalThis.performance?.mark?.('gat:interactive');
  // Fetch Phaser while the player reads the title, so the table opens at once.
  setTimeout(() => void load(), 400);
  return () => {
    unfollowLanguage();
    overlay.destroy();
    unmount();
    table?.destroy();
  };
}
