import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { knownSources } from '../../src/cli/files.ts';
import { loadScenario } from '../../src/scenario/index.ts';
import { STRATEGY_NAMES, simulate } from '../../src/sim/index.ts';

const DIR = resolve(import.meta.dirname, '../../scenarios');
const SOURCES = knownSources();
const FILES = readdirSync(DIR)
  .filter((f) => f.endsWith('.yaml'))
  .sort();

describe('every shipped scenario', () => {
  it('ships the six situations of the articles (a teacher may add more)', () => {
    expect(FILES).toEqual(
      expect.arrayContaining([
        '2001-beijing-back-channel.yaml',
        '2002-road-to-pyongyang.yaml',
        '2004-koizumi-second-visit.yaml',
        '2004-six-party-third-round.yaml',
        '2006-after-the-test.yaml',
        '2007-ulaanbaatar.yaml',
      ]),
    );
  });

  for (const file of FILES) {
    it(`${file} checks, cites only the articles, and plays to a result from every seat with every strategy`, () => {
      const text = readFileSync(join(DIR, file), 'utf8');
      expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=./schema.json');
      const loaded = loadScenario(text, file, { knownSources: SOURCES });
      if (!loaded.ok) expect.fail(loaded.error.map((i) => `${i.line}:${i.column} ${i.message}`).join('\n'));
      const scenario = loaded.value;
      const playable = scenario.actors.filter((a) => a.playable);
      expect(playable.length).toBeGreaterThanOrEqual(2);
      const outcomes = new Set(scenario.outcomes.map((o) => o.id));
      expect(outcomes.has(scenario.history.outcome)).toBe(true);
      for (const actor of playable) {
        for (const name of STRATEGY_NAMES) {
          const run = simulate({ scenario, player: actor.id, seed: 1, play: { kind: 'strategy', name } });
          expect(run.final.status, `${actor.id}/${name}`).toBe('ended');
          expect(run.skipped, `${actor.id}/${name}`).toEqual([]);
          expect(['collapse', 'ousted', 'stalemate', ...outcomes]).toContain(run.result.status);
          const score = run.result.scores[actor.id] ?? Number.NaN;
          expect(score).toBeGreaterThanOrEqual(0);
          expect(score).toBeLessThanOrEqual(100);
        }
      }
      // Each playable seat has a briefing and objectives worth 100 points.
      for (const actor of playable) {
        expect(actor.briefing.situation.length, actor.id).toBeGreaterThan(40);
        expect(actor.briefing.goals.length, actor.id).toBeGreaterThan(0);
        const points = (scenario.objectives[actor.id] ?? []).reduce((sum, o) => sum + o.points, 0);
        expect(points, actor.id).toBe(100);
      }
      expect(scenario.debrief.whatHappened.length).toBeGreaterThan(100);
      expect(scenario.debrief.reading.length).toBeGreaterThan(100);
    });
  }
});
