import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { knownSources } from '../../src/cli/files.ts';
import { loadScenario } from '../../src/scenario/index.ts';
import {
  balanceReport,
  balanceSteps,
  calibratePreview,
  calibrationSteps,
  summarise,
  summarySteps,
} from '../../src/sim/index.ts';

const file = resolve(import.meta.dirname, '../../scenarios/2001-beijing-back-channel.yaml');
const loaded = loadScenario(readFileSync(file, 'utf8'), file, { knownSources: knownSources() });
if (!loaded.ok) throw new Error('the 2001 scenario does not load');
const scenario = loaded.value;

/** A summary without the mean expectations, which a stopped tally scales from its plan. */
const figures = ({ meanFinal, ...rest }: ReturnType<typeof summarise>) => ({
  ...rest,
  meanFinal: { tension: meanFinal.tension, approval: meanFinal.approval },
});

describe('long work a step at a time', () => {
  it('balance played seed by seed gives every row exactly what summarise gives it', () => {
    const report = balanceReport(scenario, { runs: 3, firstSeed: 5 });
    expect(report).toMatchObject({ runs: 3, plannedRuns: 3, firstSeed: 5 });
    for (const row of report.rows) {
      expect(row.summary).toEqual(summarise(scenario, row.actor, row.strategy, 5, 3));
    }
  });

  it('a stopped balance is the whole report over the seeds played', () => {
    const steps = balanceSteps(scenario, { runs: 5, firstSeed: 2 });
    expect(steps.step()).toBe(true);
    expect(steps.step()).toBe(true);
    const partial = steps.result();
    const whole = balanceReport(scenario, { runs: 2, firstSeed: 2 });
    expect(partial).toMatchObject({ runs: 2, plannedRuns: 5 });
    expect(partial.rows.map((r) => r.concessionShare)).toEqual(whole.rows.map((r) => r.concessionShare));
    expect(partial.rows.map((r) => figures(r.summary))).toEqual(whole.rows.map((r) => figures(r.summary)));
    for (const [i, row] of partial.rows.entries()) {
      for (const [id, e] of Object.entries(row.summary.meanFinal.expectation)) {
        expect(Math.abs(e - whole.rows[i]!.summary.meanFinal.expectation[id]!)).toBeLessThanOrEqual(0.011);
      }
    }
    expect(partial.checks).toEqual(whole.checks);
  });

  it('sim --runs and calibrate stopped early cover the seeds played, and a finished one stops stepping', () => {
    const sim = summarySteps(scenario, 'japan', 'balanced', 1, 4);
    while (sim.done < 3) sim.step();
    expect(figures(sim.result())).toEqual(figures(summarise(scenario, 'japan', 'balanced', 1, 3)));
    expect(sim.step()).toBe(true);
    expect(sim.step()).toBe(false);
    expect(sim.result()).toEqual(summarise(scenario, 'japan', 'balanced', 1, 4));

    const calibration = calibrationSteps(scenario, { seeds: 9, firstSeed: 3 });
    for (let i = 0; i < 4; i++) calibration.step();
    expect(calibration.result()).toEqual({
      ...calibratePreview(scenario, { seeds: 4, firstSeed: 3 }),
      plannedSeeds: 9,
    });
  });
});
