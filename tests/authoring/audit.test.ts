/** The audit itself (src/sim/audit.ts), called as the browser calls it: a scenario and its text. */
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/engine/index.ts';
import { pathLocator as locatorFor } from '../../src/scenario/index.ts';
import { AUDIT_CODES, auditScenario } from '../../src/sim/index.ts';
import { fixture, lineOf, loaded, readRepo } from './helpers.ts';

const REFERENCE = 'scenarios/2004-koizumi-second-visit.yaml';

describe('the audit', { timeout: 30_000 }, () => {
  it('finds no error in the reference scenario, and gives the same findings every time', () => {
    const text = readRepo(REFERENCE);
    const scenario = loaded(text, REFERENCE);
    const first = auditScenario(scenario, { text, file: REFERENCE });
    expect(first.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(auditScenario(scenario, { text, file: REFERENCE }).issues).toEqual(first.issues);
    for (const issue of first.issues) {
      expect(AUDIT_CODES).toContain(issue.code);
      expect(issue.file).toBe(REFERENCE);
      expect(issue.line).toBeGreaterThan(1);
      expect(issue.hint).not.toBe('');
    }
  });

  it('stops playing once everything has been reached, and counts every game it played', () => {
    const { text } = fixture('base.yaml');
    const report = auditScenario(loaded(text), { text });
    expect(report.issues).toEqual([]);
    const ended = Object.values(report.play.endings).reduce((a, b) => a + b, 0);
    expect(ended).toBe(report.play.games);
    // Two playable delegations, six strategies, twenty seeds at most: it needed far fewer.
    expect(report.play.games).toBeLessThan(2 * 6 * 20);
    for (const reach of report.play.objectives) expect(reach.best).toBeGreaterThan(0);
  });

  it('counts a deal that only a successor would strike: a red line may be meant to hold until the leader falls', () => {
    const { text } = fixture('tutorial/mongolia-2007.yaml');
    const scenario = loaded(text);
    const zone = (s: Scenario) =>
      auditScenario(s, { text, seeds: 1 }).issues.filter((i) => i.code === 'audit/no-zone-of-agreement');
    expect(zone(scenario)).toEqual([]);
    const noSuccessor: Scenario = {
      ...scenario,
      actors: scenario.actors.map((a) => (a.id === 'japan' ? { ...a, successors: [] } : a)),
    };
    const [stuck] = zone(noSuccessor);
    expect(stuck?.line).toBe(lineOf(text, '  - id: japan'));
    expect(stuck?.message).toContain('Prime Minister Abe Shinzo refuses to give `aid`');
  });

  it('leaves allies alone: a pair with nothing to trade needs no zone of agreement', () => {
    const text = readRepo(REFERENCE);
    const issues = auditScenario(loaded(text), { text, seeds: 1 }).issues;
    const pairs = issues.filter((i) => i.code === 'audit/no-zone-with-counterpart').map((i) => i.message);
    expect(pairs.some((m) => m.includes('Japan and United States'))).toBe(false);
  });

  it('without the text, puts every finding at the start of the file', () => {
    const { text } = fixture('item-unwanted.yaml');
    const [issue] = auditScenario(loaded(text), { seeds: 1 }).issues;
    expect(issue).toMatchObject({ code: 'audit/item-unwanted', file: '', line: 1, column: 1, path: '' });
  });
});

describe('finding the line of a path', () => {
  const { text } = fixture('base.yaml');
  const locate = locatorFor(text);

  it('names list entries by their fields, as the loader reorders some lists', () => {
    expect(locate(['relations', { from: 'north_korea', to: 'japan' }])).toEqual({
      line: lineOf(text, '{from: north_korea, to: japan'),
      column: 5,
      path: 'relations[1]',
      found: true,
    });
    expect(locate(['items', { id: 'aid' }, 'cost'])).toMatchObject({
      line: lineOf(text, '{id: aid,'),
      path: 'items[1].cost',
    });
    expect(locate(['objectives', 'japan', { id: 'public_support' }]).line).toBe(
      lineOf(text, '{id: public_support'),
    );
  });

  it('says when a path is not written in the file, and points at the nearest part that is', () => {
    const missing = locate(['relations', { from: 'japan', to: 'china' }]);
    expect(missing.found).toBe(false);
    expect(missing.line).toBe(lineOf(text, 'relations:'));
  });
});
