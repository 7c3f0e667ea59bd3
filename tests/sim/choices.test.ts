import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/engine/index.ts';
import { loadScenario } from '../../src/scenario/index.ts';
import { simulateGame } from './choices.ts';
import { SEEDS_FOR_MOST } from './seeds.ts';

/**
 * Every seat has real choices, and the AI moves as the talks move (issue "Every move gets an
 * answer": dead seats and an AI that repeats itself). Each claim is checked against the first AI
 * too, which failed it, so the test can tell the two apart. `choices-report.ts` prints the shares.
 */
const DIR = resolve(import.meta.dirname, '../../scenarios');
const scenarios: Scenario[] = readdirSync(DIR)
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((f) => {
    const loaded = loadScenario(readFileSync(resolve(DIR, f), 'utf8'), f);
    if (!loaded.ok) throw new Error(f);
    return loaded.value;
  });
const seeds = Array.from({ length: SEEDS_FOR_MOST }, (_, i) => i + 1);
const seats = scenarios.flatMap((scenario) =>
  scenario.actors.filter((a) => a.playable).map((a) => ({ scenario, seat: a.id })),
);
const byId = (id: string) => scenarios.find((s) => s.id === id)!;

describe('an AI that moves as the talks move', () => {
  it('never tables again a package the other side has refused, from any seat of any scenario', () => {
    let offers = 0;
    let repeats = 0;
    let firstRepeats = 0;
    for (const { scenario, seat } of seats) {
      for (const seed of seeds) {
        const game = simulateGame(scenario, seat, seed);
        offers += game.aiOffers;
        repeats += game.repeats;
        firstRepeats += simulateGame(scenario, seat, seed, 1).repeats;
      }
    }
    expect(offers).toBeGreaterThan(1000);
    expect(repeats).toBe(0);
    expect(firstRepeats).toBeGreaterThan(offers / 4);
  });

  it('has Pyongyang speak in every game of the 2001 back channel, where the first AI often kept silent', () => {
    const scenario = byId('beijing-back-channel-2001');
    const spoke = (ai: 1 | 2) =>
      seeds.filter((seed) => simulateGame(scenario, 'japan', seed, ai).offerers.has('north_korea')).length;
    expect(spoke(2)).toBe(seeds.length);
    expect(spoke(1)).toBeLessThan(seeds.length);
  });
});

describe('every playable seat has real choices', () => {
  it('gets a concession of its own accepted in some games, from every seat of every scenario', () => {
    for (const { scenario, seat } of seats) {
      const conceded = seeds.filter((seed) => simulateGame(scenario, seat, seed).concededAndAccepted).length;
      expect(conceded, `${scenario.id} as ${seat}`).toBeGreaterThan(0);
    }
  });

  it('lets Washington trade at the Six Party table, where it used to concede nothing all game', () => {
    const scenario = byId('six-party-third-round-2004');
    const conceded = seeds.filter((seed) => simulateGame(scenario, 'usa', seed).concededAndAccepted).length;
    expect(conceded).toBeGreaterThanOrEqual(seeds.length / 5);
  });
});
