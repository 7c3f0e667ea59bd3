import { describe, expect, it } from 'vitest';
import { ACTION_RULES, ACTION_TYPES } from '../../src/engine/index.ts';
import { ActionSchema } from '../../src/scenario/index.ts';

/**
 * An action's shape is written twice: the engine's `fields` (checked before any rule) and the
 * schema of scenario and moves files (with the descriptions editors show). They must name the
 * same fields with the same optionality, or a file the checker passes would be refused in play.
 */
describe('the shape of an action', () => {
  const variants = new Map(
    ActionSchema.options.map((variant) => [String(variant.shape.type.value), variant.shape] as const),
  );

  it('has a schema variant for every action type the engine knows', () => {
    expect([...variants.keys()].sort()).toEqual([...ACTION_TYPES].sort());
  });

  for (const type of ACTION_TYPES) {
    it(`${type}: the file schema and the engine name the same fields, optional alike`, () => {
      const shape = variants.get(type);
      if (!shape) expect.fail(`no schema variant for ${type}`);
      const schema = Object.entries(shape)
        .filter(([key]) => key !== 'type' && key !== 'actor')
        // `optin` is zod's own mark of a key that may be left out (`exactOptional` included).
        .map(([key, field]) => `${key}${field._zod.optin === 'optional' ? '?' : ''}`)
        .sort();
      const engine = Object.entries(ACTION_RULES[type].fields as Record<string, string>)
        .map(([key, kind]) => `${key}${kind.endsWith('?') ? '?' : ''}`)
        .sort();
      // Package lines default to none in files (zod marks them `defaulted`, not optional): what
      // reaches the engine always has them, as its shape check requires.
      expect(schema).toEqual(engine);
    });
  }
});
