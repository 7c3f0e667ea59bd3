import {
  type Action,
  type ActionError,
  type ActorId,
  AI_VERSION,
  type AiVersion,
  applyAction,
  type Controller,
  createGame,
  describeAction,
  type GameOptions,
  type GameState,
  type Scenario,
  validateAction,
} from '../engine/index.ts';
import { closedTurn, type Played, playOn, seatsOf } from './driver.ts';

/**
 * Verifying a game's log: the people's moves must be legal, and every move in an AI seat must be
 * the very move the driver's AI makes at that point. A checkpoint hash proves nothing on its own
 * (anyone can recompute it after forging a log); recomputing the AI's moves does, because the
 * only freedom left in a log is the people's, and the engine judges each of those.
 */

/** Why a log does not hold, at its first move that does not. */
export type LogFault =
  /** A person's move (or a move out of turn) the rules refuse. */
  | {
      readonly code: 'log/illegal';
      readonly index: number;
      readonly actor: ActorId;
      readonly error: ActionError;
    }
  /** A move in an AI seat that is not the move the AI makes there. */
  | {
      readonly code: 'log/not-the-ai';
      readonly index: number;
      readonly actor: ActorId;
      /** What the AI makes at this point. */
      readonly expected: Action;
      /** What the log holds. */
      readonly found: Action;
    }
  /** Moves after the game ended. */
  | { readonly code: 'log/after-end'; readonly index: number };

/** A log that holds: where it leads, and what the driver plays on from there. */
export interface VerifiedLog {
  /** The state the log's moves lead to. */
  readonly state: GameState;
  /** The state at the start of each turn reached (`turnStarts[i]` starts turn i + 1). */
  readonly turnStarts: readonly GameState[];
  /**
   * The AI's moves owed after the log's last move, when the log stops on an AI's turn: a game
   * restored from it must play them, or it would wait for ever for a move nobody makes.
   */
  readonly owed: Played;
}

/**
 * Replays `actions` from the seed through the driver, with the AI version the game was played by
 * (`ai`) and under the teacher's options it was started with: wherever the AI is to move, the driver plays
 * and each of its moves must equal the log's next one; wherever a person is to move, the log's
 * move is applied if the rules allow it. Stops at the first move that does not hold.
 */
export function verifyLog(
  scenario: Scenario,
  seed: number,
  controllers: Readonly<Record<ActorId, Controller>>,
  actions: readonly Action[],
  ai: AiVersion = AI_VERSION,
  options: GameOptions = {},
): { readonly ok: true; readonly value: VerifiedLog } | { readonly ok: false; readonly fault: LogFault } {
  const seats = seatsOf(controllers);
  let state = createGame(scenario, seed, controllers, ai, options);
  const turnStarts: GameState[] = [state];
  let i = 0;
  for (;;) {
    const played = playOn(scenario, state, seats);
    for (const [k, move] of played.moves.entries()) {
      const found = actions[i];
      if (found === undefined) {
        const owed = { ...played, moves: played.moves.slice(k) };
        return { ok: true, value: { state, turnStarts, owed } };
      }
      if (!sameAction(found, move.action))
        return { ok: false, fault: aiFault(scenario, state, i, move.action, found) };
      if (closedTurn(move)) turnStarts.push(move.after);
      state = move.after;
      i++;
    }
    const rest: Played = { state, moves: [], stop: played.stop };
    if (i === actions.length) return { ok: true, value: { state, turnStarts, owed: rest } };
    if (played.stop === 'ended') return { ok: false, fault: { code: 'log/after-end', index: i } };
    const action = actions[i]!;
    const result = applyAction(scenario, state, action);
    if (!result.ok) {
      return {
        ok: false,
        fault: { code: 'log/illegal', index: i, actor: action.actor, error: result.error },
      };
    }
    if (result.state.turn > state.turn) turnStarts.push(result.state);
    state = result.state;
    i++;
  }
}

/** A move the AI would not make: illegal ones say why the rules refuse them. */
function aiFault(
  scenario: Scenario,
  state: GameState,
  index: number,
  expected: Action,
  found: Action,
): LogFault {
  const error = validateAction(scenario, state, found);
  if (error) return { code: 'log/illegal', index, actor: found.actor, error };
  return { code: 'log/not-the-ai', index, actor: expected.actor, expected, found };
}

/**
 * Equality of two actions as data: key order and absent optional fields do not count (a save read
 * back from JSON has no `undefined` fields), the order of package lines does.
 */
export function sameAction(a: Action, b: Action): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(v).sort()) sorted[key] = (v as Record<string, unknown>)[key];
    return sorted;
  });
}

/** The first move of a log that does not hold, in words a player can read (move numbers from 1). */
export function describeFault(scenario: Scenario, fault: LogFault, file: 'save' | 'file' = 'save'): string {
  const at = `move ${fault.index + 1}`;
  switch (fault.code) {
    case 'log/after-end':
      return `${at} comes after the end of the game`;
    case 'log/illegal':
      return `${at} is not allowed by the rules: ${fault.error.message}`;
    case 'log/not-the-ai':
      return `${at} is played by the AI, which would make a different move: the ${file} has “${describeAction(scenario, fault.found)}”, the AI plays “${describeAction(scenario, fault.expected)}”`;
  }
}
