import type { Scenario } from '../engine/index.ts';
import { decodeIssue, decodeScenarioBytes, type Issue, loadScenario } from '../scenario/index.ts';
import { auditScenario } from './audit.ts';

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
}

/** How to check. */
export interface CheckTextOptions {
  /** The article files that exist; every cited source must be one of them. */
  readonly knownSources?: readonly string[];
  /** Games per strategy and seat in the audit (the audit's default when absent). */
  readonly seeds?: number;
  /**
   * False to load only, skipping the audit: for a file that passed the whole check before (a
   * scenario file kept in the browser, loaded again after a reload).
   */
  readonly audit?: boolean;
  /** Progress of the audit's games; see `AuditOptions.onGame`. */
  readonly onGame?: (played: number, atMost: number) => void;
}

/** Checks scenario text as the file `file`: loads it, then audits it if it loaded. Never throws on bad input. */
export function checkScenarioText(text: string, file: string, options: CheckTextOptions = {}): ScenarioCheck {
  const loaded = loadScenario(
    text,
    file,
    options.knownSources === undefined ? {} : { knownSources: options.knownSources },
  );
  if (!loaded.ok) return summed(null, loaded.error, 0);
  if (options.audit === false) return summed(loaded.value, loaded.warnings, 0);
  const audit = auditScenario(loaded.value, {
    file,
    text,
    ...(options.seeds === undefined ? {} : { seeds: options.seeds }),
    ...(options.onGame === undefined ? {} : { onGame: options.onGame }),
  });
  // Stable: at the same place, the loader's word comes before the audit's.
  const problems = [...loaded.warnings, ...audit.issues].sort(
    (a, b) => a.line - b.line || a.column - b.column,
  );
  return summed(loaded.value, problems, audit.play.games);
}

function summed(scenario: Scenario | null, problems: readonly CheckProblem[], games: number): ScenarioCheck {
  const errors = problems.filter((p) => p.severity === 'error').length;
  return { scenario, problems, errors, warnings: problems.length - errors, games };
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
  const decoded = decodeScenarioBytes(bytes);
  if (!decoded.ok) return { text: null, check: summed(null, [decodeIssue(file, decoded.error)], 0) };
  return { text: decoded.value, check: checkScenarioText(decoded.value, file, options) };
}
