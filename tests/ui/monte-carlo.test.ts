import { describe, expect, it } from 'vitest';
import { createGame } from '../../src/engine/index.ts';
import { monteCarlo, monteCarloSteps, playerLine, playOn } from '../../src/sim/index.ts';
import { distributionView, progressText, sharePercent, wholeNumber } from '../../src/ui/viewmodel/index.ts';
import { loadShipped } from '../scenarios/shipped.ts';
import { playUntil } from './helpers.ts';

const s2004 = loadShipped('2004-koizumi-second-visit.yaml');
const start = playOn(s2004, createGame(s2004, 1, { japan: 'person' }), { japan: 'person' }).state;
const final = playUntil(s2004, start, (s) => s.status === 'ended');
const options = {
  player: 'japan',
  line: playerLine(final, 'japan'),
  mark: final.result?.scores.japan ?? 0,
  runs: 6,
};

describe('the debrief’s view of a thousand games', () => {
  it('writes numbers and shares as a reader reads them, never 0% or 100% when it is not', () => {
    expect([0, 7, 999, 1000, 12345, 1234567, -4200].map(wholeNumber)).toEqual([
      '0',
      '7',
      '999',
      '1,000',
      '12,345',
      '1,234,567',
      '-4,200',
    ]);
    expect(
      [
        [0, 1000],
        [1, 1000],
        [5, 1000],
        [6, 1000],
        [500, 1000],
        [994, 1000],
        [995, 1000],
        [999, 1000],
        [1000, 1000],
        [3, 0],
      ].map(([part, whole]) => sharePercent(part!, whole!)),
    ).toEqual(['0', '<1', '1', '1', '50', '99', '>99', '>99', '100', '0']);
  });

  it('says how far the run is: the line first, then the strategies seed by seed', () => {
    expect(progressText(0, 0, 1000)).toBe('Starting the games…');
    expect(progressText(412, 7000, 1000)).toBe('Your line: 412 of 1,000 games');
    expect(progressText(1000, 7000, 1000)).toBe(
      'The 6 built-in strategies: 0 of 6,000 games (0 of 1,000 seeds each)',
    );
    expect(progressText(3475, 7000, 1000)).toBe(
      'The 6 built-in strategies: 2,475 of 6,000 games (412 of 1,000 seeds each)',
    );
  });

  it('shows each row’s spread, outcomes and where the player’s game falls', () => {
    const report = monteCarlo(s2004, options);
    const view = distributionView(s2004, report);
    expect(view.score).toBe('31');
    expect(view.summary).toBe('6 games of each, on the same seeds, 1 to 6.');
    expect(view.ticks).toEqual([
      { value: '0', at: 0 },
      { value: '25', at: 0.25 },
      { value: '50', at: 0.5 },
      { value: '75', at: 0.75 },
      { value: '100', at: 1 },
    ]);
    expect(view.legend.map((l) => `${l.slot} ${l.title}`)).toEqual([
      '0 Give and take',
      '1 The families come home, and the price holds',
      '2 The families come home, at a price',
      '3 Empty-handed',
      '4 Out of office',
    ]);
    expect(view.rows.map((r) => [r.name, r.stats, r.place])).toEqual([
      [
        'Your line',
        'Mean 31.6 · lowest 31 · highest 31.9',
        // Seed 1 is the game itself.
        'Your game scored 31: level with 17% of the 6 games played with your line; the rest scored more.',
      ],
      [
        'Balanced',
        'Mean 85.7 · lowest 75.4 · highest 95',
        'Every one of its 6 games scored more than your 31.',
      ],
      [
        'Generous',
        'Mean 40.2 · lowest 40 · highest 41.1',
        'Every one of its 6 games scored more than your 31.',
      ],
      ['Stingy', 'Mean 64.5 · lowest 29 · highest 100', 'Your 31 is better than 33% of its 6 games.'],
      ['Pressure', 'Mean 31 · lowest 29.9 · highest 31.9', 'Your 31 is better than 50% of its 6 games.'],
      ['Random', 'Mean 47.5 · lowest 18.3 · highest 73.9', 'Your 31 is better than 33% of its 6 games.'],
      [
        'History',
        'Mean 69.7 · lowest 66.4 · highest 74',
        'Every one of its 6 games scored more than your 31.',
      ],
    ]);
    const line = view.rows[0]!;
    expect(line.hint).toBe('Your 12 moves of this game, turn by turn.');
    expect(line.skipped).toBe('Every move of your line could be made in every game.');
    expect(line.marker).toBeCloseTo(report.mark / 100, 10);
    expect(line.bars).toHaveLength(20);
    expect(line.bars[6]).toEqual({ from: 30, to: 35, count: 6, height: 1, below: false });
    expect(line.bars.slice(0, 6).every((b) => b.below && b.count === 0)).toBe(true);
    expect(line.outcomes.map((o) => `${o.title} ${o.text}`)).toEqual(['Empty-handed 100%']);
    expect(line.label).toBe(
      'Your line: the scores of 6 games, from 0 to 100: mean 31.6, lowest 31, highest 31.9. The line marks your game, 31.',
    );
    expect(view.rows[4]!.outcomes.map((o) => `${o.slot} ${o.text}`)).toEqual(['3 100%']);
    expect(view.rows.slice(1).every((r) => r.skipped === null)).toBe(true);
  });

  it('says which rows are still to play, and a line whose moves other games refused', () => {
    const steps = monteCarloSteps(s2004, {
      ...options,
      line: [[{ type: 'accept', actor: 'japan' }, ...(options.line[0] ?? [])], ...options.line.slice(1)],
    });
    for (let i = 0; i < 8; i++) steps.step();
    const view = distributionView(s2004, steps.result());
    expect(view.summary).toBe('So far: 6 of 6 games of your line, 0 of 6 of each built-in strategy.');
    expect(view.rows[0]!.skipped).toBe(
      'In 6 of the 6 games some of your moves could not be made: 6 skipped in all.',
    );
    expect(view.rows[1]).toMatchObject({
      runs: 1,
      place: 'Every one of its 1 games scored more than your 31.',
    });
    expect(view.rows[3]).toMatchObject({ runs: 0, stats: '', place: 'Not played yet.', outcomes: [] });
  });
});
