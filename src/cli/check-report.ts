/**
 * What `npm run scenario:check` prints for one file, as lines: the loader's problems, then (for a
 * file that loads) the audit's findings, by line, and a last line that sums up. Kept apart from
 * the command so that tests and the authoring guide's examples use exactly the same output.
 */

import { type CheckSteps, checkBytesSteps, checkScenarioText, type ScenarioCheck } from '../sim/index.ts';
import { articlesFor, knownSources, oneLine, readBytes } from './files.ts';

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
  /** Asked before each of the audit's games: true stops them, and the report says so in a note. */
  readonly stop?: () => boolean;
}

function report(file: string, check: ScenarioCheck): CheckReport {
  const { problems, errors, warnings, scenario } = check;
  const summary =
    scenario === null
      ? null
      : `ok (${scenario.actors.length} actors, ${scenario.items.length} items, ${scenario.turns.length} turns)`;
  const tail = warnings > 0 ? `, ${count(warnings, 'warning')}` : '';
  const last =
    errors === 0 && summary !== null
      ? `${file}: ${summary}${tail}`
      : `${file}: ${count(errors, 'error')}${tail}`;
  // How sure the audit's findings are (a budget or Ctrl-C cut its games): said, never silent.
  const notes = check.notes.map((note) => `${file}: note: ${note}`);
  return { problems, lines: [...problems.map(problemLine), ...notes, last], errors, warnings };
}

function options(file: string, given: CheckOptions) {
  return {
    knownSources: knownSources(),
    articles: articlesFor(file),
    ...(given.seeds === undefined ? {} : { seeds: given.seeds }),
    ...(given.stop === undefined ? {} : { stop: given.stop }),
  };
}

/**
 * Checks scenario text as if it were the file `file` (the articles are looked up as for a file):
 * the same `checkScenarioText` the browser runs when a file is opened there.
 */
export function checkText(text: string, file: string, given: CheckOptions = {}): CheckReport {
  return report(file, checkScenarioText(text, file, options(file, given)));
}

/** Reads, checks and audits one file, its bytes read as the browser reads an opened file. */
export function checkFile(file: string, given: CheckOptions = {}): CheckReport {
  const steps = checkFileSteps(file, given);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** `checkFile` step by step: yields before the audit's first game and after each (played, at most). */
export function* checkFileSteps(file: string, given: CheckOptions = {}): CheckSteps<CheckReport> {
  const bytes = readBytes(file);
  if (!bytes.ok) {
    return report(file, {
      scenario: null,
      problems: [bytes.issue],
      errors: 1,
      warnings: 0,
      games: 0,
      notes: [],
    });
  }
  return report(file, (yield* checkBytesSteps(bytes.value, file, options(file, given))).check);
}

/**
 * A report from `run`, or, when it throws (a fault in the checker, not a problem in the file),
 * the file's one error at 1:1, so that one such file never stops the check of the files after it.
 */
export function reportOrFailure(file: string, run: () => CheckReport): CheckReport {
  try {
    return run();
  } catch (error) {
    return failureReport(file, error);
  }
}

/** The report of a file the checker itself failed on: its one error at 1:1, saying so. */
export function failureReport(file: string, error: unknown): CheckReport {
  return report(file, {
    scenario: null,
    problems: [
      {
        code: 'file/internal-error',
        severity: 'error',
        file,
        line: 1,
        column: 1,
        path: '',
        message: `the checker failed on this file: ${oneLine(error)}`,
        hint: 'this is a fault in the game, not necessarily in your file: please report it with the file; the other files were checked',
      },
    ],
    errors: 1,
    warnings: 0,
    games: 0,
    notes: [],
  });
}
