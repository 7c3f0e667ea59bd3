import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Scenario } from '../engine/index.ts';
import { loadScenario } from '../scenario/index.ts';

/** The game's version (package.json's), written into result files as the browser's build does. */
export const GAME_VERSION = (
  JSON.parse(
    readFileSync(resolve(dirname(fileURLToPath(import.meta.url)), '../../package.json'), 'utf8'),
  ) as {
    version: string;
  }
).version;

/** The shipped scenarios, found from this file (not the working folder). */
export const SCENARIOS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../scenarios');

/** A scenario a class can be opened with, and the text it was read from (kept with the class). */
export interface ShippedScenario {
  readonly file: string;
  readonly text: string;
  readonly scenario: Scenario;
}

/** Reads every shipped scenario; one that does not load stops the server with its problem. */
export function shippedScenarios(dir: string = SCENARIOS_DIR): Map<string, ShippedScenario> {
  const found = new Map<string, ShippedScenario>();
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort();
  for (const file of files) {
    const text = readFileSync(join(dir, file), 'utf8');
    const scenario = scenarioFromText(text, file);
    found.set(scenario.id, { file, text, scenario });
  }
  return found;
}

/** A scenario from its text; throws with the first problem (shipped and stored texts are checked ones). */
export function scenarioFromText(text: string, file: string): Scenario {
  const loaded = loadScenario(text, file);
  if (!loaded.ok) {
    const first = loaded.error[0];
    throw new Error(
      `${file}:${first?.line ?? 1}:${first?.column ?? 1}: ${first?.message ?? 'does not load'}`,
    );
  }
  return loaded.value;
}
