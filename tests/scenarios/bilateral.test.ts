import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/engine/index.ts';
import { loadScenario } from '../../src/scenario/index.ts';
import { simulate, summarise } from '../../src/sim/index.ts';
import { SEEDS_FOR_MOST } from '../sim/seeds.ts';
import { citedQuotes, misquoted } from './articles.ts';

/**
 * The three bilateral scenarios of issue 3 (2001, 2002, 2007): they load, every quote is the
 * article's own words, the historical line reproduces what happened, and pressure alone wins
 * nothing from Pyongyang.
 */
const FILES = ['2001-beijing-back-channel.yaml', '2002-road-to-pyongyang.yaml', '2007-ulaanbaatar.yaml'];

function path(file: string): string {
  return resolve(import.meta.dirname, '../../scenarios', file);
}

function load(file: string): Scenario {
  const result = loadScenario(readFileSync(path(file), 'utf8'), path(file));
  if (!result.ok) throw new Error(result.error.map((i) => i.message).join('\n'));
  return result.value;
}

describe.each(FILES)('%s', (file) => {
  const scenario = load(file);
  const text = readFileSync(path(file), 'utf8');

  it('starts with the schema line and has Japan and North Korea playable', () => {
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=./schema.json');
    const playable = scenario.actors.filter((a) => a.playable).map((a) => a.id);
    expect(playable.sort()).toEqual(['japan', 'north_korea']);
  });

  it('quotes every article word for word', () => {
    expect(citedQuotes(text).length).toBeGreaterThan(10);
    expect(misquoted(text)).toEqual([]);
  });

  it('names a best ending for North Korea and reproduces history in most seeds', () => {
    expect(scenario.outcomes.some((o) => o.bestFor?.includes('north_korea'))).toBe(true);
    const summary = summarise(scenario, scenario.history.player, 'history', 1, SEEDS_FOR_MOST);
    expect(summary.historicalOutcomeShare).toBeGreaterThanOrEqual(0.8);
  });

  it('gives a lone presser nothing from North Korea in most seeds', () => {
    let conceded = 0;
    const runs = SEEDS_FOR_MOST;
    for (let seed = 1; seed <= runs; seed++) {
      const run = simulate({ scenario, player: 'japan', seed, play: { kind: 'strategy', name: 'pressure' } });
      const got = run.final.log.some((entry) =>
        entry.events.some(
          (e) => e.type === 'itemDelivered' && e.actor === 'north_korea' && e.target === 'japan',
        ),
      );
      if (got) conceded++;
    }
    expect(conceded / runs).toBeLessThan(0.2);
  });
});
