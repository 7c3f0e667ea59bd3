/**
 * A workload to profile (docs/performance.md, "Where the time goes"): whole games of one shipped
 * scenario from its historical seat, every built-in strategy in turn (seed s plays strategy
 * s mod 6), or one strategy with `--strategy NAME`; `--items N` copies the items up to N, as the
 * bench's cost by items does (with the balanced strategy unless told otherwise).
 *
 *   node --import tsx --cpu-prof --cpu-prof-dir=DIR tests/bench/profile-games.ts FILE [GAMES] [--strategy NAME] [--items N]
 *   npx tsx tests/bench/profile-top.ts DIR/*.cpuprofile --within simulate
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { loadScenario } from '../../src/scenario/index.ts';
import { isStrategyName, STRATEGY_NAMES, type StrategyName, simulate } from '../../src/sim/index.ts';
import { grownScenario } from '../sim/grown-file.ts';

const args = process.argv.slice(2);
const file = args[0];
if (!file || file.startsWith('--')) {
  console.error('usage: tests/bench/profile-games.ts FILE [GAMES] [--strategy NAME] [--items N]');
  process.exit(2);
}
const games = Number(args[1] && !args[1].startsWith('--') ? args[1] : 500);
const itemsAt = args.indexOf('--items');
const items = itemsAt >= 0 ? Number(args[itemsAt + 1]) : null;
const strategyAt = args.indexOf('--strategy');
const strategy = strategyAt >= 0 ? args[strategyAt + 1] : items === null ? undefined : 'balanced';
if (strategy !== undefined && !isStrategyName(strategy)) throw new Error(`no strategy ${strategy}`);
const loaded = loadScenario(readFileSync(file, 'utf8'), basename(file));
if (!loaded.ok) throw new Error(`${file} does not load`);
const copies = items === null ? 1 : Math.round(items / loaded.value.items.length);
const scenario = copies > 1 ? grownScenario(loaded.value, copies) : loaded.value;
const start = process.cpuUsage();
for (let seed = 1; seed <= games; seed++) {
  const name: StrategyName = strategy ?? STRATEGY_NAMES[seed % STRATEGY_NAMES.length]!;
  simulate({ scenario, player: scenario.history.player, seed, play: { kind: 'strategy', name } });
}
const used = process.cpuUsage(start);
const seconds = (used.user + used.system) / 1e6;
console.log(
  `${games} games of ${basename(file)} (${scenario.items.length} items): ${seconds.toFixed(1)} s of CPU`,
);
