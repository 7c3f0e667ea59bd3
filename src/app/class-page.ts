/**
 * The networked class's page (`class.html`): a student's seat, or with `#teach` the teacher's
 * page, talking to the class server that serves it (`npm run class`). A page of its own, so a
 * player of the game alone downloads none of it.
 */
import type { Scenario } from '../engine/index.ts';
import {
  browserStorage,
  catalogueOf,
  keepClassFiles,
  keepResultAsGame,
  readSettings,
} from '../store/index.ts';
import { mountClassPage } from '../ui/class-room/index.ts';
import { LANGUAGES, loadLanguage, pickLanguage, setLanguage } from '../ui/strings/index.ts';
import { compiledScenarios } from './scenario-files.ts';
import '../ui/dom/styles.css';

const scenarios = new Map<string, Scenario>();
for (const compiled of Object.values(compiledScenarios))
  if (compiled.ok) scenarios.set(compiled.scenario.id, compiled.scenario);

/** The tokens stay in this browser; a browser that keeps nothing still plays, until the page closes. */
const memory = new Map<string, string>();
const storage = {
  get(key: string): string | null {
    try {
      return localStorage.getItem(key);
    } catch {
      return memory.get(key) ?? null;
    }
  },
  set(key: string, value: string): void {
    try {
      localStorage.setItem(key, value);
    } catch {
      memory.set(key, value);
    }
  },
  remove(key: string): void {
    try {
      localStorage.removeItem(key);
    } catch {
      memory.delete(key);
    }
  },
};

const root = document.getElementById('class-room');
/** The game's own storage, where its class page keeps the results handed in. */
const gameStorage = browserStorage();

function handInResults(files: readonly { readonly name: string; readonly text: string }[]): number | null {
  const done = keepClassFiles(gameStorage, files);
  return done.kept === null ? done.added : null;
}

const classDebriefUrl = new URL('./#/class', location.href).href;

const catalogue = catalogueOf(compiledScenarios);

function openDebrief(resultText: string): 'not-a-result' | 'not-here' | 'not-kept' | null {
  const kept = keepResultAsGame(gameStorage, resultText, catalogue, new Date());
  if (!kept.ok) return kept.problem;
  location.assign(new URL(`./#/debrief/${kept.game}`, location.href).href);
  return null;
}

/**
 * The page's language: the teacher's in the link (`#code=…&lang=ko`), else the one chosen in the
 * game on this browser, else the browser's own.
 */
function pageLanguage(): string {
  const asked = new URLSearchParams(location.hash.replace(/^#/, '')).get('lang') ?? '';
  if (LANGUAGES.some((l) => l.code === asked)) return asked;
  return readSettings(gameStorage, { language: pickLanguage(navigator.languages ?? []) }).language;
}

// In English at once; in another language once its table is here (in English if it cannot be fetched).
const language = pageLanguage();
void loadLanguage(language).then(() => {
  document.documentElement.lang = setLanguage(language);
  if (root)
    mountClassPage(
      root,
      { url: location.origin, scenarios, storage, handInResults, classDebriefUrl, openDebrief },
      location.hash,
    );
});
