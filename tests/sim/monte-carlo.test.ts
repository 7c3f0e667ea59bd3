import { describe, expect, it } from 'vitest';
import { type Action, createGame, type Scenario, stateHash } from '../../src/engine/index.ts';
import {
  balanceReport,
  MONTE_CARLO_RUNS,
  type MonteCarloReport,
  maxScoreOf,
  monteCarlo,
  monteCarloSteps,
  playerLine,
  playOn,
  SCORE_BINS,
  STRATEGY_NAMES,
  scoreBin,
  simulate,
  summarise,
} from '../../src/sim/index.ts';
import { loadShipped } from '../scenarios/shipped.ts';
import { playUntil } from '../ui/helpers.ts';

const s2001 = loadShipped('2001-beijing-back-channel.yaml');
const s2004 = loadShipped('2004-koizumi-second-visit.yaml');

/** The browser test's game (tests/browser/monte-carlo.test.ts): 2004 from Japan, seed 1, refusing and waiting. */
function patientGame(scenario: Scenario, seed: number) {
  const start = playOn(scenario, createGame(scenario, seed, { japan: 'person' }), { japan: 'person' }).state;
  const final = playUntil(scenario, start, (s) => s.status === 'ended');
  return { final, line: playerLine(final, 'japan'), score: final.result?.scores.japan ?? Number.NaN };
}

/** Every figure of a report, the summaries aside. */
const figures = (report: MonteCarloReport) =>
  report.rows.map(
    (r) =>
      `${r.key}: ${r.runs} games, mean ${r.summary?.meanScore}, below/level/above ${r.below}/${r.level}/${r.above}, ` +
      `skips ${r.gamesWithSkips}/${r.skippedMoves}, histogram ${r.histogram.join(' ')}`,
  );

describe("a game's own line", () => {
  it('is its delegation’s actions, grouped by the turn they were made in', () => {
    const { final, line } = patientGame(s2004, 1);
    expect(final.status).toBe('ended');
    expect(line).toHaveLength(s2004.turns.length);
    const mine = final.log.flatMap((e) => (e.action?.actor === 'japan' ? [e.action] : []));
    expect(line.flat()).toEqual(mine);
    for (const [i, turn] of line.entries()) {
      const made = final.log.filter((e) => e.action?.actor === 'japan' && e.turn === i + 1).length;
      expect(turn).toHaveLength(made);
    }
    expect(line.flat().every((a) => a.type === 'wait' || a.type === 'reject')).toBe(true);
  });

  it('replays the game move for move on its own seed, with nothing skipped', () => {
    for (const [scenario, name, seed] of [
      [s2001, 'balanced', 3],
      [s2001, 'random', 8],
      [s2004, 'generous', 5],
      [s2004, 'pressure', 2],
    ] as const) {
      const player = scenario.history.player;
      const game = simulate({ scenario, player, seed, play: { kind: 'strategy', name } });
      const again = simulate({
        scenario,
        player,
        seed,
        play: { kind: 'moves', turns: playerLine(game.final, player) },
      });
      expect(again.skipped, `${scenario.id} ${name}`).toEqual([]);
      expect(stateHash(again.final)).toBe(stateHash(game.final));
      expect(again.result).toEqual(game.result);
    }
  });
});

describe('the Monte Carlo of a line and the built-in strategies', () => {
  const game = patientGame(s2004, 1);
  const options = { player: 'japan', line: game.line, mark: game.score, runs: 6, firstSeed: 1 };
  const report = monteCarlo(s2004, options);

  it('gives every row exactly the summary of `sim --runs` and `npm run balance`', () => {
    expect(report.rows.map((r) => r.key)).toEqual(['line', ...STRATEGY_NAMES]);
    expect(report.rows[0]!.summary).toEqual(summarise(s2004, 'japan', { moves: game.line }, 1, 6));
    const balance = balanceReport(s2004, { runs: 6, firstSeed: 1 }).rows.filter((r) => r.actor === 'japan');
    for (const row of report.rows.slice(1)) {
      const name = row.key as (typeof STRATEGY_NAMES)[number];
      expect(row.summary).toEqual(summarise(s2004, 'japan', name, 1, 6));
      expect(row.summary).toEqual(balance.find((b) => b.strategy === name)?.summary);
    }
  });

  it('counts every game once in the histogram and once against the mark', () => {
    expect(report).toMatchObject({
      scenario: 'second-visit-2004',
      player: 'japan',
      firstSeed: 1,
      plannedRuns: 6,
      mark: game.score,
      maxScore: maxScoreOf(s2004, 'japan'),
      lineMoves: game.line.flat().length,
    });
    for (const row of report.rows) {
      expect(row.runs).toBe(6);
      expect(row.histogram).toHaveLength(SCORE_BINS);
      expect(row.histogram.reduce((a, b) => a + b, 0)).toBe(6);
      expect(row.below + row.level + row.above).toBe(6);
    }
  });

  it('gives the same figures for the same seeds, and for a copy of the scenario (what a worker gets)', () => {
    expect(monteCarlo(s2004, options)).toEqual(report);
    expect(monteCarlo(structuredClone(s2004), structuredClone(options))).toEqual(report);
  });

  it('pins the figures of seeds 1 to 6, the game’s own seed among them', () => {
    // Seed 1 is the game itself: the line's one game level with the mark.
    expect(figures(report)).toEqual([
      'line: 6 games, mean 31.59, below/level/above 0/1/5, skips 0/0, histogram 0 0 0 0 0 0 6 0 0 0 0 0 0 0 0 0 0 0 0 0',
      'balanced: 6 games, mean 85.72, below/level/above 0/0/6, skips 0/0, histogram 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 1 2 2 1 0',
      'generous: 6 games, mean 40.18, below/level/above 0/0/6, skips 0/0, histogram 0 0 0 0 0 0 0 0 6 0 0 0 0 0 0 0 0 0 0 0',
      'stingy: 6 games, mean 64.54, below/level/above 2/0/4, skips 0/0, histogram 0 0 0 0 0 1 1 0 0 0 0 0 0 1 1 0 0 1 0 1',
      'pressure: 6 games, mean 31.02, below/level/above 3/0/3, skips 0/0, histogram 0 0 0 0 0 1 5 0 0 0 0 0 0 0 0 0 0 0 0 0',
      'random: 6 games, mean 47.5, below/level/above 2/0/4, skips 0/0, histogram 0 0 0 1 0 1 0 0 0 0 1 2 0 0 1 0 0 0 0 0',
      'history: 6 games, mean 69.69, below/level/above 0/0/6, skips 0/0, histogram 0 0 0 0 0 0 0 0 0 0 0 0 0 4 2 0 0 0 0 0',
    ]);
  });

  it('plays the line over every seed first, then the strategies seed by seed', () => {
    const steps = monteCarloSteps(s2004, options);
    expect(steps.total).toBe(6 * 7);
    for (let i = 0; i < 6; i++) steps.step();
    const lineDone = steps.result();
    expect(lineDone.rows.map((r) => r.runs)).toEqual([6, 0, 0, 0, 0, 0, 0]);
    expect(lineDone.rows[0]).toEqual(report.rows[0]);
    expect(lineDone.rows[1]!.summary).toBeNull();
    for (let i = 0; i < 6 * 2 + 3; i++) steps.step();
    expect(steps.result().rows.map((r) => r.runs)).toEqual([6, 3, 3, 3, 2, 2, 2]);
    while (steps.step()) {}
    expect(steps.done).toBe(steps.total);
    expect(steps.step()).toBe(false);
    expect(steps.result()).toEqual(report);
  });

  it('skips a move of the line that is not legal on another seed, and counts it', () => {
    // Turn 1 opens with an acceptance: no offer is on the table then, in any seed.
    const line: Action[][] = [
      [{ type: 'accept', actor: 'japan' }, ...(game.line[0] ?? [])],
      ...game.line.slice(1),
    ];
    const skipped = monteCarlo(s2004, { ...options, line, strategies: [] });
    expect(skipped.rows).toHaveLength(1);
    expect(skipped.rows[0]).toMatchObject({ runs: 6, gamesWithSkips: 6, skippedMoves: 6 });
    // Skipping it leaves the rest of the line as it was.
    expect(skipped.rows[0]!.summary).toEqual(report.rows[0]!.summary);
    expect(report.rows.every((r) => r.gamesWithSkips === 0 && r.skippedMoves === 0)).toBe(true);
  });

  it('slices scores into twentieths of the seat’s points, the top in the last slice', () => {
    expect(MONTE_CARLO_RUNS).toBe(1000);
    expect([0, 4.99, 5, 50, 99.9, 100, 120, -3].map((s) => scoreBin(s, 100))).toEqual([
      0, 0, 1, 10, 19, 19, 19, 0,
    ]);
    expect(scoreBin(7, 0)).toBe(0);
  });
});
