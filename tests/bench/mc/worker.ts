/**
 * The bench's Monte Carlo worker: whole games of `simulate` from src/sim, the player's seat played
 * by every built-in strategy in turn (seed s plays strategy s mod 6), as a browser Monte Carlo
 * would. It answers with the time the games took inside the worker.
 */
import type { Scenario } from '../../../src/engine/index.ts';
import { STRATEGY_NAMES, simulate } from '../../../src/sim/index.ts';

/** What the page asks for. */
export interface MonteCarloRequest {
  readonly scenario: Scenario;
  readonly games: number;
}

/** What the worker answers. */
export interface MonteCarloAnswer {
  readonly games: number;
  readonly ms: number;
  /** A digest of the results, so that no engine could skip the work unnoticed. */
  readonly scoreSum: number;
}

self.onmessage = (event: MessageEvent<MonteCarloRequest>) => {
  const { scenario, games } = event.data;
  const start = performance.now();
  let scoreSum = 0;
  for (let seed = 1; seed <= games; seed++) {
    const name = STRATEGY_NAMES[seed % STRATEGY_NAMES.length]!;
    const run = simulate({
      scenario,
      player: scenario.history.player,
      seed,
      play: { kind: 'strategy', name },
    });
    scoreSum += run.result.scores[scenario.history.player] ?? 0;
  }
  const answer: MonteCarloAnswer = { games, ms: performance.now() - start, scoreSum };
  self.postMessage(answer);
};
