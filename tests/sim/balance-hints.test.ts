/**
 * Balance that says what to change (issue 16, point 2): a failed check names its figures and a
 * direction in the file's own terms, and each seat gets a difficulty a teacher can read. The
 * template, made easy for Japan (North Korea holds out for nothing), is a solved puzzle.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ARTICLE_FILES, loadScenario } from '../../src/scenario/index.ts';
import { balanceMarkdown, balanceReport, seatDifficulty } from '../../src/sim/index.ts';

const TEMPLATE = readFileSync(new URL('../../scenarios/template/scenario.yaml', import.meta.url), 'utf8');
const RELATION = '  - {from: north_korea, to: japan, expectation: 6, reservation: 1, trust: 0.3}\n';

function report(text: string) {
  const loaded = loadScenario(text, 'variant.yaml', { knownSources: ARTICLE_FILES });
  if (!loaded.ok) throw new Error('the variant does not load');
  return balanceReport(loaded.value, { runs: 30 });
}

describe('balance hints', () => {
  it('a solved puzzle names the strategy, its share and what to raise', () => {
    expect(TEMPLATE).toContain(RELATION);
    const easy = report(
      TEMPLATE.replace(
        RELATION,
        '  - {from: north_korea, to: japan, expectation: 0, reservation: 0, trust: 0.3}\n',
      ),
    );
    const solved = easy.checks.find((c) => c.name.startsWith('Japan: no built-in strategy'));
    expect(solved?.pass).toBe(false);
    expect(solved?.hint).toMatch(
      /^Japan's (\w+ \(\d+% of seeds\)(, | and )?)+ (line reaches|lines reach) "families_home", a solved puzzle: raise what North Korea expects of Japan \(`expectation` and `reservation` toward `japan` in `relations`\)/,
    );
    expect(balanceMarkdown(easy, null)).toContain(`. What to change: ${solved?.hint}`);
    // Every check that holds has no hint; every one that fails has one.
    for (const c of easy.checks) expect(c.hint === '').toBe(c.pass);
    expect(seatDifficulty(easy, 'japan')).toMatch(
      /^Playing Japan: easy\. The best built-in strategy \(\w+\) reaches "The families come home" in (7\d|8\d|9\d|100)% of seeds and scores [\d.]+ on average; history's line scores [\d.]+\.$/,
    );
  });

  it('a hard seat reads as hard', () => {
    const hard = report(
      TEMPLATE.replace(
        RELATION,
        '  - {from: north_korea, to: japan, expectation: 8, reservation: 8, trust: 0.3}\n',
      ),
    );
    expect(seatDifficulty(hard, 'japan')).toMatch(/^Playing Japan: (hard|very hard)\./);
  });
});
