import { type Action, type GameState, type Scenario, whoMustAct } from '../../src/engine/index.ts';
import {
  type AppDeps,
  type AppStore,
  createAppStore,
  type PresenceChannel,
  scenarioEntry,
} from '../../src/store/index.ts';
import { fixture } from '../engine/fixture.ts';
import { FakeStorage } from './fake-storage.ts';

/**
 * A store over the engine fixture and a fake storage, with a fixed clock, seed and ids; with a
 * presence channel when a test has several tabs talk.
 */
export function testStore(
  storage: FakeStorage | null = new FakeStorage(),
  scenario: Scenario = fixture(),
  presence: PresenceChannel | null = null,
  slices: Pick<AppDeps, 'aiSliceMs' | 'schedule'> = {},
): {
  store: AppStore;
  storage: FakeStorage | null;
} {
  let ids = 0;
  let clock = Date.UTC(2024, 0, 1);
  const store = createAppStore({
    catalogue: [scenarioEntry('fixture.yaml', scenario)],
    storage,
    now: () => {
      clock += 1000;
      return new Date(clock);
    },
    newSeed: () => 7,
    newGameId: () => `game-${++ids}`,
    presence,
    ...slices,
  });
  return { store, storage };
}

/** A simple person move: answer offers with a rejection, otherwise wait. */
export function simpleMove(scenario: Scenario, state: GameState): Action {
  const turn = whoMustAct(scenario, state);
  if (!turn) throw new Error('game over');
  return turn.mode === 'respond'
    ? { type: 'reject', actor: turn.actor }
    : { type: 'wait', actor: turn.actor };
}
