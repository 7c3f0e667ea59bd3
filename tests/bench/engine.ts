/**
 * `npm run bench` (engine part): figures for the headless game, printed, never failing on timing.
 *  1. Loading each shipped scenario (parse, schema, checks, defaults) against a bare `yaml.parse`
 *     of the same text, in the same run (ratio).
 *  2. Whole games per second from the historical seat with the balanced strategy, and the mean
 *     time of one engine action (the AI's choices included).
 *  3. The CPU time of one action as 2004's items grow (7, 14, 21, 28: every item copied).
 *  4. One move (the AI's choice and its application) in a file at the format's limits: 50
 *     delegations, 100 turns, 500 items of 10 tiers, 50 forums, 100 issues, 500 events; with the
 *     items spread over every delegation, and with all of them in two hands. CPU time, after a
 *     warm-up game, median / p90 / max over the first 150 moves (aim: under 100 ms).
 * Before/after figures against another checkout: tests/bench/compare.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import {
  applyAction,
  chooseAiAction,
  createGame,
  type Scenario,
  whoMustAct,
} from '../../src/engine/index.ts';
import { ARTICLE_FILES, loadScenario } from '../../src/scenario/index.ts';
import { simulate } from '../../src/sim/index.ts';
import { grownScenario } from '../sim/grown-file.ts';
import { limitScenario } from '../sim/limit-file.ts';

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

/** CPU microseconds per action over whole games of the balanced strategy from the historical seat. */
function actionCost(scenario: Scenario, games: number): number {
  let actions = 0;
  const start = process.cpuUsage();
  for (let seed = 1; seed <= games; seed++) {
    const run = simulate({
      scenario,
      player: scenario.history.player,
      seed,
      play: { kind: 'strategy', name: 'balanced' },
    });
    actions += run.final.log.filter((e) => e.action).length;
  }
  const used = process.cpuUsage(start);
  return (used.user + used.system) / actions;
}

const file2004 = '2004-koizumi-second-visit.yaml';
const loaded2004 = loadScenario(readFileSync(dir + file2004, 'utf8'), file2004);
if (loaded2004.ok) {
  console.log('');
  console.log('Cost of one action as the items grow (2004, items copied; CPU µs, median of 3)');
  for (const copies of [1, 2, 3, 4]) {
    const scenario = grownScenario(loaded2004.value, copies);
    actionCost(scenario, 1);
    const samples = [0, 1, 2].map(() => actionCost(scenario, Math.max(3, Math.round(40 / copies ** 2))));
    samples.sort((a, b) => a - b);
    console.log(`${String(7 * copies).padStart(3)} items ${samples[1]!.toFixed(0).padStart(8)} µs`);
  }
}

/** CPU milliseconds of each of the first `moves` moves of an all-AI game. */
function moveTimes(scenario: Scenario, seed: number, moves: number): number[] {
  let state = createGame(scenario, seed, {});
  const times: number[] = [];
  for (let i = 0; i < moves; i++) {
    const turn = whoMustAct(scenario, state);
    if (!turn) break;
    const start = process.cpuUsage();
    const result = applyAction(scenario, state, chooseAiAction(scenario, state, turn.actor));
    const used = process.cpuUsage(start);
    if (!result.ok) throw new Error(`the AI's move was refused: ${result.error.code}`);
    state = result.state;
    times.push((used.user + used.system) / 1000);
  }
  return times;
}

console.log('');
console.log('One move at the limits of the format (CPU ms: median / p90 / max of 150 moves; aim < 100)');
for (const givers of [50, 2]) {
  const text = limitScenario(50, 100, {
    items: 500,
    tiers: 10,
    forums: 50,
    issues: 100,
    events: 500,
    givers,
  });
  const limits = loadScenario(text, 'limits.yaml', { knownSources: ARTICLE_FILES });
  if (!limits.ok) {
    console.log('the limit file does not load');
    break;
  }
  moveTimes(limits.value, 2, 60);
  const times = moveTimes(limits.value, 1, 150).sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(1);
  console.log(
    `items of ${givers === 50 ? 'every delegation' : 'two delegations'}`.padEnd(30) +
      `${at(0.5)} / ${at(0.9)} / ${times[times.length - 1]!.toFixed(1)} ms`,
  );
}
