import { describe, expect, it } from 'vitest';
import { isMonteCarloCommand, isMonteCarloReply } from '../../src/app/monte-carlo-messages.ts';
import type { Action } from '../../src/engine/index.ts';
import { monteCarlo } from '../../src/sim/index.ts';
import { loadShipped } from '../scenarios/shipped.ts';

const scenario = loadShipped('2001-beijing-back-channel.yaml');
const start = {
  kind: 'start',
  id: 1,
  scenario,
  player: 'japan',
  line: [[{ type: 'wait', actor: 'japan' }], []] as Action[][],
  mark: 40,
  runs: 1000,
  firstSeed: 1,
  gameOptions: { turns: 4 },
};

describe('the messages of the Monte Carlo worker', () => {
  it('takes a well-formed start and stop, and nothing else', () => {
    expect(isMonteCarloCommand(start)).toBe(true);
    expect(isMonteCarloCommand({ kind: 'stop', id: 1 })).toBe(true);
    for (const bad of [
      null,
      'start',
      [],
      { ...start, id: -1 },
      { ...start, id: 1.5 },
      { ...start, kind: 'go' },
      { ...start, scenario: null },
      { ...start, scenario: { ...scenario, id: 7 } },
      { ...start, player: 'nobody' },
      { ...start, line: [[null]] },
      { ...start, line: [{ type: 'wait', actor: 'japan' }] },
      { ...start, mark: Number.NaN },
      { ...start, mark: '40' },
      { ...start, runs: 0 },
      { ...start, runs: 10_001 },
      { ...start, firstSeed: -3 },
      { ...start, gameOptions: undefined },
      { ...start, gameOptions: 'sharp' },
      { kind: 'stop' },
    ]) {
      expect(isMonteCarloCommand(bad), JSON.stringify(bad)?.slice(0, 80)).toBe(false);
    }
  });

  it('takes the worker’s progress, figures and failures, and nothing else', () => {
    const report = monteCarlo(scenario, {
      player: 'japan',
      line: start.line,
      mark: 40,
      runs: 1,
      strategies: [],
    });
    expect(isMonteCarloReply({ id: 1, kind: 'progress', done: 3, total: 7000, report: null })).toBe(true);
    expect(isMonteCarloReply({ id: 1, kind: 'progress', done: 3, total: 7000, report })).toBe(true);
    expect(isMonteCarloReply({ id: 1, kind: 'done', report, stopped: false, ms: 12 })).toBe(true);
    expect(isMonteCarloReply({ id: 1, kind: 'failed', message: 'boom' })).toBe(true);
    for (const bad of [
      { id: 1, kind: 'progress', done: -1, total: 7000, report: null },
      { id: 1, kind: 'progress', done: 3, total: 7000 },
      { id: 1, kind: 'done', report: { ...report, rows: 'none' }, stopped: false, ms: 12 },
      { id: 1, kind: 'done', report, ms: 12 },
      { id: 1, kind: 'failed' },
      { kind: 'failed', message: 'boom' },
      { id: 1, kind: 'other' },
    ]) {
      expect(isMonteCarloReply(bad), JSON.stringify(bad).slice(0, 80)).toBe(false);
    }
  });
});
