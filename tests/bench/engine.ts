/**
 * `npm run bench` (engine part): figures for the headless game, printed, never failing on timing.
 *  1. Loading each shipped scenario (parse, schema, checks, defaults) against a bare `yaml.parse`
 *     of the same text, in the same run (ratio).
 *  2. Whole games per second from the historical seat with the balanced strategy, and the mean
 *     time of one engine action (the AI's choices included).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { loadScenario } from '../../src/scenario/index.ts';
import { simulate } from '../../src/sim/index.ts';

const dir = fileURLToPath(new URL('../../scenarios/', import.meta.url));
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .sort();
const LOADS = 20;
const GAMES = 200;

/** Median of repeated timings, after one warm-up run. */
function time(runs: number, fn: () => void): number {
  fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)]!;
}

console.log('Engine and scenario loading (median of runs; ratios against a baseline in the same run)');
console.log('scenario                              load ms  yaml.parse ms  ratio  games/s  ms/action');
for (const file of files) {
  const text = readFileSync(dir + file, 'utf8');
  const load = time(LOADS, () => {
    loadScenario(text, file);
  });
  const bare = time(LOADS, () => {
    parse(text);
  });
  const loaded = loadScenario(text, file);
  if (!loaded.ok) {
    console.log(`${file}: does not load`);
    continue;
  }
  const scenario = loaded.value;
  let actions = 0;
  const start = performance.now();
  for (let seed = 1; seed <= GAMES; seed++) {
    const run = simulate({
      scenario,
      player: scenario.history.player,
      seed,
      play: { kind: 'strategy', name: 'balanced' },
    });
    actions += run.final.log.filter((e) => e.action).length;
  }
  const elapsed = performance.now() - start;
  console.log(
    `${file.padEnd(38)}${load.toFixed(1).padStart(7)}${bare.toFixed(1).padStart(15)}${(load / bare).toFixed(2).padStart(7)}` +
      `${((GAMES / elapsed) * 1000).toFixed(0).padStart(9)}${(elapsed / actions).toFixed(3).padStart(11)}`,
  );
}
