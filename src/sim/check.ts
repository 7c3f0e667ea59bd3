import type { Scenario } from '../engine/index.ts';
import { decodeIssue, decodeScenarioBytes, type Issue, loadScenario } from '../scenario/index.ts';
import { auditSteps } from './audit.ts';

/**
 * The whole check of one scenario file, as `npm run scenario:check` and the browser's "Open a
 * scenario file" both run it: the loader (format, meaning, citations), then, for a file that
 * loads, the playing audit. One function, so the two can never drift apart.
 */

/** One problem in a scenario file: a loader issue or an audit finding (audit findings are Issues too). */
export type CheckProblem = Issue;

/** What the check found. */
export interface ScenarioCheck {
  /**
   * The scenario, when the loader accepted the file. The audit may still have found errors:
   * the file may be played only when `errors` is 0.
   */
  readonly scenario: Scenario | null;
  /** Every problem, by line; at the same place the loader's come before the audit's. */
  readonly problems: readonly CheckProblem[];
  readonly errors: number;
  readonly warnings: number;
  /** Games the audit played (0 when it did not run). */
  readonly games: number;
  /** How sure the audit's findings of play are, when a budget or a stop cut its games (`AuditReport.notes`). */
  readonly notes: readonly string[];
}

/** How to check. */
export interface CheckTextOptions {
  /** The article files that exist; every cited source must be one of them. */
  readonly knownSources?: readonly string[];
  /** The words of the articles the check can read, by file name: quotes are checked against them. */
  readonly articles?: Readonly<Record<string, string>>;
  /** Games per strategy and seat in the audit (the audit's default when absent). */
  readonly seeds?: number;
  /**
   * False to load only, skipping the audit: for a file that passed the whole check before (a
   * scenario file kept in the browser, loaded again after a reload).
   */
  readonly audit?: boolean;
  /** Progress of the audit's games; see `AuditOptions.onGame`. */
  readonly onGame?: (played: number, atMost: number) => void;
  /** Asked before each of the audit's games: true stops them (see `AuditOptions.stop`). */
  readonly stop?: () => boolean;
}

/** A check under way: yields after each of the audit's games (played, at most), returns the check. */
export type CheckSteps<T> = Generator<readonly [played: number, atMost: number], T, void>;

/** Runs a check's steps to the end, with `onGame` after each game. */
function drained<T>(steps: CheckSteps<T>, onGame?: (played: number, atMost: number) => void): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (step.value[0] > 0) onGame?.(...step.value);
  }
}

/** Checks scenario text as the file `file`: loads it, then audits it if it loaded. Never throws on bad input. */
export function checkScenarioText(text: string, file: string, options: CheckTextOptions = {}): ScenarioCheck {
  return drained(checkTextSteps(text, file, options), options.onGame);
}

/** `checkScenarioText` step by step: yields after each of the audit's games (`onGame` is not called). */
export function* checkTextSteps(
  text: string,
  file: string,
  options: CheckTextOptions = {},
): CheckSteps<ScenarioCheck> {
  const loaded = loadScenario(text, file, {
    ...(options.knownSources === undefined ? {} : { knownSources: options.knownSources }),
    ...(options.articles === undefined ? {} : { articles: options.articles }),
  });
  if (!loaded.ok) return summed(null, loaded.error, 0);
  if (options.audit === false) return summed(loaded.value, loaded.warnings, 0);
  const audit = yield* auditSteps(loaded.value, {
    file,
    text,
    ...(options.seeds === undefined ? {} : { seeds: options.seeds }),
    ...(options.stop === undefined ? {} : { stop: options.stop }),
  });
  // Stable: at the same place, the loader's word comes before the audit's.
  const problems = [...loaded.warnings, ...audit.issues].sort(
    (a, b) => a.line - b.line || a.column - b.column,
  );
  return summed(loaded.value, problems, audit.play.games, audit.notes);
}

function summed(
  scenario: Scenario | null,
  problems: readonly CheckProblem[],
  games: number,
  notes: readonly string[] = [],
): ScenarioCheck {
  const errors = problems.filter((p) => p.severity === 'error').length;
  return { scenario, problems, errors, warnings: problems.length - errors, games, notes };
}

/** A check of a file's bytes, with the text they were read as (null when they are not text). */
export interface BytesCheck {
  readonly text: string | null;
  readonly check: ScenarioCheck;
}

/**
 * Checks a file as it comes from the disk or the browser's file picker: its bytes are read as
 * text by `decodeScenarioBytes` (UTF-8 or UTF-16, a byte-order mark or none), then checked like
 * text. Bytes that are not text are the file's one problem, worded the same in both places.
 */
export function checkScenarioBytes(
  bytes: Uint8Array,
  file: string,
  options: CheckTextOptions = {},
): BytesCheck {
  return drained(checkBytesSteps(bytes, file, options), options.onGame);
}

/** `checkScenarioBytes` step by step: yields after each of the audit's games (`onGame` is not called). */
export function* checkBytesSteps(
  bytes: Uint8Array,
  file: string,
  options: CheckTextOptions = {},
): CheckSteps<BytesCheck> {
  const decoded = decodeScenarioBytes(bytes);
  if (!decoded.ok) return { text: null, check: summed(null, [decodeIssue(file, decoded.error)], 0) };
  return { text: decoded.value, check: yield* checkTextSteps(decoded.value, file, options) };
}
