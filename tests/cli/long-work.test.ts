/**
 * The long commands as real processes, run the way their npm scripts run them (`node --import
 * tsx`): Ctrl-C (SIGINT) mid-run gives the partial result and exit 130, a reader that leaves early
 * gives no stack trace, progress stays off a pipe, and balance/calibrate without --out write
 * nothing. See docs/sim.md, "Long runs".
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const FILE_2001 = 'scenarios/2001-beijing-back-channel.yaml';
const FILE_2004 = 'scenarios/2004-koizumi-second-visit.yaml';
const FILE_SIX = 'scenarios/2004-six-party-third-round.yaml';

interface Ended {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly out: string;
  readonly err: string;
}

/**
 * Starts `script` with `args`; `whenErr` sees standard error as it grows and may act on the
 * process (send it SIGINT); `leaveEarly` closes the reading end of its standard output at once.
 */
function launch(
  script: string,
  args: readonly string[],
  options: { whenErr?: (err: string, child: ChildProcess) => void; leaveEarly?: boolean } = {},
): Promise<Ended> {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  if (options.leaveEarly) child.stdout.destroy();
  else child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => {
    err += chunk.toString();
    options.whenErr?.(err, child);
  });
  return new Promise((done) => child.on('close', (code, signal) => done({ code, signal, out, err })));
}

/** Sends SIGINT once, when `ready` first holds of standard error. */
function interruptWhen(ready: (err: string) => boolean) {
  let sent = false;
  return (err: string, child: ChildProcess) => {
    if (sent || !ready(err)) return;
    sent = true;
    child.kill('SIGINT');
  };
}

/** A progress bar that has counted at least one step: the work is under way. */
const underWay = (err: string) => /\b[1-9]\d*\/\d+ \d+%/.test(err);

/** Every file under docs/, with its contents. */
function docsSnapshot(): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.set(path, readFileSync(join(ROOT, path), 'utf8'));
    }
  };
  walk('docs');
  return files;
}

const noStackTrace = (err: string) => {
  expect(err).not.toMatch(/EPIPE|Error|node:internal|\n\s+at /);
};

// Measured on the shared 2-core machine, alone and within the full suite: the slowest test here
// (the balance run that plays one scenario to its end before the stop, or the four piped runs)
// takes about 3.5-4 s; the timeout is about three times that and more.
describe('long commands, as processes', { timeout: 15_000 }, () => {
  it('sim --runs: Ctrl-C mid-run prints the summary of the seeds played, marked partial, and exits 130', async () => {
    const ended = await launch('src/cli/sim.ts', [FILE_2004, '--runs', '100000', '--json', '--progress'], {
      whenErr: interruptWhen(underWay),
    });
    expect(ended.code).toBe(130);
    const summary = JSON.parse(ended.out);
    expect(summary).toMatchObject({ partial: true, requestedRuns: 100000, player: 'japan' });
    expect(summary.runs).toBeGreaterThanOrEqual(1);
    expect(summary.runs).toBeLessThan(100000);
    expect(Object.values(summary.outcomes as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(
      summary.runs,
    );
    expect(ended.err).toContain(`sim: stopped by Ctrl-C after ${summary.runs} of 100000 seeds`);
  });

  it('sim --runs as text: the partial summary says so on its first line', async () => {
    const ended = await launch('src/cli/sim.ts', [FILE_2004, '--runs', '100000', '--progress'], {
      whenErr: interruptWhen(underWay),
    });
    expect(ended.code).toBe(130);
    expect(ended.out).toMatch(/^Partial: stopped by Ctrl-C after \d+ of 100000 seeds\.\n/);
  });

  it('balance: Ctrl-C after the first scenario gives its whole report and marks the rest partial', async () => {
    const before = docsSnapshot();
    const ended = await launch('src/cli/balance.ts', [FILE_2001, FILE_SIX, '--runs', '20', '--progress'], {
      // The line of the first scenario comes when its 20 seeds are played.
      whenErr: interruptWhen((err) => err.includes('checks hold')),
    });
    expect(ended.code).toBe(130);
    const stopped = /balance: stopped by Ctrl-C after (\d+) of 40 seeds; the report covers those/.exec(
      ended.err,
    );
    expect(stopped).not.toBeNull();
    expect(Number(stopped![1])).toBeGreaterThanOrEqual(20);
    expect(Number(stopped![1])).toBeLessThan(40);
    expect(ended.out).toMatch(/^# Balance\n/);
    expect(ended.out).toContain('**Partial report**: stopped by Ctrl-C');
    expect(ended.out).toContain('`beijing-back-channel-2001`: 20 seeds per strategy from seed 1.');
    expect(ended.out).toContain(FILE_SIX);
    expect(docsSnapshot()).toEqual(before);
  });

  it('balance and calibrate without --out print the report and leave docs/ as it was', async () => {
    const before = docsSnapshot();
    const balance = await launch('src/cli/balance.ts', [FILE_2001, '--runs', '2']);
    const calibrate = await launch('src/cli/calibrate.ts', [FILE_2001, '--seeds', '3']);
    expect(docsSnapshot()).toEqual(before);
    expect(balance.code).toBe(0);
    expect(balance.out).toContain(`Written by \`npm run balance -- ${FILE_2001} --runs 2\``);
    expect(balance.out).toContain('Checks:');
    expect(balance.out).not.toContain('Partial');
    expect(balance.err).toMatch(/^scenarios\/2001-beijing-back-channel\.yaml: \d+\/\d+ checks hold/);
    expect(calibrate.code).toBe(0);
    expect(calibrate.out).toContain(`Written by \`npm run calibrate -- ${FILE_2001} --seeds 3\``);
    expect(calibrate.out).toContain('`beijing-back-channel-2001` (3 seeds)');
  });

  it('draws no progress when standard error is not a terminal', async () => {
    const sim = await launch('src/cli/sim.ts', [FILE_2004, '--runs', '20', '--json']);
    expect(sim.code).toBe(0);
    expect(sim.err).toBe('');
    expect(JSON.parse(sim.out)).toMatchObject({ runs: 20 });
    expect(JSON.parse(sim.out)).not.toHaveProperty('partial');
    const out = join(mkdtempSync(join(tmpdir(), 'gt-balance-')), 'report.md');
    const balance = await launch('src/cli/balance.ts', [FILE_2001, '--runs', '2', '--out', out]);
    expect(balance.code).toBe(0);
    expect(balance.err).toBe('');
    expect(balance.out).toContain(`wrote ${out} and 1 chart(s)`);
    expect(readFileSync(out, 'utf8')).toContain(`--runs 2 --out ${out}\``);
  });

  it('ends quietly when the reader of its output leaves early (| head)', async () => {
    const runs = await Promise.all([
      launch('src/cli/sim.ts', [FILE_2004, '--strategy', 'history'], { leaveEarly: true }),
      launch('src/cli/sim.ts', [FILE_2004, '--runs', '5', '--json'], { leaveEarly: true }),
      launch('src/cli/balance.ts', [FILE_2001, '--runs', '2'], { leaveEarly: true }),
      launch('src/cli/calibrate.ts', [FILE_2001, '--seeds', '2'], { leaveEarly: true }),
      launch('src/cli/check.ts', [FILE_2001], { leaveEarly: true }),
    ]);
    for (const ended of runs) {
      noStackTrace(ended.err);
      expect(ended.code).toBe(0);
    }
  });
});
