import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Action, Scenario } from '../../src/engine/index.ts';
import { loadScenario } from '../../src/scenario/index.ts';
import { simulate, summarise } from '../../src/sim/index.ts';
import { SEEDS_FOR_MOST } from '../sim/seeds.ts';
import { citedQuotes, misquoted } from './articles.ts';

/** The third round of the Six Party Talks, June 2004 (source 000): six seats, Washington hemmed in at home. */
const FILE = resolve(import.meta.dirname, '../../scenarios/2004-six-party-third-round.yaml');

function load(): Scenario {
  const result = loadScenario(readFileSync(FILE, 'utf8'), FILE);
  if (!result.ok) throw new Error(result.error.map((i) => i.message).join('\n'));
  return result.value;
}

const scenario = load();
const delivered = (run: ReturnType<typeof simulate>, giver: string, receiver?: string) =>
  run.final.log.flatMap((entry) =>
    entry.events.filter(
      (e) =>
        e.type === 'itemDelivered' && e.actor === giver && (receiver === undefined || e.target === receiver),
    ),
  );

describe('2004-six-party-third-round.yaml', () => {
  it('seats all six delegations', () => {
    expect(scenario.actors.filter((a) => a.playable).map((a) => a.id)).toEqual([
      'china',
      'north_korea',
      'japan',
      'south_korea',
      'russia',
      'usa',
    ]);
  });

  it('quotes every article word for word', () => {
    const text = readFileSync(FILE, 'utf8');
    expect(citedQuotes(text).length).toBeGreaterThan(30);
    expect(misquoted(text)).toEqual([]);
  });

  it('lets Washington concede, at a price at home, though history shows it offered nothing', () => {
    const usa = scenario.actors.find((a) => a.id === 'usa')!;
    expect(usa.lockedUntil).toBeUndefined();
    expect(usa.public?.approval).toBe(51);
    const inducement = scenario.items.find((i) => i.id === 'us_inducement')!;
    expect(inducement.publicCost).toBeGreaterThan(inducement.cost);
    let conceded = 0;
    for (let seed = 1; seed <= SEEDS_FOR_MOST; seed++) {
      const run = simulate({ scenario, player: 'usa', seed, play: { kind: 'strategy', name: 'balanced' } });
      const given = delivered(run, 'usa');
      if (given.length === 0) continue;
      conceded++;
      // The deal's price at home: the public's verdict on it takes approval down.
      const verdicts = run.final.log
        .flatMap((entry) => entry.events)
        .filter((e) => e.type === 'approvalChanged' && e.actor === 'usa' && e.rule === 'approval/loss');
      expect(
        verdicts.some((e) => e.delta!.to < e.delta!.from),
        `seed ${seed}`,
      ).toBe(true);
    }
    expect(conceded).toBeGreaterThan(0);
    expect(conceded).toBeLessThan(SEEDS_FOR_MOST);
    for (let seed = 1; seed <= 10; seed++) {
      const run = simulate({ scenario, player: 'usa', seed, play: { kind: 'strategy', name: 'history' } });
      expect(delivered(run, 'usa')).toEqual([]);
    }
  });

  it('reproduces the historical outcome, constructive talks, in most seeds', () => {
    const summary = summarise(scenario, 'usa', 'history', 1, SEEDS_FOR_MOST);
    expect(scenario.history.outcome).toBe('constructive_talks');
    expect(summary.historicalOutcomeShare).toBeGreaterThanOrEqual(0.8);
  });

  it('Washington pressing alone wins nothing from Pyongyang, which steps aside to its patrons', () => {
    let sidesteps = 0;
    for (let seed = 1; seed <= 30; seed++) {
      const run = simulate({ scenario, player: 'usa', seed, play: { kind: 'strategy', name: 'pressure' } });
      expect(delivered(run, 'north_korea', 'usa')).toEqual([]);
      sidesteps += run.final.log
        .flatMap((l) => l.events)
        .filter((e) => e.rule === 'pressure/backfire').length;
    }
    expect(sidesteps).toBeGreaterThan(30);
  });

  it('in 2004 neither Beijing nor Seoul will line up with Washington against Pyongyang', () => {
    const moves: Action[][] = [
      [
        { type: 'coordinate', actor: 'usa', ally: 'china', target: 'north_korea' },
        { type: 'wait', actor: 'usa' },
      ],
      [
        { type: 'coordinate', actor: 'usa', ally: 'south_korea', target: 'north_korea' },
        { type: 'wait', actor: 'usa' },
      ],
    ];
    const run = simulate({ scenario, player: 'usa', seed: 1, play: { kind: 'moves', turns: moves } });
    const refused = run.final.log.flatMap((l) => l.events).filter((e) => e.rule === 'coordinate/refused');
    expect(refused.map((e) => e.actor)).toEqual(['china', 'south_korea']);
  });
});
