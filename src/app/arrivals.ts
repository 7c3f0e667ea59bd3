import type { ScenarioCheck } from '../sim/index.ts';
import {
  type AppStore,
  findScenario,
  isClassLink,
  type KeptFile,
  type OpenedScenario,
  parseClassLink,
  scenarioHash,
} from '../store/index.ts';
import { loadLanguage, type ScenarioChecker } from '../ui/index.ts';

/**
 * What the page finds on arrival besides the shipped scenarios: scenario files kept from an
 * earlier visit (loaded again in a worker, after the title is up), and a class link in the
 * address (`#play=…&as=…&seed=…`, also when one is opened while the game is running).
 */

function problemText(check: ScenarioCheck): string[] {
  return check.problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message}`);
}

/**
 * Loads the kept files' texts again with the page's checker (load only: each passed the whole
 * check when it was opened) and adds them to the store. Resolves when done; never rejects.
 */
export async function reloadKeptFiles(
  store: AppStore,
  kept: readonly KeptFile[],
  checker: ScenarioChecker,
): Promise<void> {
  const texts = kept.filter((f): f is KeptFile & { text: string } => f.text !== null);
  if (texts.length === 0) return;
  const entries: OpenedScenario[] = [];
  for (const file of texts) {
    try {
      const check = await checker.load(file.text, file.name, file.articles ?? {});
      entries.push(
        check.scenario !== null && check.errors === 0
          ? // The hash of what loads now: a newer game may fill in defaults the kept record predates.
            {
              ok: true,
              name: file.name,
              scenario: check.scenario,
              hash: scenarioHash(check.scenario),
              kept: 'kept',
            }
          : { ok: false, name: file.name, scenarioId: file.scenarioId, problems: problemText(check) },
      );
    } catch (error) {
      entries.push({ ok: false, name: file.name, scenarioId: file.scenarioId, problems: [String(error)] });
    }
  }
  store.getState().adoptKeptScenarios(entries);
}

/**
 * Follows the class link in the address, if there is one, then takes it out of the address, so
 * a reload does not start another game. A link to a scenario that is not shipped waits for the
 * kept files, in case it names one of them.
 */
export async function followLinkInAddress(store: AppStore, filesReady: Promise<void>): Promise<void> {
  const fragment = location.hash;
  if (!isClassLink(fragment)) return;
  history.replaceState(history.state, '', `${location.pathname}${location.search}`);
  const parsed = parseClassLink(fragment);
  // The teacher's language for the class, before the briefing opens in it; one the game does not
  // speak, or cannot fetch, leaves the student's own.
  const language = parsed.ok ? parsed.link.language : undefined;
  if (language && language !== store.getState().settings.language && (await loadLanguage(language)))
    store.getState().setSettings({ language });
  if (parsed.ok && !findScenario(store.getState().catalogue, parsed.link.scenarioId)) await filesReady;
  store.getState().followClassLink(parsed);
}
