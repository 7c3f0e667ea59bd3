/**
 * How alive each seat is, measured: `npx tsx tests/sim/choices-report.ts [SEEDS]`. For every
 * playable seat of the six scenarios, played by the `balanced` strategy against the AI:
 * - the share of games in which the seat got a concession of its own accepted (a deal in which
 *   it gave something), the sign that it has real choices;
 * and for the AI delegations around it:
 * - the share of their offers that table again a package the receiver already refused (since
 *   the pair last dealt), the sign of an AI that repeats itself;
 * - the share of games in which each AI delegation made an offer at all.
 * A report, not a test: the claims it supports are tests in `choices.test.ts`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Scenario } from '../../src/engine/index.ts';
import { loadScenario } from '../../src/scenario/index.ts';
import { simulateGame } from './choices.ts';

const seeds = Number(process.argv[2] ?? '100');
const dir = resolve(import.meta.dirname, '../../scenarios');
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .sort()) {
  const loaded = loadScenario(readFileSync(resolve(dir, file), 'utf8'), file);
  if (!loaded.ok) throw new Error(file);
  const scenario: Scenario = loaded.value;
  for (const seat of scenario.actors.filter((a) => a.playable).map((a) => a.id)) {
    let conceded = 0;
    let aiOffers = 0;
    let repeats = 0;
    const offered = new Map<string, number>();
    for (let seed = 1; seed <= seeds; seed++) {
      const game = simulateGame(scenario, seat, seed);
      if (game.concededAndAccepted) conceded++;
      aiOffers += game.aiOffers;
      repeats += game.repeats;
      for (const id of game.offerers) offered.set(id, (offered.get(id) ?? 0) + 1);
    }
    const pct = (n: number, of: number) => (of === 0 ? '-' : `${Math.round((100 * n) / of)}%`);
    const others = scenario.actors
      .filter((a) => a.id !== seat && !a.background)
      .map((a) => `${a.id} ${pct(offered.get(a.id) ?? 0, seeds)}`)
      .join(', ');
    console.log(
      `${scenario.id} as ${seat}: own concession accepted ${pct(conceded, seeds)}; AI offers repeating a refused package ${pct(repeats, aiOffers)} of ${aiOffers}; AI offered in: ${others}`,
    );
  }
}
