/** The command line, run as a separate process (each spawn costs about a second, so there are five). */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { reportOrFailure } from '../../src/cli/check-report.ts';
import { FIXTURE, FIXTURE_PATH, lineOf, variant } from './helpers.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TSX = join(ROOT, 'node_modules/.bin/tsx');

function run(...args: string[]) {
  return command('src/cli/check.ts', ...args);
}

function command(script: string, ...args: string[]) {
  const result = spawnSync(TSX, [script, ...args], {
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

  it('checks every file of a batch: the ones that once crashed it, other encodings, CR line ends and a binary file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'scenario-check-'));
    const write = (name: string, content: string | Uint8Array) => {
      const path = join(dir, name);
      writeFileSync(path, content);
      return path;
    };
    const empty = write('empty-order.yaml', variant('items:\n', 'order: []\nitems:\n'));
    const selfView = variant(
      'outcomes:\n',
      'objectives:\n  japan:\n    - { id: g, text: T, measure: trust, of: japan, zero: 0, full: 1, points: 100 }\noutcomes:\n',
    );
    const self = write('self-view.yaml', selfView);
    // At the value of `of`.
    const ofColumn = selfView.split('\n')[lineOf(selfView, 'of: japan') - 1]?.indexOf('of: japan') ?? -1;
    const utf16 = write('utf16.yaml', Buffer.from(`\uFEFF${FIXTURE}`, 'utf16le'));
    const cr = write('cr.yaml', FIXTURE.replace(/\n/g, '\r'));
    const binary = write(
      'binary.yaml',
      Uint8Array.from({ length: 256 }, (_, i) => i),
    );
    const { code, out, err } = run(empty, self, utf16, cr, binary, FIXTURE_PATH);
    expect(code).toBe(1);
    expect(err).toBe('');
    expect(out.trim().split('\n')).toEqual([
      `${empty}:${lineOf(FIXTURE, 'items:')}:1: \`order\` needs at least 1 entry, and it is empty — list the delegations that move, in order, or leave \`order\` out to have every actor that is not background move`,
      `${empty}: 1 error`,
      `${self}:${lineOf(selfView, 'of: japan')}:${ofColumn + 5}: this objective of "japan" measures its view of itself, which the game does not keep — make \`of\` another actor, whose view of this one counts`,
      `${self}: 1 error`,
      `${utf16}: ok (2 actors, 3 items, 4 turns)`,
      `${cr}:1:60: the file's lines end with a carriage return alone (CR, as on old Macs), which YAML does not read as the end of a line — save the file with Unix (LF) or Windows (CRLF) line ends; most editors offer the choice when saving`,
      `${cr}: 1 error`,
      `${binary}:1:1: the file holds a control character (U+0000) that text files do not have, so it is probably not a text file — open a scenario file saved as plain text; if this is one, retype this line`,
      `${binary}: 1 error`,
      `${FIXTURE_PATH}: ok (2 actors, 3 items, 4 turns)`,
    ]);
  });

  it("turns a fault of the checker itself into the file's one line at 1:1, so the batch goes on", () => {
    // No file is known to make the checker throw any more; the guard is checked with a thrower.
    const report = reportOrFailure('broken.yaml', () => {
      throw new TypeError("Cannot read properties of null (reading 'id')\n    at somewhere (x.ts:1:1)");
    });
    expect(report.lines).toEqual([
      "broken.yaml:1:1: the checker failed on this file: Cannot read properties of null (reading 'id') at somewhere (x.ts:1:1) — this is a fault in the game, not necessarily in your file: please report it with the file; the other files were checked",
      'broken.yaml: 1 error',
    ]);
    expect(report.errors).toBe(1);
  });
});

describe('npm run sim', () => {
  it('prints the problems of a file that once crashed it as FILE:LINE:COL lines, with no stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'scenario-sim-'));
    const file = join(dir, 'empty-order.yaml');
    writeFileSync(file, variant('items:\n', 'order: []\nitems:\n'));
    const { code, out, err } = command('src/cli/sim.ts', file);
    expect(code).toBe(1);
    expect(err).toBe('');
    expect(out).toBe(
      `${file}:${lineOf(FIXTURE, 'items:')}:1: \`order\` needs at least 1 entry, and it is empty — list the delegations that move, in order, or leave \`order\` out to have every actor that is not background move\n`,
    );
  });
});
