import { describe, expect, it } from 'vitest';
import { replay, stateHash } from '../../src/engine/index.ts';
import { historicalRun } from '../../src/sim/index.ts';
import {
  checkSaveShape,
  createAppStore,
  listGames,
  migrateSave,
  readSaveText,
  SAVE_FORMAT,
  type SaveMigration,
  saveOf,
  scenarioEntry,
  slotFor,
} from '../../src/store/index.ts';
import { fixture } from '../engine/fixture.ts';
import { scenario2004 } from '../sim/scenario-2004.ts';
import { FakeStorage } from './fake-storage.ts';
import { simpleMove, testStore } from './helpers.ts';

function playSome(moves: number) {
  const { store, storage } = testStore();
  store.getState().startGame('fixture', 'japan');
  for (let i = 0; i < moves; i++) {
    const s = store.getState().session!;
    expect(store.getState().submit(simpleMove(s.scenario, s.state)).ok).toBe(true);
  }
  return { store, storage: storage! };
}

describe('saves', () => {
  it('saves after every move into two rotating copies and reloads the same state', () => {
    const { store, storage } = playSome(3);
    const session = store.getState().session!;
    const keys = [...storage.data.keys()].filter((k) => k.includes(':game:'));
    expect(keys.sort()).toEqual([
      `give-and-take:game:${session.game}:a`,
      `give-and-take:game:${session.game}:b`,
    ]);
    expect(slotFor(session.serial)).toBe(session.serial % 2 === 0 ? 'a' : 'b');

    const again = testStore(storage).store;
    expect(again.getState().games.map((g) => g.game)).toEqual([session.game]);
    expect(again.getState().openGame(session.game)).toBe(true);
    expect(stateHash(again.getState().session!.state)).toBe(stateHash(session.state));
    expect(again.getState().session!.actions).toEqual(session.actions);
  });

  it('reopens a finished game with its turn starts and the historical line the debrief draws', () => {
    const scenario = scenario2004();
    const { store, storage } = testStore(new FakeStorage(), scenario);
    store.getState().startGame(scenario.id, 'japan');
    for (let s = store.getState().session!; s.state.status === 'playing'; s = store.getState().session!) {
      expect(store.getState().submit(simpleMove(s.scenario, s.state)).ok).toBe(true);
    }
    const played = store.getState().session!;
    expect(played.turnStarts.map((t) => t.turn)).toEqual(scenario.turns.map((_, i) => i + 1));
    const history = historicalRun(scenario, played.seed)!;
    expect(stateHash(played.history!.final)).toBe(stateHash(history.final));

    const again = testStore(storage!, scenario).store;
    expect(again.getState().openGame(played.game)).toBe(true);
    const reopened = again.getState().session!;
    expect(reopened.turnStarts.map(stateHash)).toEqual(played.turnStarts.map(stateHash));
    expect(stateHash(reopened.history!.final)).toBe(stateHash(history.final));
  });

  it('falls back to the other copy when the newest is corrupt, and keeps the bad text aside', () => {
    const { store, storage } = playSome(3);
    const session = store.getState().session!;
    const newest = `give-and-take:game:${session.game}:${slotFor(session.serial)}`;
    storage.data.set(newest, '{"format":1,"game":"oops", truncated');
    const again = testStore(storage).store;
    expect(again.getState().openGame(session.game)).toBe(true);
    expect(again.getState().session!.serial).toBe(session.serial - 1);
    expect(again.getState().notices.map((n) => n.code)).toContain('save/fell-back');
    const damaged = again.getState().damagedCopies();
    expect(damaged.map((d) => d.text)).toEqual(['{"format":1,"game":"oops", truncated']);
    // Opening again does not pile up a second identical copy.
    testStore(storage).store.getState().openGame(session.game);
    expect(again.getState().damagedCopies()).toHaveLength(1);
  });

  it('lists a game whose copies are both unreadable among the damaged copies, and never deletes them', () => {
    const { store, storage } = playSome(2);
    const game = store.getState().session!.game;
    storage.data.set(`give-and-take:game:${game}:a`, 'garbage a');
    storage.data.set(`give-and-take:game:${game}:b`, 'garbage b');
    const again = testStore(storage).store;
    expect(again.getState().games).toEqual([]);
    expect(
      again
        .getState()
        .damagedCopies()
        .map((d) => d.text)
        .sort(),
    ).toEqual(['garbage a', 'garbage b']);
    expect(again.getState().openGame(game)).toBe(false);
    expect(again.getState().damagedCopies()).toHaveLength(2);
    expect(storage.data.get(`give-and-take:game:${game}:a`)).toBe('garbage a');
  });

  it('sets aside a copy whose log was tampered with, and opens the other', () => {
    const { store, storage } = playSome(2);
    const session = store.getState().session!;
    const newest = `give-and-take:game:${session.game}:${slotFor(session.serial)}`;
    const save = JSON.parse(storage.data.get(newest)!);
    const ai = save.actions.findIndex((a: { actor: string }) => a.actor !== 'japan');
    save.actions[ai] = { type: 'wait', actor: save.actions[ai].actor };
    storage.data.set(newest, JSON.stringify(save));
    const again = testStore(storage).store;
    expect(again.getState().openGame(session.game)).toBe(true);
    expect(again.getState().session!.serial).toBe(session.serial - 1);
    expect(again.getState().damagedCopies()).toHaveLength(1);
  });

  it('opens a copy whose seed was changed when its moves all hold under that seed, and says so', () => {
    const { store, storage } = playSome(2);
    const session = store.getState().session!;
    const newest = `give-and-take:game:${session.game}:${slotFor(session.serial)}`;
    const save = JSON.parse(storage.data.get(newest)!);
    save.seed = 8;
    storage.data.set(newest, JSON.stringify(save));
    const again = testStore(storage).store;
    expect(again.getState().openGame(session.game)).toBe(true);
    // Every AI move is still the AI's own under seed 8: an honest game of seed 8, not a forgery.
    expect(again.getState().session!.seed).toBe(8);
    expect(again.getState().notices.map((n) => n.code)).toEqual(['save/checkpoint-moved']);
    expect(again.getState().damagedCopies()).toHaveLength(0);
  });

  it('refuses a save from a newer format, with a message, and keeps it', () => {
    const { store, storage } = playSome(1);
    const session = store.getState().session!;
    const newest = `give-and-take:game:${session.game}:${slotFor(session.serial)}`;
    const save = JSON.parse(storage.data.get(newest)!);
    save.format = SAVE_FORMAT + 1;
    const text = JSON.stringify(save);
    storage.data.set(newest, text);
    const again = testStore(storage).store;
    expect(again.getState().openGame(session.game)).toBe(false);
    const notice = again.getState().notices.find((n) => n.code === 'save/newer');
    expect(notice?.detail).toMatch(/newer version/);
    expect(storage.data.get(newest)).toBe(text);
    expect(again.getState().damagedCopies()).toHaveLength(0);
  });

  it('keeps playing when storage is full, tells the player once, and offers the save as a file', () => {
    const { store, storage } = playSome(1);
    storage.quota = 10;
    const s = store.getState().session!;
    store.getState().submit(simpleMove(s.scenario, s.state));
    const s2 = store.getState().session!;
    store.getState().submit(simpleMove(s2.scenario, s2.state));
    const notices = store.getState().notices.filter((n) => n.code === 'storage/quota');
    expect(notices).toHaveLength(1);
    expect(notices[0]!.download?.text).toContain(`"format":${SAVE_FORMAT}`);
    expect(store.getState().saved).toBe(false);
    expect(store.getState().session!.actions.length).toBeGreaterThan(s.actions.length);
    storage.quota = Number.POSITIVE_INFINITY;
    const s3 = store.getState().session!;
    store.getState().submit(simpleMove(s3.scenario, s3.state));
    expect(store.getState().saved).toBe(true);
    expect(store.getState().notices.map((n) => n.code)).toContain('storage/recovered');
  });

  it('runs with no storage at all', () => {
    const { store } = testStore(null);
    expect(store.getState().notices.map((n) => n.code)).toEqual(['storage/unavailable']);
    store.getState().startGame('fixture', 'japan');
    expect(store.getState().session).not.toBeNull();
    const broken = new FakeStorage();
    broken.broken = true;
    expect(listGames(broken)).toEqual([]);
  });

  it('exports and imports a save as a new game beside the old one', () => {
    const { store, storage } = playSome(2);
    const file = store.getState().exportSave()!;
    expect(file.fileName).toMatch(/^give-and-take-fixture-turn\d\d\.json$/);
    const other = testStore(storage).store;
    expect(other.getState().importSave(file.text)).toBe(true);
    expect(other.getState().games).toHaveLength(2);
    expect(stateHash(other.getState().session!.state)).toBe(stateHash(store.getState().session!.state));
    expect(other.getState().importSave('{"nope":1}')).toBe(false);
    expect(other.getState().importSave('not json')).toBe(false);
    expect(other.getState().notices.find((n) => n.code === 'import/failed')?.detail).toMatch(/not readable/);
  });

  it('replays onto a changed scenario and says so', () => {
    const { store, storage } = playSome(2);
    const session = store.getState().session!;
    const changed = fixture({ params: { tensionBase: 31 } });
    const again = createAppStore({
      catalogue: [scenarioEntry('fixture.yaml', changed)],
      storage,
      now: () => new Date(0),
      newSeed: () => 1,
      newGameId: () => 'x',
    });
    expect(again.getState().openGame(session.game)).toBe(true);
    expect(again.getState().notices.map((n) => n.code)).toContain('save/scenario-changed');
  });
});

describe('save migrations', () => {
  it('reads the frozen format-1 save as a format-3 one played by the first AI with no options, and it replays', async () => {
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(new URL('../fixtures/save-v1.json', import.meta.url), 'utf8');
    const read = readSaveText(text);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.raw).toEqual({ ...JSON.parse(text), format: 3, ai: 1 });
    const save = checkSaveShape(read.raw);
    expect(save.ok).toBe(true);
    if (!save.ok) return;
    const replayed = replay(fixture(), save.save.seed, save.save.controllers, save.save.actions);
    expect(replayed.ok).toBe(true);
  });

  it('runs numbered steps one version at a time, purely, and refuses gaps', () => {
    const table: Record<number, SaveMigration> = {
      1: (s) => ({ ...s, format: 2, renamed: s.old }),
      2: (s) => ({ ...s, format: 3, added: true }),
    };
    const input = { format: 1, old: 'x' };
    const out = migrateSave(input, table, 3);
    expect(out).toEqual({ ok: true, raw: { format: 3, old: 'x', renamed: 'x', added: true } });
    expect(input).toEqual({ format: 1, old: 'x' });
    expect(migrateSave({ format: 1 }, { 2: table[2]! }, 3)).toMatchObject({
      ok: false,
      problem: { code: 'save/no-migration' },
    });
    expect(migrateSave({ format: 4 }, table, 3)).toMatchObject({
      ok: false,
      problem: { code: 'save/newer', format: 4 },
    });
    expect(migrateSave({ format: 'one' }, table, 3)).toMatchObject({
      ok: false,
      problem: { code: 'save/not-a-save' },
    });
  });

  it('a save of the current format goes through the real table untouched', () => {
    const { store } = playSome(1);
    const session = store.getState().session!;
    const save = saveOf(session, 1, new Date(0));
    expect(migrateSave(JSON.parse(JSON.stringify(save)))).toEqual({
      ok: true,
      raw: JSON.parse(JSON.stringify(save)),
    });
  });
});
