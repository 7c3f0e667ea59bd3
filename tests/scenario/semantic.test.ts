import { describe, expect, it } from 'vitest';
import { loadScenario, migrations, SCHEMA_VERSION } from '../../src/scenario/index.ts';
import { expectProblem, FIXTURE, lineOf, problems, timedLoad, variant } from './helpers.ts';

describe('references', () => {
  it('an unknown actor, with a did-you-mean', () => {
    const text = variant('    giver: north_korea\n', '    giver: north_koera\n');
    const issue = expectProblem(text, 'scenario/unknown-actor', lineOf(text, 'north_koera'));
    expect(issue.path).toBe('items[2].giver');
    expect(issue.column).toBe(12);
    expect(issue.hint).toBe('did you mean `north_korea`?');
  });

  it('an unknown actor as a map key is placed at the key', () => {
    const text = variant('    value: { north_korea: 5 }\n', '    value: { china: 5 }\n');
    const issue = expectProblem(text, 'scenario/unknown-actor', lineOf(text, 'china'));
    expect(issue.column).toBe(14);
    expect(issue.path).toBe('items[1].value.china');
  });

  it('unknown items, issues and events, and references inside broken entries', () => {
    const text = variant('    progress: { abductions: 1 }\n', '    progress: { abduction: 1 }\n')
      .replace('    kind: release\n', '    kind: wrong\n')
      .replace('    when: { delivered: release }', '    when: { delivered: relase, fired: nothing }')
      .replace(
        '        - { type: summit, actor: japan, with: north_korea }',
        '        - { type: summit, actor: japan, with: nk }',
      );
    const codes = problems(text).map((issue) => `${issue.code} ${issue.path}`);
    expect(codes).toEqual(
      expect.arrayContaining([
        'scenario/unknown-issue items[2].progress.abduction',
        'scenario/unknown-item outcomes[0].when.delivered',
        'scenario/unknown-event outcomes[0].when.fired',
        'scenario/unknown-actor history.steps[0].actions[0].with',
      ]),
    );
  });

  it('reports every problem at once, in file order', () => {
    const text = variant('    agility: 0.8\n', '    agility: 2\n').replace(
      '    giver: north_korea\n',
      '    giver: nobody\n',
    );
    const found = problems(text);
    expect(found.map((issue) => issue.code)).toEqual(['schema/out-of-range', 'scenario/unknown-actor']);
    expect(found[0]?.line).toBeLessThan(found[1]?.line ?? 0);
  });
});

describe('ids', () => {
  it('ids that collide after case folding', () => {
    const text = variant('  - id: north_korea\n', '  - id: Japan\n');
    const issue = expectProblem(text, 'scenario/id-collision', lineOf(text, 'id: Japan'));
    expect(issue.message).toContain('"japan"');
    expectProblem(text, 'schema/bad-id', lineOf(text, 'id: Japan'));
  });

  it('the same id twice, and an item named like an actor', () => {
    expectProblem(
      variant('  - id: aid\n', '  - id: visit\n'),
      'scenario/duplicate-id',
      lineOf(FIXTURE, '  - id: aid'),
    );
    expectProblem(
      variant('  - id: aid\n', '  - id: japan\n'),
      'scenario/duplicate-id',
      lineOf(FIXTURE, '  - id: aid'),
    );
  });

  it('ids named after Object.prototype members', () => {
    expectProblem(
      variant('  - id: aid\n', '  - id: constructor\n'),
      'schema/reserved-id',
      lineOf(FIXTURE, '  - id: aid'),
    );
    expectProblem(
      variant('  - id: aid\n', '  - id: __proto__\n'),
      'schema/bad-id',
      lineOf(FIXTURE, '  - id: aid'),
    );
  });
});

describe('turns, tiers, actors and history', () => {
  it('an election after the last turn', () => {
    const text = variant('        - turn: 4\n', '        - turn: 9\n');
    expectProblem(text, 'scenario/turn-out-of-range', lineOf(text, 'turn: 9'));
  });

  it('an event window that ends before it starts', () => {
    const text = variant(
      '    turn: 4\n    cite: { addedContext: true }',
      '    from: 3\n    to: 2\n    cite: { addedContext: true }',
    );
    expectProblem(text, 'scenario/bad-window', lineOf(text, 'to: 2'));
  });

  it('tiers out of order', () => {
    const text = variant('    tiers: [0.5, 1]\n', '    tiers: [1, 0.5]\n');
    expectProblem(text, 'scenario/tiers-order', lineOf(text, 'tiers'));
    expectProblem(variant('    tiers: [0.5, 1]\n', '    tiers: [0, 1]\n'), 'schema/out-of-range');
  });

  it('no playable actor', () => {
    expectProblem(
      variant('    playable: true\n', ''),
      'scenario/no-playable-actor',
      lineOf(FIXTURE, 'actors:'),
    );
  });

  it('a background actor in the turn order', () => {
    const text = variant('    agility: 0.8\n', '    agility: 0.8\n    background: true\n').replace(
      'items:\n',
      'order: [japan, north_korea]\nitems:\n',
    );
    expectProblem(text, 'scenario/background-in-order', lineOf(text, 'order:'));
  });

  it('history moves must fit the items: tiers, givers and the moving delegation', () => {
    const text = variant(
      '          give: [{ item: aid, tier: 1 }]\n',
      '          give: [{item: aid, tier: 0.7}, {item: release, tier: 1}]\n',
    ).replace(
      '        - { type: summit, actor: japan, with: north_korea }',
      '        - { type: summit, actor: north_korea, with: japan }',
    );
    const codes = problems(text).map((issue) => issue.code);
    expect(codes).toEqual(
      expect.arrayContaining(['scenario/unknown-tier', 'scenario/not-giver', 'scenario/action-actor']),
    );
  });

  it('a history player that is not playable', () => {
    expectProblem(variant('  player: japan\n', '  player: north_korea\n'), 'scenario/player-not-playable');
  });
});

describe('citations', () => {
  it('a cite of a file not listed under sources', () => {
    const text = variant(
      '    description: What became of the Japanese taken to the North.\n    cite: { source: 000_9fd2b6bbe1dfc80f.txt }\n',
      '    description: What became of the Japanese taken to the North.\n    cite: { source: 001_2f02e5bc178cc7ed.txt }\n',
    );
    const issue = expectProblem(text, 'scenario/unlisted-source', lineOf(text, '001_2f'));
    expect(issue.hint).toContain('under `sources`');
  });

  it('a cite with neither a source nor addedContext', () => {
    const text = variant('    cite: { addedContext: true }\n', '    cite: {quote: "no file"}\n');
    expectProblem(text, 'schema/missing-source', lineOf(text, 'no file'));
  });

  it('an item without a cite', () => {
    const text = variant(
      '    cite: { source: 000_9fd2b6bbe1dfc80f.txt, quote: "This did not cost Japan anything" }\n',
      '',
    );
    const issue = expectProblem(text, 'schema/required', lineOf(FIXTURE, '  - id: visit'));
    expect(issue.path).toBe('items[0].cite');
  });
});

describe('versions', () => {
  it('refuses a file from a newer format with a clear message', () => {
    const text = variant('schema: 1\n', `schema: ${SCHEMA_VERSION + 1}\n`);
    const issue = expectProblem(text, 'scenario/schema-too-new', lineOf(text, 'schema:'));
    expect(issue.message).toContain(`up to ${SCHEMA_VERSION}`);
  });

  it('requires the schema line', () => {
    expectProblem(variant('schema: 1\n', ''), 'schema/required');
  });

  it('has the migration table wired in, empty for now', () => {
    expect(Object.keys(migrations)).toEqual([]);
  });
});

/** The fixture with objectives for Japan: one measuring progress, with these points, zero and full. */
function withObjectives(...goals: readonly { points: number; zero?: number; full?: number }[]): string {
  const lines = goals.map(
    (g, i) =>
      `    - {id: goal_${i}, text: Goal ${i}, measure: progress, issue: abductions, zero: ${g.zero ?? 0}, full: ${g.full ?? 100}, points: ${g.points}}\n`,
  );
  return variant('outcomes:\n', `objectives:\n  japan:\n${lines.join('')}outcomes:\n`);
}

describe('warnings', () => {
  it('are returned with a scenario that loads: objective points that do not add up to 100', () => {
    const result = timedLoad(withObjectives({ points: 60 }, { points: 30 }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings.map((issue) => [issue.code, issue.message, issue.hint])).toEqual([
      [
        'scenario/points-total',
        'the objectives of "japan" add up to 90 points (60 + 30), where scores are read out of 100',
        'add 10 points among them',
      ],
    ]);
    const over = timedLoad(withObjectives({ points: 70 }, { points: 40 }));
    expect(over.ok && over.warnings.map((issue) => issue.hint)).toEqual(['take 10 points off them']);
    const exact = timedLoad(withObjectives({ points: 70 }, { points: 30 }));
    expect(exact.ok && exact.warnings).toEqual([]);
  });
});

describe('design slips that are errors (issue 16)', () => {
  it('an objective whose zero and full are the same', () => {
    const text = withObjectives({ points: 60 }, { points: 40, zero: 50, full: 50 });
    const issue = expectProblem(text, 'scenario/objective-range', lineOf(text, 'zero: 50'));
    expect(issue.message).toBe(
      '`zero` and `full` are both 50, so this objective could only give no points or all of them at once',
    );
  });

  it('a historical outcome that is not one of the outcomes, with the nearest id', () => {
    const text = variant('  outcome: families_home\n', '  outcome: families_hoem\n');
    const issue = expectProblem(text, 'scenario/unknown-outcome', lineOf(text, 'families_hoem'));
    expect(issue.hint).toBe('did you mean `families_home`?');
  });
});

describe('robustness', () => {
  it('never throws, whatever the text', () => {
    const samples = [
      '{',
      '}',
      ':',
      '- -',
      '"',
      "'",
      '&',
      '*',
      '!',
      '%',
      '|',
      '>',
      '? ',
      '[{]}',
      '\u0000',
      '\ud800',
      'a: [1, {b: 2}]',
    ];
    for (const a of samples) {
      for (const b of samples) {
        const result = loadScenario(`${a}\n${b}`, 'fuzz.yaml');
        expect(result.ok).toBe(false);
      }
    }
  });
});
