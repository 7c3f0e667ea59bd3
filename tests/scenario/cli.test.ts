/** The command line, run as a separate process (each spawn costs about a second, so there are three). */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FIXTURE, FIXTURE_PATH, lineOf, variant } from './helpers.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TSX = join(ROOT, 'node_modules/.bin/tsx');

function run(...args: string[]) {
  const result = spawnSync(TSX, ['src/cli/check.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('npm run scenario:check', () => {
  it('exits 0 and prints one ok line per valid file', () => {
    const { code, out } = run(FIXTURE_PATH);
    expect(out.trim()).toBe(`${FIXTURE_PATH}: ok (2 actors, 3 items, 4 turns)`);
    expect(code).toBe(0);
  });

  it('exits 1 with FILE:LINE:COL lines for problems, including an unreadable file, and no stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'scenario-check-'));
    const bad = join(dir, 'bad.yaml');
    const text = variant('    giver: north_korea\n', '    giver: nobody\n');
    writeFileSync(bad, text);
    const missing = join(dir, 'missing.yaml');
    const { code, out, err } = run(FIXTURE_PATH, bad, missing);
    expect(code).toBe(1);
    const lines = out.trim().split('\n');
    expect(lines).toContain(`${FIXTURE_PATH}: ok (2 actors, 3 items, 4 turns)`);
    expect(lines).toContain(
      `${bad}:${lineOf(text, 'nobody')}:12: there is no actor with the id "nobody" — use one of the ids under \`actors\`: \`japan\`, \`north_korea\``,
    );
    expect(lines.some((line) => line.startsWith(`${missing}:1:1: cannot read the file`))).toBe(true);
    expect(`${out}${err}`).not.toMatch(/\n\s+at /);
    expect(FIXTURE).not.toContain('nobody');
  });

  it('exits 2 with a usage line when no files are given', () => {
    const { code, err } = run();
    expect(code).toBe(2);
    expect(err).toContain('usage: npm run scenario:check -- FILE.yaml');
  });
});
