/**
 * `npm run scenario:check -- FILE...`: checks scenario files and prints one line per problem in the
 * form editors understand (`FILE:LINE:COL: message — hint`), or `FILE: ok (...)` per good file.
 * Exit codes: 0 all valid, 1 problems found, 2 wrong usage. Never prints a stack trace.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Issue, loadScenario, MAX_CHARS } from '../scenario/index.ts';

const USAGE = 'usage: npm run scenario:check -- FILE.yaml [FILE.yaml ...]';
/** The articles live beside the repository, in `../shared/sources/`; found from this file, not the cwd. */
const SOURCES_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/sources');

/** File names of the source articles, or undefined when the folder is not there. */
function knownSources(): string[] | undefined {
  try {
    return readdirSync(SOURCES_DIR, { withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name !== 'README.md')
      .map((entry) => entry.name)
      .sort();
  } catch {
    return undefined;
  }
}

function line(issue: Issue): string {
  const warning = issue.severity === 'warning' ? 'warning: ' : '';
  const hint = issue.hint === '' ? '' : ` — ${issue.hint}`;
  return `${issue.file}:${issue.line}:${issue.column}: ${warning}${issue.message}${hint}`;
}

/** A file that could not be read, as a problem at its first line. */
function unreadable(file: string, message: string, hint: string): string {
  return line({
    code: 'file/unreadable',
    severity: 'error',
    file,
    line: 1,
    column: 1,
    path: '',
    message,
    hint,
  });
}

/** Checks one file and prints its lines; true when it loaded. */
function checkFile(file: string, sources: readonly string[] | undefined): boolean {
  let text: string;
  try {
    const size = statSync(file).size;
    if (size > MAX_CHARS * 4) {
      console.log(
        unreadable(
          file,
          `the file is ${size.toLocaleString('en')} bytes, far too large for a scenario`,
          'check that this is the right file',
        ),
      );
      return false;
    }
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'there is no such file'
        : code === 'EISDIR'
          ? 'this is a folder, not a file'
          : code === 'EACCES'
            ? 'permission denied'
            : `it cannot be read (${code ?? 'unknown error'})`;
    console.log(unreadable(file, `cannot read the file: ${reason}`, 'check the path and try again'));
    return false;
  }
  const result = loadScenario(text, file, sources === undefined ? {} : { knownSources: sources });
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
      console.error(`scenario:check: unknown option ${arg}`);
      console.error(USAGE);
      return 2;
    } else files.push(arg);
  }
  if (files.length === 0) {
    console.error('scenario:check: no files given');
    console.error(USAGE);
    return 2;
  }
  const sources = knownSources();
  let allGood = true;
  for (const file of files) allGood = checkFile(file, sources) && allGood;
  return allGood ? 0 : 1;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  // A bug in the checker itself: say so in one line rather than with a stack trace.
  console.error(`scenario:check: internal error: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
