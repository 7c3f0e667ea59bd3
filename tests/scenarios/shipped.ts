import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Scenario } from '../../src/engine/index.ts';
import { loadScenario } from '../../src/scenario/index.ts';

/** The folder of the scenario files the game ships. */
export const SCENARIO_DIR = resolve(import.meta.dirname, '../../scenarios');

/** The shipped scenario files, by name, sorted. */
export const SHIPPED_FILES: readonly string[] = readdirSync(SCENARIO_DIR)
  .filter((f) => f.endsWith('.yaml'))
  .sort();

/** A shipped scenario, loaded as the game loads it; a file that does not load fails the test. */
export function loadShipped(file: string): Scenario {
  const loaded = loadScenario(readFileSync(join(SCENARIO_DIR, file), 'utf8'), file);
  if (!loaded.ok) throw new Error(`${file} does not load: ${loaded.error.map((i) => i.message).join('; ')}`);
  return loaded.value;
}

/** Every shipped scenario, in file order. */
export function shippedScenarios(): Scenario[] {
  return SHIPPED_FILES.map(loadShipped);
}
