/**
 * Files the schema accepts that the game could not play (issue #10: `order: []` and objectives or
 * effects pairing an actor with itself stopped the checker with "internal error"): each is now a
 * positioned error with a hint, so neither the audit nor `sim` ever starts such a game.
 */
import { describe, expect, it } from 'vitest';
import { expectProblem, lineOf, problems, variant } from './helpers.ts';

const objective = (fields: string) =>
  variant(
    'outcomes:\n',
    `objectives:\n  japan:\n    - { id: goal, text: A goal, ${fields}, zero: 0, full: 1, points: 10 }\noutcomes:\n`,
  );

const event = (effect: string) =>
  variant(
    'outcomes:\n',
    `  - id: crisis\n    headline: A crisis\n    text: Something happens.\n    turn: 2\n    effects: [${effect}]\n    cite: { addedContext: true }\noutcomes:\n`,
  );

describe('a file the schema accepts never stops the checker', () => {
  it('`order: []` is an error at `order`, and the actors left out are not each warned about', () => {
    const text = variant('items:\n', 'order: []\nitems:\n');
    const found = problems(text);
    expect(found.map((i) => `${i.line}:${i.column} ${i.code} ${i.message} — ${i.hint}`)).toEqual([
      `${lineOf(text, 'order: []')}:1 schema/too-short \`order\` needs at least 1 entry, and it is empty — list the delegations that move, in order, or leave \`order\` out to have every actor that is not background move`,
    ]);
  });

  it('an `expectation` objective with no `of`', () => {
    const text = objective('measure: expectation');
    const issue = expectProblem(text, 'scenario/objective-target', lineOf(text, 'measure: expectation'));
    expect(issue.message).toBe(
      'an `expectation` objective must name the other actor whose view counts, and this one names none',
    );
    expect(issue.hint).toBe('add `of:` with the id of another actor');
    expect(issue.path).toBe('objectives.japan[0].measure');
  });

  it('a `trust` objective whose `of` is its own actor', () => {
    const text = objective('measure: trust, of: japan');
    const issue = expectProblem(text, 'scenario/self-reference', lineOf(text, 'of: japan'));
    expect(issue.message).toBe(
      'this objective of "japan" measures its view of itself, which the game does not keep',
    );
    expect(issue.path).toBe('objectives.japan[0].of');
  });

  it('a `progress` objective with no `issue`, whose audit hint once read "add `progress: {undefined: N}`"', () => {
    const text = objective('measure: progress');
    const issue = expectProblem(text, 'scenario/objective-target', lineOf(text, 'measure: progress'));
    expect(issue.severity).toBe('error');
    expect(issue.hint).toBe('add `issue:` with the id of one of the `issues`');
  });

  it.each([
    ['expectation', '{ kind: expectation, from: japan, to: japan, delta: 1 }'],
    ['reservation', '{ kind: reservation, from: north_korea, to: north_korea, delta: 1 }'],
    ['trust', '{ kind: trust, from: japan, to: japan, delta: 0.1 }'],
  ])('an event changing the %s of an actor towards itself', (_, effect) => {
    const text = event(effect);
    const issue = expectProblem(text, 'scenario/self-reference', lineOf(text, effect));
    expect(issue.path).toBe('events[1].effects[0].to');
    expect(issue.message).toMatch(
      /^"(japan|north_korea)" is named on both sides, but an actor has no view of itself$/,
    );
    expect(issue.hint).toBe('make `to` another actor than `from`');
  });

  it('a condition on the expectation of an actor of itself, also inside `any`', () => {
    const text = variant(
      '    when: { delivered: release }\n',
      '    when:\n      expectationAbove: { from: japan, to: japan, value: 1 }\n      any: [{ expectationBelow: { from: north_korea, to: north_korea, value: 1 } }]\n',
    );
    const found = problems(text).filter((i) => i.code === 'scenario/self-reference');
    expect(found.map((i) => `${i.line} ${i.path}`)).toEqual([
      `${lineOf(text, 'expectationAbove')} outcomes[0].when.expectationAbove.to`,
      `${lineOf(text, 'any:')} outcomes[0].when.any[0].expectationBelow.to`,
    ]);
  });
});
