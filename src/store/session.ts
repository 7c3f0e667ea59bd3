import {
  type Action,
  type ActionError,
  type ActorId,
  applyAction,
  type Controller,
  createGame,
  type DomainEvent,
  type GameState,
  type Scenario,
  stateHash,
} from '../engine/index.ts';
import { runAi } from './ai-runner.ts';
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
  /** Writes so far; the next save gets `serial + 1`. */
  readonly serial: number;
}

/** What one step of play did: the actions (the person's and the AI's) and every event. */
export interface Step {
  readonly session: Session;
  readonly actions: readonly Action[];
  readonly events: readonly DomainEvent[];
}

/** Starts a game with the person on `player` and the AI on everyone else, and lets the AI open. */
export function newSession(input: {
  game: string;
  scenario: Scenario;
  scenarioHash: string;
  player: ActorId;
  seed: number;
}): Step {
  const controllers: Record<ActorId, Controller> = {};
  for (const actor of input.scenario.actors)
    controllers[actor.id] = actor.id === input.player ? 'person' : 'ai';
  const start = createGame(input.scenario, input.seed, controllers);
  const run = runAi(input.scenario, start);
  const session: Session = { ...input, controllers, actions: run.actions, state: run.state, serial: 0 };
  return { session, actions: run.actions, events: [...(start.log[0]?.events ?? []), ...run.events] };
}

/** Applies a person's action, then the AI's answers, until a person must act again. */
export function playAction(
  session: Session,
  action: Action,
): { ok: true; step: Step } | { ok: false; error: ActionError } {
  const result = applyAction(session.scenario, session.state, action);
  if (!result.ok) return { ok: false, error: result.error };
  const run = runAi(session.scenario, result.state);
  const actions = [action, ...run.actions];
  return {
    ok: true,
    step: {
      session: { ...session, actions: [...session.actions, ...actions], state: run.state },
      actions,
      events: [...result.events, ...run.events],
    },
  };
}

/** A restored save as a session: the player is the first person-controlled delegation. */
export function sessionFrom(restored: Restored): Session {
  const { save, scenario } = restored;
  const person = scenario.order.find((id) => save.controllers[id] === 'person');
  return {
    game: save.game,
    scenario,
    scenarioHash: restored.scenarioHash,
    seed: save.seed,
    controllers: save.controllers,
    player: person ?? save.summary.player,
    actions: save.actions,
    state: restored.state,
    serial: save.serial,
  };
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
