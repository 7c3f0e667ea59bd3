/**
 * Several people at one screen in the store: a game started with people on two delegations waits
 * for each in turn, hands the screen only to the person it waits for, keeps its people through a
 * save, and lets each person read their own debrief at the end.
 */
import { describe, expect, it } from 'vitest';
import { whoMustAct } from '../../src/engine/index.ts';
import { handoverTo, peopleOf } from '../../src/store/index.ts';
import { FakeStorage } from './fake-storage.ts';
import { simpleMove, testStore } from './helpers.ts';

describe('people at one screen', () => {
  it('waits for each person in turn and hands the screen only to the one it waits for', () => {
    const storage = new FakeStorage();
    const { store } = testStore(storage);
    store.getState().startGame('fixture', 'japan', { people: ['north_korea', 'china'] });
    const start = store.getState().session!;
    // China is in the background: nobody may lead it, so it is not seated.
    expect(peopleOf(start)).toEqual(['japan', 'north_korea']);
    expect(start.controllers).toMatchObject({ japan: 'person', north_korea: 'person', usa: 'ai' });

    let handovers = 0;
    for (let n = 0; n < 400; n++) {
      const s = store.getState().session!;
      if (s.state.status === 'ended') break;
      const next = handoverTo(s);
      if (next !== null) {
        // Only the person the game waits for may take the screen.
        expect(store.getState().takeSeat(next === 'japan' ? 'north_korea' : 'japan')).toBe(false);
        expect(store.getState().takeSeat('usa')).toBe(false);
        expect(store.getState().takeSeat(next)).toBe(true);
        handovers++;
        continue;
      }
      // The game never waits for the AI: whoever is to move is the person shown.
      expect(whoMustAct(s.scenario, s.state)?.actor).toBe(s.player);
      expect(store.getState().submit(simpleMove(s.scenario, s.state))).toEqual({ ok: true });
      if (handovers === 2) {
        // Saved with its people: opened again, it is the same game at one screen, shown to the person it waits for.
        const game = store.getState().session!;
        const { store: again } = testStore(storage);
        expect(again.getState().openGame(game.game)).toBe(true);
        const opened = again.getState().session!;
        expect(peopleOf(opened)).toEqual(['japan', 'north_korea']);
        const waiting = whoMustAct(opened.scenario, opened.state)?.actor;
        if (waiting && opened.controllers[waiting] === 'person') expect(opened.player).toBe(waiting);
      }
    }
    const end = store.getState().session!;
    expect(end.state.status).toBe('ended');
    expect(handovers).toBeGreaterThanOrEqual(4);
    // Over, each person may read their own debrief; the AI's delegations are no one's to take.
    const other = end.player === 'japan' ? 'north_korea' : 'japan';
    expect(store.getState().takeSeat('usa')).toBe(false);
    expect(store.getState().takeSeat(other)).toBe(true);
    expect(store.getState().session!.player).toBe(other);
  });
});
