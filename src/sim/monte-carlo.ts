import type { Action, ActorId, GameOptions, GameState, Scenario } from '../engine/index.ts';
import { playOutcome } from './outcome.ts';
import { type Steps, type Summary, type SummaryTally, summaryTally } from './report.ts';
import type { Player } from './run.ts';
import { STRATEGY_NAMES, type StrategyName } from './strategies.ts';

/**
 * "Play my strategy 1,000 times": a finished game's own line (the player's actions, turn by turn)
 * and each built-in strategy, from the same seat over the same seeds, with the distribution of
 * their outcomes and scores and where one score (the player's own game) falls among them.
 *
 * Every game is `playOutcome`'s (`simulate`'s game, keeping only its outcome) and every summary
 * `summaryTally`'s, as in `npm run balance` and `sim --runs`: a strategy's row over seeds 1 to N
 * is exactly `summarise(scenario, seat, name, 1, N)`, and the line's row is `summarise` of the
 * line as a moves play. A move of the line that is not legal when its turn comes on another seed
 * is skipped, as a moves file's is (docs/sim.md, "The action format"), and counted here.
 */

/** The seeds a Monte Carlo plays by default, from seed 1 (as `npm run balance`). */
export const MONTE_CARLO_RUNS = 1000;

/** The columns of every score histogram: equal slices of 0 to the seat's most points. */
export const SCORE_BINS = 20;

/** A row: the player's own line, or a built-in strategy. */
export type MonteCarloKey = 'line' | StrategyName;

export interface MonteCarloRow {
  readonly key: MonteCarloKey;
  /** Games played (every seed from `firstSeed` on); 0 before the row's first game. */
  readonly runs: number;
  /** `summarise`'s figures over the games played; null before the first. */
  readonly summary: Summary | null;
  /** Games per score slice: slice i holds scores from i to i + 1 twentieths of the most points (the last holds the top too). */
  readonly histogram: readonly number[];
  /** Games that scored less than the mark, the same, and more. */
  readonly below: number;
  readonly level: number;
  readonly above: number;
  /** Games in which at least one of the line's moves was not legal when its turn came. */
  readonly gamesWithSkips: number;
  /** The moves skipped over all games played. */
  readonly skippedMoves: number;
}

export interface MonteCarloReport {
  readonly scenario: string;
  readonly player: ActorId;
  readonly firstSeed: number;
  /** Seeds asked for per row. */
  readonly plannedRuns: number;
  /** The score every row is compared with (the player's own game's). */
  readonly mark: number;
  /** The seat's most points (the sum of its objectives'): the histograms' top. */
  readonly maxScore: number;
  /** The moves of the line, all turns together. */
  readonly lineMoves: number;
  /** The line first, then the strategies in `STRATEGY_NAMES` order. */
  readonly rows: readonly MonteCarloRow[];
}

export interface MonteCarloOptions {
  readonly player: ActorId;
  /** The line to play: the player's actions per turn (see `playerLine`). */
  readonly line: readonly (readonly Action[])[];
  /** The score compared with every game (the player's own). */
  readonly mark: number;
  readonly runs?: number;
  readonly firstSeed?: number;
  readonly strategies?: readonly StrategyName[];
  /** The teacher's options the game was played under: every game of the run is played under them too. */
  readonly gameOptions?: GameOptions;
}

/**
 * A game's line for one delegation: its actions as the log holds them, grouped by the turn they
 * were made in (an empty list for a turn it made none), in the moves-file format of docs/sim.md.
 * Played on the game's own seed, the line replays the game move for move.
 */
export function playerLine(state: GameState, player: ActorId): Action[][] {
  const turns: Action[][] = [];
  for (const entry of state.log) {
    if (!entry.action || entry.action.actor !== player) continue;
    while (turns.length < entry.turn) turns.push([]);
    turns[entry.turn - 1]!.push(entry.action);
  }
  return turns;
}

/** The most points a delegation can score: the sum of its objectives' points. */
export function maxScoreOf(scenario: Scenario, player: ActorId): number {
  return (scenario.objectives[player] ?? []).reduce((sum, o) => sum + o.points, 0);
}

/** The slice of a score in a histogram of `SCORE_BINS` slices over 0 to `max`. */
export function scoreBin(score: number, max: number): number {
  if (max <= 0) return 0;
  return Math.max(0, Math.min(SCORE_BINS - 1, Math.floor((score / max) * SCORE_BINS)));
}

interface Cell {
  readonly key: MonteCarloKey;
  readonly play: Player;
  readonly tally: SummaryTally;
  readonly histogram: number[];
  below: number;
  level: number;
  above: number;
  gamesWithSkips: number;
  skippedMoves: number;
}

/**
 * The Monte Carlo one game a step: first the line over every seed (the figure the player asked
 * for comes first), then the strategies seed by seed, each seed for every strategy, so that a run
 * stopped part-way compares the strategies on the same seeds. `total` counts games, not seeds.
 */
export function monteCarloSteps(scenario: Scenario, options: MonteCarloOptions): Steps<MonteCarloReport> {
  const { player, line, mark } = options;
  const runs = options.runs ?? MONTE_CARLO_RUNS;
  const firstSeed = options.firstSeed ?? 1;
  const strategies = options.strategies ?? STRATEGY_NAMES;
  const maxScore = maxScoreOf(scenario, player);
  const cell = (key: MonteCarloKey, play: Player): Cell => ({
    key,
    play,
    tally: summaryTally(scenario, player, key === 'line' ? 'moves' : key, firstSeed, runs),
    histogram: Array.from({ length: SCORE_BINS }, () => 0),
    below: 0,
    level: 0,
    above: 0,
    gamesWithSkips: 0,
    skippedMoves: 0,
  });
  const lineCell = cell('line', { kind: 'moves', turns: line });
  const strategyCells = strategies.map((name) => cell(name, { kind: 'strategy', name }));
  const cells = [lineCell, ...strategyCells];
  const total = runs * cells.length;
  let done = 0;

  const play = (target: Cell) => {
    const game = playOutcome({
      scenario,
      player,
      seed: firstSeed + target.tally.runs,
      play: target.play,
      ...(options.gameOptions ? { gameOptions: options.gameOptions } : {}),
    });
    target.tally.add(game);
    const score = game.result.scores[player] ?? 0;
    target.histogram[scoreBin(score, maxScore)]!++;
    if (score < mark) target.below++;
    else if (score > mark) target.above++;
    else target.level++;
    if (game.skipped.length > 0) target.gamesWithSkips++;
    target.skippedMoves += game.skipped.length;
  };

  return {
    get done() {
      return done;
    },
    total,
    step() {
      if (done >= total) return false;
      if (done < runs) play(lineCell);
      else play(strategyCells[(done - runs) % strategyCells.length]!);
      done++;
      return true;
    },
    result: () => ({
      scenario: scenario.id,
      player,
      firstSeed,
      plannedRuns: runs,
      mark,
      maxScore,
      lineMoves: line.reduce((sum, turn) => sum + turn.length, 0),
      rows: cells.map((c) => ({
        key: c.key,
        runs: c.tally.runs,
        summary: c.tally.runs > 0 ? c.tally.summary() : null,
        histogram: [...c.histogram],
        below: c.below,
        level: c.level,
        above: c.above,
        gamesWithSkips: c.gamesWithSkips,
        skippedMoves: c.skippedMoves,
      })),
    }),
  };
}

/** The whole Monte Carlo at once (tests, the command line). */
export function monteCarlo(scenario: Scenario, options: MonteCarloOptions): MonteCarloReport {
  const steps = monteCarloSteps(scenario, options);
  while (steps.step()) {}
  return steps.result();
}
