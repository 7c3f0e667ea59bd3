/**
 * `npm run scenario:check -- FILE...`: checks scenario files and prints one line per problem in the
 * form editors understand (`FILE:LINE:COL: message — hint`), or `FILE: ok (...)` per good file.
 * Exit codes: 0 all valid, 1 problems found, 2 wrong usage. Never prints a stack trace.
 */
import { issueLine as line, loadScenarioFile, usageError } from './files.ts';

const USAGE = 'usage: npm run scenario:check -- FILE.yaml [FILE.yaml ...]';

/** Checks one file and prints its lines; true when it loaded. */
function checkFile(file: string): boolean {
  const result = loadScenarioFile(file);
  if (!result.ok) {
    for (const issue of result.error) console.log(line(issue));
    return false;
  }
  for (const issue of result.warnings) console.log(line(issue));
  const { actors, items, turns } = result.value;
  console.log(`${file}: ok (${actors.length} actors, ${items.length} items, ${turns.length} turns)`);
  return true;
}

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
  for (const file of files) allGood = checkFile(file) && allGood;
  return allGood ? 0 : 1;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  // A bug in the checker itself: say so in one line rather than with a stack trace.
  console.error(`scenario:check: internal error: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
