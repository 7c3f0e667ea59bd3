/**
 * The work budget of the audit changes nothing for the six shipped scenarios: the same games
 * in the same order, the same endings and reach, the same findings, word for word, as recorded
 * before the budget (tests/sim/golden/shipped-audits.json, from `npx tsx tests/sim/shipped-audits.ts`
 * at the commit before it, without its `stopped`), and no note. Recorded again when gifts began to
 * ease tension (`tension/gift`): a few more games reach their calm objectives, no finding changed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTICLE_FILES, loadScenario } from '../../src/scenario/index.ts';
import { auditScenario } from '../../src/sim/index.ts';
import { SHIPPED, shippedAudit } from './shipped-audits.ts';

const GOLDEN = JSON.parse(readFileSync(join(import.meta.dirname, 'golden/shipped-audits.json'), 'utf8'));

describe('the shipped scenarios keep the audit they had', { timeout: 60_000 }, () => {
  for (const name of SHIPPED) {
    it(`${name}: the same games and findings, and no note`, () => {
      const now = shippedAudit(name) as { play: Record<string, unknown> };
      // `stopped` is new in the report: never set when nobody stops the audit.
      const { stopped, ...play } = now.play;
      expect(stopped).toBe(false);
      expect({ ...now, play }).toEqual(GOLDEN[name]);
      const file = `scenarios/${name}.yaml`;
      const text = readFileSync(join(import.meta.dirname, '../..', file), 'utf8');
      const scenario = loadScenario(text, file, { knownSources: ARTICLE_FILES });
      if (!scenario.ok) throw new Error(`${file} does not load`);
      expect(auditScenario(scenario.value, { text, file }).notes).toEqual([]);
    });
  }
});
