/**
 * The historical line, played once by the audit as the debrief plays it (issue 16, "a history step
 * that answers an offer nobody made"): an answer with no offer is an error on its line; the shipped
 * lines play as written.
 */
import { describe, expect, it } from 'vitest';
import { ARTICLE_FILES } from '../../src/scenario/index.ts';
import { checkScenarioText } from '../../src/sim/index.ts';
import { FIXTURE, lineOf, variant } from '../scenario/helpers.ts';
import { SHIPPED_FILES } from '../scenarios/shipped.ts';

describe('the audit plays the historical line', () => {
  it('an answer on a turn no offer is made is an error on the answer’s line', () => {
    // North Korea accepts on turn 3, where history makes no offer (Japan's was on turn 2).
    const text = variant(
      '  outcome: families_home\n',
      [
        '    - turn: 3',
        '      actor: north_korea',
        '      actions:',
        '        - {type: accept, actor: north_korea}',
        '      note: Kim accepts.',
        '      cite: {source: 000_9fd2b6bbe1dfc80f.txt, quote: It took a second visit to get their kinsmen release.}',
        '  outcome: families_home',
        '',
      ].join('\n'),
    );
    const check = checkScenarioText(text, 'history.yaml', { knownSources: ARTICLE_FILES });
    const found = check.problems.filter((p) => p.code === 'audit/history-move');
    expect(found.map((p) => [p.severity, p.line, p.message])).toEqual([
      [
        'error',
        lineOf(text, '{type: accept, actor: north_korea}'),
        'on turn 3 of history, North Korea makes `accept`, but no offer to North Korea is on the table then (there is no offer to answer)',
      ],
    ]);
    expect(check.errors).toBeGreaterThan(0);
  });

  it('finds nothing to say of the fixture’s line, nor of any shipped scenario’s', async () => {
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { SCENARIO_DIR } = await import('../scenarios/shipped.ts');
    const texts = [FIXTURE, ...SHIPPED_FILES.map((f) => readFileSync(join(SCENARIO_DIR, f), 'utf8'))];
    for (const text of texts) {
      const check = checkScenarioText(text, 'x.yaml', { knownSources: ARTICLE_FILES, seeds: 1 });
      expect(check.problems.filter((p) => p.code === 'audit/history-move')).toEqual([]);
    }
  });
});
