/**
 * The actions of a save are read by the scenario format's own definition of actions
 * (`actionSchemaFor`, see tests/scenario/action-shapes.test.ts) with the save's own leaves: the
 * save stays as strict as it was (strict objects, at most 64 lines a side, ids of the id pattern,
 * tiers 0 to 1, package lists written out), and says what is wrong in the same words. Each message
 * below is the one the save format gave before the action schemas were one definition.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSaveShape, readSaveText } from '../../src/store/index.ts';

/** The frozen format-1 save as it reaches the shape check: migrated to the current format. */
const FROZEN = (() => {
  const read = readSaveText(readFileSync(resolve(import.meta.dirname, '../fixtures/save-v1.json'), 'utf8'));
  if (!read.ok) throw new Error(read.problem.message);
  return read.raw as { actions: unknown[] };
})();
const line = { item: 'aid', tier: 1 };

/** The frozen save with its third action replaced, read as a stored or imported save is. */
function withAction(action: unknown) {
  const save = { ...FROZEN, actions: [...FROZEN.actions.slice(0, 2), action] };
  return checkSaveShape(JSON.parse(JSON.stringify(save)));
}

const TYPES =
  "'offer' | 'accept' | 'reject' | 'counter' | 'walkOut' | 'wait' | 'backDown' | 'pressure' | 'summit' | 'coordinate' | 'gift' | 'deliver'";

describe('the actions of a save', () => {
  it('the frozen save of format 1 still reads', () => {
    const read = checkSaveShape(FROZEN);
    expect(read.ok && read.save.actions).toEqual(FROZEN.actions);
  });

  it.each([
    [
      'an unknown type',
      { type: 'fly', actor: 'japan' },
      `actions.2.type: Invalid discriminator value. Expected ${TYPES}`,
    ],
    ['no type', { actor: 'japan' }, `actions.2.type: Invalid discriminator value. Expected ${TYPES}`],
    [
      'a missing field',
      { type: 'offer', actor: 'japan', give: [], ask: [] },
      'actions.2.to: Invalid input: expected string, received undefined',
    ],
    [
      'package lines left out',
      { type: 'offer', actor: 'japan', to: 'usa', ask: [] },
      'actions.2.give: Invalid input: expected array, received undefined',
    ],
    ['an extra field', { type: 'wait', actor: 'japan', to: 'usa' }, 'actions.2: Unrecognized key: "to"'],
    [
      'a forum on a counter-offer',
      { type: 'counter', actor: 'japan', forum: 'x', give: [], ask: [] },
      'actions.2: Unrecognized key: "forum"',
    ],
    [
      'a `__proto__` key',
      JSON.parse('{"type":"wait","actor":"japan","__proto__":{"x":1}}'),
      'actions.2: Unrecognized key: "__proto__"',
    ],
    [
      'an id that is not one',
      { type: 'wait', actor: 'Japan' },
      'actions.2.actor: Invalid string: must match pattern /^[a-z][a-z0-9_-]{0,63}$/',
    ],
    [
      'an id of 65 letters',
      { type: 'wait', actor: 'a'.repeat(65) },
      'actions.2.actor: Invalid string: must match pattern /^[a-z][a-z0-9_-]{0,63}$/',
    ],
    [
      'a tier above 1',
      { type: 'gift', actor: 'japan', to: 'usa', item: 'aid', tier: 1.5 },
      'actions.2.tier: Too big: expected number to be <=1',
    ],
    [
      'a tier below 0',
      { type: 'gift', actor: 'japan', to: 'usa', item: 'aid', tier: -0.1 },
      'actions.2.tier: Too small: expected number to be >=0',
    ],
    [
      'a tier as text',
      { type: 'gift', actor: 'japan', to: 'usa', item: 'aid', tier: '1' },
      'actions.2.tier: Invalid input: expected number, received string',
    ],
    [
      'a line with an extra key',
      { type: 'offer', actor: 'japan', to: 'usa', give: [{ ...line, x: 1 }], ask: [] },
      'actions.2.give.0: Unrecognized key: "x"',
    ],
    [
      'a line with no tier',
      { type: 'offer', actor: 'japan', to: 'usa', give: [{ item: 'aid' }], ask: [] },
      'actions.2.give.0.tier: Invalid input: expected number, received undefined',
    ],
    [
      '65 lines',
      { type: 'counter', actor: 'japan', give: Array(65).fill(line), ask: [] },
      'actions.2.give: Too big: expected array to have <=64 items',
    ],
    [
      'pressure at level 4',
      { type: 'pressure', actor: 'japan', target: 'usa', level: 4 },
      'actions.2.level: Too big: expected number to be <=3',
    ],
    [
      'pressure at level 1.5',
      { type: 'pressure', actor: 'japan', target: 'usa', level: 1.5 },
      'actions.2.level: Invalid input: expected int, received number',
    ],
    [
      'a forum that is a number',
      { type: 'offer', actor: 'japan', to: 'usa', forum: 5, give: [], ask: [] },
      'actions.2.forum: Invalid input: expected string, received number',
    ],
    [
      'a flag as text',
      { type: 'offer', actor: 'japan', to: 'usa', give: [{ ...line, promised: 'yes' }], ask: [] },
      'actions.2.give.0.promised: Invalid input: expected boolean, received string',
    ],
    [
      'a delivery by promise number',
      { type: 'deliver', actor: 'japan', promise: 0 },
      'actions.2.item: Invalid input: expected string, received undefined',
    ],
    ['null', null, 'actions.2: Invalid input: expected object, received null'],
    ['a list', [], 'actions.2: Invalid input: expected object, received array'],
  ])('refuses %s, in the same words as before', (_what, action, message) => {
    expect(withAction(action)).toEqual({ ok: false, message });
  });

  it.each([
    ['tier 0', { type: 'gift', actor: 'japan', to: 'usa', item: 'aid', tier: 0 }],
    ['64 lines (a file allows 40)', { type: 'counter', actor: 'japan', give: Array(64).fill(line), ask: [] }],
    [
      'an offer in a forum',
      { type: 'offer', actor: 'japan', to: 'usa', forum: 'six_party', give: [line], ask: [] },
    ],
    [
      'a conditional gift',
      { type: 'gift', actor: 'japan', to: 'usa', item: 'aid', tier: 1, conditional: true },
    ],
  ])('reads %s as it is', (_what, action) => {
    const read = withAction(action);
    expect(read.ok && read.save.actions[2]).toEqual(action);
  });
});
