/**
 * `npx tsx tests/bench/compare.ts OTHER_CHECKOUT [--games N] [--repeats N]`: whole games per second
 * of this checkout's engine beside another checkout's (a baseline, e.g. `git worktree add` of an
 * older commit with its `node_modules`), in the same process, alternating, so the two figures
 * share the machine's load. Each scenario is played from its historical seat by every built-in
 * strategy in turn (seed s plays strategy s mod 6), timed by CPU time. Prints min / median / max per side and the
 * speed-up of the medians; then the CPU time of one call of the package search (every call the
 * AI's moves would make on the states of 20 all-AI games); then the CPU time of one action as
 * 2004's items grow (7, 14, 21, 28: every item copied), over whole games of the balanced strategy
 * from the historical seat. A report only: it never fails on timing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { grownScenario } from '../sim/grown-file.ts';

interface Engine {
  readonly label: string;
  /** The engine's index: the search and what plays a game move by move. */
  readonly engine: {
    readonly createGame: (scenario: never, seed: number, seats: object) => unknown;
    readonly whoMustAct: (scenario: never, state: never) => { actor: string } | null;
    readonly chooseAiAction: (scenario: never, state: never, actor: string) => unknown;
    readonly applyAction: (scenario: never, state: never, action: never) => { ok: boolean; state?: unknown };
    readonly counterpartsOf: (scenario: never, state: never, actor: string) => string[];
    readonly openForums: (scenario: never, state: never, a: string, b: string) => unknown[];
    readonly candidatePackages: (
      scenario: never,
      state: never,
      a: string,
      b: string,
      forums: never,
    ) => unknown[];
  };
  readonly load: (text: string, file: string) => { ok: boolean; value?: unknown };
  readonly simulate: (options: unknown) => { final: { log: readonly { action: unknown }[] } };
  readonly strategies: readonly string[];
}

async function engineAt(root: string, label: string): Promise<Engine> {
  const scenario = await import(resolve(root, 'src/scenario/index.ts'));
  const sim = await import(resolve(root, 'src/sim/index.ts'));
  const engine = await import(resolve(root, 'src/engine/index.ts'));
  return {
    label,
    engine,
    load: scenario.loadScenario,
    simulate: sim.simulate,
    strategies: sim.STRATEGY_NAMES,
  };
}

const args = process.argv.slice(2);
const other = args[0];
if (!other || other.startsWith('--')) {
  console.error('usage: tsx tests/bench/compare.ts OTHER_CHECKOUT [--games N] [--repeats N]');
  process.exit(2);
}
const option = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const GAMES = option('--games', 120);
const REPEATS = option('--repeats', 5);
const here = fileURLToPath(new URL('../../', import.meta.url));
const engines = [await engineAt(other, 'baseline'), await engineAt(here, 'this')];
const dir = resolve(here, 'scenarios');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .sort();

/**
 * Games per second of this process's CPU time (user and system): on a machine shared with other
 * work, wall time measures the neighbours too.
 */
function gamesPerSecond(engine: Engine, scenario: { history: { player: string } }): number {
  const start = process.cpuUsage();
  for (let seed = 1; seed <= GAMES; seed++) {
    const name = engine.strategies[seed % engine.strategies.length];
    engine.simulate({ scenario, player: scenario.history.player, seed, play: { kind: 'strategy', name } });
  }
  const used = process.cpuUsage(start);
  return (GAMES / (used.user + used.system)) * 1e6;
}

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return { min: s[0]!, median: s[Math.floor(s.length / 2)]!, max: s[s.length - 1]! };
};
const f0 = (n: number) => n.toFixed(0);

console.log(
  `games per CPU second, ${GAMES} games a sample (every strategy in turn), ${REPEATS} samples, min / median / max`,
);
console.log(`${'scenario'.padEnd(34)}${'baseline'.padStart(20)}${'this'.padStart(20)}  speed-up`);
for (const file of files) {
  const text = readFileSync(resolve(dir, file), 'utf8');
  const loaded = engines.map((e) => e.load(text, file));
  if (!loaded.every((l) => l.ok)) {
    console.log(`${file}: does not load in both`);
    continue;
  }
  const scenarios = loaded.map((l) => l.value as { history: { player: string } });
  const samples: number[][] = engines.map(() => []);
  for (const [i, e] of engines.entries()) gamesPerSecond(e, scenarios[i]!); // warm-up
  for (let r = 0; r < REPEATS; r++) {
    for (const [i, e] of engines.entries()) samples[i]!.push(gamesPerSecond(e, scenarios[i]!));
  }
  const [base, mine] = samples.map(stats);
  const cell = (s: { min: number; median: number; max: number }) =>
    `${f0(s.min)} / ${f0(s.median)} / ${f0(s.max)}`.padStart(20);
  console.log(`${file.padEnd(34)}${cell(base!)}${cell(mine!)}  ${(mine!.median / base!.median).toFixed(2)}×`);
}

/** CPU microseconds per engine action (the AI's and the strategy's choices included). */
function actionCost(engine: Engine, scenario: { history: { player: string } }, games: number): number {
  let actions = 0;
  const start = process.cpuUsage();
  for (let seed = 1; seed <= games; seed++) {
    const run = engine.simulate({
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

type Call = readonly [state: never, a: string, b: string, forums: never];

/** Every search an AI move would make on the states of 20 all-AI games. */
function searchCalls(engine: Engine['engine'], scenario: never): Call[] {
  const calls: Call[] = [];
  for (let seed = 1; seed <= 20; seed++) {
    let state = engine.createGame(scenario, seed, {}) as never;
    for (let guard = 0; guard < 2000; guard++) {
      const turn = engine.whoMustAct(scenario, state);
      if (!turn) break;
      for (const other of engine.counterpartsOf(scenario, state, turn.actor)) {
        calls.push([
          state,
          turn.actor,
          other,
          engine.openForums(scenario, state, turn.actor, other) as never,
        ]);
      }
      const result = engine.applyAction(
        scenario,
        state,
        engine.chooseAiAction(scenario, state, turn.actor) as never,
      );
      if (!result.ok) break;
      state = result.state as never;
    }
  }
  return calls;
}

/** CPU microseconds per search over the calls, `passes` times over. */
function searchCost(
  engine: Engine['engine'],
  scenario: never,
  calls: readonly Call[],
  passes: number,
): number {
  const start = process.cpuUsage();
  for (let p = 0; p < passes; p++)
    for (const [state, a, b, f] of calls) engine.candidatePackages(scenario, state, a, b, f);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / (passes * calls.length);
}

console.log('');
console.log(`CPU µs per package search (the AI's calls on 20 games' states), median of ${REPEATS}`);
console.log(`${'scenario'.padEnd(34)}${'baseline'.padStart(20)}${'this'.padStart(20)}  speed-up`);
for (const file of files) {
  const text = readFileSync(resolve(dir, file), 'utf8');
  const scenarios = engines.map((e) => e.load(text, file).value as never);
  const calls = engines.map((e, i) => searchCalls(e.engine, scenarios[i]!));
  const samples: number[][] = engines.map(() => []);
  for (const [i, e] of engines.entries()) searchCost(e.engine, scenarios[i]!, calls[i]!, 1);
  for (let r = 0; r < REPEATS; r++) {
    for (const [i, e] of engines.entries())
      samples[i]!.push(searchCost(e.engine, scenarios[i]!, calls[i]!, 3));
  }
  const [base, mine] = samples.map((xs) => stats(xs).median);
  console.log(
    `${file.padEnd(34)}${base!.toFixed(1).padStart(20)}${mine!.toFixed(1).padStart(20)}  ${(base! / mine!).toFixed(1)}×`,
  );
}

const FILE_2004 = '2004-koizumi-second-visit.yaml';
const text2004 = readFileSync(resolve(dir, FILE_2004), 'utf8');
console.log('');
console.log(`CPU µs per action, 2004 with its items copied (balanced strategy), median of ${REPEATS}`);
console.log(`${'items'.padEnd(34)}${'baseline'.padStart(20)}${'this'.padStart(20)}  speed-up`);
for (const copies of [1, 2, 3, 4]) {
  const scenarios = engines.map((e) => grownScenario(e.load(text2004, FILE_2004).value as never, copies));
  const games = Math.max(2, Math.round(GAMES / 4 / copies ** 2));
  const samples: number[][] = engines.map(() => []);
  for (const [i, e] of engines.entries()) actionCost(e, scenarios[i]!, 1);
  for (let r = 0; r < REPEATS; r++)
    for (const [i, e] of engines.entries()) samples[i]!.push(actionCost(e, scenarios[i]!, games));
  const [base, mine] = samples.map((xs) => stats(xs).median);
  console.log(
    `${String(7 * copies).padEnd(34)}${f0(base!).padStart(20)}${f0(mine!).padStart(20)}  ${(base! / mine!).toFixed(1)}×`,
  );
}
