/**
 * The AI's moves in slices (issue 10, "never freezes the page"): with a time budget the store
 * makes the AI's moves a slice at a time, each in a task of its own, and the game that comes of it
 * is the very game the moves made at once give; the answer shows every move once; the game is
 * saved as it stands between slices; and another game opened meanwhile ends the slices.
 */
import { describe, expect, it } from 'vitest';
import { stateHash, whoMustAct } from '../../src/engine/index.ts';
import { listGames } from '../../src/store/index.ts';
import { loadShipped } from '../scenarios/shipped.ts';
import { FakeStorage } from './fake-storage.ts';
import { simpleMove, testStore } from './helpers.ts';

// Six delegations, five of them the AI's: several AI moves between two of the player's.
const scenario = loadShipped('2004-six-party-third-round.yaml');

/** A store whose AI makes one move a slice (a budget of 0 ms), with the slices run by hand. */
function slicedStore(storage = new FakeStorage()) {
  const queue: (() => void)[] = [];
  const { store } = testStore(storage, scenario, null, {
    aiSliceMs: 0,
    schedule: (next) => queue.push(next),
  });
  const drain = () => {
    let slices = 0;
    while (queue.length > 0) {
      queue.shift()!();
      slices++;
    }
    return slices;
  };
  return { store, drain, queue };
}

describe('the AI in slices', () => {
  it('plays the same game as all at once, and shows the answer once with every move', () => {
    const whole = testStore(new FakeStorage(), scenario).store;
    const sliced = slicedStore();
    whole.getState().startGame(scenario.id, 'usa', { seed: 3 });
    sliced.store.getState().startGame(scenario.id, 'usa', { seed: 3 });
    expect(sliced.drain()).toBeGreaterThan(0);
    let totalSlices = 0;
    for (let move = 0; move < 12; move++) {
      const a = whole.getState().session!;
      const b = sliced.store.getState().session!;
      expect(stateHash(b.state)).toBe(stateHash(a.state));
      if (a.state.status === 'ended') break;
      const action = simpleMove(scenario, a.state);
      whole.getState().submit(action);
      const seq = sliced.store.getState().feed.seq;
      expect(sliced.store.getState().submit(action)).toEqual({ ok: true });
      const waiting = sliced.store.getState().session!.state;
      const slices = sliced.drain();
      totalSlices += slices;
      if (slices > 0) {
        // Between slices the AI was to move, and the answer waited for its last move.
        expect(whoMustAct(scenario, waiting)?.actor).not.toBe('usa');
        expect(sliced.store.getState().feed.seq).toBe(seq + 1);
      }
      expect(sliced.store.getState().feed.actions).toEqual(whole.getState().feed.actions);
      expect(sliced.store.getState().feed.events).toEqual(whole.getState().feed.events);
    }
    expect(totalSlices).toBeGreaterThan(10);
  });

  it('saves the game between slices, and opens it with the AI’s owed moves made', () => {
    const storage = new FakeStorage();
    const { store, queue } = slicedStore(storage);
    store.getState().startGame(scenario.id, 'usa', { seed: 3 });
    expect(queue.length).toBe(1);
    const game = store.getState().session!.game;
    const saved = listGames(storage).find((g) => g.game === game);
    expect(saved?.turn).toBe(1);
    // The tab is closed with the AI's moves still to make: a new page plays them on opening.
    const again = testStore(storage, scenario).store;
    expect(again.getState().openGame(game)).toBe(true);
    const state = again.getState().session!.state;
    expect(whoMustAct(scenario, state)?.actor).toBe('usa');
    // Once the slices are done, the newest copy is the game as it stands, not the first pause.
    const { store: later, drain } = slicedStore(storage);
    later.getState().startGame(scenario.id, 'usa', { seed: 5 });
    drain();
    later.getState().submit(simpleMove(scenario, later.getState().session!.state));
    drain();
    const live = later.getState().session!;
    const reopened = testStore(storage, scenario).store;
    expect(reopened.getState().openGame(live.game)).toBe(true);
    expect(stateHash(reopened.getState().session!.state)).toBe(stateHash(live.state));
    expect(reopened.getState().session!.actions).toHaveLength(live.actions.length);
  });

  it('stops when another game is opened meanwhile, and leaves that game alone', () => {
    const { store, drain, queue } = slicedStore();
    store.getState().startGame(scenario.id, 'usa', { seed: 3 });
    expect(queue.length).toBe(1);
    const first = store.getState().session!.game;
    store.getState().startGame(scenario.id, 'china', { seed: 4 });
    drain();
    const session = store.getState().session!;
    expect(session.game).not.toBe(first);
    expect(session.player).toBe('china');
    expect(whoMustAct(scenario, session.state)?.actor).toBe('china');
  });
});
