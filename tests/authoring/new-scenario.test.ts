/** `npm run scenario:new`: its file checks with no findings and plays to a result; it never overwrites. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/cli/check-report.ts';
import { nextSteps, renderNewScenario, scenarioIdFor, TEMPLATE } from '../../src/cli/new-scenario.ts';
import { simulate } from '../../src/sim/index.ts';
import { loaded, ROOT, TSX } from './helpers.ts';

const template = readFileSync(TEMPLATE, 'utf8');
const inScenarios = (name: string) => join(ROOT, 'scenarios', `${name}.yaml`);

describe('the name of a new scenario', () => {
  it('is its id when it is one, and a leading year moves to the end of the id', () => {
    expect(scenarioIdFor('talks')).toBe('talks');
    expect(scenarioIdFor('2007-ulaanbaatar')).toBe('ulaanbaatar-2007');
    expect(scenarioIdFor('2002_summit')).toBe('summit-2002');
  });

  it('is refused when it cannot be a file name and an id', () => {
    for (const bad of ['Talks', 'my talks', '../escape', '2007', '2007-', '-talks', 'a'.repeat(65), '']) {
      expect(scenarioIdFor(bad), bad).toBeNull();
    }
  });
});

describe('the new file', { timeout: 30_000 }, () => {
  const text = renderNewScenario(template, 'ulaanbaatar-2007', inScenarios('2007-ulaanbaatar'));

  it('points editors to the schema from where it is written, and has the new id and file name', () => {
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=./schema.json');
    expect(text).toMatch(/^id: ulaanbaatar-2007 +# a short id/m);
    expect(text).toContain('npm run scenario:check -- scenarios/2007-ulaanbaatar.yaml');
    const elsewhere = renderNewScenario(template, 'talks', join(ROOT, 'tests/authoring/fixtures/talks.yaml'));
    expect(elsewhere.split('\n')[0]).toBe('# yaml-language-server: $schema=../../../scenarios/schema.json');
  });

  it('checks with no errors and no warnings', () => {
    expect(checkText(text, 'scenarios/2007-ulaanbaatar.yaml').lines).toEqual([
      'scenarios/2007-ulaanbaatar.yaml: ok (2 actors, 3 items, 4 turns)',
    ]);
  });

  it('plays to a result from each playable delegation', () => {
    const scenario = loaded(text);
    expect(scenario.id).toBe('ulaanbaatar-2007');
    for (const actor of scenario.actors.filter((a) => a.playable)) {
      const run = simulate({
        scenario,
        player: actor.id,
        seed: 1,
        play: { kind: 'strategy', name: 'balanced' },
      });
      expect(run.final.status).toBe('ended');
      expect(scenario.outcomes.map((o) => o.id)).toContain(run.result.status);
      expect(run.skipped).toEqual([]);
    }
    const history = simulate({
      scenario,
      player: 'japan',
      seed: 1,
      play: { kind: 'strategy', name: 'history' },
    });
    expect(history.result.status).toBe(scenario.history.outcome);
    expect(history.skipped).toEqual([]);
  });

  it('teaches the format in its comments', () => {
    const comments = text.split('\n').filter((line) => line.includes('#')).length;
    expect(comments).toBeGreaterThan(40);
  });
});

// Two runs of the command, each starting Node and tsx.
describe('npm run scenario:new, as a command', { timeout: 60_000 }, () => {
  it('writes the file, says what to run next, and refuses to overwrite it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'scenario-new-'));
    const first = spawnSync(TSX, ['src/cli/new.ts', '2007-talks', '--dir', dir], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60_000,
    });
    const path = join(dir, '2007-talks.yaml');
    expect(first.status).toBe(0);
    expect(first.stdout).toBe(nextSteps(path, 'talks-2007', '2007-talks', false));
    const written = readFileSync(path, 'utf8');
    expect(written).toMatch(/^id: talks-2007 /m);
    expect(checkText(written, path, { seeds: 3 }).errors).toBe(0);

    writeFileSync(path, 'mine\n');
    const again = spawnSync(TSX, ['src/cli/new.ts', '2007-talks', '--dir', dir], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('already exists and was left as it is');
    expect(readFileSync(path, 'utf8')).toBe('mine\n');
  });
});
