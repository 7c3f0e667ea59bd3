import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { relationOf } from '../../src/engine/index.ts';
import { runToJson, runToStory, STRATEGY_NAMES, simulate, summarise } from '../../src/sim/index.ts';
import { storyWords } from '../../src/sim/story-languages.ts';
import { scenario2004 } from './scenario-2004.ts';

const scenario = scenario2004();
const GOLDEN = resolve(import.meta.dirname, '../golden/2004-history-seed-1.txt');

describe('the 2004 scenario played headless', () => {
  it('tells the story of the historical line exactly as the golden file has it', () => {
    const story = runToStory(
      scenario,
      simulate({ scenario, player: 'japan', seed: 1, play: { kind: 'strategy', name: 'history' } }),
    );
    // Rewrite the golden file deliberately with UPDATE_GOLDEN=1, then read the diff.
    if (process.env.UPDATE_GOLDEN) writeFileSync(GOLDEN, `${story}\n`);
    expect(`${story}\n`).toBe(readFileSync(GOLDEN, 'utf8'));
  });

  for (const lang of ['ja', 'ko'] as const) {
    it(`tells the same story in ${lang} (sim --lang ${lang}) exactly as its golden file has it`, async () => {
      const golden = GOLDEN.replace(/\.txt$/, `.${lang}.txt`);
      const run = simulate({
        scenario,
        player: 'japan',
        seed: 1,
        play: { kind: 'strategy', name: 'history' },
      });
      const words = await storyWords(lang);
      if (!words) return expect.fail(`no story in ${lang}`);
      const story = runToStory(scenario, run, words);
      if (process.env.UPDATE_GOLDEN) writeFileSync(golden, `${story}\n`);
      expect(`${story}\n`).toBe(readFileSync(golden, 'utf8'));
      // The same game, line for line: only the words differ.
      expect(story.split('\n').length).toBe(runToStory(scenario, run).split('\n').length);
    });
  }

  it("the historical line releases the five relatives and raises Pyongyang's expectations", () => {
    const run = simulate({ scenario, player: 'japan', seed: 1, play: { kind: 'strategy', name: 'history' } });
    const offer = run.turns[1]!.actions.find((a) => a.type === 'offer');
    expect(offer).toMatchObject({ actor: 'japan', to: 'north_korea', accepted: true, ratified: true });
    expect(run.final.progress.abductions).toBe(60);
    const raise = run.turns[1]!.events.find((e) => e.rule === 'ratchet/up' && e.actor === 'north_korea');
    expect(raise?.delta?.to).toBeGreaterThan((raise?.delta?.from ?? 0) + 2);
    expect(run.result.status).toBe('families_home_expectations_raised');
  });

  it('reproduces the historical outcome in most seeds', () => {
    // 90 of 100 seeds reproduce it: fewer seeds would not put the share's 95% bound above 0.8.
    const summary = summarise(scenario, 'japan', 'history', 1, 100);
    expect(summary.historicalOutcomeShare).toBeGreaterThanOrEqual(0.8);
  });

  it('gives the JSON contract of `sim --json`', () => {
    const json = runToJson(
      scenario,
      simulate({ scenario, player: 'japan', seed: 3, play: { kind: 'strategy', name: 'balanced' } }),
    );
    expect(json).toMatchObject({
      scenario: 'second-visit-2004',
      seed: 3,
      player: 'japan',
      strategy: 'balanced',
    });
    expect(json.turns.map((t) => t.turn)).toEqual([1, 2, 3, 4, 5, 6]);
    for (const turn of json.turns) {
      expect(typeof turn.state.tension).toBe('number');
      expect(turn.state.actors.japan).toHaveProperty('approval');
      expect(turn.state.actors.north_korea).not.toHaveProperty('approval');
      for (const actor of Object.values(turn.state.actors)) {
        expect(Number.isFinite(actor.expectation)).toBe(true);
        expect(actor.trust).toBeGreaterThanOrEqual(0);
      }
      for (const action of turn.actions) {
        if (action.type === 'offer' || action.type === 'counter')
          expect(typeof action.accepted).toBe('boolean');
      }
      for (const event of turn.events) {
        expect(event.rule).toMatch(/^[a-z-]+\/[a-z0-9_-]+$/);
        expect(event.reason.length).toBeGreaterThan(5);
      }
    }
    expect(Object.keys(json.result.scores)).toContain('japan');
    expect(json.result.status).toMatch(/^[a-z_]+$/);
    // State in the report is the player's view of relations: North Korea's expectation of Japan.
    const run = simulate({
      scenario,
      player: 'japan',
      seed: 3,
      play: { kind: 'strategy', name: 'balanced' },
    });
    expect(json.turns.at(-1)!.state.actors.north_korea!.expectation).toBe(
      relationOf(run.final, 'north_korea', 'japan').expectation,
    );
  });

  it('plays to a result from every playable delegation with every built-in strategy', () => {
    for (const actor of scenario.actors.filter((a) => a.playable)) {
      for (const strategy of STRATEGY_NAMES) {
        const run = simulate({
          scenario,
          player: actor.id,
          seed: 5,
          play: { kind: 'strategy', name: strategy },
        });
        expect(run.final.status, `${actor.id}/${strategy}`).toBe('ended');
        expect(run.skipped, `${actor.id}/${strategy}`).toEqual([]);
      }
    }
  });
});

describe('"The only peaceful way to strike a diplomatic deal is to exchange concessions of similar value" (000)', () => {
  // Over 100 seeds of the 2004 table, as Japan: balanced against over-paying and under-paying.
  const seeds = 100;
  const goodEnd = (strategy: 'balanced' | 'generous' | 'stingy') => {
    let good = 0;
    let score = 0;
    for (let seed = 1; seed <= seeds; seed++) {
      const run = simulate({ scenario, player: 'japan', seed, play: { kind: 'strategy', name: strategy } });
      const japan = run.final.actors.japan!;
      const progress = run.final.progress.abductions ?? 0;
      if (
        progress >= 60 &&
        run.final.tension < scenario.params.crisisAt &&
        !japan.ousted &&
        (japan.approval ?? 0) >= 42
      )
        good++;
      score += run.result.scores.japan ?? 0;
    }
    return { good: good / seeds, score: score / seeds };
  };
  const balanced = goodEnd('balanced');
  const generous = goodEnd('generous');
  const stingy = goodEnd('stingy');

  // Since the second AI opens with a package of its own when Tokyo's offers fall short, an
  // under-paying Tokyo gets the relatives home too (in all 100 seeds, against 95 with the first
  // AI); what under-paying costs it is the rest of its objectives, in the score below.
  it('balanced makes progress with tension below crisis and approval above the threshold far more often than over-paying, and at least as often as under-paying', () => {
    expect(balanced.good).toBeGreaterThanOrEqual(generous.good + 0.5);
    expect(balanced.good).toBeGreaterThanOrEqual(stingy.good);
  });

  it('and scores higher on average', () => {
    expect(balanced.score).toBeGreaterThan(generous.score);
    expect(balanced.score).toBeGreaterThan(stingy.score);
  });
});
