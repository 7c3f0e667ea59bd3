import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type Action,
  applyAction,
  createGame,
  type Scenario,
  validateAction,
} from '../../src/engine/index.ts';
import { loadScenario } from '../../src/scenario/index.ts';
import { simulate, summarise } from '../../src/sim/index.ts';
import { SEEDS_FOR_MOST } from '../sim/seeds.ts';
import { citedQuotes, misquoted } from './articles.ts';

/** After the nuclear test, October-December 2006 (source 004). */
const FILE = resolve(import.meta.dirname, '../../scenarios/2006-after-the-test.yaml');

function load(): Scenario {
  const result = loadScenario(readFileSync(FILE, 'utf8'), FILE);
  if (!result.ok) throw new Error(result.error.map((i) => i.message).join('\n'));
  return result.value;
}

const scenario = load();
const returnAsk = (actor: string): Action => ({
  type: 'offer',
  actor,
  to: 'north_korea',
  give: [],
  ask: [{ item: 'return_to_talks', tier: 1 }],
});

/** Share of seeds in which Pyongyang hands Washington anything, Washington playing `moves`. */
function concessionShare(moves: Action[][], seeds: number): number {
  let got = 0;
  for (let seed = 1; seed <= seeds; seed++) {
    const run = simulate({ scenario, player: 'usa', seed, play: { kind: 'moves', turns: moves } });
    const given = run.final.log.some((l) =>
      l.events.some((e) => e.type === 'itemDelivered' && e.actor === 'north_korea' && e.target === 'usa'),
    );
    if (given) got++;
  }
  return got / seeds;
}

describe('2006-after-the-test.yaml', () => {
  it('seats Japan, South Korea, the United States and North Korea; China and Russia stay in the background', () => {
    expect(scenario.actors.filter((a) => a.playable).map((a) => a.id)).toEqual([
      'usa',
      'japan',
      'south_korea',
      'north_korea',
    ]);
    expect(scenario.actors.filter((a) => a.background).map((a) => a.id)).toEqual(['china', 'russia']);
  });

  it("quotes the articles word for word, and nothing from 004's subscription appeal or links", () => {
    const text = readFileSync(FILE, 'utf8');
    expect(citedQuotes(text).length).toBeGreaterThan(30);
    expect(misquoted(text)).toEqual([]);
  });

  it('refuses the financial restrictions outside the six-party talks, with the reason', () => {
    const state = createGame(scenario, 1, { usa: 'person' });
    const offer = (forum?: string): Action => ({
      type: 'offer',
      actor: 'usa',
      to: 'north_korea',
      ...(forum ? { forum } : {}),
      give: [{ item: 'financial_restrictions', tier: 0.5 }],
      ask: [{ item: 'return_to_talks', tier: 1 }],
    });
    const outside = validateAction(scenario, state, offer());
    expect(outside?.code).toBe('forum/outside');
    expect(outside?.message).toContain('only be discussed in the Six Party Talks');
    expect(validateAction(scenario, state, offer('six_party'))?.code).toBe('forum/not-in-session');
    // Everyone waits until the talks resume in December (turn 5): then the offer is legal.
    let s = state;
    while (s.turn < 5) {
      const actor = scenario.order[s.cursor]!;
      const next = applyAction(scenario, s, { type: 'wait', actor });
      if (!next.ok) throw new Error(next.error.message);
      s = next.state;
    }
    expect(validateAction(scenario, s, offer('six_party'))).toBeNull();
  });

  it('reproduces the historical outcome, back at the table without a breakthrough, in most seeds', () => {
    const summary = summarise(scenario, 'usa', 'history', 1, SEEDS_FOR_MOST);
    expect(scenario.history.outcome).toBe('back_at_the_table');
    expect(summary.historicalOutcomeShare).toBeGreaterThanOrEqual(0.8);
  });

  it('pressure with Seoul lined up brings Pyongyang back; the same pressure alone wins nothing', () => {
    const coordinated: Action[][] = [
      [
        { type: 'coordinate', actor: 'usa', ally: 'south_korea', target: 'north_korea' },
        { type: 'pressure', actor: 'usa', target: 'north_korea', level: 2 },
        returnAsk('usa'),
      ],
      [
        { type: 'coordinate', actor: 'usa', ally: 'south_korea', target: 'north_korea' },
        { type: 'pressure', actor: 'usa', target: 'north_korea', level: 3 },
        returnAsk('usa'),
      ],
    ];
    const alone = coordinated.map((turn) => turn.filter((a) => a.type !== 'coordinate'));
    const asking = coordinated.map((turn) => turn.filter((a) => a.type === 'offer'));
    const withAllies = concessionShare(coordinated, 100);
    expect(withAllies).toBeGreaterThanOrEqual(0.4);
    expect(concessionShare(alone, 100)).toBe(0);
    expect(concessionShare(asking, 100)).toBeLessThan(withAllies / 2);
  });

  it('the pressure strategy, pressing alone, gets no concession from Pyongyang', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const run = simulate({ scenario, player: 'usa', seed, play: { kind: 'strategy', name: 'pressure' } });
      const given = run.final.log.flatMap((l) =>
        l.events.filter((e) => e.type === 'itemDelivered' && e.actor === 'north_korea' && e.target === 'usa'),
      );
      expect(given).toEqual([]);
    }
  });
});
