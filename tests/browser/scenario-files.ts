import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Scenario files for the browser tests, made from the loader's small fixture and written under
 * tests/.output (gitignored), so the file picker can be given a real path.
 */
const FIXTURE = readFileSync(fileURLToPath(new URL('../fixtures/minimal.yaml', import.meta.url)), 'utf8');
const OUT = fileURLToPath(new URL('../.output/files/', import.meta.url));

function replaceOnce(text: string, find: string, replace: string): string {
  const at = text.indexOf(find);
  if (at < 0 || text.indexOf(find, at + 1) >= 0)
    throw new Error(`"${find}" is not in the fixture exactly once`);
  return text.slice(0, at) + replace + text.slice(at + find.length);
}

/** The 1-based line of `needle` in `text`. */
export function lineOf(text: string, needle: string): number {
  return text.slice(0, text.indexOf(needle)).split('\n').length;
}

export interface TestFile {
  readonly name: string;
  readonly path: string;
  readonly text: string;
}

function write(name: string, text: string): TestFile {
  mkdirSync(OUT, { recursive: true });
  writeFileSync(`${OUT}${name}`, text);
  return { name, path: `${OUT}${name}`, text };
}

/** Markup in author text: it must show as text and never run. */
export const MARKUP = '<img src=x onerror="window.__pwned=1">';

/**
 * A playable file with one warning (no schema line on top) and markup in its summary, with its
 * own id so it never shadows a shipped scenario.
 */
export function goodFile(name = 'my-summit.yaml'): TestFile {
  let text = FIXTURE.split('\n').slice(1).join('\n');
  text = replaceOnce(text, 'id: minimal_2004', 'id: my-summit');
  text = replaceOnce(text, 'title: A second visit', 'title: My own summit');
  text = replaceOnce(
    text,
    "summary: Tokyo seeks the release of the abductees' relatives before an election.",
    `summary: '${MARKUP} Tokyo seeks the release of the relatives.'`,
  );
  return write(name, text);
}

/** A file with two errors: a misspelt key and an item given by nobody at the table. */
export function brokenFile(): TestFile & { readonly typoLine: number; readonly giverLine: number } {
  let text = replaceOnce(FIXTURE, 'agility: 0.8', 'agilty: 0.8');
  text = replaceOnce(text, 'giver: north_korea', 'giver: north_kor');
  const file = write('broken-summit.yaml', text);
  return { ...file, typoLine: lineOf(text, 'agilty: 0.8'), giverLine: lineOf(text, 'giver: north_kor') };
}
