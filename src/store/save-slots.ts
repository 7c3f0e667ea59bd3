import type { GameOptions } from '../engine/index.ts';
import type { CatalogueEntry } from './catalogue.ts';
import { checkSaveShape, encodeSave, type SaveFile } from './save-format.ts';
import { type ReadProblem, readSaveText } from './save-migrations.ts';
import { type Restored, type RestoreProblem, restoreSave } from './save-restore.ts';
import { KEY_PREFIX, keysWith, type StorageFailure, type StorageLike, tryRead, tryWrite } from './storage.ts';

const GAME_PREFIX = `${KEY_PREFIX}game:`;
const DAMAGED_PREFIX = `${KEY_PREFIX}damaged:`;
const SLOTS = ['a', 'b'] as const;
/** One of the two rotating copies of a game. */
export type Slot = (typeof SLOTS)[number];

function slotKey(game: string, slot: Slot): string {
  return `${GAME_PREFIX}${game}:${slot}`;
}

/**
 * Two rotating copies per game: serial n goes to slot n mod 2, so a write that dies halfway (a
 * full disk, a closed tab) can only spoil the copy being replaced, never the last good one.
 */
export function slotFor(serial: number): Slot {
  return serial % 2 === 0 ? 'a' : 'b';
}

/** Writes one copy of a save into its rotating slot. Returns null or why it failed. */
export function writeSave(storage: StorageLike | null, save: SaveFile): StorageFailure | null {
  return tryWrite(storage, slotKey(save.game, slotFor(save.serial)), encodeSave(save));
}

/** A game in the list on the title screen, read from its newest readable copy. */
export interface GameSummary {
  readonly game: string;
  readonly scenarioId: string;
  /** The content hash of the scenario the game was saved on. */
  readonly scenarioHash: string;
  readonly seed: number;
  /** The teacher's options the game is played under (`{}` for none). */
  readonly options: GameOptions;
  readonly title: string;
  readonly player: string;
  readonly turn: number;
  readonly turnLabel: string;
  readonly savedAt: string;
  readonly ended: boolean;
}

/** The id of every game with a copy in storage, readable or not. */
export function storedGameIds(storage: StorageLike | null): Set<string> {
  const games = new Set<string>();
  for (const key of keysWith(storage, GAME_PREFIX)) {
    const rest = key.slice(GAME_PREFIX.length);
    games.add(rest.slice(0, rest.lastIndexOf(':')));
  }
  return games;
}

/**
 * Every game in storage that can be opened here, newest first: it has a readable copy, and no copy
 * from a newer version (those are listed by `listStuckGames`, since playing on here would
 * overwrite the newer save).
 */
export function listGames(storage: StorageLike | null): GameSummary[] {
  const out: GameSummary[] = [];
  for (const game of storedGameIds(storage)) {
    const all = readCopies(storage, game);
    if (all.some(isNewerCopy)) continue;
    const copies = all.filter((c): c is GoodCopy => c.kind === 'good');
    const newest = copies.sort((x, y) => y.save.serial - x.save.serial)[0];
    if (!newest) continue;
    const s = newest.save;
    out.push({
      game,
      scenarioId: s.scenarioId,
      scenarioHash: s.scenarioHash,
      seed: s.seed,
      options: s.options ?? {},
      title: s.summary.title,
      player: s.summary.player,
      turn: s.summary.turn,
      turnLabel: s.summary.turnLabel,
      savedAt: s.savedAt,
      ended: s.summary.ended,
    });
  }
  return out.sort((x, y) => (x.savedAt < y.savedAt ? 1 : x.savedAt > y.savedAt ? -1 : 0));
}

/** A copy written by a newer version of the game: not damaged, only not readable here. */
export function isNewerCopy(copy: StoredCopy): boolean {
  return (
    copy.kind === 'bad' && (copy.problem.code === 'save/newer' || copy.problem.code === 'save/no-migration')
  );
}

/** A game's newest copy that reads, as a file to download (a game that cannot go on here). */
export function newestCopy(
  storage: StorageLike | null,
  game: string,
): { readonly fileName: string; readonly text: string } | null {
  const newest = readCopies(storage, game)
    .filter((c): c is GoodCopy => c.kind === 'good')
    .sort((x, y) => y.save.serial - x.save.serial)[0];
  return newest ? { fileName: `give-and-take-${game}.json`, text: newest.text } : null;
}

/** The text in each of a game's two slots (null where empty): what a second tab would change. */
export function slotTexts(storage: StorageLike | null, game: string): Readonly<Record<Slot, string | null>> {
  return { a: tryRead(storage, slotKey(game, 'a')), b: tryRead(storage, slotKey(game, 'b')) };
}

/** One of a game's copies as read: a save of this format, or what is wrong with it. */
export type StoredCopy = GoodCopy | BadCopy;
type GoodCopy = { kind: 'good'; slot: Slot; text: string; save: SaveFile };
type BadCopy = {
  kind: 'bad';
  slot: Slot;
  text: string;
  problem: ReadProblem | { code: 'save/bad-shape'; message: string };
};

/** Both copies of a game, read, migrated and shape-checked (never replayed: that is `openGame`). */
export function readCopies(storage: StorageLike | null, game: string): StoredCopy[] {
  const copies: (GoodCopy | BadCopy)[] = [];
  for (const slot of SLOTS) {
    const text = tryRead(storage, slotKey(game, slot));
    if (text === null) continue;
    const read = readSaveText(text);
    if (!read.ok) {
      copies.push({ kind: 'bad', slot, text, problem: read.problem });
      continue;
    }
    const shape = checkSaveShape(read.raw);
    if (shape.ok) copies.push({ kind: 'good', slot, text, save: shape.save });
    else
      copies.push({ kind: 'bad', slot, text, problem: { code: 'save/bad-shape', message: shape.message } });
  }
  return copies;
}

/** What opening a game found: the game, and what the player must be told. */
export type OpenResult =
  | {
      readonly ok: true;
      readonly restored: Restored;
      readonly setAside: number;
      readonly storageFailed: boolean;
    }
  | {
      readonly ok: false;
      /** The first reason, the one to show: a newer format, a missing scenario, damage. */
      readonly problem:
        | ReadProblem
        | RestoreProblem
        | { code: 'save/bad-shape'; message: string }
        | { code: 'save/none' };
      readonly setAside: number;
    };

/**
 * Opens a game from its two copies: the newest that reads, migrates and replays to its checkpoint
 * wins. A copy that is damaged (unreadable, wrong shape, wrong checkpoint) is copied aside under a
 * `damaged:` key and never deleted; a copy from a newer version or for a missing scenario is left
 * alone, because it is not damaged, only not playable here.
 */
export function openGame(
  storage: StorageLike | null,
  game: string,
  catalogue: readonly CatalogueEntry[],
  now: Date,
): OpenResult {
  const copies = readCopies(storage, game);
  let setAside = 0;
  let storageFailed = false;
  let first: Extract<OpenResult, { ok: false }>['problem'] | null = null;
  const setAsideCopy = (slot: Slot, text: string) => {
    // Opening the same damaged game twice must not pile up identical copies.
    const known = keysWith(storage, `${DAMAGED_PREFIX}${game}:`).some(
      (key) => tryRead(storage, key) === text,
    );
    if (known) return;
    const failed = tryWrite(storage, `${DAMAGED_PREFIX}${game}:${now.getTime()}-${slot}`, text);
    if (failed) storageFailed = true;
    else setAside++;
  };
  for (const copy of copies) {
    if (copy.kind !== 'bad') continue;
    if (copy.problem.code === 'save/newer' || copy.problem.code === 'save/no-migration') {
      // A newer game wrote here: playing on from the other copy would overwrite its save.
      return { ok: false, problem: copy.problem, setAside };
    }
    first ??= copy.problem;
    setAsideCopy(copy.slot, copy.text);
  }
  const good = copies
    .filter((c): c is GoodCopy => c.kind === 'good')
    .sort((x, y) => y.save.serial - x.save.serial);
  for (const copy of good) {
    const restored = restoreSave(copy.save, catalogue);
    if (restored.ok) return { ok: true, restored: restored.value, setAside, storageFailed };
    if (!restored.problem.damaged) {
      // Sound but not playable here (its scenario is missing or changed): falling back to the
      // older copy would let the next write overwrite this one, so stop and keep both.
      return { ok: false, problem: restored.problem, setAside };
    }
    first = restored.problem;
    setAsideCopy(copy.slot, copy.text);
  }
  return { ok: false, problem: first ?? { code: 'save/none' }, setAside };
}

/**
 * Damaged copies, for the player to download: those set aside, and copies still in a game's slot
 * that do not read (a game whose copies are both unreadable never reaches the list of games).
 */
export function listDamaged(storage: StorageLike | null): { key: string; text: string }[] {
  const aside = keysWith(storage, DAMAGED_PREFIX).flatMap((key) => {
    const text = tryRead(storage, key);
    return text === null ? [] : [{ key: key.slice(DAMAGED_PREFIX.length), text }];
  });
  const known = new Set(aside.map((d) => d.text));
  const inPlace = keysWith(storage, GAME_PREFIX).flatMap((key) => {
    const rest = key.slice(GAME_PREFIX.length);
    const game = rest.slice(0, rest.lastIndexOf(':'));
    return readCopies(storage, game)
      .filter(
        (c): c is BadCopy =>
          c.kind === 'bad' && c.problem.code !== 'save/newer' && key.endsWith(`:${c.slot}`),
      )
      .filter((c) => !known.has(c.text))
      .map((c) => ({ key: `${game}:${c.slot}`, text: c.text }));
  });
  return [...aside, ...inPlace];
}
