import type { Scenario } from '../../src/engine/index.ts';

/**
 * A scenario with `copies` of each of its items (copy n of `rice_aid` is `rice_aid_n`, the same
 * in every figure), for measuring how the game's cost grows with the items on the table: 2004's
 * seven items make 14, 21 and 28 with two, three and four copies. Red lines, history and
 * outcomes name the originals, which stay.
 */
export function grownScenario(scenario: Scenario, copies: number): Scenario {
  const items = scenario.items.flatMap((item) =>
    Array.from({ length: copies }, (_, n) =>
      n === 0 ? item : { ...item, id: `${item.id}_${n + 1}`, name: `${item.name} (${n + 1})` },
    ),
  );
  return { ...scenario, items };
}
