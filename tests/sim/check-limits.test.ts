/**
 * `npm run scenario:check` on a file at every documented limit of the format, with objectives and
 * outcomes for its audit to play for (issue #10: such a file planned hours of test games), and the
 * command's progress and Ctrl-C. Timeouts are sized from runs on the 2-core development machine
 * while other work ran on it, with a margin of three: the limits file checks in 4.5-6.7 s there
 * (start-up included), the four-delegation file in 5.6 s, the Ctrl-C run stops in about 3 s.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/scenario/index.ts';
import { limitScenario } from './limit-file.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const dir = mkdtempSync(join(tmpdir(), 'gt-check-limits-'));

function write(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

function check(file: string, timeout: number) {
  const done = spawnSync(TSX, ['src/cli/check.ts', file], { cwd: ROOT, encoding: 'utf8', timeout });
  return { code: done.status, out: done.stdout, err: done.stderr };
}

describe('a file at every documented limit, with objectives and outcomes', () => {
  const file = write(
    'limits.yaml',
    limitScenario(LIMITS.actors, LIMITS.turns, {
      items: LIMITS.items,
      tiers: 10,
      forums: LIMITS.forums,
      issues: LIMITS.issues,
      events: LIMITS.events,
      objectives: 3,
      outcomes: 4,
    }),
  );

  it('is checked in seconds with no internal error, and says that its games were not played', {
    timeout: 25_000,
  }, () => {
    const { code, out, err } = check(file, 20_000);
    expect(err).toBe('');
    expect(out).not.toMatch(/internal error|checker failed/i);
    const lines = out.trim().split('\n');
    expect(lines.at(-2)).toBe(
      `${file}: note: no test game was played: one game of this file (100 turns of 50 delegations) is 245,000 pair-turns of work, more than the audit's budget for all its games (100,000), so whether each objective can move and each outcome can happen was not tried; play it with \`npm run sim\` or \`npm run balance\` to find out`,
    );
    // The ring's gifts are worth too little for any deal: one finding per playable delegation.
    expect(lines.at(-1)).toBe(`${file}: 49 errors`);
    expect(lines.filter((l) => l.includes('no package between'))).toHaveLength(49);
    expect(code).toBe(1);
  });
});

describe('the audit in the command line', () => {
  it('prints nothing on stderr when it is not a terminal, however many games it plays', {
    timeout: 20_000,
  }, () => {
    const file = write('four.yaml', limitScenario(4, 5, { objectives: 3, outcomes: 4 }));
    const { code, out, err } = check(file, 17_000);
    expect(err).toBe('');
    expect(out).toContain('in 234 games of the built-in strategies');
    // Its three delegations' starting figures allow no deal, but play finds deals for each: warnings.
    expect(out.trim().split('\n').at(-1)).toBe(`${file}: ok (4 actors, 4 items, 5 turns), 8 warnings`);
    expect(out.match(/warning: at the file's starting figures no package between/g)).toHaveLength(3);
    expect(code).toBe(0);
  });

  it('on a terminal, shows its games and stops on Ctrl-C with what it found so far', {
    timeout: 20_000,
  }, async () => {
    const file = write('eight.yaml', limitScenario(8, 30, { objectives: 3, outcomes: 4 }));
    // `script` gives the command a real terminal; Ctrl-C is typed into it once the first game is in.
    const child = spawn('script', ['-qefc', `${TSX} src/cli/check.ts ${file}`, '/dev/null'], { cwd: ROOT });
    let seen = '';
    let typed = false;
    child.stdout.on('data', (data: Buffer) => {
      seen += data.toString('utf8');
      if (!typed && /test games {2}[1-9]\d*\/42/.test(seen)) {
        typed = true;
        child.stdin.write('\x03');
      }
    });
    const code = await new Promise<number | null>((done) => child.on('exit', done));
    const text = seen.replace(/\r/g, '');
    expect(text).toMatch(/eight\.yaml: test games {2}0\/42 {2}0%/);
    expect(text).toContain('scenario:check: stopping after the game being played');
    // One game or more, as fast as the machine played before the stop ("1 test game", "3 test games").
    const stopped = /eight\.yaml: note: stopped after (\d+) test games? of 42: what play found/.exec(text);
    expect(stopped).not.toBeNull();
    expect(Number(stopped?.[1])).toBeGreaterThan(0);
    expect(Number(stopped?.[1])).toBeLessThan(42);
    expect(text).toMatch(/eight\.yaml: 7 errors, \d+ warnings\n$/);
    expect(code).toBe(130);
  });
});
