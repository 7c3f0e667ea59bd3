import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAMETERS } from '../../src/engine/index.ts';
import { formatIssue, loadScenario } from '../../src/scenario/index.ts';
import { FIXTURE, timedLoad, variant } from './helpers.ts';

function loaded(text = FIXTURE) {
  const result = timedLoad(text);
  if (!result.ok) throw new Error(result.error.map(formatIssue).join('\n'));
  return result;
}

describe('loading the minimal fixture', () => {
  it('loads without problems or warnings', () => {
    const result = loaded();
    expect(result.warnings).toEqual([]);
    expect(result.value.id).toBe('minimal_2004');
    expect(result.value.actors.map((actor) => actor.id)).toEqual(['japan', 'north_korea']);
  });

  it('fills actor defaults', () => {
    const [japan, north] = loaded().value.actors;
    expect(north).toMatchObject({
      capital: 'Pyongyang',
      playable: false,
      background: false,
      successors: [],
      agility: 0.8,
      patrons: [],
      patronGenerosity: 0.5,
      stance: 'engage',
      leader: { name: 'Kim Jong Il', style: 'linear', redLines: [] },
      briefing: { goals: [], constraints: [], advisors: [], people: [] },
    });
    expect(north?.public).toBeUndefined();
    expect(japan?.agility).toBe(0.2);
    expect(japan?.public).toEqual({
      approval: 50,
      base: 50,
      elections: [expect.objectContaining({ turn: 4, threshold: 40 })],
    });
    expect(japan?.leader.redLines[0]?.minTier).toBe(1);
  });

  it('defaults capital to the name and base to the starting approval', () => {
    const text = variant('    capital: Tokyo\n', '').replace(
      '      approval: 50\n',
      '      approval: 50\n      base: 45\n',
    );
    const japan = loaded(text).value.actors[0];
    expect(japan?.capital).toBe('Japan');
    expect(japan?.public?.base).toBe(45);
  });

  it('fills item defaults: tiers, cost, public cost, salience, progress, description, repeatable', () => {
    const [visit, aid, release] = loaded().value.items;
    expect(visit).toMatchObject({
      tiers: [1],
      cost: 0,
      publicCost: 0,
      progress: {},
      description: '',
      repeatable: true,
    });
    expect(visit?.salience).toEqual({ north_korea: 3 });
    expect(aid).toMatchObject({ tiers: [0.5, 1], cost: 2, publicCost: 2 });
    expect(release).toMatchObject({ repeatable: false, progress: { abductions: 1 } });
  });

  it('fills every ordered pair of relations, sorted by from then to', () => {
    const text = variant(
      'items:\n',
      'relations:\n  - {from: north_korea, to: japan, expectation: 6}\nitems:\n',
    );
    const { relations } = loaded(text).value;
    expect(relations).toEqual([
      { from: 'japan', to: 'north_korea', expectation: 2, reservation: 0, trust: 0.5 },
      { from: 'north_korea', to: 'japan', expectation: 6, reservation: 0, trust: 0.5 },
    ]);
  });

  it('fills order, spread, tension, event windows, forums, objectives and params', () => {
    const scenario = loaded().value;
    expect(scenario.order).toEqual(['japan', 'north_korea']);
    expect(scenario.spread).toBe(2);
    expect(scenario.tension).toBe(DEFAULT_PARAMETERS.tensionBase);
    expect(scenario.events[0]).toMatchObject({ from: 1, to: 4, effects: [] });
    expect(scenario.forums).toEqual([]);
    expect(scenario.objectives).toEqual({ japan: [], north_korea: [] });
    expect(scenario.params).toEqual(DEFAULT_PARAMETERS);
    expect(scenario.params).not.toBe(DEFAULT_PARAMETERS);
  });

  it('deep-merges params, replacing only the lists given', () => {
    const text = `${FIXTURE}params:\n  alphaUp: 0.7\n  novelty: {symbolic: [1, 0.5]}\n  electionCloseness: [3]\n`;
    const { params } = loaded(text).value;
    expect(params.alphaUp).toBe(0.7);
    expect(params.alphaDown).toBe(DEFAULT_PARAMETERS.alphaDown);
    expect(params.novelty.symbolic).toEqual([1, 0.5]);
    expect(params.novelty.material).toEqual(DEFAULT_PARAMETERS.novelty.material);
    expect(params.curves).toEqual(DEFAULT_PARAMETERS.curves);
    expect(params.electionCloseness).toEqual([3]);
    expect(DEFAULT_PARAMETERS.alphaUp).toBe(0.5);
  });

  it('keeps the starting tension when the file sets it', () => {
    expect(loaded(`${FIXTURE}tension: 55\n`).value.tension).toBe(55);
  });

  it('gives the history in the engine action format', () => {
    const { history } = loaded().value;
    expect(history.player).toBe('japan');
    expect(history.steps[0]?.actions).toEqual([
      { type: 'summit', actor: 'japan', with: 'north_korea' },
      {
        type: 'offer',
        actor: 'japan',
        to: 'north_korea',
        give: [{ item: 'aid', tier: 1 }],
        ask: [{ item: 'release', tier: 1 }],
      },
    ]);
  });

  it('produces plain data the engine can hold: no shared objects with the defaults', () => {
    const a = loaded().value;
    const b = loaded().value;
    expect(a).toEqual(b);
    expect(a.params.novelty).not.toBe(b.params.novelty);
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
  });

  it('checks sources against the files only when told which exist', () => {
    const text = variant(
      '  - file: 000_9fd2b6bbe1dfc80f.txt\n',
      '  - file: 000_9fd2b6bbe1dfc80f.txt\n    title: x\n  - file: 009_missing.txt\n',
    );
    expect(loadScenario(text, 'a.yaml').ok).toBe(true);
    const result = loadScenario(text, 'a.yaml', { knownSources: ['000_9fd2b6bbe1dfc80f.txt'] });
    expect(result.ok ? [] : result.error.map((issue) => issue.code)).toContain(
      'scenario/missing-source-file',
    );
  });
});
