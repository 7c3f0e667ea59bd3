import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { ARTICLE_FILES, type Issue, type LoadResult, loadScenario } from '../../src/scenario/index.ts';

export const FIXTURE_PATH = fileURLToPath(new URL('../fixtures/minimal.yaml', import.meta.url));
export const FIXTURE = readFileSync(FIXTURE_PATH, 'utf8');
/** The articles, as the browser knows them (the command line lists the folder; a test keeps them equal). */
export const SOURCES = ARTICLE_FILES;

/** The fixture with one exact piece of text replaced; fails if the piece is not there exactly once. */
export function variant(find: string, replace: string, text = FIXTURE): string {
  const first = text.indexOf(find);
  expect(first, `"${find}" not in the fixture`).toBeGreaterThanOrEqual(0);
  expect(text.indexOf(find, first + 1), `"${find}" is in the fixture twice`).toBe(-1);
  return text.slice(0, first) + replace + text.slice(first + find.length);
}

/** The 1-based line of the first occurrence of `needle`. */
export function lineOf(text: string, needle: string): number {
  const at = text.indexOf(needle);
  expect(at, `"${needle}" not in the text`).toBeGreaterThanOrEqual(0);
  return text.slice(0, at).split('\n').length;
}

/** Loads text, timing it: every input, however hostile, must be answered quickly. */
export function timedLoad(text: string, file = 'test.yaml'): LoadResult {
  const start = performance.now();
  const result = loadScenario(text, file, { knownSources: SOURCES });
  // A guard against a hang or a blow-up, not a speed test: `npm run bench` measures speed.
  expect(performance.now() - start, 'loading hung').toBeLessThan(10_000);
  return result;
}

/** The issues of a load that must fail. */
export function problems(text: string): Issue[] {
  const result = timedLoad(text);
  if (result.ok) throw new Error('expected the file to be refused, but it loaded');
  for (const issue of result.error) {
    expect(issue.line).toBeGreaterThanOrEqual(1);
    expect(issue.column).toBeGreaterThanOrEqual(1);
    expect(issue.message).not.toBe('');
    expect(issue.hint).not.toBe('');
  }
  return result.error;
}

/** Asserts the load fails with `code`, at `line` when given, and returns that issue. */
export function expectProblem(text: string, code: string, line?: number): Issue {
  const found = problems(text);
  const issue = found.find(
    (candidate) => candidate.code === code && (line === undefined || candidate.line === line),
  );
  expect(
    issue,
    `expected ${code}${line === undefined ? '' : ` on line ${line}`}, got:\n${found.map((i) => `${i.line}:${i.column} ${i.code} ${i.message}`).join('\n')}`,
  ).toBeDefined();
  return issue as Issue;
}
