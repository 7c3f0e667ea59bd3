import { describe, expect, it } from 'vitest';
import { stateHash } from '../../src/engine/index.ts';
import {
  isClassLink,
  makeRoute,
  parseRoute,
  type Route,
  routeOf,
  TITLE_ROUTE,
} from '../../src/store/index.ts';
import type { FakeStorage } from './fake-storage.ts';
import { simpleMove, testStore } from './helpers.ts';

describe('routes: the address of a screen', () => {
  it('reads and writes each screen of a game, and the title as no fragment', () => {
    const routes: Route[] = [
      TITLE_ROUTE,
      { screen: 'briefing', game: 'g-lx3k9a-1f2e' },
      { screen: 'table', game: 'game-1' },
      { screen: 'debrief', game: 'g-1' },
    ];
    for (const route of routes) expect(parseRoute(makeRoute(route))).toEqual(route);
    expect(makeRoute(TITLE_ROUTE)).toBe('');
    expect(makeRoute({ screen: 'table', game: 'g-1' })).toBe('#/table/g-1');
    expect(parseRoute('#')).toEqual(TITLE_ROUTE);
    expect(parseRoute('#/table/g-1/')).toEqual({ screen: 'table', game: 'g-1' });
  });

  it('leaves class links and in-page anchors to others, and sends a broken address to the title', () => {
    expect(parseRoute('#play=road-to-pyongyang-2002&as=japan&seed=42')).toBeNull();
    expect(parseRoute('#main')).toBeNull();
    for (const broken of [
      '#/',
      '#/table',
      '#/table/',
      '#/tabel/g-1',
      '#/table/G-1',
      '#/table/a/b',
      '#/table/g=1',
    ]) {
      expect(parseRoute(broken), broken).toEqual(TITLE_ROUTE);
    }
    expect(parseRoute(`#/table/${'g'.repeat(65)}`)).toEqual(TITLE_ROUTE);
    // No route is ever mistaken for a class link, whatever the game's id.
    expect(isClassLink(makeRoute({ screen: 'table', game: 'play-as-seed' }))).toBe(false);
  });

  it('names the open game on every screen but the title', () => {
    const session = { game: 'g-1' };
    expect(routeOf({ screen: 'title', session })).toEqual(TITLE_ROUTE);
    expect(routeOf({ screen: 'table', session: null })).toEqual(TITLE_ROUTE);
    expect(routeOf({ screen: 'debrief', session })).toEqual({ screen: 'debrief', game: 'g-1' });
  });
});

describe('going where the address points', () => {
  it('opens a stored game on the named screen, and moves between screens of the open game', () => {
    const { store, storage } = testStore();
    store.getState().startGame('fixture', 'japan');
    const s = store.getState().session!;
    store.getState().submit(simpleMove(s.scenario, s.state));
    const { game } = store.getState().session!;
    const hash = stateHash(store.getState().session!.state);

    // A reload: a new store over the same storage.
    const again = testStore(storage).store;
    expect(again.getState().goTo({ screen: 'table', game })).toBe(true);
    expect(again.getState().screen).toBe('table');
    expect(stateHash(again.getState().session!.state)).toBe(hash);
    expect(again.getState().goTo({ screen: 'briefing', game })).toBe(true);
    expect(again.getState().screen).toBe('briefing');
    expect(again.getState().goTo(TITLE_ROUTE)).toBe(true);
    expect(again.getState().screen).toBe('title');
    // A game not over has no debrief: its table instead.
    expect(again.getState().goTo({ screen: 'debrief', game })).toBe(true);
    expect(again.getState().screen).toBe('table');
    expect(again.getState().notices).toEqual([]);
  });

  it('opens a finished game on its debrief', () => {
    const { store, storage } = testStore();
    store.getState().startGame('fixture', 'japan');
    for (let s = store.getState().session!; s.state.status === 'playing'; s = store.getState().session!) {
      store.getState().submit(simpleMove(s.scenario, s.state));
    }
    const { game } = store.getState().session!;
    const again = testStore(storage).store;
    expect(again.getState().goTo({ screen: 'debrief', game })).toBe(true);
    expect(again.getState().screen).toBe('debrief');
  });

  it('says plainly on the title when the game is not here, and when it cannot be opened', () => {
    const { store, storage } = testStore();
    expect(store.getState().goTo({ screen: 'table', game: 'g-gone' })).toBe(false);
    expect(store.getState().screen).toBe('title');
    expect(store.getState().notices.map((n) => n.code)).toEqual(['address/game-missing']);

    store.getState().startGame('fixture', 'japan');
    const { game } = store.getState().session!;
    for (const key of [...storage!.data.keys()]) storage!.data.set(key, '{"format":1,"cut');
    const again = testStore(storage as FakeStorage).store;
    expect(again.getState().goTo({ screen: 'briefing', game })).toBe(false);
    expect(again.getState().screen).toBe('title');
    expect(again.getState().notices.map((n) => n.code)).toContain('save/damaged');
  });
});
