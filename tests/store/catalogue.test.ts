import { describe, expect, it } from 'vitest';
import { catalogueOf, findScenario, scenarioHash } from '../../src/store/index.ts';
import { fixture } from '../engine/fixture.ts';

describe('catalogue', () => {
  it('lists compiled files in file order, playable or with their problems', () => {
    const scenario = fixture();
    const entries = catalogueOf({
      '/scenarios/b.yaml': { ok: false, problems: ['b.yaml:3:1: `leader` is missing'] },
      '/scenarios/a.yaml': { ok: true, scenario },
    });
    expect(entries.map((e) => e.file)).toEqual(['a.yaml', 'b.yaml']);
    expect(entries[1]).toEqual({ ok: false, file: 'b.yaml', problems: ['b.yaml:3:1: `leader` is missing'] });
    expect(findScenario(entries, 'fixture')?.hash).toBe(scenarioHash(scenario));
    expect(findScenario(entries, 'nope')).toBeNull();
  });

  it('hashes content, so an equal scenario built again has the same hash and a changed one does not', () => {
    expect(scenarioHash(fixture())).toBe(scenarioHash(fixture()));
    expect(scenarioHash(fixture({ params: { tensionBase: 31 } }))).not.toBe(scenarioHash(fixture()));
  });
});
