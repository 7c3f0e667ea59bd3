/**
 * What `npm run scenario:check` prints for one file, as lines: the loader's problems, then (for a
 * file that loads) the audit's findings, by line, and a last line that sums up. Kept apart from
 * the command so that tests and the authoring guide's examples use exactly the same output.
 */

import { loadScenario } from '../scenario/index.ts';
import { auditScenario } from '../sim/index.ts';
import { type FileLoad, knownSources, loadScenarioFile, readText } from './files.ts';

/** The fields of a problem; loader issues and audit findings both have them. */
export interface Problem {
  /** `scenario/unknown-item`, `audit/no-zone-of-agreement`... */
  readonly code: string;
  readonly severity: 'error' | 'warning';
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly message: string;
  readonly hint: string;
}

export interface CheckReport {
  /** Every problem, by line. */
  readonly problems: readonly Problem[];
  /** The lines to print, the summary last. */
  readonly lines: readonly string[];
  readonly errors: number;
  readonly warnings: number;
}

/** One problem as editors and people read it: `FILE:LINE:COL: [warning: ]message — hint`. */
export function problemLine(problem: Problem): string {
  const warning = problem.severity === 'warning' ? 'warning: ' : '';
  const hint = problem.hint === '' ? '' : ` — ${problem.hint}`;
  return `${problem.file}:${problem.line}:${problem.column}: ${warning}${problem.message}${hint}`;
}

const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;

/** How hard the audit tries; the command uses the defaults, tests may play fewer games. */
export interface CheckOptions {
  readonly seeds?: number;
}

function report(
  file: string,
  loaded: FileLoad,
  text: string | undefined,
  options: CheckOptions,
): CheckReport {
  const problems: Problem[] = [];
  let summary: string | null = null;
  if (!loaded.ok) problems.push(...loaded.error);
  else {
    const { actors, items, turns } = loaded.value;
    summary = `ok (${actors.length} actors, ${items.length} items, ${turns.length} turns)`;
    const audit = auditScenario(loaded.value, {
      file,
      ...(text === undefined ? {} : { text }),
      ...(options.seeds === undefined ? {} : { seeds: options.seeds }),
    });
    problems.push(...loaded.warnings, ...audit.issues);
    // Stable: at the same place, the loader's word comes before the audit's.
    problems.sort((a, b) => a.line - b.line || a.column - b.column);
  }
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const tail = warnings > 0 ? `, ${count(warnings, 'warning')}` : '';
  const last =
    errors === 0 && summary !== null
      ? `${file}: ${summary}${tail}`
      : `${file}: ${count(errors, 'error')}${tail}`;
  return { problems, lines: [...problems.map(problemLine), last], errors, warnings };
}

/** Checks scenario text as if it were the file `file` (the articles are looked up as for a file). */
export function checkText(text: string, file: string, options: CheckOptions = {}): CheckReport {
  const sources = knownSources();
  const loaded = loadScenario(text, file, sources === undefined ? {} : { knownSources: sources });
  return report(file, loaded.ok ? loaded : { ok: false, error: loaded.error }, text, options);
}

/** Reads, checks and audits one file. */
export function checkFile(file: string, options: CheckOptions = {}): CheckReport {
  const loaded = loadScenarioFile(file);
  // The loader read the file already; reading it again only names the audit's lines.
  const text = loaded.ok ? readText(file) : null;
  return report(file, loaded, text?.ok ? text.value : undefined, options);
}
