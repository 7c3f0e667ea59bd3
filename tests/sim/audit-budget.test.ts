/**
 * The audit's budgets hold whatever the file (issue #10: a file with 50 actors and 100 turns
 * planned 882 test games where the comment promised at most 240, and each of its games takes
 * 35-50 s, so its audit would have run for hours). Two budgets, both counts rather than clocks:
 * at most AUDIT_GAME_BUDGET games, and games of at most AUDIT_WORK_BUDGET pair-turns in all.
 */
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/engine/index.ts';
import { ARTICLE_FILES, LIMITS, loadScenario } from '../../src/scenario/index.ts';
import {
  AUDIT_GAME_BUDGET,
  AUDIT_WORK_BUDGET,
  auditGameLimit,
  auditNotes,
  auditPlan,
  auditScenario,
  auditSeeds,
  gameWork,
  STRATEGY_NAMES,
} from '../../src/sim/index.ts';
import { FIXTURE } from '../scenario/helpers.ts';
import { limitScenario } from './limit-file.ts';

function loaded(text: string): Scenario {
  const result = loadScenario(text, 'limits.yaml', { knownSources: ARTICLE_FILES });
  if (!result.ok) throw new Error(result.error.map((i) => `${i.line}: ${i.message}`).join('\n'));
  return result.value;
}

const TWO_SEATS = FIXTURE.replace('    agility: 0.8\n', '    agility: 0.8\n    playable: true\n');

describe('the audit plays within its budgets', () => {
  it('are 240 games and 100,000 pair-turns, as documented', () => {
    expect(AUDIT_GAME_BUDGET).toBe(240);
    expect(AUDIT_WORK_BUDGET).toBe(100_000);
  });

  it('a game of a file at the documented limits of actors and turns is more than the whole budget: no game', () => {
    const scenario = loaded(limitScenario());
    expect(scenario.actors).toHaveLength(LIMITS.actors);
    expect(scenario.turns).toHaveLength(LIMITS.turns);
    expect(gameWork(scenario)).toBe(100 * 50 * 49);
    expect(auditGameLimit(scenario)).toBe(0);
    expect(auditPlan(scenario, auditSeeds(scenario), 1)).toEqual([]);
  });

  it('with objectives and outcomes, the audit says that play was not tried, and warns of nothing it did not try', () => {
    const text = limitScenario(LIMITS.actors, LIMITS.turns, { objectives: 3, outcomes: 4 });
    const report = auditScenario(loaded(text), { text });
    expect(report.play.games).toBe(0);
    expect(report.notes).toEqual([
      "no test game was played: one game of this file (100 turns of 50 delegations) is 245,000 pair-turns of work, more than the audit's budget for all its games (100,000), so whether each objective can move and each outcome can happen was not tried; play it with `npm run sim` or `npm run balance` to find out",
    ]);
    const codes = new Set(report.issues.map((i) => i.code));
    expect(codes.has('audit/objective-unreached')).toBe(false);
    expect(codes.has('audit/outcome-unreached')).toBe(false);
  });

  it('plans games of at most AUDIT_WORK_BUDGET pair-turns in all and at most AUDIT_GAME_BUDGET games, whatever the seeds', () => {
    // [actors, turns, games allowed]: 100,000 / (turns x actors x (actors - 1)), at most 240.
    const sizes: [number, number, number][] = [
      [2, 1, 240],
      [12, 3, 240],
      [12, 10, 75],
      [20, 100, 2],
      [32, 100, 1],
      [33, 100, 0],
      [50, 1, 40],
    ];
    for (const [actors, turns, games] of sizes) {
      const scenario = loaded(limitScenario(actors, turns));
      expect(auditGameLimit(scenario)).toBe(games);
      const plan = auditPlan(scenario, 1_000, 1);
      expect(plan).toHaveLength(games);
      expect(plan.length * gameWork(scenario)).toBeLessThanOrEqual(AUDIT_WORK_BUDGET);
    }
  });

  it('cuts a plan strategy by strategy across the seats, so the first strategies play from every seat they can', () => {
    const scenario = loaded(limitScenario(50, 1));
    const seats = scenario.actors.filter((a) => a.playable).map((a) => a.id);
    expect(seats).toHaveLength(49);
    const plan = auditPlan(scenario, auditSeeds(scenario), 1);
    expect(plan).toEqual(
      seats.slice(0, 40).map((player) => ({ seed: 1, player, strategy: STRATEGY_NAMES[0] })),
    );
  });

  it('chooses the seeds from the file size, and says when a budget plays fewer games than they ask', () => {
    const scenario = loaded(limitScenario(12, 10, { objectives: 3, outcomes: 4 }));
    // 11 seats of six strategies: one seed (66 games) fits in the 75 the work allows.
    expect(auditSeeds(scenario)).toBe(1);
    const fits = auditPlan(scenario, auditSeeds(scenario), 1);
    expect(fits).toHaveLength(66);
    const played = { games: 66, endings: {}, held: {}, objectives: [], stopped: false };
    expect(auditNotes(scenario, 1, fits, played)).toEqual([]);
    const cut = auditPlan(scenario, 2, 1);
    expect(cut).toHaveLength(75);
    expect(auditNotes(scenario, 2, cut, { ...played, games: 75 })).toEqual([
      "the audit's budget allows 75 test games of this file (10 turns of 12 delegations), not the 132 of every strategy from every seat over 2 seeds: an objective or outcome it says was never reached may be reachable in games it did not play",
    ]);
    // Nothing to find by play, nothing to say.
    expect(auditNotes(loaded(limitScenario(12, 10)), 2, cut, { ...played, games: 75 })).toEqual([]);
  });

  it('says so in the report when the game budget cuts the seeds asked for', () => {
    const text = limitScenario(12, 2, { objectives: 3, outcomes: 4 });
    const report = auditScenario(loaded(text), { text, seeds: 4 });
    expect(report.play.games).toBe(240);
    expect(report.notes).toEqual([
      "the audit's budget allows 240 test games of this file (2 turns of 12 delegations), not the 264 of every strategy from every seat over 4 seeds: an objective or outcome it says was never reached may be reachable in games it did not play",
    ]);
  });

  it('stops when asked, and says what the games so far found', () => {
    const text = limitScenario(4, 5, { objectives: 3, outcomes: 4 });
    const scenario = loaded(text);
    let asked = 0;
    const report = auditScenario(scenario, { text, stop: () => ++asked > 3 });
    expect(report.play).toMatchObject({ games: 3, stopped: true });
    expect(report.notes).toEqual([
      'stopped after 3 test games of 234: what play found (objectives that never moved, outcomes never reached) is from those games only',
    ]);
    expect(report.issues.find((i) => i.code === 'audit/objective-unreached')?.message).toContain(
      'in 3 games',
    );
  });

  it('and a two-seat file still gets its 20 seeds of every strategy', () => {
    const scenario = loaded(TWO_SEATS);
    const plan = auditPlan(scenario, auditSeeds(scenario), 1);
    expect(plan).toHaveLength(2 * STRATEGY_NAMES.length * 20);
    expect(new Set(plan.map((g) => g.seed))).toEqual(new Set(Array.from({ length: 20 }, (_, i) => i + 1)));
  });
});
