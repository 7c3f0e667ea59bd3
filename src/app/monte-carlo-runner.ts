import type { MonteCarloProgress, MonteCarloResult, MonteCarloRunner } from '../ui/index.ts';
import { isMonteCarloReply, type MonteCarloCommand, type MonteCarloStart } from './monte-carlo-messages.ts';

/**
 * The page's side of "Play my strategy 1,000 times": hands a finished game's line to a Web Worker
 * (monte-carlo-worker.ts) that plays it and the built-in strategies with `monteCarloSteps`, the
 * code of `npm run balance`. The page only draws the progress it hears, so it stays responsive
 * throughout. The worker, and with it the rules and the strategies, is fetched on first use; each
 * run gets a fresh one, ended when the run ends.
 */

/** The error a run's promise rejects with when `cancel()` ended it. */
export class MonteCarloCancelled extends Error {
  constructor() {
    super('the run was cancelled');
    this.name = 'MonteCarloCancelled';
  }
}

/** How long a stop may take to be answered before the worker is ended (a slice is about 50 ms). */
const STOP_GRACE_MS = 2000;

interface Current {
  readonly id: number;
  readonly worker: Worker;
  readonly resolve: (result: MonteCarloResult) => void;
  readonly reject: (error: Error) => void;
  readonly started: number;
  /** The last figures heard, kept for a stop the worker never answers. */
  last: MonteCarloProgress['report'];
  stopTimer: ReturnType<typeof setTimeout> | null;
}

export function createMonteCarloRunner(): MonteCarloRunner {
  let current: Current | null = null;
  let nextId = 0;

  const end = (run: Current) => {
    if (run.stopTimer !== null) clearTimeout(run.stopTimer);
    run.worker.terminate();
    if (current === run) current = null;
  };

  const cancel = () => {
    const run = current;
    if (!run) return;
    end(run);
    run.reject(new MonteCarloCancelled());
  };

  return {
    run(request, onProgress) {
      cancel();
      return new Promise<MonteCarloResult>((resolve, reject) => {
        let worker: Worker;
        try {
          worker = new Worker(new URL('./monte-carlo-worker.ts', import.meta.url), {
            type: 'module',
            name: 'monte-carlo',
          });
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
          return;
        }
        const run: Current = {
          id: ++nextId,
          worker,
          resolve,
          reject,
          started: performance.now(),
          last: null,
          stopTimer: null,
        };
        current = run;
        worker.addEventListener('message', (event: MessageEvent<unknown>) => {
          const reply = event.data;
          if (current !== run || !isMonteCarloReply(reply) || reply.id !== run.id) return;
          if (reply.kind === 'progress') {
            if (reply.report) run.last = reply.report;
            onProgress({ done: reply.done, total: reply.total, report: reply.report });
            return;
          }
          end(run);
          if (reply.kind === 'done') resolve({ report: reply.report, stopped: reply.stopped, ms: reply.ms });
          else reject(new Error(reply.message));
        });
        // The worker's script failed to load or run: nothing will ever answer.
        worker.addEventListener('error', (event) => {
          event.preventDefault();
          if (current !== run) return;
          end(run);
          reject(new Error(event.message || 'the games could not start'));
        });
        const start: MonteCarloStart = {
          kind: 'start',
          id: run.id,
          scenario: request.scenario,
          player: request.player,
          line: request.line,
          mark: request.mark,
          runs: request.runs,
          firstSeed: 1,
          gameOptions: request.gameOptions,
        };
        try {
          worker.postMessage(start satisfies MonteCarloCommand);
        } catch (error) {
          end(run);
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      });
    },
    stop() {
      const run = current;
      if (!run || run.stopTimer !== null) return;
      run.worker.postMessage({ kind: 'stop', id: run.id } satisfies MonteCarloCommand);
      // A worker busy past its slice (a bug, a very slow game) is ended with what it last said.
      run.stopTimer = setTimeout(() => {
        if (current !== run) return;
        end(run);
        if (run.last)
          run.resolve({ report: run.last, stopped: true, ms: Math.round(performance.now() - run.started) });
        else run.reject(new MonteCarloCancelled());
      }, STOP_GRACE_MS);
    },
    cancel,
    isCancelled: (error) => error instanceof MonteCarloCancelled,
  };
}
