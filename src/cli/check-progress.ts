/**
 * A progress line for long work on a terminal: `label  12/240  5%  about 3 min left`, redrawn in
 * place on stderr. It draws only when the stream is a terminal (a TTY), so output piped to a file
 * or read as `--json` never holds a progress character; on any other stream every call is a no-op.
 */

/** What `createProgress` writes to; `process.stderr` by default. */
export interface ProgressStream {
  readonly isTTY?: boolean;
  write(text: string): unknown;
}

export interface Progress {
  /** Begins a piece of work of `total` steps (draws the line at 0). */
  start(total: number, label: string): void;
  /** One step done (or `steps`). */
  tick(steps?: number): void;
  /** Clears the line; the work is over (finished or stopped). */
  done(): void;
}

/** How long is left, in words, from the time the steps so far took. */
export function timeLeft(elapsedMs: number, done: number, total: number): string {
  if (done <= 0 || total <= done) return '';
  const seconds = Math.ceil(((elapsedMs / done) * (total - done)) / 1000);
  if (seconds < 60) return `about ${seconds} s left`;
  const minutes = Math.round(seconds / 60);
  return minutes < 60
    ? `about ${minutes} min left`
    : `about ${Math.floor(minutes / 60)} h ${minutes % 60} min left`;
}

/** A progress line on `stream`; `now` gives the time in ms (injected for tests). */
export function createProgress(
  stream: ProgressStream = process.stderr,
  now: () => number = () => Date.now(),
): Progress {
  const live = stream.isTTY === true;
  let total = 0;
  let count = 0;
  let label = '';
  let began = 0;
  let drawn = false;
  const draw = () => {
    const percent = total > 0 ? Math.floor((count / total) * 100) : 0;
    const left = timeLeft(now() - began, count, total);
    stream.write(`\r\x1b[2K${label}  ${count}/${total}  ${percent}%${left === '' ? '' : `  ${left}`}`);
    drawn = true;
  };
  return {
    start(steps, what) {
      total = steps;
      count = 0;
      label = what;
      began = now();
      if (live) draw();
    },
    tick(steps = 1) {
      count = Math.min(total, count + steps);
      if (live) draw();
    },
    done() {
      if (live && drawn) stream.write('\r\x1b[2K');
      drawn = false;
    },
  };
}
