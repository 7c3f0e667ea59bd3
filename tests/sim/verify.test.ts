import { describe, expect, it } from 'vitest';
import { type Action, createGame, replay, stateHash } from '../../src/engine/index.ts';
import { describeFault, playOn, sameAction, seatsOf, verifyLog } from '../../src/sim/index.ts';
import { newSession, playAction } from '../../src/store/index.ts';
import { simpleMove } from '../store/helpers.ts';
import { forgedLog, onePerson } from './forged-log.ts';
import { scenario2004 } from './scenario-2004.ts';

const scenario = scenario2004();

/** A whole game as the browser plays it: a patient person in `player`'s seat, the AI elsewhere. */
function honestGame(player: string, seed: number) {
  let { session } = newSession({ game: 'g', scenario, scenarioHash: 'h', player, seed });
  while (session.state.status === 'playing') {
    const step = playAction(session, simpleMove(scenario, session.state));
    if (!step.ok) throw new Error(step.error.message);
    session = step.step.session;
  }
  return session;
}

describe('verifying a log with the AI recomputed', () => {
  it('takes an honest game from either seat, reaching the same state and turn starts', () => {
    for (const player of ['japan', 'north_korea']) {
      const session = honestGame(player, 7);
      const verified = verifyLog(scenario, 7, session.controllers, session.actions);
      expect(verified.ok).toBe(true);
      if (!verified.ok) return;
      expect(stateHash(verified.value.state)).toBe(stateHash(session.state));
      expect(verified.value.turnStarts.map(stateHash)).toEqual(session.turnStarts.map(stateHash));
      expect(verified.value.owed).toMatchObject({ moves: [], stop: 'ended' });
    }
  });

  it('refuses the forged log of issue #10 at its first forged accept, which a plain replay takes', () => {
    const forged = forgedLog(scenario, 7, 'japan', 'north_korea', 2);
    expect(forged.forgedAt).toHaveLength(2);
    // The hole: the engine alone takes every move, and the forged game scores far above the AI's.
    expect(replay(scenario, 7, onePerson(scenario, 'japan'), forged.actions).ok).toBe(true);
    const allAi = playOn(scenario, createGame(scenario, 7, {}), {});
    expect(forged.state.result!.scores.japan).toBe(98.841);
    expect(allAi.state.result!.scores.japan).toBe(91.099);

    const verified = verifyLog(scenario, 7, onePerson(scenario, 'japan'), forged.actions);
    expect(verified.ok).toBe(false);
    if (verified.ok) return;
    const first = forged.forgedAt[0]!;
    expect(verified.fault).toMatchObject({
      code: 'log/not-the-ai',
      index: first,
      actor: 'north_korea',
      found: { type: 'accept', actor: 'north_korea' },
    });
    if (verified.fault.code !== 'log/not-the-ai') return;
    expect(verified.fault.expected.type).toBe('counter');
    expect(describeFault(scenario, verified.fault)).toBe(
      `move ${first + 1} is played by the AI, which would make a different move: the save has “Pyongyang accepts”, the AI plays “Pyongyang counters: the release of five relatives of the former abductees in return for a visit by the prime minister, humanitarian aid”`,
    );
  });

  it('hands back the AI moves owed when the log stops on an AI turn', () => {
    const session = honestGame('japan', 11);
    const seats = seatsOf(session.controllers);
    // Cut the log just after a person's move that the AI answers with at least two moves.
    const cut = session.actions.findIndex(
      (a, i) => a.actor === 'japan' && session.actions[i + 1]?.actor !== 'japan' && i > 3,
    );
    expect(cut).toBeGreaterThan(0);
    const kept = session.actions.slice(0, cut + 1);
    const verified = verifyLog(scenario, 11, session.controllers, kept);
    expect(verified.ok).toBe(true);
    if (!verified.ok) return;
    const owed = verified.value.owed;
    expect(owed.moves.length).toBeGreaterThan(0);
    const next = session.actions.slice(cut + 1, cut + 1 + owed.moves.length);
    expect(owed.moves.map((m) => m.action)).toEqual(next);
    expect(owed.stop === 'person' || owed.stop === 'ended').toBe(true);
    expect(seats.japan).toBe('person');
  });

  it('names an illegal person move, a move out of turn, and moves after the end', () => {
    const session = honestGame('japan', 7);
    const japanAt = session.actions.findIndex((a) => a.actor === 'japan');
    const illegal = [...session.actions];
    illegal[japanAt] = { type: 'deliver', actor: 'japan', item: 'food_aid' };
    const a = verifyLog(scenario, 7, session.controllers, illegal);
    expect(a).toMatchObject({ ok: false, fault: { code: 'log/illegal', index: japanAt, actor: 'japan' } });

    const outOfTurn = [...session.actions];
    outOfTurn[japanAt] = { type: 'wait', actor: 'usa' };
    const b = verifyLog(scenario, 7, session.controllers, outOfTurn);
    expect(b).toMatchObject({
      ok: false,
      fault: { code: 'log/illegal', index: japanAt, error: { code: 'action/not-your-turn' } },
    });

    const extra: Action[] = [...session.actions, { type: 'wait', actor: 'japan' }];
    const c = verifyLog(scenario, 7, session.controllers, extra);
    expect(c).toEqual({ ok: false, fault: { code: 'log/after-end', index: session.actions.length } });
    if (c.ok) return;
    expect(describeFault(scenario, c.fault)).toBe(
      `move ${session.actions.length + 1} comes after the end of the game`,
    );
  });

  it('compares actions as data: key order does not count, line order does', () => {
    const offer: Action = {
      type: 'offer',
      actor: 'japan',
      to: 'north_korea',
      give: [{ item: 'food_aid', tier: 1 }],
      ask: [
        { item: 'families', tier: 1 },
        { item: 'continue_talks', tier: 1 },
      ],
    };
    const reordered = JSON.parse(
      '{"ask":[{"tier":1,"item":"families"},{"item":"continue_talks","tier":1}],"give":[{"item":"food_aid","tier":1}],"to":"north_korea","actor":"japan","type":"offer"}',
    ) as Action;
    expect(sameAction(offer, reordered)).toBe(true);
    expect(sameAction(offer, { ...offer, ask: [...offer.ask].reverse() })).toBe(false);
    expect(sameAction(offer, { ...offer, forum: undefined } as unknown as Action)).toBe(true);
  });
});
