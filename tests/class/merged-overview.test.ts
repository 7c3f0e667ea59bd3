import { describe, expect, it } from 'vitest';
import {
  type ClassOverview,
  mergedOverview,
  PROTOCOL_VERSION,
  type TableOverview,
} from '../../src/class/index.ts';

/**
 * The teacher's page from overviews that arrive partial (only the tables a change touched) and,
 * with several server processes, sometimes behind: each table is kept at the furthest it has been
 * seen, whatever order the news comes in.
 */
function table(index: number, length: number, status: TableOverview['status'] = 'playing'): TableOverview {
  return {
    table: index,
    seed: index,
    turn: 1,
    turns: 6,
    turnLabel: 'Turn 1',
    tension: 40,
    status,
    length,
    waitingFor: null,
    seats: [],
    alerts: [],
    outcome: null,
    secondsLeft: null,
  };
}

function overview(tables: TableOverview[], status: ClassOverview['status'] = 'playing'): ClassOverview {
  return {
    protocol: PROTOCOL_VERSION,
    class: 'c1',
    code: 'ABCDEF',
    scenario: 's',
    status,
    turnSeconds: 0,
    tables,
  };
}

describe('mergedOverview', () => {
  it('takes the first overview whole, then each table from the news that touched it', () => {
    const first = mergedOverview(null, overview([table(0, 0), table(1, 0), table(2, 0)]));
    const news = mergedOverview(first, overview([table(1, 3)]));
    expect(news.tables.map((t) => [t.table, t.length])).toEqual([
      [0, 0],
      [1, 3],
      [2, 0],
    ]);
  });

  it('keeps a table at its furthest when a process that is behind sends it later', () => {
    const ended = mergedOverview(
      overview([table(0, 40, 'ended'), table(1, 10)]),
      overview([table(0, 38), table(1, 12)], 'paused'),
    );
    expect(ended.tables.map((t) => [t.length, t.status])).toEqual([
      [40, 'ended'],
      [12, 'playing'],
    ]);
    // The class's own fields are the newer overview's.
    expect(ended.status).toBe('paused');
    // The same length is the same table: the newer news (a seat handed, a page opened) wins.
    const seat = { ...table(1, 12), waitingFor: { actor: 'usa', driver: 'ai' as const } };
    expect(mergedOverview(ended, overview([seat])).tables[1]?.waitingFor).toEqual({
      actor: 'usa',
      driver: 'ai',
    });
  });

  it('starts again for another class', () => {
    const other = { ...overview([table(0, 1)]), class: 'c2' };
    expect(mergedOverview(overview([table(0, 5), table(1, 5)]), other)).toBe(other);
  });
});
