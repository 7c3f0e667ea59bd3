/**
 * `npm run scenario:check -- FILE...`: checks scenario files and prints one line per problem in the
 * form editors understand (`FILE:LINE:COL: message — hint`, warnings marked `warning:`), or
 * `FILE: ok (...)` per good file. A file that loads is then audited (src/sim/audit.ts): is there a
 * deal to be struck, can every objective move and every outcome happen, can every item be used.
 * Exit codes: 0 no errors (warnings allowed), 1 errors found, 2 wrong usage. Never prints a stack trace:
 * a file the checker itself fails on is one `FILE:1:1:` line, and the files after it are still checked.
 */
import { checkFile, reportOrFailure } from './check-report.ts';
import { usageError } from './files.ts';

const USAGE = 'usage: npm run scenario:check -- FILE.yaml [FILE.yaml ...]';

function main(args: readonly string[]): number {
  const files: string[] = [];
  let flagsDone = false;
  for (const arg of args) {
    if (!flagsDone && arg === '--') flagsDone = true;
    else if (!flagsDone && (arg === '--help' || arg === '-h')) {
      console.log(USAGE);
      return 0;
    } else if (!flagsDone && arg.startsWith('-') && arg !== '-') {
      return usageError(USAGE, `scenario:check: unknown option ${arg}`);
    } else files.push(arg);
  }
  if (files.length === 0) return usageError(USAGE, 'scenario:check: no files given');
  let allGood = true;
  for (const file of files) {
    const report = reportOrFailure(file, () => checkFile(file));
    for (const line of report.lines) console.log(line);
    allGood = report.errors === 0 && allGood;
  }
  return allGood ? 0 : 1;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  // A bug in the checker itself: say so in one line rather than with a stack trace.
  console.error(`scenario:check: internal error: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
