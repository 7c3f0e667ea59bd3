import { z } from 'zod';
import type { Scenario } from '../engine/index.ts';
import type { CatalogueEntry } from './catalogue.ts';
import { KEY_PREFIX, keysWith, type StorageLike, tryRead, tryWrite } from './storage.ts';

/**
 * Scenario files opened in the browser are kept in storage, one per scenario id (opening a new
 * version replaces the old), so that a game played on one resumes after a reload, when the file
 * itself is long gone. A file too large to keep, or a full storage, leaves a record without the
 * text: the save is never touched, and the player is told to open the file again.
 */

const FILE_PREFIX = `${KEY_PREFIX}file:`;

/**
 * The longest file text kept: about 1 MB as browsers store text (two bytes a character), a fifth of
 * a typical storage quota. The shipped scenarios are 20-40 kB.
 */
export const MAX_KEPT_CHARS = 500_000;

/** A scenario file as kept in storage. */
export interface KeptFile {
  readonly scenarioId: string;
  /** The file's name as it was opened. */
  readonly name: string;
  /** The content hash of the scenario it loads to (what saves record). */
  readonly hash: string;
  readonly title: string;
  /** The delegations' names by id, for the list of games before the file is loaded again. */
  readonly seats: Readonly<Record<string, string>>;
  /** The text; null when it could not be kept (too large, storage full). */
  readonly text: string | null;
  /**
   * The words of the article files opened with it, by file name, so that it checks the same after a
   * reload. Absent from records kept before articles could be opened with a scenario.
   */
  readonly articles?: Readonly<Record<string, string>>;
  readonly openedAt: string;
}

/** Whether a file's text was kept, or why not. */
export type KeepResult = 'kept' | 'too-large' | 'quota' | 'unavailable';

const KeptShape = z.strictObject({
  scenarioId: z.string().regex(/^[a-z][a-z0-9_-]{0,63}$/),
  name: z.string().max(300),
  hash: z.string().regex(/^[0-9a-f]{1,32}$/),
  title: z.string().max(500),
  seats: z.record(z.string().regex(/^[a-z][a-z0-9_-]{0,63}$/), z.string().max(200)),
  text: z.string().max(MAX_KEPT_CHARS).nullable(),
  articles: z.record(z.string().max(200), z.string().max(MAX_KEPT_CHARS)).exactOptional(),
  openedAt: z.string().max(64),
});

const keyOf = (scenarioId: string) => `${FILE_PREFIX}${scenarioId}`;

/** Keeps a file's text (or, when it cannot, the record that it was opened). */
export function keepFile(
  storage: StorageLike | null,
  file: KeptFile & { readonly text: string },
): KeepResult {
  // Without its text, a record keeps no articles either: they serve only to load the text again.
  const record = (text: string | null) =>
    JSON.stringify(text === null ? { ...file, text, articles: {} } : { ...file, text });
  const size = file.text.length + Object.values(file.articles ?? {}).reduce((sum, a) => sum + a.length, 0);
  if (size > MAX_KEPT_CHARS) {
    tryWrite(storage, keyOf(file.scenarioId), record(null));
    return 'too-large';
  }
  const failure = tryWrite(storage, keyOf(file.scenarioId), record(file.text));
  if (failure === null) return 'kept';
  // The record alone is small: it lets a later "continue" name the file to open again.
  tryWrite(storage, keyOf(file.scenarioId), record(null));
  return failure;
}

/** Every kept file that reads; anything unreadable is skipped (and left where it is). */
export function readKeptFiles(storage: StorageLike | null): KeptFile[] {
  const out: KeptFile[] = [];
  for (const key of keysWith(storage, FILE_PREFIX)) {
    const text = tryRead(storage, key);
    if (text === null) continue;
    try {
      const parsed = KeptShape.safeParse(JSON.parse(text));
      if (parsed.success && keyOf(parsed.data.scenarioId) === key) out.push(parsed.data);
    } catch {
      // Not JSON: not a file this game kept.
    }
  }
  return out;
}

/** Forgets a kept file. Games played on it stay saved; continuing one asks for the file again. */
export function forgetFile(storage: StorageLike | null, scenarioId: string): void {
  try {
    storage?.removeItem(keyOf(scenarioId));
  } catch {
    // Storage refused: the file stays kept, which loses nothing.
  }
}

/** A scenario opened from a file: ready to play, or (kept from an earlier visit) no longer loading. */
export type OpenedScenario =
  | {
      readonly ok: true;
      /** The file's name. */
      readonly name: string;
      readonly scenario: Scenario;
      readonly hash: string;
      /** Whether its text is kept in this browser, so its games resume after a reload. */
      readonly kept: KeepResult;
    }
  | {
      readonly ok: false;
      readonly name: string;
      readonly scenarioId: string;
      /** Worded problems, as for a shipped file that does not load. */
      readonly problems: readonly string[];
    };

/** The playable opened scenarios as catalogue entries, for the lookups saves and links use. */
export function openedEntries(opened: readonly OpenedScenario[]): Extract<CatalogueEntry, { ok: true }>[] {
  return opened.flatMap((o) =>
    o.ok ? [{ ok: true as const, file: o.name, scenario: o.scenario, hash: o.hash }] : [],
  );
}

/** The name of the file a scenario id came from, when it was opened here (kept or not). */
export function fileNameOf(
  storage: StorageLike | null,
  opened: readonly OpenedScenario[],
  scenarioId: string,
): string | null {
  const here = opened.find((o) => (o.ok ? o.scenario.id : o.scenarioId) === scenarioId);
  if (here) return here.name;
  return readKeptFiles(storage).find((f) => f.scenarioId === scenarioId)?.name ?? null;
}
