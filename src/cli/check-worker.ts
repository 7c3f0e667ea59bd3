/**
 * The thread in which `scenario:check` runs the check of one file at a time, so that the
 * command's own thread stays free to hear Ctrl-C at once while a long test game is being played
 * (under `tsx`, a process that does not answer a signal within 30 ms is killed, output and all).
 * Messages in: `{ file }`; out: `{ kind: 'progress', played, atMost }`, then `{ kind: 'done', report }`.
 * `workerData.stop` is a shared flag the command sets to 1 on Ctrl-C; it is read before each game.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { checkFileSteps, failureReport } from './check-report.ts';

const stopFlag = new Int32Array(workerData.stop as SharedArrayBuffer);
const stop = () => Atomics.load(stopFlag, 0) === 1;

parentPort?.on('message', ({ file }: { file: string }) => {
  try {
    const steps = checkFileSteps(file, { stop });
    for (;;) {
      const step = steps.next();
      if (step.done) {
        parentPort?.postMessage({ kind: 'done', report: step.value });
        return;
      }
      const [played, atMost] = step.value;
      parentPort?.postMessage({ kind: 'progress', played, atMost });
    }
  } catch (error) {
    parentPort?.postMessage({ kind: 'done', report: failureReport(file, error) });
  }
});
