import { describe, expect, it } from 'vitest';
import { compactJson, goalTable, growthExponent, quantile, round, spread, verdict } from './stats.ts';

/** The bench's arithmetic (the bench itself never runs in the test suite: it is a report). */
describe('bench statistics', () => {
  it('gives min, median and max, the median of an even count halfway between the middle two', () => {
    expect(spread([3, 1, 2])).toEqual({ min: 1, median: 2, max: 3, samples: 3 });
    expect(spread([4, 1, 3, 2])).toEqual({ min: 1, median: 2.5, max: 4, samples: 4 });
    expect(spread([]).samples).toBe(0);
  });

  it('takes quantiles by nearest rank, so a p90 is a sample that was measured', () => {
    const twenty = Array.from({ length: 20 }, (_, i) => i + 1);
    expect(quantile(twenty, 0.9)).toBe(18);
    expect(quantile(twenty, 0.5)).toBe(10);
    expect(quantile([7], 0.9)).toBe(7);
    expect(quantile([5, 1, 9], 1)).toBe(9);
    expect(quantile([], 0.5)).toBeNaN();
  });

  it('fits the exponent of a power law: 1 for a linear cost, 2 for a square one', () => {
    expect(growthExponent([7, 14, 21, 28].map((x) => [x, 3 * x] as const))).toBeCloseTo(1, 10);
    expect(growthExponent([7, 14, 21, 28].map((x) => [x, x * x] as const))).toBeCloseTo(2, 10);
    expect(growthExponent([[7, 1]])).toBeNaN();
  });

  it('rounds to fewer decimals as numbers grow', () => {
    expect(round(12345.6)).toBe(12346);
    expect(round(12.345)).toBe(12.3);
    expect(round(1.2345)).toBe(1.23);
    expect(round(0.12345)).toBe(0.123);
  });

  it('prints each figure beside its goal with its verdict, and the notes under their row', () => {
    const table = goalTable([
      { measure: 'games/s', goal: '>= 10000', figure: '240', met: false },
      { measure: 'heap growth', goal: '< 5 MB', figure: '1.6 MB', met: true, note: 'after a warm-up game' },
      { measure: 'worker', goal: '< 1 s', figure: '-', met: null },
    ]);
    const lines = table.split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[1]).toMatch(/^games\/s\s+240\s+>= 10000\s+not met$/);
    expect(lines[2]).toMatch(/^heap growth\s+1\.6 MB\s+< 5 MB\s+met$/);
    expect(lines[3]?.trim()).toBe('(after a warm-up game)');
    expect(lines[4]).toMatch(/not measured$/);
    expect(verdict(true)).toBe('met');
  });

  it('writes JSON that parses back the same, with small objects of plain values on one line', () => {
    const value = {
      games: { balanced: { min: 1.5, median: 2, max: 3, samples: 5 } },
      list: [1, 2],
      nested: [{ a: 'x' }, []],
      nothing: null,
      left: undefined,
    };
    const text = compactJson(value);
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
    expect(text).toContain('"balanced": {"min": 1.5, "median": 2, "max": 3, "samples": 5}');
    expect(text).toContain('"list": [1, 2]');
    expect(compactJson({ long: 'x'.repeat(200) })).toBe(`{\n  "long": "${'x'.repeat(200)}"\n}`);
  });
});
