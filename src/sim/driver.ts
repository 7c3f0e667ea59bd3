import {
  type Action,
  type ActionError,
  type ActorId,
  aiResponse,
  applyAction,
  type Controller,
  chooseAiAction,
  type DomainEvent,
  type GameState,
  maxActions,
  type Scenario,
  whoMustAct,
} from '../engine/index.ts';
import type { Skipped, Strategy } from './strategies.ts';

/**
 * The one loop that drives a game in play, for the browser's session, the command line, the
 * debrief's historical line, the audit and the balance report alike: so a game played anywhere
 * is the same game. Whoever sits in a seat (a person, the AI, a built-in strategy, a script) is
 * asked for an action when the engine says it is their move; the engine alone judges it.
 */

/** Who moves for a delegation: a person (the driver stops and waits), or a player that answers. */
export type Seat = Strategy | 'person';

/** Seats by delegation; a delegation with no seat here is played by the AI. */
export type Seats = Readonly<Record<ActorId, Seat>>;

/** The game's own AI as a player, so the driver treats it like any other. */
export const AI_PLAYER: Strategy = (ctx) => chooseAiAction(ctx.scenario, ctx.state, ctx.actor);

/** The seats of a saved or new game: its people wait for intents, the AI plays the rest. */
export function seatsOf(controllers: Readonly<Record<ActorId, Controller>>): Seats {
  const seats: Record<ActorId, Seat> = {};
  for (const [id, controller] of Object.entries(controllers))
    if (controller === 'person') seats[id] = 'person';
  return seats;
}

/** One action applied, with the state before and after it and everything that followed from it. */
export interface Move {
  readonly action: Action;
  /** Whether the mover made a move or answered an offer on the table. */
  readonly mode: 'move' | 'respond';
  readonly before: GameState;
  readonly after: GameState;
  /** Every event of the action and of what it set off (the end of a turn, the next turn's start). */
  readonly events: readonly DomainEvent[];
}

export interface DriveOptions {
  /** The strategies' own generator (a number in [0, 1)); never the game's. */
  readonly random?: () => number;
  /** Hears every move as it is made. */
  readonly onMove?: (move: Move) => void;
  /** Hears of a move a player chose that was not legal, and was replaced. */
  readonly onSkip?: (skipped: Skipped) => void;
  /**
   * A guard against a bug in the rules: the most moves to play before a stop. By default the most
   * any game of the scenario can hold by its rules (the engine's `maxActions`: a delegation makes
   * at most `MOVES_PER_TURN` moves a turn, by the `turn/move-limit` rule), so that whatever the
   * players do, the game ends before the guard.
   */
  readonly maxMoves?: number;
  /**
   * Asked before each move after the first: true pauses play there (`stop: 'paused'`), to be
   * taken up again by another `playOn` from the state reached. The browser gives it a time budget,
   * so that many AI delegations move in slices and the page answers between them.
   */
  readonly until?: () => boolean;
}

/** Where play stopped: a person must act, the game is over, or `until` paused it with moves owed. */
export interface Played {
  readonly state: GameState;
  readonly moves: readonly Move[];
  readonly stop: 'person' | 'ended' | 'paused';
}

const NO_RANDOM = () => 0;

/**
 * Lets every seat that is not a person move until a person must act or the game ends. A player's
 * illegal choice is reported and replaced by the AI's answer (for an offer on the table) or by
 * waiting, so a faulty script cannot stall or break a game.
 */
export function playOn(
  scenario: Scenario,
  start: GameState,
  seats: Seats,
  options: DriveOptions = {},
): Played {
  const { random = NO_RANDOM, onMove, onSkip, maxMoves = maxActions(scenario), until } = options;
  let state = start;
  const moves: Move[] = [];
  // One look more than there are moves: a game may end on the last move the guard allows.
  for (let i = 0; i <= maxMoves; i++) {
    const turn = whoMustAct(scenario, state);
    if (!turn) return { state, moves, stop: 'ended' };
    const seat = seats[turn.actor] ?? AI_PLAYER;
    if (seat === 'person') return { state, moves, stop: 'person' };
    if (i === maxMoves) break;
    if (i > 0 && until?.()) return { state, moves, stop: 'paused' };
    const chosen = seat({ scenario, state, actor: turn.actor, random });
    let action = chosen;
    let result = applyAction(scenario, state, chosen);
    if (!result.ok) {
      onSkip?.({ turn: state.turn, action: chosen, code: result.error.code, message: result.error.message });
      action =
        turn.mode === 'respond'
          ? aiResponse(scenario, state, turn.actor, turn.offer)
          : { type: 'wait', actor: turn.actor };
      result = applyAction(scenario, state, action);
      if (!result.ok) throw new Error(`programmer error: fallback move refused: ${result.error.message}`);
    }
    const move: Move = { action, mode: turn.mode, before: state, after: result.state, events: result.events };
    moves.push(move);
    onMove?.(move);
    state = result.state;
  }
  throw new Error(`programmer error: the game did not stop within ${maxMoves} moves`);
}

/**
 * A person's intent: applied if the engine allows it (else its coded error, nothing changed),
 * then play goes on until a person must act again.
 */
export function actAndPlayOn(
  scenario: Scenario,
  state: GameState,
  action: Action,
  seats: Seats,
  options: DriveOptions = {},
): { readonly ok: true; readonly played: Played } | { readonly ok: false; readonly error: ActionError } {
  const turn = whoMustAct(scenario, state);
  const result = applyAction(scenario, state, action);
  if (!result.ok) return { ok: false, error: result.error };
  const first: Move = {
    action,
    mode: turn?.mode ?? 'move',
    before: state,
    after: result.state,
    events: result.events,
  };
  options.onMove?.(first);
  const rest = playOn(scenario, result.state, seats, options);
  return { ok: true, played: { ...rest, moves: [first, ...rest.moves] } };
}

/** Whether a move began a new turn (or ended the game): where a per-turn snapshot is taken. */
export function closedTurn(move: Move): boolean {
  return move.after.turn > move.before.turn;
}
