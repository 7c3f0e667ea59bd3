import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { Scenario } from '../../src/engine/index.ts';
import { ARTICLE_FILES, loadScenario } from '../../src/scenario/index.ts';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
export const TSX = `${ROOT}node_modules/.bin/tsx`;

/** The articles, as the browser knows them (the command line lists the folder; a test keeps them equal). */
export const SOURCES = ARTICLE_FILES;

export function fixture(name: string): { path: string; text: string } {
  const path = `${FIXTURES}${name}`;
  return { path, text: readFileSync(path, 'utf8') };
}

export function readRepo(path: string): string {
  return readFileSync(`${ROOT}${path}`, 'utf8');
}

/** The 1-based line of the only occurrence of `needle`. */
export function lineOf(text: string, needle: string): number {
  const at = text.indexOf(needle);
  expect(at, `"${needle}" not in the text`).toBeGreaterThanOrEqual(0);
  expect(text.indexOf(needle, at + 1), `"${needle}" is in the text twice`).toBe(-1);
  return text.slice(0, at).split('\n').length;
}

/** Loads a scenario that must load. */
export function loaded(text: string, file = 'test.yaml'): Scenario {
  const result = loadScenario(text, file, { knownSources: SOURCES });
  if (!result.ok) throw new Error(result.error.map((i) => `${i.line}: ${i.message}`).join('\n'));
  return result.value;
}
