import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { hashString, type Scenario, stateHash } from '../../src/engine/index.ts';
import { loadScenario } from '../../src/scenario/index.ts';
import { STRATEGY_NAMES, simulate } from '../../src/sim/index.ts';

/** The shipped scenarios' folder. */
export const SCENARIO_DIR = resolve(import.meta.dirname, '../../scenarios');
/** Seeds per seat and strategy. */
export const DIGEST_SEEDS = 50;

export function loadShipped(file: string): Scenario {
  const result = loadScenario(readFileSync(resolve(SCENARIO_DIR, file), 'utf8'), file);
  if (!result.ok) throw new Error(result.error.map((i) => i.message).join('\n'));
  return result.value;
}

/**
 * One digest over every seat × strategy × seed, in a fixed order: each game's final `stateHash`,
 * its outcome and scores, and the hash of its actions in order.
 */
export function gamesDigest(
  scenario: Scenario,
  seeds: number = DIGEST_SEEDS,
): { digest: string; games: number } {
  let h = 0x811c9dc5;
  let games = 0;
  const seats = scenario.actors.filter((a) => a.playable).map((a) => a.id);
  for (const player of seats) {
    for (const name of STRATEGY_NAMES) {
      for (let seed = 1; seed <= seeds; seed++) {
        const run = simulate({ scenario, player, seed, play: { kind: 'strategy', name } });
        const scores = Object.keys(run.result.scores)
          .sort()
          .map((id) => `${id}=${run.result.scores[id]}`)
          .join(',');
        const actions = hashString(JSON.stringify(run.final.log.map((e) => e.action)));
        h = hashString(
          `${h}|${player}|${name}|${seed}|${stateHash(run.final)}|${run.result.status}|${scores}|${actions}`,
        );
        games += 1;
      }
    }
  }
  return { digest: h.toString(16).padStart(8, '0'), games };
}
