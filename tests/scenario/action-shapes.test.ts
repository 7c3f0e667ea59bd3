import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { ACTION_RULES, ACTION_TYPES, type Action, actionsOf } from '../../src/engine/index.ts';
import { ActionSchema } from '../../src/scenario/index.ts';
import { STRATEGY_NAMES, simulate } from '../../src/sim/index.ts';
import { ActionShape } from '../../src/store/save-format.ts';
import { shippedScenarios } from '../scenarios/shipped.ts';

/**
 * An action's shape is known in three places: the engine's `fields` (checked before any rule),
 * the schema of scenario and moves files (with the descriptions editors show), and the schema of
 * saves. The two schemas are built by one function (`actionSchemaFor`) from one list of variants,
 * and that list is typed by the engine's action types; this test holds all three to the same
 * types, fields, optionality and kinds, so an action type or a field added to one and not the
 * others fails here (and, for the types, at compile time).
 */
const SCHEMAS = { file: ActionSchema, save: ActionShape } as const;

type Shape = Readonly<Record<string, z.ZodType>>;

function variantsOf(schema: typeof ActionSchema | typeof ActionShape): Map<string, Shape> {
  return new Map(schema.options.map((variant) => [String(variant.shape.type.value), variant.shape] as const));
}

/** The zod type under any default or optional wrapper: `string`, `number`, `boolean`, `array`... */
function baseType(field: z.ZodType): string {
  let def = field._zod.def as { type: string; innerType?: z.ZodType };
  while ((def.type === 'default' || def.type === 'optional') && def.innerType)
    def = def.innerType._zod.def as typeof def;
  return def.type;
}

/** The engine's field kinds as the zod types a schema must use for them. */
const ZOD_TYPE_OF_KIND: Readonly<Record<string, string>> = {
  id: 'string',
  number: 'number',
  flag: 'boolean',
  lines: 'array',
};

const engineFields = (type: (typeof ACTION_TYPES)[number]) =>
  Object.entries(ACTION_RULES[type].fields as Record<string, string>).map(([key, kind]) => ({
    key,
    optional: kind.endsWith('?'),
    kind: kind.replace('?', ''),
  }));

describe('the shape of an action', () => {
  it('the engine registers a rule for exactly its action types', () => {
    expect(Object.keys(ACTION_RULES).sort()).toEqual([...ACTION_TYPES].sort());
  });

  for (const [name, schema] of Object.entries(SCHEMAS)) {
    const variants = variantsOf(schema);

    it(`${name} schema: a variant for every action type the engine knows, and no other`, () => {
      // In the engine's order: the order zod's "Expected 'offer' | 'accept' | ..." message lists.
      expect([...variants.keys()]).toEqual([...ACTION_TYPES]);
    });

    for (const type of ACTION_TYPES) {
      it(`${name} schema, ${type}: the engine's fields, optional alike, of the same kinds`, () => {
        const shape = variants.get(type);
        if (!shape) expect.fail(`no schema variant for ${type}`);
        const fields = Object.entries(shape).filter(([key]) => key !== 'type' && key !== 'actor');
        const engine = engineFields(type);
        expect(fields.map(([key]) => key).sort()).toEqual(engine.map((f) => f.key).sort());
        for (const f of engine) {
          const field = shape[f.key]!;
          expect(baseType(field), `${type}.${f.key}`).toBe(ZOD_TYPE_OF_KIND[f.kind]);
          // `optin` is zod's own mark of a key that may be left out (`exactOptional` included).
          // Package lines default to none in files (zod marks them `defaulted`, not optional): what
          // reaches the engine always has them. Saves write them out.
          expect(field._zod.optin === 'optional', `${type}.${f.key}`).toBe(f.optional);
          if (f.kind === 'lines') expect(field._zod.def.type).toBe(name === 'file' ? 'default' : 'array');
        }
        expect(baseType(shape.actor!)).toBe('string');
      });
    }
  }

  it('every move of every shipped scenario, of every kind, reads the same in a file and in a save', {
    timeout: 60_000,
  }, () => {
    const seen = new Set<string>();
    for (const scenario of shippedScenarios()) {
      const players = scenario.actors.filter((a) => a.playable).map((a) => a.id);
      for (const player of players) {
        for (const name of STRATEGY_NAMES) {
          const run = simulate({ scenario, player, seed: 1, play: { kind: 'strategy', name } });
          for (const action of actionsOf(run.final)) {
            seen.add(action.type);
            expect(ActionSchema.parse(action)).toEqual(action);
            expect(ActionShape.parse(action)).toEqual(action);
          }
        }
      }
    }
    // The games play every kind of action, so no variant goes untried.
    expect([...seen].sort()).toEqual([...ACTION_TYPES].sort());
  });

  it('the frozen save of format 1 still reads, every action of it', () => {
    const frozen = JSON.parse(
      readFileSync(resolve(import.meta.dirname, '../fixtures/save-v1.json'), 'utf8'),
    ) as { actions: Action[] };
    expect(frozen.actions.length).toBeGreaterThan(10);
    for (const action of frozen.actions) expect(ActionShape.parse(action)).toEqual(action);
  });
});
