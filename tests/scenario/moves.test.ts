import { describe, expect, it } from 'vitest';
import { ActionSchema, parseMoves } from '../../src/scenario/index.ts';

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
