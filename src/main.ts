/**
 * The browser entry: take the scenario files (loaded and checked at build time), create the one
 * store, mount the interface.
 */
import { compiledScenarios, onScenarioFilesChange } from './scenario-files.ts';
import { browserStorage, catalogueOf, createAppStore } from './store/index.ts';
import { startUi } from './ui/index.ts';
import './ui/dom/styles.css';

function randomInt(): number {
  const buffer = new Uint32Array(1);
  crypto.getRandomValues(buffer);
  return buffer[0]! >>> 1;
}

performance.mark('gat:catalogue-start');
const catalogue = catalogueOf(compiledScenarios);
performance.measure('gat:catalogue', 'gat:catalogue-start');

const store = createAppStore({
  catalogue,
  storage: browserStorage(),
  now: () => new Date(),
  newSeed: randomInt,
  newGameId: () => `g-${Date.now().toString(36)}-${randomInt().toString(36)}`,
});

onScenarioFilesChange((files) => store.getState().setCatalogue(catalogueOf(files)));

const hud = document.getElementById('hud');
const stage = document.getElementById('game');
if (hud && stage) startUi(store, hud, stage);
