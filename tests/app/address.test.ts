import { describe, expect, it } from 'vitest';
import { followAddress } from '../../src/app/address.ts';
import { FakeStorage } from '../store/fake-storage.ts';
import { simpleMove, testStore } from '../store/helpers.ts';

/** A page's history and address, as far as address.ts uses them; Back and Forward fire popstate. */
class FakePlace {
  readonly entries: string[];
  index = 0;
  readonly pathname = '/school/give-and-take/';
  readonly search = '';
  private readonly listeners: (() => void)[] = [];
  readonly history = {
    state: null,
    pushState: (_: unknown, __: string, url: string) => {
      this.entries.splice(this.index + 1, Number.POSITIVE_INFINITY, url);
      this.index++;
    },
    replaceState: (_: unknown, __: string, url: string) => {
      this.entries[this.index] = url;
    },
  };
  readonly location = this;

  constructor(hash = '') {
    this.entries = [`${this.pathname}${hash}`];
  }
  get hash(): string {
    const url = this.entries[this.index] ?? '';
    const at = url.indexOf('#');
    return at < 0 || at === url.length - 1 ? '' : url.slice(at);
  }
  addEventListener(_: string, listener: () => void): void {
    this.listeners.push(listener);
  }
  removeEventListener(): void {}
  go(delta: number): void {
    this.index += delta;
    for (const listener of this.listeners) listener();
  }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the address follows the screen', () => {
  it('adds an entry per screen, and Back and Forward move between them', async () => {
    const { store } = testStore();
    const place = new FakePlace();
    followAddress(store, Promise.resolve(), place as never);
    store.getState().startGame('fixture', 'japan');
    await settle();
    const { game } = store.getState().session!;
    store.getState().show('table');
    await settle();
    // Moves on the table leave the address alone.
    const s = store.getState().session!;
    store.getState().submit(simpleMove(s.scenario, s.state));
    await settle();
    expect(place.entries).toEqual([
      '/school/give-and-take/',
      `/school/give-and-take/#/briefing/${game}`,
      `/school/give-and-take/#/table/${game}`,
    ]);

    place.go(-1);
    await settle();
    expect(store.getState().screen).toBe('briefing');
    place.go(-1);
    await settle();
    expect(store.getState().screen).toBe('title');
    place.go(1);
    await settle();
    expect(store.getState().screen).toBe('briefing');
    // Going back never added entries.
    expect(place.entries).toHaveLength(3);
  });

  it('opens the game and screen of the address on arrival, and replaces an address that cannot be reached', async () => {
    const storage = new FakeStorage();
    const first = testStore(storage).store;
    first.getState().startGame('fixture', 'japan');
    const { game } = first.getState().session!;

    const { store } = testStore(storage);
    const place = new FakePlace(`#/table/${game}`);
    followAddress(store, Promise.resolve(), place as never);
    // At once, before the interface mounts: no title in between.
    expect(store.getState().screen).toBe('table');
    expect(store.getState().session?.game).toBe(game);

    const lost = testStore(storage).store;
    const nowhere = new FakePlace('#/debrief/g-gone');
    followAddress(lost, Promise.resolve(), nowhere as never);
    expect(lost.getState().screen).toBe('title');
    expect(lost.getState().notices.map((n) => n.code)).toEqual(['address/game-missing']);
    expect(nowhere.entries).toEqual(['/school/give-and-take/']);
  });

  it('leaves class links and in-page anchors alone', async () => {
    const { store } = testStore();
    for (const hash of ['#play=fixture&as=japan&seed=3', '#main']) {
      const place = new FakePlace(hash);
      followAddress(store, Promise.resolve(), place as never);
      await settle();
      expect(place.entries).toEqual([`/school/give-and-take/${hash}`]);
      expect(store.getState().screen).toBe('title');
    }
  });
});
