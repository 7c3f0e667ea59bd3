import {
  type Action,
  applyAction,
  chooseAiAction,
  type DomainEvent,
  type GameState,
  type Scenario,
  whoMustAct,
} from '../engine/index.ts';

/** More AI moves than any scenario needs between two person moves; a guard against a stuck AI. */
const MAX_AI_MOVES = 5_000;

/** What the AI did between two moves of a person. */
export interface AiRun {
  readonly state: GameState;
  readonly actions: readonly Action[];
  readonly events: readonly DomainEvent[];
}

/**
 * Lets every AI-controlled delegation move until a person must act or the game ends. The AI's
 * actions join the game's action log like anyone's, so a save replays them exactly.
 */
export function runAi(scenario: Scenario, start: GameState): AiRun {
  let state = start;
  const actions: Action[] = [];
  const events: DomainEvent[] = [];
  for (let i = 0; i < MAX_AI_MOVES; i++) {
    const turn = whoMustAct(scenario, state);
    if (!turn || state.actors[turn.actor]?.controller !== 'ai') return { state, actions, events };
    const action = chooseAiAction(scenario, state, turn.actor);
    const result = applyAction(scenario, state, action);
    if (!result.ok) {
      throw new Error(`programmer error: the AI chose an illegal move (${result.error.code})`);
    }
    state = result.state;
    actions.push(action);
    events.push(...result.events);
  }
  throw new Error('programmer error: the AI kept moving without end');
}
