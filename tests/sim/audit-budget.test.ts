/**
 * The audit's game budget holds whatever the file (issue #10: a file with 50 actors and 100 turns
 * planned 882 test games where the comment promised at most 240). Planned, not played: one game at
 * these limits takes about 18 s on a 2-core machine, which is the engine's cost, not the plan's.
 */
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/engine/index.ts';
import { ARTICLE_FILES, LIMITS, loadScenario } from '../../src/scenario/index.ts';
import { AUDIT_GAME_BUDGET, auditPlan, auditSeeds, STRATEGY_NAMES } from '../../src/sim/index.ts';
import { FIXTURE } from '../scenario/helpers.ts';
import { limitScenario } from './limit-file.ts';

function loaded(text: string): Scenario {
  const result = loadScenario(text, 'limits.yaml', { knownSources: ARTICLE_FILES });
  if (!result.ok) throw new Error(result.error.map((i) => `${i.line}: ${i.message}`).join('\n'));
  return result.value;
}

describe('the audit plays at most AUDIT_GAME_BUDGET games', () => {
  it('is 240, as documented', () => {
    expect(AUDIT_GAME_BUDGET).toBe(240);
  });

  it('for a file at the documented limits of actors and turns: 240 games, every seat played', () => {
    const scenario = loaded(limitScenario());
    expect(scenario.actors).toHaveLength(LIMITS.actors);
    expect(scenario.turns).toHaveLength(LIMITS.turns);
    const seats = scenario.actors.filter((a) => a.playable).map((a) => a.id);
    expect(seats).toHaveLength(49);
    expect(auditSeeds(scenario)).toBe(1);
    const plan = auditPlan(scenario, auditSeeds(scenario), 1);
    expect(plan).toHaveLength(240);
    // Strategy by strategy across the seats: the first four for all 49, the fifth for 44.
    for (const seat of seats) {
      const strategies = plan.filter((g) => g.player === seat).map((g) => g.strategy);
      expect(strategies).toEqual(STRATEGY_NAMES.slice(0, seats.indexOf(seat) < 44 ? 5 : 4));
    }
  });

  it('however many seeds are asked for', () => {
    const scenario = loaded(limitScenario(12, 10));
    expect(auditPlan(scenario, 1_000, 1)).toHaveLength(240);
    // 11 seats of six strategies: three seeds fit (198 games), four would not.
    expect(auditSeeds(scenario)).toBe(3);
    expect(auditPlan(scenario, auditSeeds(scenario), 1)).toHaveLength(198);
  });

  it('and a two-seat file still gets its 20 seeds of every strategy', () => {
    const scenario = loaded(FIXTURE.replace('    agility: 0.8\n', '    agility: 0.8\n    playable: true\n'));
    const plan = auditPlan(scenario, auditSeeds(scenario), 1);
    expect(plan).toHaveLength(2 * STRATEGY_NAMES.length * 20);
    expect(new Set(plan.map((g) => g.seed))).toEqual(new Set(Array.from({ length: 20 }, (_, i) => i + 1)));
  });
});
