/**
 * The Monte Carlo path (`playOutcome`) keeps only what a many-games report reads. It must be the
 * same game as `simulate`'s, bit for bit: over thousands of seeds, every shipped scenario, every
 * seat and every way of playing one (each built-in strategy, and a recorded line replayed on other
 * seeds, where some of its moves are skipped), its outcome equals the full run's.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stateHash } from '../../src/engine/index.ts';
import {
  type GameOutcome,
  outcomeOf,
  type Player,
  playerLine,
  playOutcome,
  STRATEGY_NAMES,
  simulate,
  summarise,
  summaryTally,
} from '../../src/sim/index.ts';
import { loadShipped, SCENARIO_DIR } from '../engine/games-digest.ts';

const FILES = readdirSync(SCENARIO_DIR)
  .filter((f) => f.endsWith('.yaml'))
  .sort();

/** An outcome as compared: the final state by its hash (its log is compared by the action digest). */
function comparable(game: GameOutcome) {
  const { final, ...rest } = game;
  return { ...rest, hash: stateHash(final), log: final.log };
}

describe('playOutcome', () => {
  // Kept across the scenarios' tests (which run in order) for the check of what they covered.
  let games = 0;
  let skipped = 0;
  const seeds = new Set<number>();

  // One test a scenario, each well inside the time limit on a busy machine.
  it.each(FILES.map((file, f) => ({ file, f })))(
    'is the full engine game on every seat of $file',
    ({ file, f }) => {
      const scenario = loadShipped(file);
      const seats = scenario.actors.filter((a) => a.playable).map((a) => a.id);
      for (const [s, player] of seats.entries()) {
        // A recorded line (the balanced game on one seed) replayed on other seeds, as the
        // Monte Carlo's first row plays the player's own game.
        const recorded = simulate({
          scenario,
          player,
          seed: 1,
          play: { kind: 'strategy', name: 'balanced' },
        });
        const plays: Player[] = [
          ...STRATEGY_NAMES.map((name): Player => ({ kind: 'strategy', name })),
          { kind: 'moves', turns: playerLine(recorded.final, player) },
        ];
        // The historical seat gets the most seeds: it is the one a class plays.
        const count = player === scenario.history.player ? 40 : 12;
        for (const [p, play] of plays.entries()) {
          for (let i = 0; i < count; i++) {
            const seed = 1 + i * 997 + p * 131 + s * 17 + f * 7;
            seeds.add(seed);
            const options = { scenario, player, seed, play };
            const fast = playOutcome(options);
            expect(comparable(fast), `${player} ${play.kind} seed ${seed}`).toStrictEqual(
              comparable(outcomeOf(simulate(options))),
            );
            games++;
            skipped += fast.skipped.length;
          }
        }
      }
    },
  );

  it('was compared over thousands of games and seeds, with skipped moves among them', () => {
    expect(games).toBeGreaterThan(2000);
    expect(seeds.size).toBeGreaterThan(2000);
    expect(skipped).toBeGreaterThan(0);
  });

  it('gives summarise the figures a tally of full games gives', () => {
    const scenario = loadShipped('2004-six-party-third-round.yaml');
    const player = scenario.history.player;
    for (const name of STRATEGY_NAMES) {
      const tally = summaryTally(scenario, player, name, 3, 150);
      for (let seed = 3; seed < 153; seed++) {
        tally.add(outcomeOf(simulate({ scenario, player, seed, play: { kind: 'strategy', name } })));
      }
      expect(summarise(scenario, player, name, 3, 150)).toStrictEqual(tally.summary());
    }
  });
});
