/**
 * Opening a game that another tab has open says so at once, in both tabs, before either saves
 * (issue #10: a tab that merely opened a game already open elsewhere was told only when the other
 * tab saved). The stores talk over real `BroadcastChannel`s (Node has them too), one channel name
 * per test, as the tabs of one origin share one.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { broadcastPresence, presenceMessage } from '../../src/store/index.ts';
import { fixture } from '../engine/fixture.ts';
import { FakeStorage } from './fake-storage.ts';
import { simpleMove, testStore } from './helpers.ts';

type Store = ReturnType<typeof testStore>['store'];

let channels: { close: () => void }[] = [];
let names = 0;
afterEach(() => {
  for (const c of channels) c.close();
  channels = [];
});

/** Tabs of one browser: one storage, one channel name, a channel each. */
function browser() {
  const storage = new FakeStorage();
  const name = `gat-presence-test-${process.pid}-${++names}`;
  const tab = (): Store => {
    const channel = broadcastPresence(name);
    if (!channel) throw new Error('no BroadcastChannel');
    channels.push(channel);
    return testStore(storage, fixture(), channel).store;
  };
  return { storage, tab };
}

function move(store: Store): void {
  const s = store.getState().session!;
  expect(store.getState().submit(simpleMove(s.scenario, s.state)).ok).toBe(true);
}

const told = (store: Store) =>
  store
    .getState()
    .notices.filter((n) => n.code === 'save/open-elsewhere')
    .map((n) => n.detail);

// Measured: a message reaches the other store within a few milliseconds; vitest's `waitFor`
// polls every 50 ms for up to 1 s.
describe('a game open in two tabs', () => {
  it('is said at once, in the tab that opens it and the tab that had it, and nothing is written', async () => {
    const { storage, tab } = browser();
    const first = tab();
    first.getState().startGame('fixture', 'japan');
    move(first);
    const game = first.getState().session!.game;
    const before = new Map(storage.data);

    const second = tab();
    expect(second.getState().openGame(game)).toBe(true);
    await vi.waitFor(() => expect(told(second)).toEqual(['Fixture']));
    await vi.waitFor(() => expect(told(first)).toEqual(['Fixture']));
    // Opening only read the game: no copy of it was touched.
    expect(new Map(storage.data)).toEqual(before);
    // The other notices of two tabs are for saves, and nobody has saved since.
    expect(first.getState().notices.map((n) => n.code)).toEqual(['save/open-elsewhere']);
    expect(second.getState().notices.map((n) => n.code)).toEqual(['save/open-elsewhere']);
  });

  it('says nothing of another game, and says it once however often it is heard', async () => {
    const { tab } = browser();
    const first = tab();
    first.getState().startGame('fixture', 'japan');
    const game = first.getState().session!.game;
    const second = tab();
    second.getState().startGame('fixture', 'japan');
    expect(second.getState().session!.game).not.toBe(game);
    // Messages from one tab arrive in order: once the second tab's word on `game` is heard, its
    // word on its own new game was heard before it, and said nothing.
    second.getState().openGame(game);
    await vi.waitFor(() => expect(told(first)).toEqual(['Fixture']));
    await vi.waitFor(() => expect(told(second)).toEqual(['Fixture']));
    const third = tab();
    third.getState().openGame(game);
    await vi.waitFor(() => expect(told(third)).toEqual(['Fixture']));
    // Two tabs answered the third, and the first two heard it open: still one notice each.
    await new Promise((resolve) => setTimeout(resolve, 100));
    for (const store of [first, second, third]) expect(told(store)).toEqual(['Fixture']);
  });

  it('takes it back when the other tab leaves the game, unless a third still has it', async () => {
    const { tab } = browser();
    const first = tab();
    first.getState().startGame('fixture', 'japan');
    const game = first.getState().session!.game;
    const second = tab();
    second.getState().openGame(game);
    await vi.waitFor(() => expect(told(first)).toEqual(['Fixture']));

    // The second tab starts another game: the first is alone on its game again.
    second.getState().startGame('fixture', 'japan');
    await vi.waitFor(() => expect(told(first)).toEqual([]));

    const third = tab();
    third.getState().openGame(game);
    const fourth = tab();
    fourth.getState().openGame(game);
    await vi.waitFor(() => expect(told(first)).toEqual(['Fixture']));
    await vi.waitFor(() => expect(told(fourth)).toEqual(['Fixture']));
    // The fourth leaves; the third still has the game, and says so when the first asks.
    fourth.getState().startGame('fixture', 'japan');
    await vi.waitFor(() => expect(told(fourth)).toEqual([]));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(told(first)).toEqual(['Fixture']);
    expect(told(third)).toEqual(['Fixture']);
  });

  it('a game forked to a separate game is open nowhere else: its notice goes', async () => {
    const { tab } = browser();
    const first = tab();
    first.getState().startGame('fixture', 'japan');
    move(first);
    const game = first.getState().session!.game;
    const second = tab();
    second.getState().openGame(game);
    await vi.waitFor(() => expect(told(first)).toEqual(['Fixture']));
    move(second);
    // The first tab writes second: its moves go on as a separate game, which only it has.
    move(first);
    expect(first.getState().session!.game).not.toBe(game);
    expect(first.getState().notices.map((n) => n.code)).toEqual(['save/forked']);
    // The second hears that the first left the game; nobody else has it.
    await vi.waitFor(() => expect(told(second)).toEqual([]));
    expect(second.getState().session!.game).toBe(game);
  });
});

describe('presence messages', () => {
  it('are read only when they are one', () => {
    expect(presenceMessage({ kind: 'open', game: 'g-1' })).toEqual({ kind: 'open', game: 'g-1' });
    for (const bad of [
      null,
      'open',
      { kind: 'opened', game: 'g-1' },
      { kind: 'open' },
      { kind: 'open', game: 7 },
      { kind: 'open', game: 'g'.repeat(65) },
    ]) {
      expect(presenceMessage(bad)).toBeNull();
    }
  });
});
