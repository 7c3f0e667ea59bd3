/**
 * The audit of each shipped scenario as the checker runs it (default seeds): the games it
 * plays, what they did, and every finding. `npx tsx tests/sim/shipped-audits.ts` prints it as
 * JSON; tests/sim/golden/shipped-audits.json holds it as it was before the work budget.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTICLE_FILES, loadScenario } from '../../src/scenario/index.ts';
import { auditPlan, auditScenario, auditSeeds } from '../../src/sim/index.ts';

export const SHIPPED = [
  '2001-beijing-back-channel',
  '2002-road-to-pyongyang',
  '2004-koizumi-second-visit',
  '2004-six-party-third-round',
  '2006-after-the-test',
  '2007-ulaanbaatar',
] as const;

export function shippedAudit(name: string): unknown {
  const file = `scenarios/${name}.yaml`;
  const text = readFileSync(join(import.meta.dirname, '../..', file), 'utf8');
  const loaded = loadScenario(text, file, { knownSources: ARTICLE_FILES });
  if (!loaded.ok) throw new Error(`${file} does not load`);
  const scenario = loaded.value;
  const report = auditScenario(scenario, { text, file });
  return {
    plan: auditPlan(scenario, auditSeeds(scenario), 1).map((g) => `${g.seed} ${g.player} ${g.strategy}`),
    play: report.play,
    issues: report.issues,
  };
}

if (process.argv[1]?.endsWith('shipped-audits.ts')) {
  const all = Object.fromEntries(SHIPPED.map((name) => [name, shippedAudit(name)]));
  process.stdout.write(`${JSON.stringify(all, null, 1)}\n`);
}
