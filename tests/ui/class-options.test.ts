/**
 * The class page with results played under different teacher's options: each set of options is a
 * group of its own, named by its options, with history's mark played under them too, so a student
 * who changed the link's options is seen apart from the class.
 */
import { describe, expect, it } from 'vitest';
import type { GameOptions } from '../../src/engine/index.ts';
import { encodeResultFile } from '../../src/scenario/index.ts';
import { historicalRun } from '../../src/sim/index.ts';
import { classResultsOf } from '../../src/store/class-results.ts';
import { scenarioEntry } from '../../src/store/index.ts';
import { classView } from '../../src/ui/viewmodel/class-page.ts';
import { loadShipped } from '../scenarios/shipped.ts';
import { simulatedResult } from '../sim/simulated-result.ts';

const scenario = loadShipped('2001-beijing-back-channel.yaml');

function resultText(seed: number, gameOptions: GameOptions): string {
  return encodeResultFile(simulatedResult(scenario, 'japan', seed, { gameOptions }));
}

describe('the class page and the teacher’s options', () => {
  it('groups results by their options, names them, and marks history under the same options', () => {
    const short = { turns: 4, history: 'each-turn' } as const;
    const files = [
      { name: 'a.json', text: resultText(1, short) },
      { name: 'b.json', text: resultText(2, short) },
      { name: 'c.json', text: resultText(3, {}) },
    ];
    const view = classView(classResultsOf(files, [scenarioEntry('2001.yaml', scenario)]), {
      key: 'file',
      descending: false,
    });
    expect(view.counts.genuine).toBe(3);
    expect(view.groups.map((g) => [g.scores.length, g.options, g.optionLines])).toEqual([
      [
        2,
        short,
        [
          'A shorter game: 4 of the scenario’s 6 turns, ending with January 2001.',
          'History as you play: each turn shows what really happened then.',
        ],
      ],
      [1, {}, []],
    ]);
    const [shortened, plain] = view.groups;
    expect(shortened?.history?.score).toBe(historicalRun(scenario, 1, short)?.result.scores.japan);
    expect(plain?.history?.score).toBe(historicalRun(scenario, 3)?.result.scores.japan);
  });
});
