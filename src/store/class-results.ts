import { type GameState, type Scenario, stateHash } from '../engine/index.ts';
import { MAX_RESULT_CHARS, type NotAResult, parseResultFile, type ResultFile } from '../scenario/index.ts';
import { type ResultFault, verifyResult } from '../sim/index.ts';
import { type CatalogueEntry, findScenario } from './catalogue.ts';
import { SAVE_FORMAT, type SaveFile } from './save-format.ts';
import { storedGameIds, writeSave } from './save-slots.ts';
import { KEY_PREFIX, type StorageFailure, type StorageLike, tryRead, tryWrite } from './storage.ts';

/**
 * The class's results on the teacher's page: the result files handed in, each verified by replay
 * against the scenarios this copy of the game has (shipped, or opened from a file). The files are
 * kept in this browser until the teacher clears them, so a reload or tomorrow's lesson finds them
 * again; their verdicts are worked out again from the files, never stored.
 */

/** The one storage key: the files as a JSON list of `{ name, text }`. */
const CLASS_KEY = `${KEY_PREFIX}class-results`;

/** At most this many files are taken at once; a class is some thirty. */
export const MAX_CLASS_RESULTS = 200;

/** A result file handed in: its name (the student's, as they saved it) and its text. */
export interface ClassFile {
  readonly name: string;
  readonly text: string;
}

/** What replaying a result file found. */
export type ClassVerdict =
  | {
      readonly kind: 'genuine';
      readonly result: ResultFile;
      readonly scenario: Scenario;
      /** The state the moves replay to: the debrief's figures come from it. */
      readonly state: GameState;
    }
  | {
      readonly kind: 'altered';
      readonly result: ResultFile;
      readonly scenario: Scenario;
      readonly fault: ResultFault;
    }
  /** Not a result file at all (another JSON, a save, a newer format). */
  | { readonly kind: 'unreadable'; readonly problem: NotAResult }
  /**
   * A result of a scenario this copy does not have (open its file first), or of another version
   * of one it has (`otherVersion`): nothing says it was edited, but it cannot be checked here.
   */
  | { readonly kind: 'no-scenario'; readonly result: ResultFile; readonly otherVersion: boolean };

/** One file of the class and its verdict. */
export interface ClassResult {
  /** Unique within the list: the order it was added in. */
  readonly id: number;
  readonly name: string;
  readonly text: string;
  readonly verdict: ClassVerdict;
}

/** Verifies one file against the catalogue: the version of its scenario it names, else any of that id. */
export function verdictOf(text: string, catalogue: readonly CatalogueEntry[]): ClassVerdict {
  const parsed = parseResultFile(text);
  if (!parsed.ok) return { kind: 'unreadable', problem: parsed.error };
  const result = parsed.value;
  const found = findScenario(catalogue, result.scenario.id, result.scenario.hash);
  if (!found) return { kind: 'no-scenario', result, otherVersion: false };
  if (found.hash !== result.scenario.hash) return { kind: 'no-scenario', result, otherVersion: true };
  const verified = verifyResult(found.scenario, found.hash, result);
  return verified.ok
    ? { kind: 'genuine', result, scenario: found.scenario, state: verified.value.state }
    : { kind: 'altered', result, scenario: found.scenario, fault: verified.fault };
}

/** The files kept in this browser; an unreadable record reads as none. */
export function readClassFiles(storage: StorageLike | null): ClassFile[] {
  const text = tryRead(storage, CLASS_KEY);
  if (text === null) return [];
  try {
    const raw: unknown = JSON.parse(text);
    if (!Array.isArray(raw)) return [];
    return raw.flatMap((f: unknown) => {
      if (typeof f !== 'object' || f === null) return [];
      const { name, text: body } = f as Record<string, unknown>;
      return typeof name === 'string' && typeof body === 'string' ? [{ name, text: body }] : [];
    });
  } catch {
    return [];
  }
}

/** Keeps the files in this browser (replacing what was kept); null when kept, else why not. */
export function writeClassFiles(
  storage: StorageLike | null,
  files: readonly ClassFile[],
): StorageFailure | null {
  if (files.length === 0) {
    try {
      storage?.removeItem(CLASS_KEY);
      return null;
    } catch {
      return 'unavailable';
    }
  }
  // Compact: a result file is indented for reading, and storage holds only a few megabytes.
  const compact = files.map((f) => ({ name: f.name, text: compactJson(f.text) }));
  return tryWrite(storage, CLASS_KEY, JSON.stringify(compact));
}

/** The same JSON without its indentation; text that is no JSON is kept as it is. */
function compactJson(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text));
  } catch {
    return text;
  }
}

/** The class's files as results with verdicts, numbered from `firstId`. */
export function classResultsOf(
  files: readonly ClassFile[],
  catalogue: readonly CatalogueEntry[],
  firstId = 0,
): ClassResult[] {
  return files.map((f, i) => ({
    id: firstId + i,
    name: f.name,
    text: f.text,
    verdict: verdictOf(f.text, catalogue),
  }));
}

/**
 * The files to keep after adding `added`: a file of the same name and text is not taken twice
 * (a teacher dropping the folder again), and the list stops at `MAX_CLASS_RESULTS`.
 */
export function mergeClassFiles(
  kept: readonly ClassFile[],
  added: readonly ClassFile[],
): { readonly files: ClassFile[]; readonly duplicates: number; readonly over: number } {
  const seen = new Set(kept.map((f) => `${f.name}\u0000${compactJson(f.text)}`));
  const files = [...kept];
  let duplicates = 0;
  let over = 0;
  for (const f of added) {
    const key = `${f.name}\u0000${compactJson(f.text)}`;
    if (seen.has(key)) {
      duplicates++;
      continue;
    }
    if (files.length >= MAX_CLASS_RESULTS) {
      over++;
      continue;
    }
    seen.add(key);
    files.push(f);
  }
  return { files, duplicates, over };
}

/**
 * A result file as a save, so that "Import a save" opens it as the finished game it records (and
 * its debrief offers "what if"): null when the text is no result file at all (a save, most
 * likely), else the save, or why the result cannot be opened (altered, or its scenario missing).
 */
export function resultAsSave(
  text: string,
  catalogue: readonly CatalogueEntry[],
  freshGame: () => string,
  now: Date,
):
  | { readonly ok: true; readonly save: SaveFile }
  | { readonly ok: false; readonly missing: string | null; readonly message: string }
  | null {
  const verdict = verdictOf(text, catalogue);
  switch (verdict.kind) {
    case 'unreadable':
      return verdict.problem.code === 'result/not-json' || verdict.problem.code === 'result/not-a-result'
        ? null
        : { ok: false, missing: null, message: verdict.problem.message };
    case 'no-scenario':
      return { ok: false, missing: verdict.result.scenario.id, message: '' };
    case 'altered':
      return { ok: false, missing: null, message: verdict.fault.message };
    case 'genuine': {
      const { result, state, scenario } = verdict;
      return {
        ok: true,
        save: {
          format: SAVE_FORMAT,
          game: freshGame(),
          serial: 0,
          savedAt: now.toISOString(),
          scenarioId: result.scenario.id,
          scenarioHash: result.scenario.hash,
          seed: result.seed,
          ai: result.ai,
          ...(result.options ? { options: result.options } : {}),
          controllers: result.seats,
          actions: result.actions,
          checkpoint: stateHash(state),
          summary: {
            title: scenario.title,
            player: result.player,
            turn: state.turn,
            turnLabel: scenario.turns[state.turn - 1]?.label ?? '',
            ended: true,
          },
        },
      };
    }
  }
}

/**
 * Adds files to the class kept in this browser, as the class page's "Add result files" does: the
 * networked class's teacher page hands its tables' results over this way, and the class page,
 * opened next, verifies them by replay like any others.
 */
export function keepClassFiles(storage: StorageLike | null, added: readonly ClassFile[]): ClassAdded {
  const kept = readClassFiles(storage);
  const merged = mergeClassFiles(kept, added);
  return {
    added: merged.files.length - kept.length,
    duplicates: merged.duplicates,
    over: merged.over,
    kept: writeClassFiles(storage, merged.files),
  };
}

/**
 * Keeps a result file in this browser as the finished game it records, so the game's page opens
 * it at its debrief (`#/debrief/GAME`): a networked class's student reads their own game's story,
 * the teacher any table's. The game's id comes from the result (its final state and seat), so
 * opening the same result again opens the same game rather than another copy.
 */
export function keepResultAsGame(
  storage: StorageLike | null,
  text: string,
  catalogue: readonly CatalogueEntry[],
  now: Date,
):
  | { readonly ok: true; readonly game: string }
  | {
      readonly ok: false;
      readonly problem: 'not-a-result' | 'not-here' | 'not-kept';
      readonly detail: string;
    } {
  const asSave = resultAsSave(text, catalogue, () => '', now);
  if (asSave === null) return { ok: false, problem: 'not-a-result', detail: '' };
  if (!asSave.ok) return { ok: false, problem: 'not-here', detail: asSave.message || (asSave.missing ?? '') };
  const { save } = asSave;
  const game = `r-${save.checkpoint}-${save.summary.player.replace(/[^a-z0-9]/g, '-')}`.slice(0, 64);
  if (storedGameIds(storage).has(game)) return { ok: true, game };
  const failed = writeSave(storage, { ...save, game });
  return failed === null ? { ok: true, game } : { ok: false, problem: 'not-kept', detail: failed };
}

/** The largest file read as a result (a real one is some tens of kB). */
export const MAX_CLASS_FILE_CHARS = MAX_RESULT_CHARS;

/** What the class's actions need from the store. */
export interface ClassResultsKit {
  readonly storage: StorageLike | null;
  readonly catalogue: () => readonly CatalogueEntry[];
  readonly results: () => readonly ClassResult[] | null;
  /** Sets the results, and whether they are kept (left as it was when `kept` is undefined). */
  readonly setResults: (results: readonly ClassResult[], kept?: StorageFailure | null) => void;
}

/** What adding files did, for the page to say. */
export interface ClassAdded {
  readonly added: number;
  readonly duplicates: number;
  /** Files left out because the list was full. */
  readonly over: number;
  /** Null when the list was kept in this browser, else why not. */
  readonly kept: StorageFailure | null;
}

/** The actions; see `AppActions` for what each does. */
export interface ClassResultsActions {
  loadClassResults(): void;
  addClassResults(files: readonly ClassFile[]): ClassAdded;
  removeClassResult(id: number): void;
  clearClassResults(): void;
  /** Verifies again the results whose scenario was missing, once scenario files have been opened. */
  recheckClassResults(): void;
}

export function classResultsActions(kit: ClassResultsKit): ClassResultsActions {
  const current = () => kit.results() ?? [];
  const nextId = () => current().reduce((n, r) => Math.max(n, r.id + 1), 0);
  const keep = (results: readonly ClassResult[]) =>
    writeClassFiles(
      kit.storage,
      results.map((r) => ({ name: r.name, text: r.text })),
    );
  return {
    loadClassResults() {
      if (kit.results() !== null) return;
      kit.setResults(classResultsOf(readClassFiles(kit.storage), kit.catalogue()), null);
    },
    addClassResults(files) {
      const before = current();
      const merged = mergeClassFiles(before, files);
      const fresh = merged.files.slice(before.length);
      const results = [...before, ...classResultsOf(fresh, kit.catalogue(), nextId())];
      const kept = keep(results);
      kit.setResults(results, kept);
      return { added: fresh.length, duplicates: merged.duplicates, over: merged.over, kept };
    },
    removeClassResult(id) {
      const results = current().filter((r) => r.id !== id);
      kit.setResults(results, keep(results));
    },
    clearClassResults() {
      kit.setResults([], writeClassFiles(kit.storage, []));
    },
    recheckClassResults() {
      const results = kit.results();
      if (results === null || !results.some((r) => r.verdict.kind === 'no-scenario')) return;
      const catalogue = kit.catalogue();
      kit.setResults(
        results.map((r) =>
          r.verdict.kind === 'no-scenario' ? { ...r, verdict: verdictOf(r.text, catalogue) } : r,
        ),
      );
    },
  };
}
