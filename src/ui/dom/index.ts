/**
 * The DOM interface: every screen and panel a person reads or operates, over `#hud`. It never
 * imports Phaser; the host shows the table canvas when `onScreen` says the table is up.
 */
export { type AppHooks, mountApp } from './app.ts';
export type {
  CheckedFile,
  MonteCarloProgress,
  MonteCarloRequest,
  MonteCarloResult,
  MonteCarloRunner,
  ScenarioChecker,
  StudioHost,
  StudioModule,
  StudioServices,
  StudioTexts,
  UiServices,
} from './context.ts';
export { actionButton, h, replaceKeepingFocus } from './el.ts';
export { downloadText } from './files.ts';
export { type MapOverlay, mountMapOverlay } from './map-overlay.ts';
export { readArticles } from './open-file.ts';
export { qrSvg } from './qr.ts';
