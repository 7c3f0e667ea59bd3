import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/index.ts';
import { fuzzEngine } from './engine-fuzz.ts';
import { fuzzLoader, mutate } from './loader-fuzz.ts';
import { seeded } from './random.ts';

/**
 * `npm run fuzz` at a size the unit suite can afford (a few seconds); the large run's figures
 * are in docs/reliability.md, with the command that reproduces them.
 */
const DIR = resolve(import.meta.dirname, '../../scenarios');
const FILES = readdirSync(DIR)
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((file) => ({ file, text: readFileSync(join(DIR, file), 'utf8') }));
const SCENARIOS = FILES.map(({ file, text }) => {
  const loaded = loadScenario(text, file);
  if (!loaded.ok) throw new Error(`${file} does not load`);
  return loaded.value;
});

describe('the fuzzers, small', () => {
  it('play legal and malformed actions from every seat of the six scenarios, and every invariant holds', () => {
    const figures = fuzzEngine(SCENARIOS, { actions: 1200, random: seeded(7) });
    expect(figures.failures).toEqual([]);
    expect(figures.actions).toBeGreaterThanOrEqual(1200);
    // Every scenario was played at least once, legal moves and refusals both.
    expect(figures.games).toBeGreaterThanOrEqual(SCENARIOS.length);
    expect(figures.played).toBeGreaterThan(200);
    expect(figures.refused['action/not-an-object']).toBeGreaterThan(0);
    expect(figures.refused['action/bad-field']).toBeGreaterThan(0);
  }, 60_000);

  it('mutate the shipped files into results that are a scenario or positioned issues, never a throw', () => {
    const figures = fuzzLoader(FILES, { mutations: 36, random: seeded(7) });
    expect(figures.failures).toEqual([]);
    expect(figures.mutations).toBe(36);
    expect(figures.mutations - figures.loaded).toBeGreaterThan(0);
  }, 60_000);

  it('the same seed makes the same mutations', () => {
    const a = mutate(FILES[0]!.text, seeded(3));
    const b = mutate(FILES[0]!.text, seeded(3));
    expect(a.kind).toBe(b.kind);
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
  });
});
