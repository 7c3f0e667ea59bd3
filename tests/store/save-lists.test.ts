import { describe, expect, it } from 'vitest';
import { stateHash } from '../../src/engine/index.ts';
import { listGames, listStuckGames, SAVE_FORMAT, slotFor } from '../../src/store/index.ts';
import { FakeStorage } from './fake-storage.ts';
import { simpleMove, testStore } from './helpers.ts';

type Store = ReturnType<typeof testStore>['store'];

function move(store: Store): void {
  const s = store.getState().session!;
  expect(store.getState().submit(simpleMove(s.scenario, s.state)).ok).toBe(true);
}

/** Two stores on one storage, as two tabs of the game share one origin's localStorage. */
function twoTabs() {
  const storage = new FakeStorage();
  const first = testStore(storage).store;
  first.getState().startGame('fixture', 'japan');
  move(first);
  const game = first.getState().session!.game;
  const second = testStore(storage).store;
  expect(second.getState().openGame(game)).toBe(true);
  return { storage, first, second, game };
}

const slotsOf = (storage: FakeStorage, game: string) =>
  [...storage.data.entries()].filter(([k]) => k.startsWith(`give-and-take:game:${game}:`));

describe('two tabs on one game', () => {
  it('tells a tab when the other saved its game, and keeps its next moves as a separate game', () => {
    const { storage, first, second, game } = twoTabs();
    move(second);
    const theirs = second.getState().session!;
    const key = `give-and-take:game:${game}:${slotFor(theirs.serial)}`;
    first.getState().storageChanged(key);
    expect(first.getState().notices.find((n) => n.code === 'save/other-tab')?.detail).toBe('Fixture');

    const before = new Map(slotsOf(storage, game));
    move(first);
    const mine = first.getState().session!;
    expect(mine.game).not.toBe(game);
    // The warning came true: the notice now says what happened, once.
    expect(first.getState().notices.map((n) => n.code)).toEqual(['save/forked']);
    // The other tab's copies are untouched; both lines of play are kept and listed.
    expect(new Map(slotsOf(storage, game))).toEqual(before);
    expect(
      listGames(storage)
        .map((g) => g.game)
        .sort(),
    ).toEqual([game, mine.game].sort());
    const reopened = testStore(storage).store;
    expect(reopened.getState().openGame(game)).toBe(true);
    expect(stateHash(reopened.getState().session!.state)).toBe(stateHash(theirs.state));
    expect(reopened.getState().openGame(mine.game)).toBe(true);
    expect(stateHash(reopened.getState().session!.state)).toBe(stateHash(mine.state));
    // Opening another game drops what was said of the one before.
    first.getState().startGame('fixture', 'japan');
    expect(first.getState().notices).toEqual([]);
  });

  it('keeps them apart without any storage event: the check before each write is what holds', () => {
    const { storage, first, second, game } = twoTabs();
    move(second);
    move(first);
    expect(first.getState().session!.game).not.toBe(game);
    // The second tab plays on in the original slots, and never forks itself.
    move(second);
    expect(second.getState().session!.game).toBe(game);
    expect(second.getState().notices.map((n) => n.code)).toEqual([]);
    expect(listGames(storage)).toHaveLength(2);
  });

  it('says nothing when another tab only reads, or when storage was cleared elsewhere', () => {
    const { storage, first, game } = twoTabs();
    first.getState().storageChanged(`give-and-take:game:${game}:a`);
    expect(first.getState().notices).toEqual([]);
    storage.data.clear();
    first.getState().storageChanged(null);
    move(first);
    expect(first.getState().session!.game).toBe(game);
    expect(first.getState().notices).toEqual([]);
    expect(slotsOf(storage, game)).toHaveLength(1);
  });

  it('refreshes the lists when another tab saves a new game', () => {
    const storage = new FakeStorage();
    const watcher = testStore(storage).store;
    expect(watcher.getState().games).toEqual([]);
    const player = testStore(storage).store;
    player.getState().startGame('fixture', 'japan');
    watcher.getState().storageChanged('give-and-take:game:game-1:b');
    expect(watcher.getState().games.map((g) => g.game)).toEqual(['game-1']);
    watcher.getState().storageChanged('another-site:key');
    expect(watcher.getState().games).toHaveLength(1);
  });
});

describe('games that cannot be opened here stay listed', () => {
  function savedGame() {
    const storage = new FakeStorage();
    const { store } = testStore(storage);
    store.getState().startGame('fixture', 'japan');
    move(store);
    move(store);
    return { storage, session: store.getState().session! };
  }

  it('lists a game whose copies are both from a newer version as needing one, with the save to download', () => {
    const { storage, session } = savedGame();
    for (const slot of ['a', 'b']) {
      const key = `give-and-take:game:${session.game}:${slot}`;
      const save = JSON.parse(storage.data.get(key)!);
      storage.data.set(key, JSON.stringify({ ...save, format: SAVE_FORMAT + 1, newField: true }));
    }
    const { store } = testStore(storage);
    expect(store.getState().games).toEqual([]);
    const [stuck, ...rest] = store.getState().stuck;
    expect(rest).toEqual([]);
    expect(stuck).toMatchObject({ game: session.game, reason: 'newer', title: 'Fixture' });
    expect(stuck!.detail).toBe(
      `made by a newer version of the game (save format ${SAVE_FORMAT + 1}; this copy reads up to ${SAVE_FORMAT})`,
    );
    const newest = `give-and-take:game:${session.game}:${slotFor(session.serial)}`;
    expect(stuck!.copies[0]!.text).toBe(storage.data.get(newest));
    expect(stuck!.copies[0]!.fileName).toBe(`give-and-take-${session.game}-${slotFor(session.serial)}.json`);
  });

  it('lists a game with one newer copy as needing a newer version, not as one to continue', () => {
    const { storage, session } = savedGame();
    const key = `give-and-take:game:${session.game}:${slotFor(session.serial)}`;
    const save = JSON.parse(storage.data.get(key)!);
    storage.data.set(key, JSON.stringify({ ...save, format: SAVE_FORMAT + 1 }));
    expect(listGames(storage)).toEqual([]);
    expect(listStuckGames(storage).map((g) => g.reason)).toEqual(['newer']);
  });

  it('lists a game whose copies are both cut short as damaged, with both copies to download', () => {
    const { storage, session } = savedGame();
    const a = `give-and-take:game:${session.game}:a`;
    const b = `give-and-take:game:${session.game}:b`;
    storage.data.set(a, storage.data.get(a)!.slice(0, 40));
    storage.data.set(b, storage.data.get(b)!.slice(0, 55));
    const { store } = testStore(storage);
    expect(store.getState().games).toEqual([]);
    const [stuck] = store.getState().stuck;
    expect(stuck).toMatchObject({ game: session.game, reason: 'damaged', title: null, savedAt: null });
    expect(stuck!.detail).toBe('not readable (damaged or cut short)');
    expect(stuck!.copies.map((c) => c.text).sort()).toEqual(
      [storage.data.get(a), storage.data.get(b)].sort(),
    );
  });

  it('never gives a new game the id of a damaged one', () => {
    const storage = new FakeStorage();
    storage.data.set('give-and-take:game:game-1:a', 'garbage');
    const { store } = testStore(storage);
    store.getState().startGame('fixture', 'japan');
    expect(store.getState().session!.game).toBe('game-2');
    expect(storage.data.get('give-and-take:game:game-1:a')).toBe('garbage');
  });
});
