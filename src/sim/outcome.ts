import type { GameState } from '../engine/index.ts';
import {
  blankTurnState,
  headlessStart,
  playToEnd,
  type SimOptions,
  type SimRun,
  snapshot,
  type TurnRecord,
} from './run.ts';
import type { Skipped } from './strategies.ts';

/**
 * What a Monte Carlo, the balance report and `sim --runs` read of a game: how it ended, the
 * moves skipped, the last turn's figures, and the final state. `simulate` keeps much more for a
 * report of one game (every turn's actions, events and figures, every turn's starting state);
 * over a thousand games nobody reads it, so `playOutcome` plays the same game without building it.
 */
export interface GameOutcome {
  readonly result: SimRun['result'];
  readonly skipped: readonly Skipped[];
  /** `simulate`'s last turn record's figures (blank if that turn never closed); null if it has no turns. */
  readonly last: TurnRecord['state'] | null;
  readonly final: GameState;
}

/** A turn's closing entry and the state it was written in, for that turn's figures. */
interface Closing {
  readonly entry: NonNullable<GameState['log'][number]['closing']>;
  readonly state: GameState;
}

/** The outcome of a game `simulate` played in full. */
export function outcomeOf(run: SimRun): GameOutcome {
  return {
    result: run.result,
    skipped: run.skipped,
    last: run.turns[run.turns.length - 1]?.state ?? null,
    final: run.final,
  };
}

/**
 * The same game as `simulate(options)`, move for move (the same seats, driver and generator),
 * keeping only its outcome: equal to `outcomeOf(simulate(options))`, which a test checks over
 * thousands of seeds.
 */
export function playOutcome(options: SimOptions): GameOutcome {
  const start = headlessStart(options);
  // `simulate` opens a turn record for the first turn when the game opens with events, and one
  // for every turn a move or a log entry falls in; its last record is the latest turn so opened,
  // with the figures of that turn's closing entry if it closed.
  let lastTurn = (start.log[0]?.events.length ?? 0) > 0 ? 1 : 0;
  let closing: Closing | null = null;
  const { final, result, skipped } = playToEnd(options, start, ({ before, after }) => {
    if (before.turn > lastTurn) {
      lastTurn = before.turn;
      closing = null;
    }
    for (let i = before.log.length; i < after.log.length; i++) {
      const entry = after.log[i]!;
      if (entry.turn > lastTurn) {
        lastTurn = entry.turn;
        closing = null;
      }
      if (entry.closing && entry.turn === lastTurn) closing = { entry: entry.closing, state: after };
    }
  });
  // Set in the driver's callback, which the compiler cannot see run.
  const shut = closing as Closing | null;
  const blank = lastTurn > 0 ? blankTurnState() : null;
  return {
    result,
    skipped,
    last: shut ? snapshot(options.scenario, shut.state, options.player, shut.entry) : blank,
    final,
  };
}
