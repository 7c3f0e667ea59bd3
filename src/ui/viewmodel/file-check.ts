import type { CheckProblem, ScenarioCheck } from '../../sim/index.ts';
import { t, tn } from '../strings/index.ts';

/**
 * What the title screen shows about a scenario file opened in the browser: a summary that says
 * whether it can be played, and one row per problem with its place in the file. Errors and
 * warnings differ in word and icon as well as colour.
 */

/** One problem as the page lists it. */
export interface ProblemRow {
  readonly severity: 'error' | 'warning';
  /** "✖" or "⚠", shown beside the word. */
  readonly icon: string;
  /** "Error" or "Warning". */
  readonly label: string;
  /** "Line 12, column 5". */
  readonly where: string;
  /** "at items[3].giver", or null for the whole file. */
  readonly path: string | null;
  readonly message: string;
  /** "How to fix it: …", or null when the check has no hint. */
  readonly hint: string | null;
}

/** "1 error", "3 warnings". */
export function countText(n: number, what: 'errors' | 'warnings'): string {
  return tn(`open.${what}`, n);
}

/** The summary line: ready, ready with warnings, or blocked by errors (with both counts). */
export function checkSummary(name: string, check: ScenarioCheck): { text: string; playable: boolean } {
  const playable = check.errors === 0 && check.scenario !== null;
  if (playable) {
    return {
      playable,
      text:
        check.warnings === 0
          ? t('open.ready', { name })
          : t('open.readyWarnings', { name, warnings: countText(check.warnings, 'warnings') }),
    };
  }
  const counts = [countText(check.errors, 'errors')];
  if (check.warnings > 0) counts.push(countText(check.warnings, 'warnings'));
  return { playable, text: t('open.blocked', { name, counts: counts.join(t('list.comma')) }) };
}

/** A problem as a row of the list. */
export function problemRow(problem: CheckProblem): ProblemRow {
  const error = problem.severity === 'error';
  return {
    severity: problem.severity,
    icon: t(error ? 'open.errorIcon' : 'open.warningIcon'),
    label: t(error ? 'open.error' : 'open.warning'),
    where: t('open.where', { line: problem.line, column: problem.column }),
    path: problem.path === '' ? null : t('open.path', { path: problem.path }),
    message: problem.message,
    hint: problem.hint === '' ? null : t('open.hint', { hint: problem.hint }),
  };
}

/** A problem on one line, as the title screen lists files that do not load: `FILE:LINE:COL: message`. */
export function problemText(problem: CheckProblem): string {
  const warning = problem.severity === 'warning' ? 'warning: ' : '';
  return `${problem.file}:${problem.line}:${problem.column}: ${warning}${problem.message}`;
}
