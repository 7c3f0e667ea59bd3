import type { Action, ActorId, GameOptions, Scenario } from '../engine/index.ts';
import type { MonteCarloReport } from '../sim/index.ts';

/**
 * The messages between the page's Monte Carlo runner (monte-carlo-runner.ts) and its worker
 * (monte-carlo-worker.ts), in a file of their own so that neither imports the other. Each side
 * checks what it receives with the guards below: a message of another shape is ignored.
 */

/** The most seeds a run may ask for per row (the debrief asks for 1,000). */
export const MAX_MONTE_CARLO_RUNS = 10_000;

/** Starts a run: one per worker. */
export interface MonteCarloStart {
  readonly kind: 'start';
  readonly id: number;
  /** The game's scenario, as the session holds it (a structured copy reaches the worker). */
  readonly scenario: Scenario;
  readonly player: ActorId;
  /** The player's actions per turn (`playerLine`). */
  readonly line: readonly (readonly Action[])[];
  /** The player's own score, the mark every game is compared with. */
  readonly mark: number;
  readonly runs: number;
  readonly firstSeed: number;
  /** The teacher's options the games are played under. */
  readonly gameOptions: GameOptions;
}

/** Asks the run to stop after the slice in hand; the worker answers with what it played. */
export interface MonteCarloStop {
  readonly kind: 'stop';
  readonly id: number;
}

export type MonteCarloCommand = MonteCarloStart | MonteCarloStop;

export type MonteCarloReply =
  /**
   * Games played of all asked for, at most every 60 ms; `report` (the figures so far) when the
   * line has been played over every seed, and then about every second, at the end of a seed.
   */
  | {
      readonly id: number;
      readonly kind: 'progress';
      readonly done: number;
      readonly total: number;
      readonly report: MonteCarloReport | null;
    }
  /** The figures over every game played: all of them, or up to the stop. `ms`: the worker's wall time. */
  | {
      readonly id: number;
      readonly kind: 'done';
      readonly report: MonteCarloReport;
      readonly stopped: boolean;
      readonly ms: number;
    }
  | { readonly id: number; readonly kind: 'failed'; readonly message: string };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isCount = (value: unknown, max = Number.MAX_SAFE_INTEGER): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= max;

/**
 * A command the worker can act on. The scenario is checked only for what the run reads first (its
 * id and the seat): it is the page's own, loaded and checked before it was played; the actions are
 * checked by the engine as the games play them, and a bad one is skipped as any illegal move.
 */
export function isMonteCarloCommand(data: unknown): data is MonteCarloCommand {
  if (!isObject(data) || !isCount(data.id)) return false;
  if (data.kind === 'stop') return true;
  if (data.kind !== 'start') return false;
  const { scenario, player, line, mark, runs, firstSeed, gameOptions } = data;
  return (
    isObject(scenario) &&
    typeof scenario.id === 'string' &&
    Array.isArray(scenario.actors) &&
    typeof player === 'string' &&
    scenario.actors.some((a) => isObject(a) && a.id === player) &&
    Array.isArray(line) &&
    line.every((turn) => Array.isArray(turn) && turn.every(isObject)) &&
    typeof mark === 'number' &&
    Number.isFinite(mark) &&
    isCount(runs, MAX_MONTE_CARLO_RUNS) &&
    runs > 0 &&
    isCount(firstSeed, 2 ** 31) &&
    isObject(gameOptions)
  );
}

function isReport(value: unknown): value is MonteCarloReport {
  return (
    isObject(value) &&
    typeof value.scenario === 'string' &&
    isCount(value.plannedRuns) &&
    typeof value.maxScore === 'number' &&
    Array.isArray(value.rows) &&
    value.rows.every(
      (r) => isObject(r) && typeof r.key === 'string' && isCount(r.runs) && Array.isArray(r.histogram),
    )
  );
}

/** A reply the page can show. */
export function isMonteCarloReply(data: unknown): data is MonteCarloReply {
  if (!isObject(data) || !isCount(data.id)) return false;
  switch (data.kind) {
    case 'progress':
      return isCount(data.done) && isCount(data.total) && (data.report === null || isReport(data.report));
    case 'done':
      return isReport(data.report) && typeof data.stopped === 'boolean' && typeof data.ms === 'number';
    case 'failed':
      return typeof data.message === 'string';
    default:
      return false;
  }
}
