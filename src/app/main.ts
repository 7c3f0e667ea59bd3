/**
 * The browser entry: take the scenario files (loaded and checked at build time), create the one
 * store, open the game and screen the address names and keep the address in step with the screen,
 * mount the interface; then load the scenario files kept from an earlier visit and follow a class
 * link in the address.
 */

import {
  broadcastPresence,
  browserStorage,
  catalogueOf,
  createAppStore,
  readKeptFiles,
} from '../store/index.ts';
import { isLanguageLoaded, loadLanguage, pickLanguage, startUi } from '../ui/index.ts';
import { followAddress } from './address.ts';
import { followLinkInAddress, reloadKeptFiles } from './arrivals.ts';
import { createMonteCarloRunner } from './monte-carlo-runner.ts';
import { createScenarioChecker } from './scenario-checker.ts';
import { compiledScenarios, onScenarioFilesChange } from './scenario-files.ts';
import { studioTexts } from './scenario-texts.ts';
import '../ui/dom/styles.css';

function randomInt(): number {
  const buffer = new Uint32Array(1);
  crypto.getRandomValues(buffer);
  return buffer[0]! >>> 1;
}

performance.mark('gat:catalogue-start');
const catalogue = catalogueOf(compiledScenarios);
performance.measure('gat:catalogue', 'gat:catalogue-start');

const storage = browserStorage();
const store = createAppStore({
  catalogue,
  storage,
  now: () => new Date(),
  newSeed: randomInt,
  newGameId: () => `g-${Date.now().toString(36)}-${randomInt().toString(36)}`,
  // The other tabs of the game: opening a game one of them has open says so at once.
  presence: broadcastPresence(),
  // The AI moves in slices of this many ms, each a task of its own, so the page answers input and
  // paints between them: below a frame's worth at 30 frames a second.
  aiSliceMs: 30,
  // A first visit speaks the browser's language, where the game does.
  language: pickLanguage(navigator.languages ?? [navigator.language]),
});

onScenarioFilesChange((files) => store.getState().setCatalogue(catalogueOf(files)));

// One checker, so one worker, for the kept files and the files opened on the title screen.
const checker = createScenarioChecker();
// After the title is up: loading a kept file starts the checker's worker, which the title does not need.
const filesReady = new Promise<void>((resolve) => {
  setTimeout(() => void reloadKeptFiles(store, readKeptFiles(storage), checker).then(resolve), 0);
});
// Before the interface mounts, so a reload opens straight on the game and screen in the address.
followAddress(store, filesReady);
const hud = document.getElementById('hud');
const stage = document.getElementById('game');
/** Mounts the interface; in a language other than English, once its table is here (one small fetch). */
const start = () => {
  if (!hud || !stage) return;
  startUi(store, hud, stage, {
    checker,
    filesReady,
    gameVersion: __GAME_VERSION__,
    monteCarlo: createMonteCarloRunner(),
    // The studio and its editor arrive only when the studio opens.
    studio: {
      load: async () => (await import('../ui/studio/index.ts')).studioModule,
      storage,
      texts: studioTexts,
    },
  });
};
const language = store.getState().settings.language;
// English mounts at once, as before; another language waits for its table, or, if that cannot be
// fetched, mounts in English (the settings say why).
if (isLanguageLoaded(language)) start();
else void loadLanguage(language).then(start);

void followLinkInAddress(store, filesReady);
window.addEventListener('hashchange', () => void followLinkInAddress(store, filesReady));
// Another tab of the game wrote or cleared storage: the lists are read again, and a game open here
// that the other tab saved is flagged before this tab's next move (which the store keeps apart).
window.addEventListener('storage', (event) => {
  if (event.storageArea === null || event.storageArea === storage) store.getState().storageChanged(event.key);
});
