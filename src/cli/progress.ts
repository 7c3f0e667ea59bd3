/**
 * A progress bar for long work on a terminal: `start(total, label)`, then `tick()` per unit done
 * and `done()` at the end (or when stopped). It draws on standard error, and only when that is a
 * terminal (or when asked to with `force`), so output piped or captured by a test stays clean.
 * It redraws at most ten times a second, and estimates the time left from the pace so far.
 * Generic: it knows nothing of games or scenarios.
 */

/** Where the bar is drawn: `process.stderr`, or a stand-in in tests. */
export interface ProgressStream {
  readonly isTTY?: boolean;
  readonly columns?: number;
  write(text: string): unknown;
}

export interface ProgressOptions {
  /** Default `process.stderr`. */
  readonly stream?: ProgressStream;
  /** Draw even when the stream is not a terminal (`--progress`). */
  readonly force?: boolean;
  /** Milliseconds now; default `performance.now`. */
  readonly now?: () => number;
}

export interface Progress {
  /** Units done so far. */
  readonly count: number;
  /** `n` more units done (default 1). */
  tick(n?: number): void;
  /** Clears the bar, lets `write` print whatever it prints on the terminal, and draws the bar again. */
  aside(write: () => void): void;
  /** Clears the bar; later ticks draw nothing. */
  done(): void;
}

/** Redraw no more often than this, in milliseconds. */
export const REDRAW_MS = 100;
/** The pace is not trusted for an estimate before this much work, in milliseconds. */
const SETTLE_MS = 500;

/** "about 3 min 05 s left", from milliseconds. */
export function timeLeft(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 1) return 'less than a second left';
  if (s < 60) return `about ${s} s left`;
  const m = Math.floor(s / 60);
  if (m < 60) return `about ${m} min ${String(s % 60).padStart(2, '0')} s left`;
  return `about ${Math.floor(m / 60)} h ${String(m % 60).padStart(2, '0')} min left`;
}

/** One line: `label [#####-----] 312/1000 31% about 12 s left`, cut to the terminal's width. */
export function progressLine(
  label: string,
  count: number,
  total: number,
  elapsedMs: number,
  columns: number,
): string {
  const share = total > 0 ? Math.min(1, count / total) : 1;
  const estimate =
    count > 0 && elapsedMs >= SETTLE_MS
      ? timeLeft((elapsedMs / count) * (total - count))
      : 'estimating time left';
  const figures = `${count}/${total} ${Math.floor(share * 100)}% ${estimate}`;
  const room = columns - label.length - figures.length - 5;
  const width = Math.max(0, Math.min(30, room));
  const bar = width > 0 ? ` [${'#'.repeat(Math.round(share * width)).padEnd(width, '-')}]` : '';
  return `${label}${bar} ${figures}`.slice(0, Math.max(0, columns - 1));
}

export function start(total: number, label: string, options: ProgressOptions = {}): Progress {
  const stream = options.stream ?? process.stderr;
  const now = options.now ?? (() => performance.now());
  const drawing = options.force === true || stream.isTTY === true;
  const began = now();
  let count = 0;
  let lastDraw = Number.NEGATIVE_INFINITY;
  let drawn = false;
  let finished = false;
  const draw = () => {
    const t = now();
    lastDraw = t;
    drawn = true;
    // Carriage return and erase-to-end-of-line: the bar overwrites itself in place.
    // A terminal of unknown size (a pseudo-terminal without one) says 0 columns.
    const columns = stream.columns !== undefined && stream.columns > 0 ? stream.columns : 80;
    stream.write(`\r${progressLine(label, count, total, t - began, columns)}\x1b[K`);
  };
  if (drawing) draw();
  return {
    get count() {
      return count;
    },
    tick(n = 1) {
      if (finished) return;
      count += n;
      if (drawing && now() - lastDraw >= REDRAW_MS) draw();
    },
    aside(write) {
      if (drawn && !finished) stream.write('\r\x1b[K');
      write();
      if (drawing && !finished) draw();
    },
    done() {
      if (finished) return;
      finished = true;
      if (drawn) stream.write('\r\x1b[K');
    },
  };
}
