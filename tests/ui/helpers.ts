import {
  type Action,
  type ActorId,
  createGame,
  type GameState,
  type Scenario,
  whoMustAct,
} from '../../src/engine/index.ts';
import { actAndPlayOn, playOn } from '../../src/sim/index.ts';
import { fixture } from '../engine/fixture.ts';

/** A fixture game with Japan played by a person, after the AI's opening moves. */
export function startFixture(
  options: Parameters<typeof fixture>[0] = {},
  seed = 11,
): { scenario: Scenario; state: GameState } {
  return startWith(fixture(options), seed);
}

/** The same for any scenario. */
export function startWith(scenario: Scenario, seed = 11): { scenario: Scenario; state: GameState } {
  return {
    scenario,
    state: playOn(scenario, createGame(scenario, seed, { japan: 'person' }), { japan: 'person' }).state,
  };
}

/** Applies a person's action and lets the AI answer; throws on an illegal move (a test bug). */
export function play(scenario: Scenario, state: GameState, action: Action): GameState {
  const result = actAndPlayOn(scenario, state, action, { japan: 'person' });
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.played.state;
}

/** Plays patiently (wait, reject) until `stop` holds or the game ends. */
export function playUntil(
  scenario: Scenario,
  start: GameState,
  stop: (s: GameState) => boolean,
  player: ActorId = 'japan',
): GameState {
  let state = start;
  for (let i = 0; i < 200 && !stop(state); i++) {
    const turn = whoMustAct(scenario, state);
    if (!turn) break;
    state = play(
      scenario,
      state,
      turn.mode === 'respond' ? { type: 'reject', actor: player } : { type: 'wait', actor: player },
    );
  }
  return state;
}
