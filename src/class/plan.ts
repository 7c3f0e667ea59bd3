import { type GameOptions, type OptionChoices, optionsProblem, type Scenario } from '../engine/index.ts';
import type { SeatPlan } from './protocol.ts';
import type { SeatRecord } from './table.ts';

/**
 * What is wrong with a teacher's seat plan for this scenario, in words; null when it can be
 * played. Each table names the delegations students take; any delegation left out is the AI's.
 */
export function planProblem(
  scenario: Scenario,
  tables: readonly Readonly<Record<string, SeatPlan>>[],
  options: GameOptions,
): string | null {
  const seatable = new Set(scenario.actors.filter((a) => !a.background).map((a) => a.id));
  for (const [i, plan] of tables.entries()) {
    for (const actor of Object.keys(plan)) {
      if (!seatable.has(actor)) {
        return `table ${i + 1}: ${actor} is not a delegation of ${scenario.id} a student can play (${[...seatable].join(', ')})`;
      }
    }
    if (!Object.values(plan).includes('student')) return `table ${i + 1} has no seat for a student`;
  }
  const choices: OptionChoices = {
    advisors: options.advisors ?? 'usual',
    turns: options.turns ?? null,
    history: options.history ?? 'debrief',
  };
  return optionsProblem(scenario, choices);
}

/** A table's seats from its plan, in the scenario's order of delegations; nobody holds them yet. */
export function planSeats(scenario: Scenario, plan: Readonly<Record<string, SeatPlan>>): SeatRecord[] {
  return scenario.actors
    .filter((a) => !a.background)
    .map((a) => {
      const planned = plan[a.id] ?? 'ai';
      return { actor: a.id, planned, driver: planned, holder: null, name: '' };
    });
}
