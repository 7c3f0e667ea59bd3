import { type ActionError, refuse, shown } from '../errors.ts';
import type { Action, ActionType, PackageLine } from '../types.ts';
import { ACTION_TYPES } from '../types.ts';
import { ACTION_RULES } from './registry.ts';
import type { FieldKind } from './rule.ts';

/*
 * The shape of an action, checked before any rule reads it. Actions arrive from saves, moves
 * files, class links and other code as plain data that only claims to be an `Action`; a rule
 * reading `action.give.length` of a number would throw, and a `type` such as `constructor` would
 * find a function on the registry's prototype. So every field is looked at here, once, as data:
 * own data properties of plain objects only (no getters run, nothing inherited), with the fields
 * each rule declares in its `fields` and nothing more.
 */

/** The fields of a package line, as `FieldsOf` would declare them; checked against the type. */
const LINE_FIELDS: { readonly [K in keyof PackageLine]-?: string } & Record<string, string> = {
  item: 'id',
  tier: 'number',
  promised: 'flag?',
  conditional: 'flag?',
};

/**
 * The most lines a package may list. Each item appears at most once in a package and a scenario
 * has at most 500 items (the loader's limit; a test holds the two together), so a longer list is
 * never legal: refusing it here keeps a list of a million lines from costing a million checks.
 */
export const MAX_PACKAGE_LINES = 500;

/** A key or a type as a message shows it: quoted, cut short and escaped (see `shown`). */
export function quoted(text: string): string {
  return `"${shown(text)}"`;
}

/** An object made by `{}`, `JSON.parse` or `Object.create(null)`: no class, no borrowed fields. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * The value of an own data property, or `absent`, or `accessor` for a getter (never run: it could
 * throw or answer differently each time it is read).
 */
function own(obj: object, key: string): { readonly value: unknown } | 'absent' | 'accessor' {
  const d = Object.getOwnPropertyDescriptor(obj, key);
  if (!d) return 'absent';
  return 'value' in d ? { value: d.value } : 'accessor';
}

function isActionType(value: string): value is ActionType {
  return (ACTION_TYPES as readonly string[]).includes(value);
}

/**
 * The first key of `obj` outside `allowed` (symbols too), for the extra-field refusal. Keys such
 * as `__proto__` and `constructor` are no exception: an own key is a key.
 */
function extraKey(obj: object, allowed: ReadonlySet<string>): string | null {
  for (const key of Reflect.ownKeys(obj)) {
    if (typeof key === 'symbol') return key.toString();
    if (!allowed.has(key)) return key;
  }
  return null;
}

/** A declared field, read once from its spec (`'id?'` is an optional id). */
interface Field {
  readonly name: string;
  readonly kind: FieldKind;
  readonly optional: boolean;
}

/** A fields record as the check walks it: its fields, and every key an object may carry. */
interface Fields {
  readonly fields: readonly Field[];
  readonly allowed: ReadonlySet<string>;
}

/**
 * Each fields record read once: the engine checks every action it applies, the AI's thousands a
 * game among them, and parsing the same few specs each time was a tenth of a game's cost.
 */
const compiled = new WeakMap<Readonly<Record<string, string>>, Fields>();

function compile(spec: Readonly<Record<string, string>>, withActor: boolean): Fields {
  let out = compiled.get(spec);
  if (out === undefined) {
    const fields = Object.entries(spec).map(([name, s]): Field => {
      const optional = s.endsWith('?');
      return { name, kind: (optional ? s.slice(0, -1) : s) as FieldKind, optional };
    });
    const names = fields.map((f) => f.name);
    out = { fields, allowed: new Set(withActor ? ['type', 'actor', ...names] : names) };
    compiled.set(spec, out);
  }
  return out;
}

/**
 * Where a field sits, as a message names it (`give[2].tier`). Kept as parts and joined only for a
 * refusal: a valid action, by far the common case, builds no path at all.
 */
interface At {
  readonly list: string;
  readonly index: number;
}

function pathOf(at: At | null, name: string): string {
  return at ? `${at.list}[${at.index}].${name}` : name;
}

/** A value of a field of the given kind, or the refusal naming it (`give[2].tier`). */
function checkValue(
  type: ActionType,
  at: At | null,
  name: string,
  kind: FieldKind,
  value: unknown,
): ActionError | null {
  switch (kind) {
    case 'id':
      return typeof value === 'string' ? null : badField(type, pathOf(at, name), kind);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value)
        ? null
        : badField(type, pathOf(at, name), kind);
    case 'flag':
      return typeof value === 'boolean' ? null : badField(type, pathOf(at, name), kind);
    case 'lines': {
      const field = pathOf(at, name);
      if (!Array.isArray(value)) return badField(type, field, kind);
      if (value.length > MAX_PACKAGE_LINES) {
        const params = { type, field: quoted(field), count: value.length, max: MAX_PACKAGE_LINES };
        return refuse('action/bad-field', params, 'action/bad-field.too-long');
      }
      const lineFields = compile(LINE_FIELDS, false);
      // Index by index, so a hole in a sparse array is a missing line, not a skipped one.
      for (let i = 0; i < value.length; i++) {
        const line = own(value, String(i));
        if (line === 'accessor' || line === 'absent' || !isPlainObject(line.value)) {
          return refuse(
            'action/bad-field',
            { type, field: quoted(`${field}[${i}]`) },
            'action/bad-field.line',
          );
        }
        const e = checkFields(type, line.value, lineFields, { list: field, index: i });
        if (e) return e;
      }
      return null;
    }
  }
}

function badField(type: ActionType, field: string, kind: FieldKind): ActionError {
  return refuse('action/bad-field', { type, field: quoted(field) }, `action/bad-field.${kind}`);
}

/** Each declared field present (unless optional) and of its kind, and no other key. */
function checkFields(
  type: ActionType,
  obj: Record<string, unknown>,
  spec: Fields,
  at: At | null,
): ActionError | null {
  const extra = extraKey(obj, spec.allowed);
  if (extra !== null) return refuse('action/extra-field', { type, field: quoted(pathOf(at, extra)) });
  for (const { name, kind, optional } of spec.fields) {
    const found = own(obj, name);
    // An optional field set to `undefined` is left out: JSON drops it, so a save cannot tell.
    if (found === 'absent' || (optional && found !== 'accessor' && found.value === undefined)) {
      if (optional) continue;
      return refuse('action/missing-field', { type, field: quoted(pathOf(at, name)) });
    }
    if (found === 'accessor') return badField(type, pathOf(at, name), kind);
    const e = checkValue(type, at, name, kind, found.value);
    if (e) return e;
  }
  return null;
}

/**
 * Null when `value` has the shape of an action of a known type (what the rules may then read
 * without a second look), else the coded refusal: not an object, an unknown type, or a missing,
 * extra or wrongly typed field. Says nothing of legality: that is the rules' part.
 */
export function checkShape(value: unknown): ActionError | null {
  if (!isPlainObject(value)) return refuse('action/not-an-object');
  const type = own(value, 'type');
  if (type === 'absent')
    return refuse('action/unknown-type', { types: [...ACTION_TYPES] }, 'action/unknown-type.missing');
  if (type === 'accessor' || typeof type.value !== 'string') {
    return refuse('action/unknown-type', { types: [...ACTION_TYPES] }, 'action/unknown-type.not-text');
  }
  if (!isActionType(type.value)) {
    return refuse('action/unknown-type', { type: quoted(type.value), types: [...ACTION_TYPES] });
  }
  const known = type.value;
  const actor = own(value, 'actor');
  if (actor === 'absent') return refuse('action/missing-field', { type: known, field: quoted('actor') });
  if (actor === 'accessor' || typeof actor.value !== 'string') {
    return refuse('action/bad-field', { type: known, field: quoted('actor') }, 'action/bad-field.id');
  }
  return checkFields(known, value, compile(ACTION_RULES[known].fields, true), null);
}

/** The same check as a type guard, for code that holds data and wants an `Action`. */
export function isAction(value: unknown): value is Action {
  return checkShape(value) === null;
}
