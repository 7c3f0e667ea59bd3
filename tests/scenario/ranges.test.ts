/**
 * Every number in the format has a range (hardening.md: "Every number has a range in the schema,
 * so Infinity and NaN never reach a screen"): the JSON Schema editors use shows both bounds of
 * each, and a huge number in each kind of field is a positioned error that names the range.
 */
import { describe, expect, it } from 'vitest';
import { movesJsonSchema, scenarioJsonSchema } from '../../src/scenario/index.ts';
import { expectProblem, lineOf, variant } from './helpers.ts';

type Node = Record<string, unknown>;

/** The path of every number or whole number in a JSON Schema that lacks a finite lower or upper bound. */
function unbounded(schema: unknown): string[] {
  const found: string[] = [];
  const bounded = (value: unknown) => typeof value === 'number' && Math.abs(value) < Number.MAX_SAFE_INTEGER;
  const walk = (node: unknown, path: string): void => {
    if (Array.isArray(node)) {
      node.forEach((child, i) => {
        walk(child, `${path}[${i}]`);
      });
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    const n = node as Node;
    const numeric = n.type === 'number' || n.type === 'integer';
    // `schema: 1` is a constant, not a range.
    if (numeric && !('const' in n)) {
      const low = bounded(n.minimum) || bounded(n.exclusiveMinimum);
      const high = bounded(n.maximum) || bounded(n.exclusiveMaximum);
      if (!low || !high) found.push(path);
    }
    for (const [key, child] of Object.entries(n)) walk(child, `${path}.${key}`);
  };
  walk(schema, '');
  return found;
}

describe('every number has a range', () => {
  it('in the scenario JSON Schema and the moves JSON Schema, with both bounds', () => {
    expect(unbounded(scenarioJsonSchema())).toEqual([]);
    expect(unbounded(movesJsonSchema())).toEqual([]);
  });

  it('the walk itself finds a number without an upper bound', () => {
    expect(unbounded({ properties: { a: { type: 'number', minimum: 0 }, b: { type: 'integer' } } })).toEqual([
      '.properties.a',
      '.properties.b',
    ]);
  });

  it('and states it in the description editors show', () => {
    const props = (scenarioJsonSchema() as { properties: Record<string, { description: string }> })
      .properties;
    expect(props.spread?.description).toBe(
      'How much hidden starting values vary between games, in value points either way. From 0 to 20.',
    );
  });
});

const OBJECTIVES =
  'objectives:\n  japan:\n    - { id: home, text: Bring them home, measure: progress, issue: abductions, zero: 0, full: 1, points: 10 }\n';
const EVENT = (effect: string) =>
  `  - id: crisis\n    headline: A crisis\n    text: Something happens.\n    turn: 2\n    effects: [${effect}]\n    cite: { addedContext: true }\noutcomes:\n`;

/** [what, the fixture with 1e308 (or -1e308) in one field, the field's key, the message's bound]. */
const HUGE: readonly [string, string, string][] = [
  [
    'a value to a receiver (value points)',
    variant('    value: { north_korea: 5 }\n', '    value: { north_korea: 1e308 }\n'),
    '`north_korea` is 1e+308, but it must be at most 100',
  ],
  ['a cost', variant('    cost: 2\n', '    cost: 1e308\n'), '`cost` is 1e+308, but it must be at most 100'],
  [
    'a negative cost',
    variant('    cost: 2\n', '    cost: -1e308\n'),
    '`cost` is -1e+308, but it must be at least -100',
  ],
  [
    'progress an item makes',
    variant('    progress: { abductions: 1 }\n', '    progress: { abductions: 1e308 }\n'),
    '`abductions` is 1e+308, but it must be at most 1000',
  ],
  [
    'an expectation in a relation',
    variant('items:\n', 'relations:\n  - { from: japan, to: north_korea, expectation: 1e308 }\nitems:\n'),
    '`expectation` is 1e+308, but it must be at most 100',
  ],
  [
    'the spread',
    variant('items:\n', 'spread: 1e306\nitems:\n'),
    '`spread` is 1e+306, but it must be at most 20',
  ],
  [
    "an objective's points",
    variant('outcomes:\n', `${OBJECTIVES.replace('points: 10', 'points: 1e308')}outcomes:\n`),
    '`points` is 1e+308, but it must be at most 1000',
  ],
  [
    "an objective's `full`",
    variant('outcomes:\n', `${OBJECTIVES.replace('full: 1', 'full: 1e308')}outcomes:\n`),
    '`full` is 1e+308, but it must be at most 1000',
  ],
  [
    "an event's tension change",
    variant('outcomes:\n', EVENT('{ kind: tension, delta: 1e308 }')),
    '`delta` is 1e+308, but it must be at most 100',
  ],
  [
    "an event's trust change",
    variant('outcomes:\n', EVENT('{ kind: trust, from: japan, to: north_korea, delta: 1e308 }')),
    '`delta` is 1e+308, but it must be at most 1',
  ],
  [
    "a condition's value",
    variant(
      '    when: { delivered: release }\n',
      '    when: { progressAtLeast: { issue: abductions, value: 1e308 } }\n',
    ),
    '`value` is 1e+308, but it must be at most 1000',
  ],
  [
    'a share among the parameters (`alphaUp`, 0 to 1)',
    variant('debrief:\n', 'params: { alphaUp: 1e308 }\ndebrief:\n'),
    '`alphaUp` is 1e+308, but it must be at most 1',
  ],
  [
    'a number of turns among the parameters',
    variant('debrief:\n', 'params: { promiseWindow: 1e308 }\ndebrief:\n'),
    '`promiseWindow` is 1e+308, but it must be at most 100',
  ],
  [
    'a curve among the parameters',
    variant('debrief:\n', 'params: { curves: { linear: [1, 1e308] } }\ndebrief:\n'),
    '`1` is 1e+308, but it must be at most 1',
  ],
];

describe('a huge number in each kind of field is a positioned error naming the range', () => {
  it.each(HUGE)('%s', (_, text, message) => {
    const number = /-?1e30[68]/.exec(text)?.[0] ?? 'no huge number';
    const line = lineOf(text, number);
    const issue = expectProblem(text, 'schema/out-of-range', line);
    expect(issue.message).toBe(message);
    expect(issue.hint).toBe(`change it to a number ${message.slice(message.indexOf('must be ') + 8)}`);
    // At the number itself, so an editor jumps to it.
    expect(issue.column).toBe((text.split('\n')[line - 1] ?? '').indexOf(number) + 1);
  });
});
