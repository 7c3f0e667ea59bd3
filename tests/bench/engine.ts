/**
 * The bench's engine part (tests/bench/index.ts runs it): figures for the headless game in Node,
 * each sample after a warm-up, repeated, reported as min / median / max, never failing on timing.
 *  1. Loading each shipped scenario (parse, schema, checks, defaults) against a bare `yaml.parse`
 *     of the same text, in the same run.
 *  2. Whole games per CPU second, each scenario from its historical seat, each built-in strategy;
 *     then the Monte Carlo path (`playOutcome`) beside `simulate` on the same games, alternated.
 *  3. One engine action (`applyAction`, the AI's choice made beforehand and not counted) against
 *     one `structuredClone` of the state it is applied to, on the same states of all-AI games.
 *  4. The CPU time of one action as 2004's items grow (7, 14, 21, 28: every item copied).
 *  5. One move (the AI's choice and its application) in a file at the format's limits.
 * Times of whole games are CPU time of this process (`process.cpuUsage`): on a shared machine, wall
 * time would count the neighbours' work too. Before/after against another checkout: compare.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import {
  applyAction,
  chooseAiAction,
  createGame,
  type GameState,
  type Scenario,
  whoMustAct,
} from '../../src/engine/index.ts';
import { ARTICLE_FILES, loadScenario } from '../../src/scenario/index.ts';
import { playOutcome, STRATEGY_NAMES, type StrategyName, simulate } from '../../src/sim/index.ts';
import { grownScenario } from '../sim/grown-file.ts';
import { limitScenario } from '../sim/limit-file.ts';
import { type GoalRow, growthExponent, quantile, round, rounded, type Spread, spread } from './stats.ts';

const dir = fileURLToPath(new URL('../../scenarios/', import.meta.url));
/** Timed samples of each figure, after one warm-up sample that is not counted. */
const REPEATS = 5;
/** Games in one sample of games per second (seeds 1 to GAMES, the same games in every sample). */
const GAMES = 10;
const LOADS = 5;
/** All-AI games whose states are stepped and cloned, per sample. */
const CLONE_GAMES = 4;

export interface EngineFigures {
  /** File name without `.yaml` → strategy → games per CPU second. */
  readonly gamesPerSecond: Record<string, Record<string, Spread>>;
  /** File name → games per CPU second of `simulate` and of the Monte Carlo path on the same games. */
  readonly monteCarloPath: Record<
    string,
    { readonly simulate: Spread; readonly playOutcome: Spread; readonly ratio: number }
  >;
  readonly actionCostVsClone: Record<
    string,
    {
      readonly actionUs: Spread;
      readonly cloneUs: Spread;
      readonly ratio: Spread;
      /** For scale: the AI's choice of the action, made before it and not in the ratio. */
      readonly aiChoiceUs: Spread;
      readonly actions: number;
    }
  >;
  readonly costPerActionByItems: {
    readonly items: Record<string, Spread>;
    /** y ~ items^k fitted to the medians. */
    readonly exponent: number;
  };
  readonly scenarioLoadMs: Record<
    string,
    { readonly load: Spread; readonly yamlParse: Spread; readonly ratio: number }
  >;
  readonly limitsMoveMs: Record<
    string,
    { readonly p50: number; readonly p90: number; readonly max: number; readonly moves: number }
  >;
}

type Say = (line?: string) => void;

/** CPU milliseconds of `fn`. */
function cpuMs(fn: () => void): number {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/** `fn` once to warm up, then `REPEATS` samples of it. */
function samples(fn: () => number, repeats = REPEATS): number[] {
  fn();
  return Array.from({ length: repeats }, fn);
}

const stem = (file: string) => file.replace(/\.yaml$/, '');
const f = (x: number) => String(round(x));
const cell = (s: Spread) => `${f(s.min)} / ${f(s.median)} / ${f(s.max)}`;

function loadAll(say: Say): { file: string; scenario: Scenario }[] {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort();
  const out: { file: string; scenario: Scenario }[] = [];
  for (const file of files) {
    const loaded = loadScenario(readFileSync(dir + file, 'utf8'), file);
    if (loaded.ok) out.push({ file, scenario: loaded.value });
    else say(`${file}: does not load; left out`);
  }
  return out;
}

function loading(say: Say, files: readonly string[]): EngineFigures['scenarioLoadMs'] {
  say(
    `1. Loading a scenario against a bare yaml.parse of its text (ms, ${LOADS} samples, min / median / max)`,
  );
  const out: Record<string, EngineFigures['scenarioLoadMs'][string]> = {};
  for (const file of files) {
    const text = readFileSync(dir + file, 'utf8');
    // Alternated, so that drift on a busy machine hits both alike.
    const load: number[] = [];
    const bare: number[] = [];
    loadScenario(text, file);
    parse(text);
    for (let i = 0; i < LOADS; i++) {
      load.push(cpuMs(() => loadScenario(text, file)));
      bare.push(cpuMs(() => parse(text)));
    }
    const l = spread(load);
    const b = spread(bare);
    out[stem(file)] = { load: rounded(l), yamlParse: rounded(b), ratio: round(l.median / b.median) };
    say(
      `   ${stem(file).padEnd(32)} load ${cell(l).padEnd(20)} yaml.parse ${cell(b).padEnd(20)} ${f(l.median / b.median)}×`,
    );
  }
  return out;
}

function gamesPerSecond(
  say: Say,
  scenarios: readonly { file: string; scenario: Scenario }[],
): EngineFigures['gamesPerSecond'] {
  say('');
  say(
    `2. Whole games per CPU second, historical seat, ${GAMES} games a sample, ${REPEATS} samples after a warm-up (min / median / max)`,
  );
  const out: Record<string, Record<string, Spread>> = {};
  for (const { file, scenario } of scenarios) {
    const row: Record<string, Spread> = {};
    for (const name of STRATEGY_NAMES) {
      const games = samples(() => {
        const ms = cpuMs(() => {
          for (let seed = 1; seed <= GAMES; seed++)
            simulate({
              scenario,
              player: scenario.history.player,
              seed,
              play: { kind: 'strategy', name: name as StrategyName },
            });
        });
        return (GAMES / ms) * 1000;
      });
      row[name] = rounded(spread(games));
    }
    out[stem(file)] = row;
    say(`   ${stem(file)}`);
    for (const name of STRATEGY_NAMES) say(`     ${name.padEnd(10)} ${cell(row[name]!)}`);
  }
  return out;
}

/** Games a sample of the Monte Carlo path: seed s plays strategy s mod 6, every strategy alike. */
const PATH_GAMES = 30;

function monteCarloPath(
  say: Say,
  scenarios: readonly { file: string; scenario: Scenario }[],
): EngineFigures['monteCarloPath'] {
  say('');
  say(
    `2b. The Monte Carlo path (playOutcome, the same game keeping only its outcome) against simulate, games per CPU second, ${PATH_GAMES} games a sample (every strategy in turn), alternated`,
  );
  const out: Record<string, EngineFigures['monteCarloPath'][string]> = {};
  for (const { file, scenario } of scenarios) {
    const sample = (play: typeof simulate | typeof playOutcome) => {
      const ms = cpuMs(() => {
        for (let seed = 1; seed <= PATH_GAMES; seed++) {
          const name = STRATEGY_NAMES[seed % STRATEGY_NAMES.length]!;
          play({ scenario, player: scenario.history.player, seed, play: { kind: 'strategy', name } });
        }
      });
      return (PATH_GAMES / ms) * 1000;
    };
    const full: number[] = [];
    const fast: number[] = [];
    sample(simulate);
    sample(playOutcome);
    for (let i = 0; i < REPEATS; i++) {
      full.push(sample(simulate));
      fast.push(sample(playOutcome));
    }
    const a = spread(full);
    const b = spread(fast);
    out[stem(file)] = { simulate: rounded(a), playOutcome: rounded(b), ratio: round(b.median / a.median) };
    say(
      `   ${stem(file).padEnd(32)} simulate ${cell(a).padEnd(20)} playOutcome ${cell(b).padEnd(20)} ${f(b.median / a.median)}×`,
    );
  }
  return out;
}

/**
 * Every state of `games` all-AI games: the time of `applyAction` on it (the AI's choice made
 * first, untimed) and of one `structuredClone` of it, in microseconds, summed.
 */
function stepAndClone(
  scenario: Scenario,
  games: number,
): { action: number; clone: number; choice: number; n: number } {
  let action = 0;
  let clone = 0;
  let choice = 0;
  let n = 0;
  for (let seed = 1; seed <= games; seed++) {
    let state: GameState = createGame(scenario, seed, {});
    for (let guard = 0; guard < 5000; guard++) {
      const turn = whoMustAct(scenario, state);
      if (!turn) break;
      const tc = performance.now();
      const chosen = chooseAiAction(scenario, state, turn.actor);
      const t0 = performance.now();
      const copy = structuredClone(state);
      const t1 = performance.now();
      const result = applyAction(scenario, state, chosen);
      const t2 = performance.now();
      if (copy.turn !== state.turn) throw new Error('the clone differs');
      if (!result.ok) throw new Error(`the AI's move was refused: ${result.error.code}`);
      clone += (t1 - t0) * 1000;
      action += (t2 - t1) * 1000;
      choice += (t0 - tc) * 1000;
      n++;
      state = result.state;
    }
  }
  return { action, clone, choice, n };
}

function actionVsClone(
  say: Say,
  scenarios: readonly { file: string; scenario: Scenario }[],
): EngineFigures['actionCostVsClone'] {
  say('');
  say(
    `3. One engine action against one structuredClone of its state (µs; every state of ${CLONE_GAMES} all-AI games a sample)`,
  );
  const out: Record<string, EngineFigures['actionCostVsClone'][string]> = {};
  for (const { file, scenario } of scenarios) {
    stepAndClone(scenario, 1);
    const runs = Array.from({ length: REPEATS }, () => stepAndClone(scenario, CLONE_GAMES));
    const action = spread(runs.map((r) => r.action / r.n));
    const clone = spread(runs.map((r) => r.clone / r.n));
    const ratio = spread(runs.map((r) => r.action / r.clone));
    const choice = spread(runs.map((r) => r.choice / r.n));
    out[stem(file)] = {
      actionUs: rounded(action),
      cloneUs: rounded(clone),
      ratio: rounded(ratio),
      aiChoiceUs: rounded(choice),
      actions: runs[0]!.n,
    };
    say(
      `   ${stem(file).padEnd(32)} action ${cell(action).padEnd(20)} clone ${cell(clone).padEnd(20)} ratio ${cell(ratio).padEnd(22)} (the AI's choice ${f(choice.median)})`,
    );
  }
  return out;
}

/** CPU microseconds per action over whole games of the balanced strategy from the historical seat. */
function actionCost(scenario: Scenario, games: number): number {
  let actions = 0;
  const ms = cpuMs(() => {
    for (let seed = 1; seed <= games; seed++) {
      const run = simulate({
        scenario,
        player: scenario.history.player,
        seed,
        play: { kind: 'strategy', name: 'balanced' },
      });
      actions += run.final.log.filter((e) => e.action).length;
    }
  });
  return (ms * 1000) / actions;
}

function byItems(say: Say, base: Scenario): EngineFigures['costPerActionByItems'] {
  say('');
  say(`4. CPU µs per action as 2004's items grow (every item copied; balanced strategy; ${REPEATS} samples)`);
  const items: Record<string, Spread> = {};
  const points: [number, number][] = [];
  for (const copies of [1, 2, 3, 4]) {
    const scenario = grownScenario(base, copies);
    const games = Math.max(2, Math.round(24 / copies ** 2));
    const s = spread(samples(() => actionCost(scenario, games)));
    items[String(7 * copies)] = rounded(s);
    points.push([7 * copies, s.median]);
    say(`   ${String(7 * copies).padStart(3)} items   ${cell(s)}   (${games} games a sample)`);
  }
  const exponent = round(growthExponent(points));
  say(`   grows as items^${exponent}`);
  return { items, exponent };
}

/** CPU milliseconds of each of the first `moves` moves of an all-AI game. */
function moveTimes(scenario: Scenario, seed: number, moves: number): number[] {
  let state = createGame(scenario, seed, {});
  const times: number[] = [];
  for (let i = 0; i < moves; i++) {
    const turn = whoMustAct(scenario, state);
    if (!turn) break;
    let next: GameState | null = null;
    times.push(
      cpuMs(() => {
        const result = applyAction(scenario, state, chooseAiAction(scenario, state, turn.actor));
        if (!result.ok) throw new Error(`the AI's move was refused: ${result.error.code}`);
        next = result.state;
      }),
    );
    state = next!;
  }
  return times;
}

function limits(say: Say): EngineFigures['limitsMoveMs'] {
  say('');
  say('5. One move at the limits of the format (CPU ms over the first 150 moves, after a warm-up of 60)');
  const out: Record<string, EngineFigures['limitsMoveMs'][string]> = {};
  for (const givers of [50, 2]) {
    const text = limitScenario(50, 100, {
      items: 500,
      tiers: 10,
      forums: 50,
      issues: 100,
      events: 500,
      givers,
    });
    const loaded = loadScenario(text, 'limits.yaml', { knownSources: ARTICLE_FILES });
    if (!loaded.ok) {
      say('   the limit file does not load');
      break;
    }
    moveTimes(loaded.value, 2, 60);
    const times = moveTimes(loaded.value, 1, 150);
    const key = givers === 50 ? 'itemsOfEveryDelegation' : 'itemsOfTwoDelegations';
    const row = {
      p50: round(quantile(times, 0.5)),
      p90: round(quantile(times, 0.9)),
      max: round(Math.max(...times)),
      moves: times.length,
    };
    out[key] = row;
    say(
      `   items of ${givers === 50 ? 'every delegation' : 'two delegations'}`.padEnd(32) +
        ` p50 ${row.p50}   p90 ${row.p90}   max ${row.max} ms`,
    );
  }
  return out;
}

const GAMES_GOALS: readonly { readonly file: string; readonly label: string; readonly goal: number }[] = [
  { file: '2001-beijing-back-channel', label: '2001 (bilateral)', goal: 10_000 },
  { file: '2004-koizumi-second-visit', label: '2004 second visit', goal: 10_000 },
  { file: '2004-six-party-third-round', label: '2004 Six Party round', goal: 1_000 },
];

/** The goal rows the engine's figures answer. */
export function engineGoals(figures: EngineFigures): GoalRow[] {
  const rows: GoalRow[] = GAMES_GOALS.map(({ file, label, goal }) => {
    const row = figures.gamesPerSecond[file];
    if (!row) return { measure: `games/s, ${label}`, goal: `>= ${goal}`, figure: '-', met: null };
    const slowest = Object.entries(row).sort((a, b) => a[1].median - b[1].median)[0]!;
    const fastest = Object.entries(row).sort((a, b) => b[1].median - a[1].median)[0]!;
    return {
      measure: `games/s, ${label}, every strategy`,
      goal: `>= ${goal}`,
      figure: `${f(slowest[1].median)} (${slowest[0]}) to ${f(fastest[1].median)} (${fastest[0]})`,
      met: slowest[1].median >= goal,
    };
  });
  for (const { file, label, goal } of GAMES_GOALS) {
    const path = figures.monteCarloPath[file];
    rows.push({
      measure: `games/s, ${label}, Monte Carlo path (every strategy in turn)`,
      goal: `>= ${goal}`,
      figure: path
        ? `${f(path.playOutcome.median)} (simulate ${f(path.simulate.median)}, ${f(path.ratio)}×)`
        : '-',
      met: path ? path.playOutcome.median >= goal : null,
    });
  }
  const clones = Object.entries(figures.actionCostVsClone);
  const worst = clones.sort((a, b) => b[1].ratio.median - a[1].ratio.median)[0];
  rows.push({
    measure: 'one action / one structuredClone',
    goal: '<= 10×',
    figure: worst
      ? `${f(worst[1].ratio.median)}× at worst (${worst[0]}: ${f(worst[1].actionUs.median)} µs / ${f(worst[1].cloneUs.median)} µs)`
      : '-',
    met: worst ? clones.every(([, c]) => c.ratio.median <= 10) : null,
  });
  const items = figures.costPerActionByItems;
  const at = (n: number) => f(items.items[String(n)]?.median ?? Number.NaN);
  rows.push({
    measure: 'cost per action, 2004 with 7/14/21/28 items',
    goal: 'gentle: <= items^1.5',
    figure: `${at(7)} / ${at(14)} / ${at(21)} / ${at(28)} µs, items^${items.exponent}`,
    met: Number.isFinite(items.exponent) ? items.exponent <= 1.5 : null,
  });
  const limit = Object.values(figures.limitsMoveMs);
  rows.push({
    measure: 'one move at the limits of the format, max',
    goal: '< 100 ms',
    figure: limit.length ? `${f(Math.max(...limit.map((l) => l.max)))} ms` : '-',
    met: limit.length ? limit.every((l) => l.max < 100) : null,
  });
  return rows;
}

/** Runs every engine measure, saying what it does as it goes. */
export function engineBench(say: Say): EngineFigures {
  const timed = <T>(fn: () => T): T => {
    const start = performance.now();
    const value = fn();
    say(`   (${((performance.now() - start) / 1000).toFixed(0)} s)`);
    return value;
  };
  const scenarios = loadAll(say);
  const scenarioLoadMs = timed(() =>
    loading(
      say,
      scenarios.map((s) => s.file),
    ),
  );
  const games = timed(() => gamesPerSecond(say, scenarios));
  const path = timed(() => monteCarloPath(say, scenarios));
  const actionCostVsClone = timed(() => actionVsClone(say, scenarios));
  const base = scenarios.find((s) => s.file === '2004-koizumi-second-visit.yaml');
  if (!base) throw new Error('2004-koizumi-second-visit.yaml is needed for the cost by items');
  const costPerActionByItems = timed(() => byItems(say, base.scenario));
  const limitsMoveMs = timed(() => limits(say));
  return {
    gamesPerSecond: games,
    monteCarloPath: path,
    actionCostVsClone,
    costPerActionByItems,
    scenarioLoadMs,
    limitsMoveMs,
  };
}
