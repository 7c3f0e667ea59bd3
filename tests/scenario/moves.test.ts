import { describe, expect, it } from 'vitest';
import { ActionSchema, checkMoves, parseMoves } from '../../src/scenario/index.ts';
import { scenario2004 } from '../sim/scenario-2004.ts';

describe('parseMoves', () => {
  it('reads one list of actions per turn', () => {
    const text = JSON.stringify([
      [
        { type: 'summit', actor: 'japan', with: 'north_korea' },
        { type: 'offer', actor: 'japan', to: 'north_korea', give: [{ item: 'aid', tier: 1 }] },
      ],
      [{ type: 'wait', actor: 'japan' }],
    ]);
    const result = parseMoves(text, 'moves.json');
    expect(result.ok).toBe(true);
    expect(result.ok && result.value[0]?.[1]).toEqual({
      type: 'offer',
      actor: 'japan',
      to: 'north_korea',
      give: [{ item: 'aid', tier: 1 }],
      ask: [],
    });
  });

  it('places schema problems at their JSON line and column', () => {
    const text =
      '[\n  [\n    {"type": "pressure", "actor": "japan", "target": "north_korea", "levle": 2}\n  ]\n]\n';
    const result = parseMoves(text, 'moves.json');
    expect(result.ok).toBe(false);
    const issues = result.ok ? [] : result.error;
    const unknown = issues.find((issue) => issue.code === 'schema/unknown-key');
    const column = (text.split('\n')[2] ?? '').indexOf('"levle"') + 1;
    expect(unknown).toMatchObject({ file: 'moves.json', line: 3, column, path: '[0][0].levle' });
    expect(unknown?.hint).toBe('did you mean `level`?');
    expect(issues.some((issue) => issue.code === 'schema/required' && issue.path === '[0][0].level')).toBe(
      true,
    );
  });

  it('reports broken JSON with a position', () => {
    const result = parseMoves('[\n  [{"type": "wait", "actor": "japan"},]\n]', 'moves.json');
    expect(result.ok).toBe(false);
    const issue = result.ok ? undefined : result.error[0];
    expect(issue?.code).toBe('json/syntax');
    expect(issue?.line).toBe(2);
  });

  it('refuses deep nesting before JSON.parse', () => {
    const result = parseMoves('['.repeat(5000), 'moves.json');
    expect(!result.ok && result.error[0]?.code).toBe('yaml/too-deep');
  });

  it('refuses unknown action types with the list of known ones', () => {
    const result = parseMoves('[[{"type": "bribe", "actor": "japan"}]]', 'moves.json');
    expect(!result.ok && result.error[0]).toMatchObject({ code: 'schema/unknown-kind', line: 1, column: 12 });
  });

  it('exports the action schema for reuse', () => {
    expect(ActionSchema.safeParse({ type: 'deliver', actor: 'japan', item: 'aid' }).success).toBe(true);
    expect(ActionSchema.safeParse({ type: 'deliver', actor: 'japan', promise: 0 }).success).toBe(false);
  });
});

describe('JSON syntax errors', () => {
  it.each([
    ['[1,]', 1, 4, 'comma'],
    ['[1 2]', 1, 4, 'expected `,`'],
    ['{"a" 1}', 1, 6, '`:`'],
    ['[\n  "abc', 2, 7, 'never closed'],
    ["['a']", 1, 2, 'expected a value'],
    ['[1] x', 1, 5, 'more after'],
    ['', 1, 1, 'ends too soon'],
  ])('%j', (text, line, column, words) => {
    const result = parseMoves(text, 'm.json');
    const issue = result.ok ? undefined : result.error[0];
    expect(issue).toMatchObject({ code: 'json/syntax', line, column });
    expect(issue?.message).toContain(words);
  });
});

describe('checkMoves, against the scenario it is played on', () => {
  const scenario = scenario2004();
  const check = (moves: unknown, player = 'japan') => {
    const text = JSON.stringify(moves, null, 2);
    const parsed = parseMoves(text, 'moves.json');
    if (!parsed.ok) throw new Error(parsed.error.map((i) => i.message).join('; '));
    return checkMoves(parsed.value, text, 'moves.json', scenario, player);
  };

  it('passes a file whose actions are the player’s and name what the scenario has', () => {
    expect(
      check([
        [{ type: 'offer', actor: 'japan', to: 'north_korea', give: [{ item: 'food_aid', tier: 1 }] }],
        [{ type: 'wait', actor: 'japan' }],
      ]),
    ).toEqual([]);
  });

  it('names every unknown delegation, item and forum, and every action not the player’s, with its place', () => {
    const issues = check([
      [{ type: 'wait', actor: 'japan' }],
      [
        {
          type: 'offer',
          actor: 'japan',
          to: 'north_koera',
          forum: 'six_partyy',
          give: [{ item: 'food_aidd', tier: 1 }],
          ask: [{ item: 'families', tier: 1 }],
        },
        { type: 'wait', actor: 'north_korea' },
      ],
    ]);
    expect(issues.map((i) => [i.code, i.path, i.line])).toEqual([
      ['moves/unknown-actor', '[1][0].to', 12],
      ['moves/unknown-forum', '[1][0].forum', 13],
      ['moves/unknown-item', '[1][0].give[0].item', 16],
      ['moves/not-the-player', '[1][1].actor', 29],
    ]);
    expect(issues[0]?.hint).toBe('did you mean `north_korea`?');
    expect(issues[3]?.message).toBe('this moves file plays "japan"; this action is played by "north_korea"');
  });

  it('says a file whose top level is not a list is no moves file, and how one is written', () => {
    for (const [text, what] of [
      ['{"turns": []}', 'a JSON object'],
      ['"wait"', 'a single string'],
      ['null', '`null`'],
    ] as const) {
      const result = parseMoves(text, 'moves.json');
      const issue = result.ok ? undefined : result.error[0];
      expect(issue).toMatchObject({ code: 'moves/not-a-list', line: 1, column: 1 });
      expect(issue?.message).toContain(`this file is ${what}`);
      expect(issue?.hint).toContain('docs/sim.md');
    }
  });
});
