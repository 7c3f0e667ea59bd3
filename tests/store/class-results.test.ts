/**
 * The class page's results in the store: each file verified against the scenarios this copy has,
 * the list kept in storage (compacted) and read back at the next visit, duplicates not taken twice,
 * a full storage or none said plainly, and a result whose scenario file arrives later checked then.
 */

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/engine/index.ts';
import { encodeResultFile, loadScenario } from '../../src/scenario/index.ts';
import {
  createAppStore,
  keepClassFiles,
  keepResultAsGame,
  listGames,
  makeRoute,
  parseRoute,
  scenarioEntry,
} from '../../src/store/index.ts';
import { FILE_2004, scenario2004 } from '../sim/scenario-2004.ts';
import { simulatedResult } from '../sim/simulated-result.ts';
import { FakeStorage } from './fake-storage.ts';

const scenario = scenario2004();

function resultText(seed: number, s: Scenario = scenario): string {
  return encodeResultFile(simulatedResult(s, 'japan', seed, { writtenAt: '' }));
}

function storeWith(storage: FakeStorage | null, catalogue = [scenarioEntry('2004.yaml', scenario)]) {
  return createAppStore({
    catalogue,
    storage,
    now: () => new Date(Date.UTC(2026, 11, 2)),
    newSeed: () => 7,
    newGameId: () => 'game-1',
    presence: null,
  });
}

describe('the class page in the store', () => {
  it('is a screen of its own at #/class, with no game open', () => {
    expect(parseRoute('#/class')).toEqual({ screen: 'class' });
    expect(makeRoute({ screen: 'class' })).toBe('#/class');
    const store = storeWith(new FakeStorage());
    expect(store.getState().classResults).toBeNull();
    store.getState().show('class');
    expect(store.getState().screen).toBe('class');
    expect(store.getState().classResults).toEqual([]);
  });

  it('verifies each file, keeps the list compacted, and reads it back at the next visit', () => {
    const storage = new FakeStorage();
    const store = storeWith(storage);
    store.getState().show('class');
    const genuine = resultText(1);
    const edited = genuine.replace(/"japan": ([\d.]+)/, '"japan": 99.9');
    const added = store.getState().addClassResults([
      { name: 'a.json', text: genuine },
      { name: 'b.json', text: edited },
      { name: 'c.json', text: 'not json' },
      { name: 'a.json', text: genuine },
    ]);
    expect(added).toEqual({ added: 3, duplicates: 1, over: 0, kept: null });
    const kinds = store.getState().classResults?.map((r) => [r.name, r.verdict.kind]);
    expect(kinds).toEqual([
      ['a.json', 'genuine'],
      ['b.json', 'altered'],
      ['c.json', 'unreadable'],
    ]);
    const kept = storage.data.get('give-and-take:class-results') ?? '';
    // Compacted: no indentation kept, so thirty results fit in storage with room to spare.
    expect(kept.length).toBeLessThan(genuine.length * 2 + 200);

    const next = storeWith(storage);
    next.getState().show('class');
    expect(next.getState().classResults?.map((r) => [r.name, r.verdict.kind])).toEqual(kinds);
    next.getState().removeClassResult(next.getState().classResults![1]!.id);
    expect(next.getState().classResults?.map((r) => r.name)).toEqual(['a.json', 'c.json']);
    next.getState().clearClassResults();
    expect(storage.data.has('give-and-take:class-results')).toBe(false);
  });

  it('does not call a result of another version of a scenario altered: it cannot be checked here', () => {
    const store = storeWith(new FakeStorage());
    store.getState().show('class');
    const other = resultText(4).replace(/"hash": "[0-9a-f]+"/, '"hash": "0123456789abcd"');
    store.getState().addClassResults([{ name: 'a.json', text: other }]);
    expect(store.getState().classResults?.[0]?.verdict).toMatchObject({
      kind: 'no-scenario',
      otherVersion: true,
    });
  });

  it('says when the list cannot be kept, and still checks the files', () => {
    const full = new FakeStorage();
    full.quota = 100;
    const store = storeWith(full);
    store.getState().show('class');
    expect(store.getState().addClassResults([{ name: 'a.json', text: resultText(2) }]).kept).toBe('quota');
    expect(store.getState().classKept).toBe('quota');
    expect(store.getState().classResults?.[0]?.verdict.kind).toBe('genuine');
    const none = storeWith(null);
    none.getState().show('class');
    expect(none.getState().addClassResults([{ name: 'a.json', text: resultText(2) }]).kept).toBe(
      'unavailable',
    );
  });

  it('checks a result of a scenario opened from a file once that file is opened', () => {
    const text = readFileSync(FILE_2004, 'utf8').replace(
      'title: The Second Visit',
      'title: The Second Visit, my version',
    );
    const loaded = loadScenario(text, 'mine.yaml');
    if (!loaded.ok) throw new Error('the edited file does not load');
    const mine = loaded.value;
    const store = storeWith(new FakeStorage(), []);
    store.getState().show('class');
    store.getState().addClassResults([{ name: 'a.json', text: resultText(3, mine) }]);
    expect(store.getState().classResults?.[0]?.verdict.kind).toBe('no-scenario');
    store.getState().addOpenedScenario('mine.yaml', text, mine);
    expect(store.getState().classResults?.[0]?.verdict.kind).toBe('genuine');
  });

  it('takes the networked class’s results from its page: merged with those kept, read by the class page', () => {
    const storage = new FakeStorage();
    const entries = [scenarioEntry('2004.yaml', scenario)];
    const first = keepClassFiles(storage, [
      { name: 'table 1 Japan.json', text: resultText(1) },
      { name: 'table 2 Japan.json', text: resultText(2) },
    ]);
    expect(first).toEqual({ added: 2, duplicates: 0, over: 0, kept: null });
    // The teacher opens the class debrief again after another table ends: only that one is new.
    const again = keepClassFiles(storage, [
      { name: 'table 1 Japan.json', text: resultText(1) },
      { name: 'table 3 Japan.json', text: resultText(3) },
    ]);
    expect(again).toEqual({ added: 1, duplicates: 1, over: 0, kept: null });
    const store = storeWith(storage, entries);
    store.getState().show('class');
    expect(store.getState().classResults?.map((r) => [r.name, r.verdict.kind])).toEqual([
      ['table 1 Japan.json', 'genuine'],
      ['table 2 Japan.json', 'genuine'],
      ['table 3 Japan.json', 'genuine'],
    ]);
    const full = new FakeStorage();
    full.quota = 10;
    expect(keepClassFiles(full, [{ name: 'a.json', text: resultText(1) }]).kept).toBe('quota');
  });

  it('keeps a result as its finished game, once, and the game opens at its debrief from the address', () => {
    const storage = new FakeStorage();
    const entries = [scenarioEntry('2004.yaml', scenario)];
    const text = resultText(4);
    const kept = keepResultAsGame(storage, text, entries, new Date(Date.UTC(2026, 11, 2)));
    if (!kept.ok) throw new Error(kept.problem);
    expect(kept.game).toMatch(/^r-[0-9a-f]{8}-japan$/);
    // Opening the same result again opens the same game: no second copy in the list.
    expect(keepResultAsGame(storage, text, entries, new Date())).toEqual(kept);
    expect(listGames(storage).map((g) => [g.game, g.ended])).toEqual([[kept.game, true]]);
    const store = storeWith(storage, entries);
    expect(store.getState().goTo({ screen: 'debrief', game: kept.game })).toBe(true);
    expect(store.getState().screen).toBe('debrief');
    const state = store.getState().session?.state;
    expect(state?.result?.scores).toEqual(JSON.parse(text).scores);

    expect(keepResultAsGame(storage, 'not json', entries, new Date())).toMatchObject({
      ok: false,
      problem: 'not-a-result',
    });
    const edited = text.replace(/"japan": ([\d.]+)/, '"japan": 99.9');
    expect(keepResultAsGame(storage, edited, entries, new Date())).toMatchObject({
      ok: false,
      problem: 'not-here',
    });
    expect(keepResultAsGame(storage, text, [], new Date())).toMatchObject({ ok: false, problem: 'not-here' });
    const broken = new FakeStorage();
    broken.broken = true;
    expect(keepResultAsGame(broken, text, entries, new Date())).toMatchObject({
      ok: false,
      problem: 'not-kept',
    });
  });
});
