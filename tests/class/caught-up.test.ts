import { describe, expect, it } from 'vitest';
import { caughtUp, type LiveTable, openTable, planSeats, playOwed } from '../../src/class/index.ts';
import { stateHash } from '../../src/engine/index.ts';
import { scenario2004 } from '../sim/scenario-2004.ts';

/**
 * A server process catching up with a table another process moved: from the table it holds and
 * the table as stored, the same state `openTable` replays from nothing, whatever it held.
 */
const scenario = scenario2004();

function opened(
  actions: LiveTable['actions'],
  seats = planSeats(scenario, { japan: 'ai', north_korea: 'ai' }),
) {
  const table = openTable({ index: 0, seed: 9, scenario, options: {}, seats, actions });
  if (!table.ok) throw new Error(table.detail);
  return table.table;
}

describe('caughtUp', () => {
  const whole = playOwed(opened([])).table;
  const all = whole.actions;

  it('plays on from a prefix to the very state a replay gives', () => {
    const held = opened(all.slice(0, 5));
    const caught = caughtUp(held, { seats: whole.seats, actions: all, timedOut: [3] });
    expect(caught.ok && stateHash(caught.table.state)).toBe(stateHash(whole.state));
    expect(caught.ok && caught.table.timedOut).toEqual([3]);
    expect(caught.ok && caught.table.actions).toEqual(all);
  });

  it('takes new seats with no new actions, and replays when it held more than is stored', () => {
    const seats = whole.seats.map((s) => (s.actor === 'japan' ? { ...s, name: 'Mei', holder: 'h' } : s));
    const same = caughtUp(whole, { seats, actions: all, timedOut: [] });
    expect(same.ok && same.table.seats).toEqual(seats);
    expect(same.ok && same.table.state).toBe(whole.state);
    const shorter = caughtUp(whole, { seats: whole.seats, actions: all.slice(0, 4), timedOut: [] });
    expect(shorter.ok && stateHash(shorter.table.state)).toBe(stateHash(opened(all.slice(0, 4)).state));
  });

  it('says so when a stored action is one the rules refuse', () => {
    const held = opened(all.slice(0, 2));
    const bad = caughtUp(held, {
      seats: whole.seats,
      actions: [...all.slice(0, 2), { type: 'accept', actor: 'japan' }],
      timedOut: [],
    });
    expect(bad).toMatchObject({ ok: false, detail: expect.stringContaining('action 2 is refused') });
  });
});
