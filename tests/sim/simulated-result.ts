import type { ActorId, GameOptions, Scenario } from '../../src/engine/index.ts';
import { type ResultFile, scenarioHash } from '../../src/scenario/index.ts';
import { resultFileOf, type StrategyName, simulate } from '../../src/sim/index.ts';
import { onePerson } from './forged-log.ts';

/** Who wrote a test's result file, and when: fixed, so files compare byte for byte. */
export const TEST_WRITER = { gameVersion: '0.1.0', writtenAt: '2026-12-02T10:00:00.000Z' } as const;

/**
 * The result file of a game a built-in strategy plays from `player`'s seat (the AI on every other),
 * as the debrief writes it: the students of the class-page tests and the result-file tests.
 */
export function simulatedResult(
  scenario: Scenario,
  player: ActorId,
  seed: number,
  how: {
    readonly strategy?: StrategyName;
    readonly gameOptions?: GameOptions;
    readonly student?: string;
    readonly writtenAt?: string;
  } = {},
): ResultFile {
  const { strategy = 'balanced', gameOptions = {}, student, writtenAt = TEST_WRITER.writtenAt } = how;
  const run = simulate({ scenario, player, seed, play: { kind: 'strategy', name: strategy }, gameOptions });
  const result = resultFileOf(
    {
      scenario,
      scenarioHash: scenarioHash(scenario),
      seed,
      ai: run.final.ai,
      seats: onePerson(scenario, player),
      player,
      actions: run.final.log.flatMap((e) => (e.action ? [e.action] : [])),
      state: run.final,
    },
    { ...TEST_WRITER, writtenAt, ...(student === undefined ? {} : { student }) },
  );
  if (result === null) throw new Error('a finished game has a result');
  return result;
}
