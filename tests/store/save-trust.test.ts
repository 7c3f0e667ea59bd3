import { describe, expect, it } from 'vitest';
import { AI_VERSION, stateHash, whoMustAct } from '../../src/engine/index.ts';
import {
  checkSaveShape,
  encodeSave,
  newSession,
  playAction,
  readSaveText,
  restoreSave,
  type SaveFile,
  type Session,
  saveOf,
  scenarioEntry,
  scenarioHash,
} from '../../src/store/index.ts';
import { fixture } from '../engine/fixture.ts';
import { forgedLog, onePerson } from '../sim/forged-log.ts';
import { scenario2004 } from '../sim/scenario-2004.ts';
import { FakeStorage } from './fake-storage.ts';
import { simpleMove, testStore } from './helpers.ts';

const scenario = scenario2004();
const HASH = scenarioHash(scenario);

/** A patient game of the 2004 scenario as Japan, `moves` person moves long (or to its end). */
function patient(moves: number, seed = 7): Session {
  let { session } = newSession({ game: 'g', scenario, scenarioHash: HASH, player: 'japan', seed });
  for (let i = 0; i < moves && session.state.status === 'playing'; i++) {
    const step = playAction(session, simpleMove(scenario, session.state));
    if (!step.ok) throw new Error(step.error.message);
    session = step.step.session;
  }
  return session;
}

/** A session's save with some fields replaced, as a forger or a damaged file would have it. */
function saveText(session: Session, over: Partial<SaveFile> = {}): string {
  return encodeSave({ ...saveOf(session, 3, new Date(Date.UTC(2024, 0, 1))), ...over });
}

function gameKeys(storage: FakeStorage): string[] {
  return [...storage.data.keys()].filter((k) => k.startsWith('give-and-take:game:')).sort();
}

const notice = (store: ReturnType<typeof testStore>['store'], code: string) =>
  store.getState().notices.find((n) => n.code === code);

describe('a save cannot forge a result', () => {
  const forged = forgedLog(scenario, 7, 'japan', 'north_korea', 2);
  const first = forged.forgedAt[0]!;
  // The forger recomputes a valid checkpoint: the hash alone proves nothing.
  const forgedSave = (over: Partial<SaveFile> = {}) =>
    saveText(patient(0), { actions: forged.actions, checkpoint: stateHash(forged.state), ...over });

  it('refuses the import of a log in which the AI accepts a give-nothing offer, naming the move', () => {
    const { store, storage } = testStore(new FakeStorage(), scenario);
    expect(store.getState().importSave(forgedSave())).toBe(false);
    expect(notice(store, 'import/failed')?.detail).toBe(
      `move ${first + 1} is played by the AI, which would make a different move: the save has “Pyongyang accepts”, the AI plays “Pyongyang counters: the release of five relatives of the former abductees in return for a visit by the prime minister, humanitarian aid”`,
    );
    expect(store.getState().session).toBeNull();
    expect(gameKeys(storage!)).toEqual([]);
  });

  it('refuses it just the same when its scenario hash is changed, as another version of the scenario', () => {
    const { store, storage } = testStore(new FakeStorage(), scenario);
    expect(store.getState().importSave(forgedSave({ scenarioHash: '00000000000000' }))).toBe(false);
    const n = notice(store, 'import/other-version');
    expect(n?.tone).toBe('error');
    expect(n?.detail).toMatch(new RegExp(`^“${scenario.title}”: move ${first + 1} is played by the AI, `));
    expect(notice(store, 'import/done')).toBeUndefined();
    expect(gameKeys(storage!)).toEqual([]);
  });

  it('will not open forged copies in storage: both are set aside as damaged, and stay in their slots', () => {
    const storage = new FakeStorage();
    const text = forgedSave({ game: 'forged', serial: 4 });
    storage.data.set('give-and-take:game:forged:a', text);
    storage.data.set('give-and-take:game:forged:b', text.replace('"serial":4', '"serial":5'));
    const { store } = testStore(storage, scenario);
    expect(store.getState().openGame('forged')).toBe(false);
    expect(notice(store, 'save/damaged')?.detail).toMatch(
      new RegExp(`^move ${first + 1} is played by the AI`),
    );
    expect(store.getState().damagedCopies()).toHaveLength(2);
    expect(storage.data.get('give-and-take:game:forged:a')).toBe(text);
  });

  it('opens a save whose checkpoint alone differs, since its moves hold, and says the position moved', () => {
    const session = patient(2);
    const { store } = testStore(new FakeStorage(), scenario);
    expect(store.getState().importSave(saveText(session, { checkpoint: 'abcdef12' }))).toBe(true);
    expect(stateHash(store.getState().session!.state)).toBe(stateHash(session.state));
    expect(notice(store, 'save/checkpoint-moved')?.tone).toBe('info');
  });

  it('still opens the frozen format-1 save, whose AI moves are the AI’s own', async () => {
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(new URL('../fixtures/save-v1.json', import.meta.url), 'utf8');
    const read = readSaveText(text);
    const shape = read.ok ? checkSaveShape(read.raw) : null;
    expect(shape?.ok).toBe(true);
    if (!shape?.ok) return;
    const restored = restoreSave(shape.save, [scenarioEntry('fixture.yaml', fixture())]);
    expect(restored.ok).toBe(true);
    if (!restored.ok) return;
    // Replayed with the first AI, its own. Rules changed after it was frozen (5b30d6b) move its
    // position, not its moves: it opens.
    expect(stateHash(restored.value.state)).toBe('10b5d605');
    expect(shape.save.checkpoint).toBe('55f2f32b');
    expect(restored.value.checkpointMoved).toBe(true);
    expect(restored.value.repair).toBeNull();
    expect(restored.value.owed.moves).toEqual([]);
  });
});

describe('the AI a game is played by', () => {
  const frozen = async (name: string) => {
    const { readFileSync } = await import('node:fs');
    const read = readSaveText(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8'));
    const shape = read.ok ? checkSaveShape(read.raw) : null;
    if (!shape?.ok) throw new Error(`${name} does not read`);
    return shape.save;
  };
  const catalogue = () => [scenarioEntry('fixture.yaml', fixture())];

  it('replays a format-1 save with the first AI, which re-tabled a refused package; the second would not', async () => {
    const save = await frozen('save-v1.json');
    expect(save.ai).toBe(1);
    // Its move 9 is Pyongyang's first offer again, after Tokyo turned it down at move 3.
    expect(save.actions[8]).toEqual(save.actions[1]);
    expect(restoreSave(save, catalogue()).ok).toBe(true);
    const asSecond = restoreSave({ ...save, ai: 2 }, catalogue());
    expect(asSecond.ok).toBe(false);
    if (asSecond.ok) return;
    expect(asSecond.problem).toMatchObject({ code: 'save/replay-failed', damaged: true, index: 8 });
    expect(asSecond.problem.code === 'save/replay-failed' && asSecond.problem.message).toBe(
      'move 9 is played by the AI, which would make a different move: the save has “Pyongyang offers Tokyo families in return for visit, food_aid”, the AI plays “Pyongyang offers Tokyo families in return for food_aid, talks”',
    );
  });

  it('opens the frozen format-2 save at its own checkpoint, and plays on with the AI it was saved with', async () => {
    const save = await frozen('save-v2.json');
    expect(save.ai).toBe(2);
    const restored = restoreSave(save, catalogue());
    expect(restored.ok).toBe(true);
    if (!restored.ok) return;
    expect(stateHash(restored.value.state)).toBe(save.checkpoint);
    expect(restored.value.checkpointMoved).toBe(false);
    expect(restored.value.state.ai).toBe(2);
    const { store } = testStore(new FakeStorage());
    expect(store.getState().importSave(encodeSave(save))).toBe(true);
    expect(store.getState().session!.state.ai).toBe(2);
  });

  it('opens a save with the teacher’s options under them, and refuses options the scenario does not allow', async () => {
    const save = await frozen('save-v2.json');
    const turns = fixture().turns.length;
    const withOptions = { ...save, options: { advisors: 'rough' as const } };
    const restored = restoreSave(withOptions, catalogue());
    expect(restored.ok && restored.value.state.options).toEqual({ advisors: 'rough' });
    // The options are part of the position: the plain save's checkpoint is not this game's.
    expect(restored.ok && restored.value.checkpointMoved).toBe(true);
    expect(restoreSave({ ...save, options: { turns: turns - 1 } }, catalogue())).toEqual({
      ok: false,
      problem: {
        code: 'save/options',
        damaged: true,
        message: `its options do not fit: this scenario is always played over its ${turns} turns`,
      },
    });
  });

  it('keeps a save whose AI is newer than this copy has, as one that needs a newer version', async () => {
    const save = await frozen('save-v2.json');
    const read = readSaveText(encodeSave({ ...save, ai: 99 as 2 }));
    expect(read).toEqual({
      ok: false,
      problem: {
        code: 'save/newer',
        format: 3,
        message:
          'made by a newer version of the game (its delegations are played by AI version 99; this copy has up to 2)',
      },
    });
  });

  it('starts every new game with the newest AI, and saves it', () => {
    const session = patient(1);
    expect(session.state.ai).toBe(AI_VERSION);
    expect(saveOf(session, 1, new Date(0)).ai).toBe(AI_VERSION);
  });
});

describe('a changed scenario', () => {
  it('continues a save whose every move still holds on the new version, and says so', () => {
    const { store } = testStore(new FakeStorage(), scenario);
    const changed = { ...scenario, summary: `${scenario.summary} (revised)` };
    const other = testStore(new FakeStorage(), changed).store;
    const text = saveText(patient(3));
    expect(store.getState().importSave(text)).toBe(true);
    expect(other.getState().importSave(text)).toBe(true);
    expect(notice(other, 'save/scenario-changed')?.detail).toBe(scenario.title);
    expect(stateHash(other.getState().session!.state)).not.toBe('');
  });

  it('refuses, with the first move that no longer holds, a save whose AI now plays otherwise, and keeps it', () => {
    const session = patient(6);
    const storage = new FakeStorage();
    storage.data.set('give-and-take:game:old:a', saveText(session, { game: 'old', serial: 2 }));
    // The scenario was revised: every delegation expects more, so the AI asks for more.
    const changed = {
      ...scenario,
      relations: scenario.relations.map((r) => ({ ...r, expectation: r.expectation + 5 })),
    };
    const { store } = testStore(storage, changed);
    expect(store.getState().openGame('old')).toBe(false);
    const n = notice(store, 'save/other-version');
    expect(n?.detail).toBe(
      `“${scenario.title}”: move 2 is played by the AI, which would make a different move: the save has “Pyongyang offers Tokyo the release of five relatives of the former abductees in return for a visit by the prime minister, humanitarian aid”, the AI plays “Pyongyang offers Tokyo the release of five relatives of the former abductees in return for humanitarian aid, bilateral normalization talks”`,
    );
    expect(n?.download).toEqual({
      fileName: 'give-and-take-old.json',
      text: storage.data.get('give-and-take:game:old:a'),
    });
    expect(store.getState().damagedCopies()).toEqual([]);
    expect(store.getState().games.map((g) => g.game)).toEqual(['old']);
  });
});

describe('an imported save that would lock the game', () => {
  it('opens a save with every delegation a person as a game of people at one screen, the seat nobody may play given to the AI', () => {
    const session = patient(3);
    const everyone = Object.fromEntries(scenario.actors.map((a) => [a.id, 'person' as const]));
    const { store } = testStore(new FakeStorage(), scenario);
    expect(store.getState().importSave(saveText(session, { controllers: everyone }))).toBe(true);
    const opened = store.getState().session!;
    // Japan and North Korea may be played by people: both stay people (hotseat); the United
    // States may not, so the AI plays it, and its moves in the save were checked as the AI's.
    expect(opened.controllers).toEqual({ ...onePerson(scenario, 'japan'), north_korea: 'person' });
    // The same moves, replayed to the same point of the game.
    expect(opened.actions).toEqual(session.actions);
    expect(opened.state.log.length).toBe(session.state.log.length);
    expect(whoMustAct(scenario, opened.state)?.actor).toBe('japan');
    expect(opened.player).toBe('japan');
    expect(notice(store, 'save/seats-to-ai')?.detail).toBe('United States');
  });

  it('refuses a save whose move for an AI seat is not the AI’s, whatever people it names elsewhere', () => {
    const forged = forgedLog(scenario, 7, 'japan', 'north_korea', 1);
    // People on Japan and on the United States (which nobody may play): North Korea stays the AI's.
    const people = { ...onePerson(scenario, 'japan'), usa: 'person' as const };
    const { store } = testStore(new FakeStorage(), scenario);
    const text = saveText(patient(0), { actions: forged.actions, controllers: people });
    expect(store.getState().importSave(text)).toBe(false);
    expect(notice(store, 'import/failed')?.detail).toMatch(
      new RegExp(`^move ${forged.forgedAt[0]! + 1} is played by the AI`),
    );
  });

  it('gives a save with no person the delegation its summary names', () => {
    const session = patient(2);
    const nobody = Object.fromEntries(scenario.actors.map((a) => [a.id, 'ai' as const]));
    const { store } = testStore(new FakeStorage(), scenario);
    expect(store.getState().importSave(saveText(session, { controllers: nobody }))).toBe(true);
    expect(store.getState().session!.controllers).toEqual(onePerson(scenario, 'japan'));
    expect(notice(store, 'save/seat-to-person')?.detail).toBe('Japan');
  });

  it('refuses a save with no delegation a person may play', () => {
    const session = patient(2);
    const nobody = Object.fromEntries(scenario.actors.map((a) => [a.id, 'ai' as const]));
    const { store } = testStore(new FakeStorage(), scenario);
    const text = saveText(session, {
      controllers: nobody,
      summary: { ...saveOf(session, 1, new Date(0)).summary, player: 'usa' },
    });
    expect(store.getState().importSave(text)).toBe(false);
    expect(notice(store, 'import/failed')?.detail).toBe(
      'no delegation in it is one a person can play in this scenario',
    );
  });

  it('plays the AI’s moves when the save stops on its turn, and saves the result', () => {
    const session = patient(4);
    // Cut just after the last person move that the AI answered: the AI's answers are owed.
    const answered = session.actions.flatMap((a, i) =>
      a.actor === 'japan' && (session.actions[i + 1]?.actor ?? 'japan') !== 'japan' ? [i] : [],
    );
    const cut = answered[answered.length - 1]!;
    const kept = session.actions.slice(0, cut + 1);
    expect(kept.length).toBeLessThan(session.actions.length);
    const { store, storage } = testStore(new FakeStorage(), scenario);
    expect(store.getState().importSave(saveText(session, { actions: kept }))).toBe(true);
    const opened = store.getState().session!;
    expect(whoMustAct(scenario, opened.state)?.actor).toBe('japan');
    expect(opened.actions).toEqual(session.actions.slice(0, opened.actions.length));
    expect(opened.actions.length).toBeGreaterThan(kept.length);
    expect(notice(store, 'save/ai-caught-up')?.detail).toMatch(/North Korea|United States/);
    expect(store.getState().feed.actions).toEqual(opened.actions.slice(kept.length));
    // Saved with the AI's moves: the next open needs no catching up.
    const again = testStore(storage!, scenario).store;
    expect(again.getState().openGame(opened.game)).toBe(true);
    expect(again.getState().session!.actions).toEqual(opened.actions);
    expect(again.getState().notices.map((n) => n.code)).toEqual([]);
  });
});
