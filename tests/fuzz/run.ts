/**
 * `npm run fuzz`: the engine fuzz and the loader fuzz over the shipped scenarios, printed as
 * figures; exit 1 if any invariant broke. The same `--seed` gives the same run.
 *
 *   npm run fuzz -- --actions 100000 --mutations 5000 --seed 1
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Scenario } from '../../src/engine/index.ts';
import { loadScenario } from '../../src/scenario/index.ts';
import { fuzzEngine } from './engine-fuzz.ts';
import { fuzzLoader } from './loader-fuzz.ts';
import { seeded } from './random.ts';

const { values } = parseArgs({
  options: {
    actions: { type: 'string', default: '10000' },
    mutations: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
  },
});
const count = (name: string, text: string | undefined): number => {
  const n = Number(text);
  if (!Number.isSafeInteger(n) || n < 0) {
    console.error(`fuzz: --${name} must be a whole number, not ${text}`);
    process.exit(2);
  }
  return n;
};
const actions = count('actions', values.actions);
const mutations = count('mutations', values.mutations);
const seed = count('seed', values.seed);

const dir = fileURLToPath(new URL('../../scenarios/', import.meta.url));
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((file) => ({ file, text: readFileSync(dir + file, 'utf8') }));
const scenarios: Scenario[] = files.map(({ file, text }) => {
  const loaded = loadScenario(text, file);
  if (!loaded.ok) throw new Error(`${file} does not load`);
  return loaded.value;
});

const byCount = (counts: Record<string, number>) =>
  Object.entries(counts)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([k, n]) => `    ${String(n).padStart(8)}  ${k}`)
    .join('\n');
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

console.log(`fuzz --actions ${actions} --mutations ${mutations} --seed ${seed} (${files.length} scenarios)`);
const engine = fuzzEngine(scenarios, { actions, random: seeded(seed) });
console.log(
  `engine: ${engine.actions} actions in ${engine.games} games (every moving seat a person's), ` +
    `${engine.played} played, ${engine.actions - engine.played} refused, ${seconds(engine.ms)}`,
);
console.log(`  refusals by code:\n${byCount(engine.refused)}`);
const loader = fuzzLoader(files, { mutations, random: seeded(seed) });
console.log(
  `loader: ${loader.mutations} mutations, ${loader.loaded} still load, ` +
    `${loader.mutations - loader.loaded} refused with positioned issues, ${seconds(loader.ms)}`,
);
console.log(`  mutations by kind:\n${byCount(loader.kinds)}`);
console.log(`  refusals by first issue:\n${byCount(loader.refused)}`);
const failures = [...engine.failures, ...loader.failures];
if (failures.length > 0) {
  console.log(`FAILED (${failures.length}${failures.length >= 50 ? '+' : ''}):\n${failures.join('\n')}`);
  process.exit(1);
}
console.log('every invariant held');
