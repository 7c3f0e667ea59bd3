/**
 * `npm run bench [--json] [-- --only engine|browser|class]`: the game's figures, each beside its goal
 * (issue 11), from a warmed-up, repeated run. A report: timing never fails it; it fails only when
 * something could not be measured. With `--json` the one JSON object goes to stdout and the
 * running commentary to stderr (`npm run bench --json`; `npm run -s bench -- --json` works too,
 * while `npm run bench -- --json` lets npm print its banner on stdout first). Parts: engine.ts
 * (Node), browser.ts (headless Chromium), class-load.ts (the class server with 180 clients).
 */
import { execFileSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import { CHROMIUM_PATH } from '../browser/chromium.ts';
import { browserBench, browserGoals } from './browser.ts';
import { classLoadBench, classLoadGoals } from './class-load.ts';
import { engineBench, engineGoals } from './engine.ts';
import { compactJson, type GoalRow, goalTable } from './stats.ts';

const args = process.argv.slice(2);
// `npm run bench --json` keeps the flag for npm itself (which then prints no banner) and says so
// in the environment; `npm run bench -- --json` passes it on, after npm's banner on stdout.
const json = args.includes('--json') || process.env.npm_config_json === 'true';
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
if (only !== undefined && only !== 'engine' && only !== 'browser' && only !== 'class') {
  console.error('usage: npm run bench [--json] [-- --only engine|browser|class]');
  process.exit(2);
}
const say = (line = '') => (json ? process.stderr : process.stdout).write(`${line}\n`);

const chromium = () => {
  try {
    const stdio: ['ignore', 'pipe', 'ignore'] = ['ignore', 'pipe', 'ignore'];
    return execFileSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8', stdio }).trim();
  } catch {
    return null;
  }
};

const started = performance.now();
const loadBefore = loadavg().map((x) => Math.round(x * 10) / 10);
say('Give and Take: bench (a report; timing never fails it)');
say('');
const engine = only === undefined || only === 'engine' ? engineBench(say) : null;
if (engine) say('');
const browser = only === undefined || only === 'browser' ? await browserBench(say) : null;
if (browser) say('');
const classLoad = only === undefined || only === 'class' ? await classLoadBench(say) : null;
const goals: GoalRow[] = [
  ...(engine ? engineGoals(engine) : []),
  ...(browser ? browserGoals(browser) : []),
  ...(classLoad ? classLoadGoals(classLoad) : []),
];
const wallSeconds = Math.round((performance.now() - started) / 1000);
say('');
say('Goals (issues 11 and 13)');
say(goalTable(goals));
say('');
say(
  `Wall time ${wallSeconds} s; load average ${loadBefore.join(' ')} before, ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')} after`,
);

if (json) {
  const result = {
    date: new Date().toISOString(),
    machine: {
      cpus: cpus().length,
      cpu: cpus()[0]?.model ?? null,
      memoryBytes: totalmem(),
      /** 1, 5 and 15 minute load averages before and after the run: other work on the machine. */
      loadAverage: { before: loadBefore, after: loadavg().map((x) => Math.round(x * 10) / 10) },
      node: process.version,
      chromium: browser ? chromium() : null,
    },
    wallSeconds,
    ...(engine ?? {}),
    ...(browser ?? {}),
    ...(classLoad ?? {}),
    goals,
  };
  process.stdout.write(`${compactJson(result)}\n`);
}
