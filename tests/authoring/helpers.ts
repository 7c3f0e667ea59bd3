import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { Scenario } from '../../src/engine/index.ts';
import { loadScenario } from '../../src/scenario/index.ts';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
export const TSX = `${ROOT}node_modules/.bin/tsx`;

/** The articles, as the command line finds them beside the repository. */
export const SOURCES = [
  '000_9fd2b6bbe1dfc80f.txt',
  '001_2f02e5bc178cc7ed.txt',
  '002_ede1f9ff61069f47.txt',
  '003_ab94ad6778fd7f86.txt',
  '004_c088e9dde3516e7e.txt',
];

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
