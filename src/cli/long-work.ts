/**
 * Long work on the command line (`balance`, `sim --runs`, `calibrate`): steps played with a
 * progress bar, stopped cleanly by Ctrl-C, and output to a reader that may leave early.
 */
import type { Steps } from '../sim/index.ts';
import { start } from './progress.ts';

/**
 * The exit code after Ctrl-C (128 + SIGINT, as shells report a process that SIGINT ended): the
 * output was written, and it covers only the work done before the stop.
 */
export const INTERRUPTED = 130;

/** How long the work may hold the event loop before it lets a signal in, in milliseconds. */
const SLICE_MS = 50;

export interface Played {
  /** Stopped by Ctrl-C before the end. */
  readonly stopped: boolean;
  /** Steps done, over all the work. */
  readonly done: number;
  readonly total: number;
}

/**
 * Plays every step of each piece of work in turn, with a progress bar (`label`, counted in
 * steps), until the end or Ctrl-C. The steps are synchronous, and a signal is only delivered
 * between them: the work gives way to the event loop every `SLICE_MS`. A second Ctrl-C ends the
 * process at once, with nothing more written.
 */
export async function playSteps(
  work: readonly Steps<unknown>[],
  label: string,
  options: {
    readonly forceProgress?: boolean;
    /** Called when piece `index` of the work has played every step (output there keeps clear of the bar). */
    readonly finished?: (index: number) => void;
  } = {},
): Promise<Played> {
  let stopped = false;
  const onSigint = () => {
    if (stopped) process.exit(INTERRUPTED);
    stopped = true;
  };
  process.on('SIGINT', onSigint);
  const total = work.reduce((n, w) => n + w.total, 0);
  const progress = start(total, label, { force: options.forceProgress === true });
  let slice = performance.now();
  try {
    for (const [index, steps] of work.entries()) {
      while (!stopped && steps.step()) {
        progress.tick();
        if (performance.now() - slice >= SLICE_MS) {
          await new Promise<void>((resolve) => setImmediate(resolve));
          slice = performance.now();
        }
      }
      if (stopped) break;
      const finished = options.finished;
      if (finished) progress.aside(() => finished(index));
    }
  } finally {
    progress.done();
  }
  // Ctrl-C while the result is written still stops at once.
  if (!stopped) process.off('SIGINT', onSigint);
  return { stopped, done: work.reduce((n, w) => n + w.done, 0), total };
}

/**
 * When the reader of standard output leaves (`| head`), writes fail with EPIPE. Nobody is left to
 * read the rest, so end quietly with exit code 0, as a pipeline of Unix tools does, instead of
 * dying with a stack trace. Other write errors are still reported, in one line.
 */
export function endQuietlyWhenReaderLeaves(command: string): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    process.stderr.write(`${command}: cannot write the output: ${error.message}\n`);
    process.exit(1);
  });
}
