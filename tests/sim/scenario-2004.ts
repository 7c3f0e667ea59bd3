import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Scenario } from '../../src/engine/index.ts';
import { loadScenario } from '../../src/scenario/index.ts';

export const FILE_2004 = resolve(import.meta.dirname, '../../scenarios/2004-koizumi-second-visit.yaml');

/** The shipped 2004 scenario, loaded as the game loads it. */
export function scenario2004(): Scenario {
  const result = loadScenario(readFileSync(FILE_2004, 'utf8'), FILE_2004);
  if (!result.ok) throw new Error(result.error.map((i) => i.message).join('\n'));
  return result.value;
}
