import { AI_VERSION } from '../engine/index.ts';
import { MAX_SAVE_CHARS, SAVE_FORMAT } from './save-format.ts';

/** A save as read from JSON, before any check: plain data, nothing trusted. */
export type RawSave = Record<string, unknown>;

/** A pure step that turns a format-n save into a format-(n + 1) one. */
export type SaveMigration = (save: RawSave) => RawSave;

/**
 * `migrations[n]` upgrades format n to n + 1. Each step gets a frozen format-n save under
 * `tests/fixtures/` and a test that loads it.
 */
export const migrations: Readonly<Record<number, SaveMigration>> = {
  // Format 1 saves were all played by the first AI, the only one there was.
  1: (save) => ({ ...save, format: 2, ai: 1 }),
  // Format 2 saves were all played without options, which a save leaves out when there are none.
  2: (save) => ({ ...save, format: 3 }),
};

/** Why a save text could not be read. */
export type ReadProblem =
  | { readonly code: 'save/too-large'; readonly message: string }
  | { readonly code: 'save/not-json'; readonly message: string }
  | { readonly code: 'save/not-a-save'; readonly message: string }
  | { readonly code: 'save/newer'; readonly format: number; readonly message: string }
  | { readonly code: 'save/no-migration'; readonly format: number; readonly message: string };

/** Parses save text and brings it to the current format, one numbered step at a time. */
export function readSaveText(
  text: string,
  table: Readonly<Record<number, SaveMigration>> = migrations,
  current: number = SAVE_FORMAT,
): { ok: true; raw: RawSave } | { ok: false; problem: ReadProblem } {
  if (text.length > MAX_SAVE_CHARS) {
    return { ok: false, problem: { code: 'save/too-large', message: 'too large to be a save' } };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, problem: { code: 'save/not-json', message: 'not readable (damaged or cut short)' } };
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { ok: false, problem: { code: 'save/not-a-save', message: 'not a saved game' } };
  }
  return migrateSave(raw as RawSave, table, current);
}

/** Runs the migration chain on parsed data. Pure: the input is never changed. */
export function migrateSave(
  input: RawSave,
  table: Readonly<Record<number, SaveMigration>> = migrations,
  current: number = SAVE_FORMAT,
): { ok: true; raw: RawSave } | { ok: false; problem: ReadProblem } {
  const format = input.format;
  if (typeof format !== 'number' || !Number.isSafeInteger(format) || format < 1) {
    return {
      ok: false,
      problem: { code: 'save/not-a-save', message: 'not a saved game (no format number)' },
    };
  }
  if (format > current) {
    return {
      ok: false,
      problem: {
        code: 'save/newer',
        format,
        message: `made by a newer version of the game (save format ${format}; this copy reads up to ${current})`,
      },
    };
  }
  let raw: RawSave = structuredClone(input);
  for (let from = format; from < current; from++) {
    const step = table[from];
    if (!step) {
      return {
        ok: false,
        problem: {
          code: 'save/no-migration',
          format,
          message: `in save format ${from}, which this copy cannot convert`,
        },
      };
    }
    raw = step(raw);
  }
  // A newer copy of the game may have a newer AI without a newer format: its games cannot be
  // replayed here, so they are kept as a newer format's are.
  if (typeof raw.ai === 'number' && raw.ai > AI_VERSION) {
    return {
      ok: false,
      problem: {
        code: 'save/newer',
        format,
        message: `made by a newer version of the game (its delegations are played by AI version ${raw.ai}; this copy has up to ${AI_VERSION})`,
      },
    };
  }
  return { ok: true, raw };
}
