/**
 * `npm run scenario:check -- FILE...`: checks scenario files and prints one line per problem in the
 * form editors understand (`FILE:LINE:COL: message — hint`, warnings marked `warning:`), or
 * `FILE: ok (...)` per good file. A file that loads is then audited (src/sim/audit.ts): is there a
 * deal to be struck, can every objective move and every outcome happen, can every item be used.
 * When the audit's budget (or Ctrl-C) cut its test games, a `FILE: note:` line says so.
 * Exit codes: 0 no errors (warnings allowed), 1 errors found, 2 wrong usage, 130 stopped by Ctrl-C.
 * Never prints a stack trace: a file the checker itself fails on is one `FILE:1:1:` line, and the
 * files after it are still checked.
 *
 * On a terminal, the audit's test games show as a progress line on stderr (never when stderr is
 * piped, so captured output stays clean). Ctrl-C stops the games after the one being played: the
 * file's findings so far are printed, with a note, and the files after it are named as unchecked.
 */
import { Worker } from 'node:worker_threads';
import { createProgress, type Progress } from './check-progress.ts';
import type { CheckReport } from './check-report.ts';
import { usageError } from './files.ts';
import { endQuietlyWhenReaderLeaves } from './long-work.ts';

const USAGE = 'usage: npm run scenario:check -- FILE.yaml [FILE.yaml ...]';

/** The exit code of a command stopped by Ctrl-C (128 + SIGINT), as shells report it. */
const INTERRUPTED = 130;

type FromWorker =
  | { readonly kind: 'progress'; readonly played: number; readonly atMost: number }
  | { readonly kind: 'done'; readonly report: CheckReport };

/** Checks one file in the worker, drawing its test games on `progress`. */
function checkOne(worker: Worker, file: string, progress: Progress): Promise<CheckReport> {
  return new Promise((resolve, reject) => {
    let started = false;
    const onMessage = (message: FromWorker) => {
      if (message.kind === 'progress') {
        if (!started) progress.start(message.atMost, `${file}: test games`);
        else progress.tick();
        started = true;
        return;
      }
      if (started) progress.done();
      worker.off('message', onMessage);
      worker.off('error', onError);
      resolve(message.report);
    };
    const onError = (error: Error) => {
      if (started) progress.done();
      worker.off('message', onMessage);
      reject(error);
    };
    worker.on('message', onMessage);
    worker.once('error', onError);
    worker.postMessage({ file });
  });
}

async function main(args: readonly string[]): Promise<number> {
  const files: string[] = [];
  let flagsDone = false;
  for (const arg of args) {
    if (!flagsDone && arg === '--') flagsDone = true;
    else if (!flagsDone && (arg === '--help' || arg === '-h')) {
      console.log(USAGE);
      return 0;
    } else if (!flagsDone && arg.startsWith('-') && arg !== '-') {
      return usageError(USAGE, `scenario:check: unknown option ${arg}`);
    } else files.push(arg);
  }
  if (files.length === 0) return usageError(USAGE, 'scenario:check: no files given');
  let interrupted = false;
  let firstSigint = 0;
  const stopFlag = new SharedArrayBuffer(4);
  const onSigint = () => {
    // A second Ctrl-C does not wait for the game being played. One within a second of the first
    // is the same Ctrl-C twice: `tsx` passes its own copy on to this process.
    if (interrupted) {
      if (Date.now() - firstSigint >= 1000) process.exit(INTERRUPTED);
      return;
    }
    interrupted = true;
    firstSigint = Date.now();
    Atomics.store(new Int32Array(stopFlag), 0, 1);
    process.stderr.write(
      '\nscenario:check: stopping after the game being played (Ctrl-C again to quit now)\n',
    );
  };
  process.on('SIGINT', onSigint);
  // Started from a JavaScript file that loads check-worker.ts through tsx (see there).
  const worker = new Worker(new URL('./check-worker.mjs', import.meta.url), {
    workerData: { stop: stopFlag },
  });
  const progress = createProgress();
  let allGood = true;
  try {
    for (const [index, file] of files.entries()) {
      const report = await checkOne(worker, file, progress);
      for (const line of report.lines) console.log(line);
      allGood = report.errors === 0 && allGood;
      if (interrupted) {
        const rest = files.slice(index + 1);
        if (rest.length > 0)
          process.stderr.write(`scenario:check: stopped; not checked: ${rest.join(', ')}\n`);
        return INTERRUPTED;
      }
    }
  } finally {
    process.off('SIGINT', onSigint);
    await worker.terminate();
  }
  return allGood ? 0 : 1;
}

endQuietlyWhenReaderLeaves('scenario:check');
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // A bug in the checker itself: say so in one line rather than with a stack trace.
    console.error(
      `scenario:check: internal error: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exitCode = 1;
  },
);
