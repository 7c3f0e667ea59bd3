import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/engine/index.ts';
import {
  type AppStore,
  listGames,
  MAX_KEPT_CHARS,
  type OpenedScenario,
  parseClassLink,
  readKeptFiles,
  scenarioHash,
} from '../../src/store/index.ts';
import { fixture } from '../engine/fixture.ts';
import { FakeStorage } from './fake-storage.ts';
import { simpleMove, testStore } from './helpers.ts';

/** The shipped fixture, and a teacher's edit of it that keeps its id. */
const shipped = fixture();
const edited: Scenario = { ...fixture(), title: 'Fixture, as edited by a teacher' };
const TEXT = '# the file text (the store keeps it as given)\nschema: 1\n';

function move(store: AppStore): void {
  const s = store.getState().session!;
  expect(store.getState().submit(simpleMove(s.scenario, s.state)).ok).toBe(true);
}

/** What src/app/arrivals.ts does after a reload: the kept texts, loaded again, handed to the store. */
function reloadKept(store: AppStore, storage: FakeStorage, scenario: Scenario): void {
  const kept = readKeptFiles(storage);
  const entries: OpenedScenario[] = kept.map((f) => ({
    ok: true,
    name: f.name,
    scenario,
    hash: f.hash,
    kept: 'kept',
  }));
  store.getState().adoptKeptScenarios(entries);
}

describe('scenarios opened from files', () => {
  it('plays a file that shares its id with a shipped scenario, and saves go back to the right version', () => {
    const { store, storage } = testStore(new FakeStorage(), shipped);
    expect(store.getState().addOpenedScenario('mine.yaml', TEXT, edited)).toBe('kept');
    store.getState().startGame(edited.id, 'japan', { hash: scenarioHash(edited) });
    expect(store.getState().session?.scenario.title).toBe(edited.title);
    move(store);
    const game = store.getState().session!.game;
    // A shipped card starts the shipped version even with the file opened.
    store.getState().startGame(shipped.id, 'japan', { hash: scenarioHash(shipped) });
    expect(store.getState().session?.scenario.title).toBe(shipped.title);

    // After a reload: the file is gone, its kept text comes back, and the game opens on it.
    const again = testStore(storage, shipped).store;
    // Before the kept text is loaded again, the list of games already knows the delegations' names.
    expect(again.getState().keptSeats[edited.id]?.north_korea).toBe('North Korea');
    reloadKept(again, storage!, edited);
    expect(again.getState().openGame(game)).toBe(true);
    expect(again.getState().session?.scenario.title).toBe(edited.title);
    expect(again.getState().notices).toEqual([]);
  });

  it('keeps one version per scenario id, and forgetting a file keeps its games', () => {
    const { store, storage } = testStore(new FakeStorage(), shipped);
    const v2: Scenario = { ...edited, summary: 'Version two.' };
    store.getState().addOpenedScenario('v1.yaml', TEXT, edited);
    store.getState().addOpenedScenario('v2.yaml', `${TEXT}# v2\n`, v2);
    expect(store.getState().opened.map((o) => o.name)).toEqual(['v2.yaml']);
    expect(readKeptFiles(storage).map((f) => [f.name, f.text?.endsWith('# v2\n')])).toEqual([
      ['v2.yaml', true],
    ]);

    store.getState().startGame(v2.id, 'japan', { hash: scenarioHash(v2) });
    expect(store.getState().session?.scenario.summary).toBe('Version two.');
    store.getState().forgetOpenedScenario(edited.id);
    expect(store.getState().opened).toEqual([]);
    expect(readKeptFiles(storage)).toEqual([]);
    expect(listGames(storage)).toHaveLength(1);
  });

  it('tells the player when a file cannot be kept, and names it when its game is continued later', () => {
    const storage = new FakeStorage();
    const { store } = testStore(storage, fixture({ turns: 4 }));
    const big = 'x'.repeat(MAX_KEPT_CHARS + 1);
    const other: Scenario = { ...edited, id: 'elsewhere' };
    expect(store.getState().addOpenedScenario('huge.yaml', big, other)).toBe('too-large');
    expect(store.getState().notices.map((n) => [n.code, n.detail])).toEqual([
      ['file/too-large-to-keep', 'huge.yaml'],
    ]);
    store.getState().startGame('elsewhere', 'japan');
    move(store);
    const game = store.getState().session!.game;
    // The record of the file stays (without its text), so the game can ask for it by name.
    expect(readKeptFiles(storage).map((f) => [f.scenarioId, f.name, f.text])).toEqual([
      ['elsewhere', 'huge.yaml', null],
    ]);
    const again = testStore(storage, fixture({ turns: 4 })).store;
    expect(again.getState().openGame(game)).toBe(false);
    expect(again.getState().notices.map((n) => [n.code, n.detail])).toEqual([
      ['save/file-missing', 'huge.yaml'],
    ]);
    // The save is untouched, and opening the file again lets it continue.
    expect(listGames(storage).map((g) => g.game)).toEqual([game]);
    again.getState().addOpenedScenario('huge.yaml', big, other);
    expect(again.getState().openGame(game)).toBe(true);
  });

  it('says so when storage is full, and play goes on', () => {
    const storage = new FakeStorage();
    const { store } = testStore(storage, shipped);
    storage.quota = 2_000;
    expect(
      store.getState().addOpenedScenario('mine.yaml', 'y'.repeat(5_000), { ...edited, id: 'mine' }),
    ).toBe('quota');
    expect(store.getState().notices.map((n) => n.code)).toContain('file/not-kept');
    expect(store.getState().opened.map((o) => o.ok && o.kept)).toEqual(['quota']);
  });

  it('prefers a file opened now to a kept copy of the same scenario', () => {
    const { store } = testStore(new FakeStorage(), shipped);
    store.getState().addOpenedScenario('now.yaml', TEXT, edited);
    store.getState().adoptKeptScenarios([
      { ok: true, name: 'old.yaml', scenario: edited, hash: 'abc', kept: 'kept' },
      { ok: false, name: 'broken.yaml', scenarioId: 'broken', problems: ['broken.yaml:1:1: bad'] },
    ]);
    expect(
      store
        .getState()
        .opened.map((o) => o.name)
        .sort(),
    ).toEqual(['broken.yaml', 'now.yaml']);
  });
});

describe('class links in the store', () => {
  it('starts the linked scenario at the briefing, with the seat and seed of the link', () => {
    const { store } = testStore(new FakeStorage(), shipped);
    store.getState().followClassLink(parseClassLink(`#play=${shipped.id}&as=north_korea&seed=1234`));
    const s = store.getState();
    expect(s.screen).toBe('briefing');
    expect([s.session?.player, s.session?.seed]).toEqual(['north_korea', 1234]);
    expect(s.link).toBeNull();
  });

  it('offers to continue a game in progress from the same link instead of starting another', () => {
    const { store } = testStore(new FakeStorage(), shipped);
    const link = parseClassLink(`#play=${shipped.id}&as=japan&seed=99`);
    store.getState().followClassLink(link);
    move(store);
    const first = store.getState().session!.game;
    store.getState().show('title');
    store.getState().followClassLink(link);
    const prompt = store.getState().link;
    expect(prompt?.kind).toBe('resume');
    expect(prompt?.kind === 'resume' && prompt.game.game).toBe(first);
    expect(store.getState().screen).toBe('title');
    expect(store.getState().openGame(first)).toBe(true);
    expect(store.getState().link).toBeNull();
  });

  it('starts, saves and reopens a game with the link’s options, and keeps it apart from the plain link’s', () => {
    const short = { ...shipped, fewestTurns: shipped.turns.length - 1 };
    const turns = short.turns.length - 1;
    const storage = new FakeStorage();
    const { store } = testStore(storage, short);
    const link = parseClassLink(
      `#play=${short.id}&as=japan&seed=5&advisors=rough&turns=${turns}&history=each-turn`,
    );
    store.getState().followClassLink(link);
    const session = store.getState().session!;
    const options = { advisors: 'rough', turns, history: 'each-turn' };
    expect(session.state.options).toEqual(options);
    move(store);
    const [game] = listGames(storage);
    expect(game?.options).toEqual(options);
    // A fresh page on the same storage opens the game with its options.
    const again = testStore(storage, short).store;
    expect(again.getState().openGame(session.game)).toBe(true);
    expect(again.getState().session!.state.options).toEqual(options);
    // The same link again offers that game; the link without its options is another game.
    again.getState().show('title');
    again.getState().followClassLink(link);
    expect(again.getState().link?.kind).toBe('resume');
    again.getState().followClassLink(parseClassLink(`#play=${short.id}&as=japan&seed=5`));
    expect(again.getState().link).toBeNull();
    expect(again.getState().session!.state.options).toEqual({});
    // A turn count the scenario does not allow is a problem for the title screen.
    again.getState().followClassLink(parseClassLink(`#play=${short.id}&as=japan&seed=5&turns=1`));
    expect(again.getState().link).toMatchObject({ kind: 'problem', problem: { code: 'link/bad-option' } });
  });

  it('leaves a problem for the title screen, never a crash', () => {
    const { store } = testStore(new FakeStorage(), shipped);
    store.getState().followClassLink(parseClassLink(`#play=${shipped.id}&as=jap`));
    expect(store.getState().link).toEqual({
      kind: 'problem',
      problem: { code: 'link/incomplete', detail: 'seed' },
    });
    store.getState().followClassLink(parseClassLink(`#play=${shipped.id.slice(0, 4)}&as=japan&seed=1`));
    expect(store.getState().link).toEqual({
      kind: 'problem',
      problem: { code: 'link/cut-scenario', detail: shipped.id },
    });
    expect(store.getState().session).toBeNull();
    store.getState().dismissLink();
    expect(store.getState().link).toBeNull();
  });

  it('follows a link to a scenario opened from a file', () => {
    const { store } = testStore(new FakeStorage(), shipped);
    const mine: Scenario = { ...edited, id: 'my-summit' };
    store.getState().addOpenedScenario('summit.yaml', TEXT, mine);
    store.getState().followClassLink(parseClassLink('#play=my-summit&as=japan&seed=5'));
    expect(store.getState().session?.scenario.id).toBe('my-summit');
    expect(store.getState().session?.scenarioHash).toBe(scenarioHash(mine));
  });
});
