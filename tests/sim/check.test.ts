import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/cli/check-report.ts';
import { knownSources } from '../../src/cli/files.ts';
import { ARTICLE_FILES } from '../../src/scenario/index.ts';
import { checkScenarioText } from '../../src/sim/index.ts';
import { FIXTURE, lineOf, variant } from '../scenario/helpers.ts';

/**
 * `checkScenarioText`: the one check that `npm run scenario:check` and the browser's "Open a
 * scenario file" both run (the browser in a worker, against ARTICLE_FILES).
 */
describe('checking scenario text', () => {
  it('finds what the command line finds, with the browser’s list of articles', () => {
    // No schema line: a warning from the audit; the file still plays.
    const text = FIXTURE.split('\n').slice(1).join('\n');
    const browser = checkScenarioText(text, 'mine.yaml', { knownSources: ARTICLE_FILES });
    const cli = checkText(text, 'mine.yaml');
    expect(browser.problems).toEqual(cli.problems);
    expect([browser.errors, browser.warnings]).toEqual([cli.errors, cli.warnings]);
    expect(browser.warnings).toBe(1);
    expect(browser.problems[0]?.code).toBe('audit/schema-line');
    expect(browser.scenario?.id).toBe('minimal_2004');
    expect(browser.games).toBeGreaterThan(0);
  });

  it('names the line of every problem in a broken file, and gives no scenario', () => {
    const text = variant('agility: 0.8', 'agilty: 0.8', variant('giver: north_korea', 'giver: north_kor'));
    const check = checkScenarioText(text, 'broken.yaml', { knownSources: ARTICLE_FILES });
    expect(check.scenario).toBeNull();
    expect(check.games).toBe(0);
    const found = check.problems.map((p) => [p.code, p.line]);
    expect(found).toContainEqual(['schema/unknown-key', lineOf(text, 'agilty: 0.8')]);
    expect(found.map(([, line]) => line)).toContain(lineOf(text, 'giver: north_kor'));
    expect(check.errors).toBe(check.problems.filter((p) => p.severity === 'error').length);
  });

  it('reports the audit’s games as they are played, and can skip the audit', () => {
    const seen: [number, number][] = [];
    const check = checkScenarioText(FIXTURE, 'minimal.yaml', { onGame: (p, most) => seen.push([p, most]) });
    expect(seen.length).toBe(check.games);
    expect(seen.map(([p]) => p)).toEqual(seen.map((_, i) => i + 1));
    expect(seen.every(([p, most]) => p <= most)).toBe(true);
    const loadOnly = checkScenarioText(FIXTURE, 'minimal.yaml', { audit: false });
    expect([loadOnly.games, loadOnly.problems.length, loadOnly.scenario?.id]).toEqual([0, 0, 'minimal_2004']);
  });

  it('never throws on input that is not a scenario', () => {
    for (const text of ['', 'null', '- a list', '[[[[[[', '\u0000', 'a: *b']) {
      const check = checkScenarioText(text, 'odd.yaml');
      expect(check.scenario).toBeNull();
      expect(check.errors).toBeGreaterThan(0);
    }
  });
});

describe('the article list the browser checks against', () => {
  it('is the list of files in the sources folder', () => {
    expect([...ARTICLE_FILES]).toEqual(knownSources());
  });
});
