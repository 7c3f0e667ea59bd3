/**
 * `npm run scenario:check` on a set of broken scenarios: each fixture in fixtures/ breaks one thing
 * in base.yaml, and the checker must name it, on the right line, in words that say how to fix it.
 * Most cases call the checker directly; two runs of the real command check the output and exit codes.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { checkFile } from '../../src/cli/check-report.ts';
import { FIXTURES, fixture, lineOf, ROOT, TSX } from './helpers.ts';

interface Case {
  readonly file: string;
  readonly code: string;
  readonly severity: 'error' | 'warning';
  /** Text on the line the finding must point at. */
  readonly at: string;
  readonly message: string | RegExp;
  readonly hint: string | RegExp;
}

const CASES: readonly Case[] = [
  {
    file: 'event-after-last-turn.yaml',
    code: 'scenario/turn-out-of-range',
    severity: 'error',
    at: 'turn: 9',
    message: 'turn 9 is after the last turn; the scenario has 4 turns',
    hint: 'use a turn from 1 to 4, or add turns under `turns`',
  },
  {
    file: 'election-after-last-turn.yaml',
    code: 'scenario/turn-out-of-range',
    severity: 'error',
    at: '{turn: 6, name: Upper House election',
    message: 'turn 6 is after the last turn; the scenario has 4 turns',
    hint: 'use a turn from 1 to 4, or add turns under `turns`',
  },
  {
    file: 'event-without-source.yaml',
    code: 'schema/missing-source',
    severity: 'error',
    at: 'cite: {quote: Koizumi',
    message: 'this citation names no source',
    hint: 'add `source:` with a file listed under `sources`, or `addedContext: true` if no article says this',
  },
  {
    file: 'fact-unlisted-source.yaml',
    code: 'scenario/unlisted-source',
    severity: 'error',
    at: 'cite: {source: 002_ede1f9ff61069f47.txt}',
    message: '"002_ede1f9ff61069f47.txt" is cited but not listed under `sources`',
    hint: 'add `- {file: 002_ede1f9ff61069f47.txt, title: ...}` under `sources`',
  },
  {
    file: 'typo-in-key.yaml',
    code: 'schema/unknown-key',
    severity: 'error',
    at: 'reservaton: 1',
    message: 'unknown key "reservaton"',
    hint: 'did you mean `reservation`?',
  },
  {
    file: 'no-zone-of-agreement.yaml',
    code: 'audit/no-zone-of-agreement',
    severity: 'error',
    at: '  - id: japan',
    message:
      'no package between Japan and North Korea could ever be agreed: North Korea would refuse every package Japan could offer, even late in the talks (the best is worth 8 VP to North Korea, which holds out for 29.4 VP); none of 60 test games with Japan played struck one either',
    hint: 'lower `reservation` (25 in the file) or `expectation` (30 in the file) in the relation from `north_korea` to `japan`, or raise the `value` to `north_korea` of the items `japan` gives',
  },
  {
    file: 'objective-unreached.yaml',
    code: 'audit/objective-unreached',
    severity: 'warning',
    at: '{id: normalization, text: Normal ties',
    message:
      /^objective "normalization" of North Korea never moved off `zero` in \d+ games of the built-in strategies: progress ended at 0 at best, and it scores from 0 to 50$/,
    hint: 'no item makes progress on `normalization`: add `progress: {normalization: N}` to an item that can be traded',
  },
  {
    file: 'outcome-unreached.yaml',
    code: 'audit/outcome-unreached',
    severity: 'warning',
    at: '{id: families_and_aid',
    message:
      /^no game ended in "families_and_aid": its condition held at the end of \d+ of \d+ games of the built-in strategies, but an earlier outcome always came first$/,
    hint: 'outcomes are checked in order: move it above `families_home`, or make those stricter',
  },
  {
    file: 'item-background-giver.yaml',
    code: 'audit/item-no-giver',
    severity: 'warning',
    at: '{id: oil',
    message: '"oil" can never be given: its giver, China, is a background actor and never moves',
    hint: 'give it to an actor at the table, or set `background: false` on `china`',
  },
  {
    file: 'item-unwanted.yaml',
    code: 'audit/item-unwanted',
    severity: 'warning',
    at: '{id: statement',
    message:
      'no delegation at the table wants "statement": nobody but its giver has a `value` or `salience` for it, and it moves no issue anyone is scored on',
    hint: 'add `value: {ACTOR: N}` for the delegation that would want it, or remove the item',
  },
  {
    file: 'item-no-forum.yaml',
    code: 'audit/item-no-forum',
    severity: 'warning',
    at: '{id: talks',
    message: '"talks" may only be offered in `beijing`, where Japan never sits with anyone who wants it',
    hint: "add `japan` and the delegations that want it (`north_korea`) to the forum's `members`, or remove `forums` from the item",
  },
  {
    file: 'no-schema-line.yaml',
    code: 'audit/schema-line',
    severity: 'warning',
    at: '# Warning: no first line',
    message: 'the first line does not point editors to the scenario schema',
    hint: /^make the first line `# yaml-language-server: \$schema=\.\/schema\.json`/,
  },
];

describe('the checker on broken scenarios', { timeout: 30_000 }, () => {
  it('finds nothing at all in the file the broken ones start from', () => {
    const { path } = fixture('base.yaml');
    expect(checkFile(path, { seeds: 5 }).lines).toEqual([`${path}: ok (2 actors, 3 items, 4 turns)`]);
  });

  for (const c of CASES) {
    it(`${c.file}: ${c.code} on its line, with a hint`, () => {
      const { path, text } = fixture(c.file);
      // Five seeds are plenty for these small files, and keep the test quick.
      const report = checkFile(path, { seeds: 5 });
      // Each fixture breaks exactly one thing.
      expect(report.problems.map((p) => p.code)).toEqual([c.code]);
      const problem = report.problems[0]!;
      expect(problem.severity).toBe(c.severity);
      expect(problem.line).toBe(lineOf(text, c.at));
      expect(problem.message).toMatch(c.message instanceof RegExp ? c.message : exact(c.message));
      expect(problem.hint).toMatch(c.hint instanceof RegExp ? c.hint : exact(c.hint));
      expect(report.errors).toBe(c.severity === 'error' ? 1 : 0);
      expect(report.warnings).toBe(c.severity === 'warning' ? 1 : 0);
      const last = report.lines.at(-1);
      expect(last).toBe(
        c.severity === 'error' ? `${path}: 1 error` : `${path}: ok (${summaryOf(report.lines)}), 1 warning`,
      );
    });
  }
});

const exact = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
const summaryOf = (lines: readonly string[]) => /ok \((.*)\)/.exec(lines.at(-1) ?? '')?.[1] ?? '';

function run(...files: string[]) {
  const result = spawnSync(TSX, ['src/cli/check.ts', ...files], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, lines: result.stdout.trim().split('\n'), err: result.stderr };
}

// Each run starts Node and tsx (about a second on an idle machine, several when the machine is busy).
describe('npm run scenario:check, as a command', { timeout: 60_000 }, () => {
  it('marks warnings, exits 0 when there are only warnings, and sums up each file', () => {
    const { code, lines } = run(`${FIXTURES}base.yaml`, `${FIXTURES}item-unwanted.yaml`);
    const unwanted = `${FIXTURES}item-unwanted.yaml`;
    const line = lineOf(fixture('item-unwanted.yaml').text, '{id: statement');
    expect(lines).toEqual([
      `${FIXTURES}base.yaml: ok (2 actors, 3 items, 4 turns)`,
      `${unwanted}:${line}:10: warning: no delegation at the table wants "statement": nobody but its giver has a \`value\` or \`salience\` for it, and it moves no issue anyone is scored on — add \`value: {ACTOR: N}\` for the delegation that would want it, or remove the item`,
      `${unwanted}: ok (2 actors, 4 items, 4 turns), 1 warning`,
    ]);
    expect(code).toBe(0);
  });

  it('exits 1 when the audit finds an error, with no stack trace', () => {
    const { code, lines, err } = run(`${FIXTURES}no-zone-of-agreement.yaml`);
    expect(lines[0]).toMatch(/no-zone-of-agreement\.yaml:13:5: no package between Japan and North Korea/);
    expect(lines.at(-1)).toBe(`${FIXTURES}no-zone-of-agreement.yaml: 1 error`);
    expect(code).toBe(1);
    expect(err).not.toMatch(/\n\s+at /);
  });
});
