import { expect } from 'vitest';
import {
  type Action,
  type ActorId,
  applyAction,
  chooseAiAction,
  type GameState,
  type Scenario,
  whoMustAct,
} from '../../src/engine/index.ts';

/** Applies an action that must be legal. */
export function step(scenario: Scenario, state: GameState, action: Action): GameState {
  const result = applyAction(scenario, state, action);
  if (!result.ok) throw new Error(`refused ${action.type}: ${result.error.code} ${result.error.message}`);
  return result.state;
}

/**
 * Lets the AI play every delegation but `person` until `person` must act or the game ends.
 * Offers made to `person` are answered with `answer` (default: reject).
 */
export function untilTurnOf(
  scenario: Scenario,
  state: GameState,
  person: ActorId,
  answer: 'accept' | 'reject' = 'reject',
): GameState {
  let s = state;
  for (let guard = 0; guard < 1000; guard++) {
    const turn = whoMustAct(scenario, s);
    if (!turn) return s;
    if (turn.actor === person) {
      if (turn.mode === 'move') return s;
      s = step(scenario, s, { type: answer, actor: person });
      continue;
    }
    s = step(scenario, s, chooseAiAction(scenario, s, turn.actor));
  }
  throw new Error('the AI did not hand the move back');
}

/** All events of the game so far, flattened. */
export function allEvents(state: GameState) {
  return state.log.flatMap((e) => e.events);
}

export function expectClose(actual: number, expected: number) {
  expect(actual).toBeCloseTo(expected, 3);
}
