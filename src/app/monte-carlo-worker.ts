/**
 * The Web Worker that plays "Play my strategy 1,000 times" for the debrief (see
 * monte-carlo-runner.ts): `monteCarloSteps`, the same games and summaries as `npm run balance`,
 * played in slices so that a stop message is heard between them, with the progress posted at most
 * every 60 ms. It reads nothing and sends nothing anywhere: a scenario and a line in, figures out.
 */
import { type MonteCarloReport, monteCarloSteps, type Steps } from '../sim/index.ts';
import { isMonteCarloCommand, type MonteCarloReply, type MonteCarloStart } from './monte-carlo-messages.ts';

/** Progress messages at most this often: enough for a smooth bar, few enough to cost nothing. */
const PROGRESS_MS = 60;
/** The figures so far at most this often once the line is played (the page redraws its chart). */
const REPORT_MS = 1000;
/** Work between two looks at the messages: a stop is heard within about this long. */
const SLICE_MS = 50;

const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
  postMessage(reply: MonteCarloReply): void;
};

interface Run {
  readonly id: number;
  readonly steps: Steps<MonteCarloReport>;
  /** Games per seed across the strategies: figures are posted at the end of a seed. */
  readonly perSeed: number;
  readonly runs: number;
  readonly started: number;
  stopped: boolean;
  lastProgress: number;
  lastReport: number;
}

let run: Run | null = null;

// Yielding through a channel is not clamped as nested timers are, so slices follow each other
// at once while any message that arrived in between is handled first.
const channel = new MessageChannel();
channel.port1.onmessage = () => slice();

function finish(current: Run, stopped: boolean): void {
  run = null;
  scope.postMessage({
    id: current.id,
    kind: 'done',
    report: current.steps.result(),
    stopped,
    ms: Math.round(performance.now() - current.started),
  });
}

function slice(): void {
  const current = run;
  if (!current) return;
  try {
    if (current.stopped) {
      finish(current, true);
      return;
    }
    const { steps } = current;
    const until = performance.now() + SLICE_MS;
    while (performance.now() < until) {
      if (!steps.step()) {
        finish(current, false);
        return;
      }
      const now = performance.now();
      const lineDone = steps.done === current.runs;
      const seedDone = steps.done > current.runs && (steps.done - current.runs) % current.perSeed === 0;
      const report = lineDone || (seedDone && now - current.lastReport >= REPORT_MS);
      if (report || now - current.lastProgress >= PROGRESS_MS) {
        current.lastProgress = now;
        if (report) current.lastReport = now;
        scope.postMessage({
          id: current.id,
          kind: 'progress',
          done: steps.done,
          total: steps.total,
          report: report ? steps.result() : null,
        });
      }
    }
    channel.port2.postMessage(null);
  } catch (error) {
    // A bug in the game: say so in a line, never leave the page waiting.
    run = null;
    scope.postMessage({
      id: current.id,
      kind: 'failed',
      message: error instanceof Error ? error.message : String(error),
    });
  }
}

function start(command: MonteCarloStart): void {
  if (run) {
    scope.postMessage({ id: command.id, kind: 'failed', message: 'a run is already in progress' });
    return;
  }
  const steps = monteCarloSteps(command.scenario, {
    player: command.player,
    line: command.line,
    mark: command.mark,
    runs: command.runs,
    firstSeed: command.firstSeed,
    gameOptions: command.gameOptions,
  });
  const now = performance.now();
  run = {
    id: command.id,
    steps,
    perSeed: steps.total / command.runs - 1,
    runs: command.runs,
    started: now,
    stopped: false,
    lastProgress: now,
    lastReport: now,
  };
  scope.postMessage({ id: command.id, kind: 'progress', done: 0, total: steps.total, report: null });
  channel.port2.postMessage(null);
}

scope.onmessage = (event) => {
  const command = event.data;
  if (!isMonteCarloCommand(command)) return;
  if (command.kind === 'stop') {
    if (run && run.id === command.id) run.stopped = true;
    return;
  }
  try {
    start(command);
  } catch (error) {
    // A scenario the rules cannot read (the page's are all checked): say so, never hang.
    run = null;
    scope.postMessage({
      id: command.id,
      kind: 'failed',
      message: error instanceof Error ? error.message : String(error),
    });
  }
};
