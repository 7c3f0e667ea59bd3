import {
  type Action,
  type ActionError,
  type ActorId,
  AI_VERSION,
  type Controller,
  createGame,
  type DomainEvent,
  type GameOptions,
  type GameState,
  hasOptions,
  type Scenario,
  stateHash,
  whoMustAct,
} from '../engine/index.ts';
import {
  actAndPlayOn,
  closedTurn,
  historicalRun,
  type Move,
  type Played,
  playOn,
  type SimRun,
  seatsOf,
} from '../sim/index.ts';
import { SAVE_FORMAT, type SaveFile } from './save-format.ts';
import type { Restored } from './save-restore.ts';

/** A game being played: everything a save needs, and the state it leads to. */
export interface Session {
  /** The game's slot in storage. */
  readonly game: string;
  readonly scenario: Scenario;
  readonly scenarioHash: string;
  readonly seed: number;
  readonly controllers: Readonly<Record<ActorId, Controller>>;
  /** The delegation the person plays: whose view the screens show. */
  readonly player: ActorId;
  readonly actions: readonly Action[];
  readonly state: GameState;
  /** The state at the start of each turn so far (`turnStarts[i]` starts turn i + 1): the debrief's charts. */
  readonly turnStarts: readonly GameState[];
  /**
   * What really happened, played by the same driver as `sim --strategy history`: set once the
   * game has ended (null before, and for a scenario with no historical line).
   */
  readonly history: SimRun | null;
  /** Writes so far; the next save gets `serial + 1`. */
  readonly serial: number;
  /** For a "what if" game: the game it was taken from, and the turn (what-if.ts). */
  readonly branch?: BranchOrigin;
}

/** Where a what-if game came from: the first game's moves and the turn it was taken up again at. */
export interface BranchOrigin {
  /** The turn (from 1) the game was played again from. */
  readonly turn: number;
  /** Every move of the first game. */
  readonly actions: readonly Action[];
}

/** What one step of play did: the moves (the person's and the AI's) and every event. */
export interface Step {
  readonly session: Session;
  readonly actions: readonly Action[];
  readonly moves: readonly Move[];
  readonly events: readonly DomainEvent[];
  /**
   * True when the AI still has moves to make: its time budget (`until`) ran out first, and
   * `playAiOn` takes it up again from `session`.
   */
  readonly paused: boolean;
}

/** A time budget for the AI's moves: true once it has run out (see the driver's `until`). */
export type Until = () => boolean;

/**
 * Starts a game with a person on `player` (and, at one screen, on each of `people`) and the AI on
 * everyone else, and lets the AI open.
 */
export function newSession(input: {
  game: string;
  scenario: Scenario;
  scenarioHash: string;
  player: ActorId;
  seed: number;
  people?: readonly ActorId[];
  /** The teacher's options (a class link's); none by default. */
  options?: GameOptions;
  /** A budget for the AI's opening moves; the rest are played by `playAiOn`. */
  until?: Until | undefined;
}): Step {
  const { people: others = [], options = {}, until, ...rest } = input;
  const people = new Set([input.player, ...others]);
  const controllers: Record<ActorId, Controller> = {};
  for (const actor of input.scenario.actors) controllers[actor.id] = people.has(actor.id) ? 'person' : 'ai';
  const start = createGame(input.scenario, input.seed, controllers, AI_VERSION, options);
  const played = playOn(input.scenario, start, seatsOf(controllers), until ? { until } : {});
  const opening: Session = {
    ...rest,
    controllers,
    actions: [],
    state: start,
    turnStarts: [start],
    history: null,
    serial: 0,
  };
  const session = sessionAfter(opening, played);
  return {
    session,
    actions: played.moves.map((m) => m.action),
    moves: played.moves,
    events: [...(start.log[0]?.events ?? []), ...played.moves.flatMap((m) => m.events)],
    paused: played.stop === 'paused',
  };
}

/**
 * Applies a person's action, then the AI's answers, until a person must act again (or, with
 * `until`, until the budget runs out: the step is then `paused`).
 */
export function playAction(
  session: Session,
  action: Action,
  until?: Until,
): { ok: true; step: Step } | { ok: false; error: ActionError } {
  const result = actAndPlayOn(
    session.scenario,
    session.state,
    action,
    seatsOf(session.controllers),
    until ? { until } : {},
  );
  if (!result.ok) return result;
  return { ok: true, step: stepOf(session, result.played) };
}

/** The AI's moves owed by a paused step, up to a person's turn, the end, or the budget again. */
export function playAiOn(session: Session, until?: Until): Step {
  const played = playOn(
    session.scenario,
    session.state,
    seatsOf(session.controllers),
    until ? { until } : {},
  );
  return stepOf(session, played);
}

/** Two steps of play as one: what an answer shows, once the AI's moves are all made. */
export function joinSteps(first: Step, second: Step): Step {
  return {
    session: second.session,
    actions: [...first.actions, ...second.actions],
    moves: [...first.moves, ...second.moves],
    events: [...first.events, ...second.events],
    paused: second.paused,
  };
}

function stepOf(session: Session, played: Played): Step {
  return {
    session: sessionAfter(session, played),
    actions: played.moves.map((m) => m.action),
    moves: played.moves,
    events: played.moves.flatMap((m) => m.events),
    paused: played.stop === 'paused',
  };
}

/** The session once the driver's moves are made: the log, the turn starts, and history at the end. */
function sessionAfter(session: Session, played: Played): Session {
  const starts = played.moves.filter(closedTurn).map((m) => m.after);
  const next: Session = {
    ...session,
    actions: [...session.actions, ...played.moves.map((m) => m.action)],
    state: played.state,
    turnStarts: [...session.turnStarts, ...starts],
  };
  return withHistory(next);
}

/** Plays the historical line once, when the game has just ended. */
function withHistory(session: Session): Session {
  if (session.state.status !== 'ended' || session.history !== null) return session;
  return { ...session, history: historicalRun(session.scenario, session.seed, session.state.options) };
}

/**
 * A restored save as a session: the player is its one person-controlled delegation. When the save
 * stops on an AI's turn, the AI's owed moves are played, so the game never waits for a move that
 * nobody will make.
 */
export function sessionFrom(restored: Restored): Session {
  const { save, scenario } = restored;
  // The view shown: the person the game waits for, else the one the save was showing.
  const turn = restored.state.status === 'playing' ? whoMustAct(scenario, restored.state) : null;
  const waiting = turn && save.controllers[turn.actor] === 'person' ? turn.actor : null;
  const person =
    waiting ??
    (save.controllers[save.summary.player] === 'person'
      ? save.summary.player
      : scenario.order.find((id) => save.controllers[id] === 'person'));
  const session = withHistory({
    game: save.game,
    scenario,
    scenarioHash: restored.scenarioHash,
    seed: save.seed,
    controllers: save.controllers,
    player: person ?? save.summary.player,
    actions: save.actions,
    state: restored.state,
    turnStarts: restored.turnStarts,
    history: null,
    serial: save.serial,
  });
  return restored.owed.moves.length === 0 ? session : sessionAfter(session, restored.owed);
}

/** The people at the screen, in the scenario's order: one, or several for a hotseat game. */
export function peopleOf(session: Session): ActorId[] {
  return session.scenario.order.filter((id) => session.controllers[id] === 'person');
}

/**
 * The person the screen must be passed to before play goes on: another person than the one whose
 * view is shown is to move. Null when the shown person is to move, or the game waits for nobody.
 */
export function handoverTo(session: Session): ActorId | null {
  if (session.state.status !== 'playing') return null;
  const turn = whoMustAct(session.scenario, session.state);
  if (!turn || session.controllers[turn.actor] !== 'person') return null;
  return turn.actor === session.player ? null : turn.actor;
}

/** The save of a session at its next serial. */
export function saveOf(session: Session, serial: number, now: Date): SaveFile {
  const { scenario, state } = session;
  return {
    format: SAVE_FORMAT,
    game: session.game,
    serial,
    savedAt: now.toISOString(),
    scenarioId: scenario.id,
    scenarioHash: session.scenarioHash,
    seed: session.seed,
    ai: state.ai,
    ...(hasOptions(state.options) ? { options: state.options } : {}),
    controllers: session.controllers,
    actions: session.actions,
    checkpoint: stateHash(state),
    summary: {
      title: scenario.title,
      player: session.player,
      turn: state.turn,
      turnLabel: scenario.turns[state.turn - 1]?.label ?? '',
      ended: state.status === 'ended',
    },
  };
}
