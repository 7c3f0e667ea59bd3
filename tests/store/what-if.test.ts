/**
 * "What if" in the store: a finished game played again from the start of a turn is a new saved
 * game whose moves before that turn are the first game's (the same seed replays them exactly), it
 * opens again from storage knowing where it came from, and its debrief sets the two paths side by
 * side from the first move where they part.
 */
import { describe, expect, it } from 'vitest';
import { type Action, stateHash } from '../../src/engine/index.ts';
import { movesBefore } from '../../src/store/index.ts';
import { pathsView } from '../../src/ui/viewmodel/index.ts';
import { FakeStorage } from './fake-storage.ts';
import { simpleMove, testStore } from './helpers.ts';

function playToEnd(store: ReturnType<typeof testStore>['store'], move = simpleMove): void {
  for (let n = 0; n < 500; n++) {
    const s = store.getState().session!;
    if (s.state.status === 'ended') return;
    store.getState().submit(move(s.scenario, s.state));
  }
  throw new Error('the game did not end');
}

describe('what if', () => {
  it('plays a finished game again from a turn, as a new game with the first game’s moves before it', () => {
    const storage = new FakeStorage();
    const { store } = testStore(storage);
    store.getState().startGame('fixture', 'japan');
    playToEnd(store);
    const first = store.getState().session!;
    expect(store.getState().whatIf(0)).toBe(false);
    expect(store.getState().whatIf(first.turnStarts.length + 1)).toBe(false);

    expect(store.getState().whatIf(2)).toBe(true);
    const again = store.getState().session!;
    expect(again.game).not.toBe(first.game);
    expect(store.getState().screen).toBe('table');
    expect(again.state.status).toBe('playing');
    expect(again.state.turn).toBe(2);
    const before = movesBefore(first, 2);
    expect(again.actions.slice(0, before)).toEqual(first.actions.slice(0, before));
    expect(stateHash(again.turnStarts[1]!)).toBe(stateHash(first.turnStarts[1]!));
    expect(again.branch).toEqual({ turn: 2, actions: first.actions });
    // Both games are kept.
    expect(
      store
        .getState()
        .games.map((g) => g.game)
        .sort(),
    ).toEqual([first.game, again.game].sort());

    // Played differently from there: a gift instead of waiting, where the rules allow one.
    let gave = false;
    playToEnd(store, (scenario, state) => {
      const move = simpleMove(scenario, state);
      if (gave || move.type !== 'wait') return move;
      gave = true;
      const gift: Action = { type: 'gift', actor: 'japan', to: 'north_korea', item: 'food_aid', tier: 1 };
      return gift;
    });
    const view = pathsView(store.getState().session!);
    expect(view?.from).toBe(`Played again from Turn 2 · ${first.scenario.turns[1]!.label}.`);
    expect(view?.divergence?.when).toMatch(/^Turn 2 · /);
    expect(view?.divergence?.again).toMatch(/^you played “/);
    expect(view?.rows.length).toBeGreaterThan(0);

    // Opened again from storage, it still knows its first game.
    const game = store.getState().session!.game;
    const { store: next } = testStore(storage);
    expect(next.getState().openGame(game)).toBe(true);
    expect(next.getState().session?.branch).toEqual({ turn: 2, actions: first.actions });
    expect(pathsView(next.getState().session!)).toEqual(view);
  });
});
