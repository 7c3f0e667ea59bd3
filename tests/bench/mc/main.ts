/**
 * The bench's Monte Carlo page (tests/bench/browser.ts drives it): a Web Worker plays whole games
 * while this page keeps drawing frames, and the page records the gaps between its frames, idle
 * and during the run, so that "the page stays responsive" is a figure. The scenario is compiled
 * at build time by the game's own Vite plugin (`?scenario`) and handed to the worker, as the game
 * would hand over the scenario it has loaded.
 */
import type { Scenario } from '../../../src/engine/index.ts';
import type { MonteCarloAnswer, MonteCarloRequest } from './worker.ts';

const files = import.meta.glob<{ ok: boolean; scenario?: Scenario }>('../../../scenarios/*.yaml', {
  query: '?scenario',
  import: 'default',
  eager: true,
});

/** What one run measured, in milliseconds. */
export interface MonteCarloRun {
  /** From the request to the answer, as the page sees it (messages included). */
  readonly wallMs: number;
  /** The games alone, inside the worker. */
  readonly workerMs: number;
  readonly games: number;
  readonly scoreSum: number;
  /** Gaps between this page's frames while the worker ran. */
  readonly frameGapsMs: readonly number[];
}

let frames: number[] = [];
const tick = (time: number) => {
  frames.push(time);
  requestAnimationFrame(tick);
};
requestAnimationFrame(tick);

const gaps = (times: readonly number[]) => times.slice(1).map((t, i) => t - times[i]!);

const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });

function scenarioNamed(file: string): Scenario {
  const entry = Object.entries(files).find(([path]) => path.endsWith(`/${file}`))?.[1];
  if (!entry?.ok || !entry.scenario) throw new Error(`${file} is not a scenario that loads`);
  return entry.scenario;
}

const bench = {
  /** The gaps between frames over `ms` of an idle page. */
  idleFrames(ms: number): Promise<number[]> {
    frames = [];
    return new Promise((resolve) => setTimeout(() => resolve(gaps(frames)), ms));
  },
  /** `games` whole games of the scenario in `file` (a file name under scenarios/) in the worker. */
  run(file: string, games: number): Promise<MonteCarloRun> {
    const scenario = scenarioNamed(file);
    return new Promise((resolve) => {
      worker.onmessage = (event: MessageEvent<MonteCarloAnswer>) => {
        const wallMs = performance.now() - start;
        // One more frame, so the gap that spans the answer is counted too.
        requestAnimationFrame(() =>
          resolve({
            wallMs,
            workerMs: event.data.ms,
            games: event.data.games,
            scoreSum: event.data.scoreSum,
            frameGapsMs: gaps(frames),
          }),
        );
      };
      frames = [];
      const start = performance.now();
      const request: MonteCarloRequest = { scenario, games };
      worker.postMessage(request);
    });
  },
};

declare global {
  interface Window {
    monteCarloBench: typeof bench;
  }
}
window.monteCarloBench = bench;
document.getElementById('status')!.textContent = 'ready';
