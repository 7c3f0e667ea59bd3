/** File access for the command-line tools: the only place that reads the disk for scenarios. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Scenario } from '../engine/index.ts';
import {
  decodeIssue,
  decodeScenarioBytes,
  type Issue,
  LIMITS,
  loadScenario,
  MAX_CHARS,
} from '../scenario/index.ts';

/** The articles every scenario cites, kept in the repository; found from this file, not the cwd. */
export const SOURCES_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../scenarios/sources');

/**
 * File names of the article files in `dir`, sorted. A folder that is missing or holds no article
 * throws: the folder is part of the repository, and checking scenarios without it would pass
 * every citation unchecked.
 */
export function articleFilesIn(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name !== 'README.md')
      .map((entry) => entry.name)
      .sort();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    throw new Error(`the article folder ${dir} cannot be read (${code}), so citations cannot be checked`);
  }
  if (names.length === 0)
    throw new Error(`the article folder ${dir} holds no article, so citations cannot be checked`);
  return names;
}

/** File names of the source articles (scenarios/sources/); throws if they are not there. */
export function knownSources(): string[] {
  return articleFilesIn(SOURCES_DIR);
}

/** Names an article file may have beside a scenario: text, as the shipped five are. */
const ARTICLE_FILE = /^[A-Za-z0-9][A-Za-z0-9._-]*\.txt$/;
/** At most this many article files are read from one folder: a folder of thousands is not a scenario's. */
const MAX_ARTICLE_FILES = LIMITS.sources;

/** The words of every readable article file in `dir` (none when it is missing), by file name. */
function articleTextsIn(dir: string): Record<string, string> {
  let names: string[];
  try {
    names = readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isFile() && ARTICLE_FILE.test(entry.name))
      .map((entry) => entry.name)
      .sort()
      .slice(0, MAX_ARTICLE_FILES);
  } catch {
    return {};
  }
  const out: Record<string, string> = {};
  for (const name of names) {
    const text = readText(resolve(dir, name));
    // One that is too long or not text is left out: citing it then says it is not there, by name.
    if (text.ok && text.value.length <= LIMITS.articleLength) out[name] = text.value;
  }
  return out;
}

/**
 * The articles a scenario file may cite, with their words: the shipped five, then text files in the
 * scenario's own folder and in a \`sources\` folder beside it (the shipped scenarios' articles sit
 * there). A name found in more than one place takes the one nearest the scenario.
 */
export function articlesFor(scenarioFile: string): Record<string, string> {
  const here = dirname(resolve(scenarioFile));
  return {
    ...articleTextsIn(SOURCES_DIR),
    ...articleTextsIn(resolve(here, 'sources')),
    ...articleTextsIn(here),
  };
}

/** Reads a file's bytes, with the file's one problem instead of an exception when it cannot. */
export function readBytes(file: string): { ok: true; value: Uint8Array } | { ok: false; issue: Issue } {
  try {
    const size = statSync(file).size;
    if (size > MAX_CHARS * 4) {
      return {
        ok: false,
        issue: unreadable(file, `the file is ${size.toLocaleString('en')} bytes, far too large`),
      };
    }
    return { ok: true, value: readFileSync(file) };
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
    return { ok: false, issue: unreadable(file, `cannot read the file: ${reason}`) };
  }
}

/**
 * Reads a text file the way the browser reads an opened one (`decodeScenarioBytes`: UTF-8 or
 * UTF-16, with or without a byte-order mark), with the file's one problem when it cannot.
 */
export function readText(file: string): { ok: true; value: string } | { ok: false; issue: Issue } {
  const bytes = readBytes(file);
  if (!bytes.ok) return bytes;
  const text = decodeScenarioBytes(bytes.value);
  return text.ok ? text : { ok: false, issue: decodeIssue(file, text.error) };
}

/** An error's message on one line, shortened: it goes into a `FILE:1:1:` line, never a stack trace. */
export function oneLine(error: unknown): string {
  const text = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').trim();
  return text.length > 200 ? `${text.slice(0, 199)}…` : text;
}

export type FileLoad =
  | { readonly ok: true; readonly value: Scenario; readonly warnings: readonly Issue[] }
  | { readonly ok: false; readonly error: readonly Issue[] };

/** The one problem of a file that cannot be read: at 1:1, with what to do. */
export function unreadable(file: string, message: string): Issue {
  return {
    code: 'file/unreadable',
    severity: 'error',
    file,
    line: 1,
    column: 1,
    path: '',
    message,
    hint: 'check the path and try again',
  };
}

/** Reads and checks a scenario file; an unreadable file is one problem at 1:1. */
export function loadScenarioFile(file: string): FileLoad {
  const text = readText(file);
  if (!text.ok) return { ok: false, error: [text.issue] };
  const result = loadScenario(text.value, file, {
    knownSources: knownSources(),
    articles: articlesFor(file),
  });
  return result.ok
    ? { ok: true, value: result.value, warnings: result.warnings }
    : { ok: false, error: result.error };
}

/** One problem as editors and people read it: `FILE:LINE:COL: [warning: ]message — hint`. */
export function issueLine(issue: Issue): string {
  const warning = issue.severity === 'warning' ? 'warning: ' : '';
  const hint = issue.hint === '' ? '' : ` — ${issue.hint}`;
  return `${issue.file}:${issue.line}:${issue.column}: ${warning}${issue.message}${hint}`;
}

/** Prints a usage error and returns exit code 2. */
export function usageError(usage: string, message: string): number {
  process.stderr.write(`${message}\n${usage}\n`);
  return 2;
}
