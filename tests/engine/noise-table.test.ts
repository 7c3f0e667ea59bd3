/**
 * The remembered advisors' errors are the errors themselves: every value read from the tables is
 * what `noise` returns for the same seed and key, for known and unknown ids, however the seeds
 * alternate (more seeds than the tables keep).
 */
import { describe, expect, it } from 'vitest';
import { itemCostNoise, itemValueNoise, relationNoise } from '../../src/engine/noise-table.ts';
import { noise } from '../../src/engine/rng.ts';
import { fixture } from './fixture.ts';

describe('the table of advisors’ errors', () => {
  const scenario = fixture();
  const actors = [...scenario.actors.map((a) => a.id), 'nobody'];
  const items = [...scenario.items.map((i) => i.id), 'nothing'];

  it('reads back exactly what noise returns, seed after seed, twice over', () => {
    let checked = 0;
    for (const round of [1, 2]) {
      for (const seed of [1, 2, 3, 4, 5, 6, 1, -7, 2 ** 31 - 1]) {
        for (const viewer of actors) {
          for (const other of actors) {
            for (const field of ['expectation', 'reservation', 'trust'] as const) {
              expect(relationNoise(scenario, seed, viewer, other, field)).toBe(
                noise(seed, `${viewer}|${other}|${field}`),
              );
            }
            for (const item of items) {
              expect(itemValueNoise(scenario, seed, viewer, item, other)).toBe(
                noise(seed, `${viewer}|value|${item}|${other}`),
              );
            }
          }
          for (const item of items) {
            expect(itemCostNoise(scenario, seed, viewer, item)).toBe(noise(seed, `${viewer}|cost|${item}`));
            checked += round;
          }
        }
      }
    }
    expect(checked).toBe(3 * 9 * actors.length * items.length);
  });
});
