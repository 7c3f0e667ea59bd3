import fc from 'fast-check';
import { ACTION_RULES, ACTION_TYPES, type Action } from '../../src/engine/index.ts';

/**
 * Malformed actions for the engine's property test and `npm run fuzz`: arbitrary values, and a
 * legal action broken in one way (a field dropped or of the wrong type, NaN, Infinity, an extra
 * key such as `__proto__`, a bad package line, a huge list, a type that is not one). Each says
 * whether it must be refused by the shape check itself (`shape: true`) or may still be legal
 * (dropping an optional field, a list made huge of good lines) and only must not throw or change
 * the state.
 */
export interface Malformed {
  readonly value: unknown;
  readonly how: string;
  /** True when the shape check alone must refuse it, whatever the state. */
  readonly shape: boolean;
}

/** The codes the shape check refuses with (before any rule runs). */
export const SHAPE_CODES: readonly string[] = [
  'action/not-an-object',
  'action/unknown-type',
  'action/missing-field',
  'action/extra-field',
  'action/bad-field',
];

/** Keys that reach prototypes when code merges objects carelessly. */
const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty'];

/** An own property, even `__proto__` (which plain assignment would turn into a prototype swap). */
function withKey(obj: object, key: string, value: unknown): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...obj };
  Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}

function without(obj: object, key: string): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...obj };
  delete copy[key];
  return copy;
}

const notText = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 3 }),
);
const notFinite = fc.oneof(
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY),
  fc.string({ maxLength: 5 }),
  fc.constant(null),
  fc.boolean(),
  fc.constant([1]),
  fc.bigInt().map((n) => n),
);
const notFlag = fc.oneof(fc.integer(), fc.string({ maxLength: 5 }), fc.constant(null), fc.constant([]));
const notLines = fc.oneof(
  fc.integer(),
  fc.string({ maxLength: 5 }),
  fc.constant(null),
  fc.dictionary(fc.string({ maxLength: 3 }), fc.nat(), { maxKeys: 2 }),
  fc.array(fc.oneof(fc.integer(), fc.string(), fc.constant(null), fc.constant([])), {
    minLength: 1,
    maxLength: 3,
  }),
);

/** A value of the wrong kind for a field of the given kind (`id`, `number`, `flag`, `lines`). */
function wrongFor(kind: string): fc.Arbitrary<unknown> {
  if (kind.startsWith('id')) return notText;
  if (kind.startsWith('number')) return notFinite;
  if (kind.startsWith('flag')) return notFlag;
  return notLines;
}

/** A package line broken in one way: NaN or Infinity for its tier, a key missing, one too many. */
const badLine = (line: object): fc.Arbitrary<unknown> =>
  fc.oneof(
    notFinite.map((tier) => ({ ...line, tier })),
    notText.map((item) => ({ ...line, item })),
    fc.constantFrom('item', 'tier').map((key) => without(line, key)),
    fc.constantFrom(...PROTOTYPE_KEYS, 'extra').map((key) => withKey(line, key, { polluted: true })),
    notFlag.map((promised) => ({ ...line, promised })),
    fc.constantFrom(null, 5, 'line', [], [line]),
  );

/** The declared fields of an action's type, with `type` and `actor`, and their kinds. */
function fieldsOf(action: Action): [string, string][] {
  const declared: Readonly<Record<string, string>> = ACTION_RULES[action.type].fields;
  return [['type', 'type'], ['actor', 'id'], ...Object.entries(declared)];
}

/** One legal action broken in one way. */
export function malformedOf(legal: Action): fc.Arbitrary<Malformed> {
  const fields = fieldsOf(legal);
  const required = fields.filter(([, kind]) => !kind.endsWith('?')).map(([name]) => name);
  const optional = fields.filter(([, kind]) => kind.endsWith('?')).map(([name]) => name);
  const options: fc.Arbitrary<Malformed>[] = [
    fc
      .constantFrom(...required)
      .map((key) => ({ value: without(legal, key), how: `drop ${key}`, shape: true })),
    fc.constantFrom(...fields.filter(([name]) => name !== 'type')).chain(([name, kind]) =>
      wrongFor(kind).map((bad) => ({
        value: { ...legal, [name]: bad },
        how: `wrong ${name}`,
        shape: true,
      })),
    ),
    fc
      .oneof(fc.constantFrom(...PROTOTYPE_KEYS), fc.string({ minLength: 1, maxLength: 8 }))
      .filter((key) => !fields.some(([name]) => name === key))
      .chain((key) =>
        fc.jsonValue({ maxDepth: 2 }).map((value) => ({
          value: withKey(legal, key, key === 'constructor' ? { prototype: { polluted: true } } : value),
          how: `extra ${key}`,
          shape: true,
        })),
      ),
    fc
      .oneof(fc.constantFrom(...PROTOTYPE_KEYS), fc.string({ maxLength: 12 }))
      .filter((type) => !(ACTION_TYPES as readonly string[]).includes(type))
      .map((type) => ({ value: { ...legal, type }, how: `type ${type}`, shape: true })),
    fc.constant({ value: Object.create(legal), how: 'inherited fields', shape: true }),
    fc.constant({
      value: Object.defineProperty({ ...legal }, 'actor', {
        enumerable: true,
        get() {
          throw new Error('a getter of an action was run');
        },
      }),
      how: 'getter',
      shape: true,
    }),
  ];
  if (optional.length > 0) {
    options.push(
      fc
        .constantFrom(...optional)
        .map((key) => ({ value: without(legal, key), how: `drop ${key}`, shape: false })),
    );
  }
  for (const side of ['give', 'ask'] as const) {
    if (!(side in legal)) continue;
    const lines = (legal as Record<string, unknown>)[side] as readonly object[];
    const line = lines[0] ?? { item: 'x', tier: 1 };
    options.push(
      badLine(line).map((bad) => ({
        value: { ...legal, [side]: [...lines, bad] },
        how: `bad ${side} line`,
        shape: true,
      })),
      // Past the cap: refused by its length before a line is read.
      // (Built when drawn: a hundred thousand lines for every draw would cost more than the checks.)
      fc.constant(side).map((s) => ({
        value: { ...legal, [s]: new Array(100_000).fill(line) },
        how: `huge ${s}`,
        shape: true,
      })),
      // Under the cap, every line good: no shape error, but the rules must refuse it quickly.
      fc.constant({
        value: { ...legal, [side]: new Array(400).fill(line) },
        how: `long ${side}`,
        shape: false,
      }),
      fc.constant({ value: { ...legal, [side]: new Array(3) }, how: `sparse ${side}`, shape: true }),
    );
  }
  return fc.oneof(...options);
}

/** Anything at all: JSON values of every kind, and a few values JSON cannot hold. */
export const anyValue: fc.Arbitrary<Malformed> = fc.oneof(
  fc.jsonValue().map((value) => ({ value, how: 'json', shape: true })),
  fc.anything().map((value) => ({ value, how: 'anything', shape: true })),
  fc
    .record({ type: fc.constantFrom(...ACTION_TYPES), actor: fc.jsonValue() }, { requiredKeys: ['type'] })
    .map((value) => ({ value, how: 'known type, anything else', shape: false })),
);
