/**
 * Result files (issue 12, "results a teacher can trust"): every game of every shipped scenario
 * and seat writes a result that reads back and verifies; each way of editing one is caught with
 * its first difference; the forged log of issue 10 is refused at its first forged move; and
 * something that is no result says what it is.
 */
import { describe, expect, it } from 'vitest';
import { type ActorId, type Controller, type GameOptions, stateHash } from '../../src/engine/index.ts';
import {
  encodeResultFile,
  parseResultFile,
  RESULT_FORMAT,
  type ResultFile,
  scenarioHash,
} from '../../src/scenario/index.ts';
import { type ResultFault, resultFileOf, simulate, verifyResult } from '../../src/sim/index.ts';
import { shippedScenarios } from '../scenarios/shipped.ts';
import { forgedLog, onePerson } from './forged-log.ts';
import { scenario2004 } from './scenario-2004.ts';
import { simulatedResult, TEST_WRITER } from './simulated-result.ts';

const WRITER = TEST_WRITER;
const scenario = scenario2004();
const hash = scenarioHash(scenario);

/** The result file of a balanced game from `player`'s seat, as the debrief writes it. */
function resultOf(player: ActorId, seed: number, s = scenario, gameOptions: GameOptions = {}): ResultFile {
  return simulatedResult(s, player, seed, { gameOptions });
}

/** The fault verifying `result` finds, or null when it is genuine. */
function faultOf(result: ResultFile): ResultFault | null {
  const verified = verifyResult(scenario, hash, result);
  return verified.ok ? null : verified.fault;
}

describe('result files', () => {
  it('verify for every shipped scenario and every seat a person can play, read back from their text', () => {
    let games = 0;
    for (const s of shippedScenarios()) {
      for (const actor of s.actors.filter((a) => a.playable && !a.background)) {
        const result = resultOf(actor.id, 3, s);
        const parsed = parseResultFile(encodeResultFile(result));
        expect(parsed).toEqual({ ok: true, value: result });
        const verified = verifyResult(s, scenarioHash(s), result);
        expect(verified.ok, `${s.id} as ${actor.id}`).toBe(true);
        if (!verified.ok) continue;
        expect(verified.value.state.result?.scores).toEqual(result.scores);
        games++;
      }
    }
    expect(games).toBeGreaterThanOrEqual(10);
  });

  it('carry the scenario version, the seats, every move and what came of them', () => {
    const run = simulate({
      scenario,
      player: 'japan',
      seed: 5,
      play: { kind: 'strategy', name: 'balanced' },
    });
    const result = resultOf('japan', 5);
    expect(result).toMatchObject({
      kind: 'give-and-take-result',
      format: RESULT_FORMAT,
      gameVersion: '0.1.0',
      scenario: { id: 'second-visit-2004', title: 'The Second Visit', hash },
      seed: 5,
      ai: 2,
      player: 'japan',
      turns: 6,
      outcome: { id: run.result.status, title: run.result.title },
      scores: run.result.scores,
    });
    expect(result.seats).toEqual(onePerson(scenario, 'japan'));
    expect(result.actions).toHaveLength(run.final.log.filter((e) => e.action).length);
    expect(result.objectives.japan?.map((o) => o.id)).toEqual(scenario.objectives.japan?.map((o) => o.id));
    const verified = verifyResult(scenario, hash, result);
    expect(verified.ok && stateHash(verified.value.state)).toBe(stateHash(run.final));
  });

  it('name the first claim that the moves do not bear out', () => {
    const result = resultOf('japan', 5);
    const japan = result.objectives.japan!;
    const edits: [string, ResultFile][] = [
      ['scores.japan', { ...result, scores: { ...result.scores, japan: 99 } }],
      ['scores.north_korea', { ...result, scores: { ...result.scores, north_korea: 0 } }],
      ['outcome.id', { ...result, outcome: { id: 'collapse', title: result.outcome.title } }],
      ['outcome.title', { ...result, outcome: { ...result.outcome, title: 'A triumph' } }],
      ['turns', { ...result, turns: 5 }],
      ['scenario.title', { ...result, scenario: { ...result.scenario, title: 'My version' } }],
      [
        'objectives.japan[0].points',
        {
          ...result,
          objectives: {
            ...result.objectives,
            japan: [{ ...japan[0]!, points: japan[0]!.points + 1 }, ...japan.slice(1)],
          },
        },
      ],
      ['objectives.japan', { ...result, objectives: { ...result.objectives, japan: japan.slice(1) } }],
    ];
    for (const [field, edited] of edits) {
      expect(faultOf(edited), field).toMatchObject({ code: 'result/claim', field });
    }
    const fault = faultOf(edits[0]![1]);
    expect(fault?.message).toBe(
      `Japan's score (scores.japan) does not match its moves: the file says 99, replaying them gives ${result.scores.japan}`,
    );
  });

  it('refuse the forged log of issue 10 at its first forged accept, whatever the file claims', () => {
    const forged = forgedLog(scenario, 7, 'japan', 'north_korea', 2);
    const result = resultFileOf(
      {
        scenario,
        scenarioHash: hash,
        seed: 7,
        ai: forged.state.ai,
        seats: onePerson(scenario, 'japan'),
        player: 'japan',
        actions: forged.actions,
        state: forged.state,
      },
      WRITER,
    )!;
    // Its claims are exactly what its moves give, so only recomputing the AI's moves catches it.
    expect(result.scores.japan).toBe(98.841);
    const fault = faultOf(result);
    expect(fault).toMatchObject({
      code: 'result/moves',
      fault: { code: 'log/not-the-ai', index: forged.forgedAt[0] },
    });
    expect(fault?.message).toMatch(
      new RegExp(
        `^move ${forged.forgedAt[0]! + 1} is played by the AI, which would make a different move: the file has “Pyongyang accepts”`,
      ),
    );
  });

  it('refuse a result from another version of the scenario, seats that do not fit, and a game cut short', () => {
    const result = resultOf('japan', 5);
    expect(faultOf({ ...result, scenario: { ...result.scenario, hash: '0123456789abcd' } })).toMatchObject({
      code: 'result/other-scenario',
    });
    expect(
      faultOf({ ...result, scenario: { ...result.scenario, id: 'road-to-pyongyang-2002' } }),
    ).toMatchObject({
      code: 'result/other-scenario',
      message: 'the result is of scenario "road-to-pyongyang-2002", not "second-visit-2004"',
    });
    const seats = (patch: Record<ActorId, Controller>) => ({
      ...result,
      seats: { ...result.seats, ...patch },
    });
    expect(faultOf(seats({ japan: 'ai' }))?.message).toBe(
      'its player, Japan, is seated as the AI, not as a person',
    );
    expect(faultOf(seats({ mongolia: 'ai' }))?.message).toBe(
      'its seats name "mongolia", which is no delegation of "The Second Visit"',
    );
    const { usa: _left, ...noUsa } = result.seats;
    expect(faultOf({ ...result, seats: noUsa })?.message).toBe('its seats leave out United States');
    expect(faultOf({ ...result, actions: result.actions.slice(0, 8) })).toMatchObject({
      code: 'result/unfinished',
    });
    // A person's move the rules refuse.
    const first = result.actions[0]!;
    const illegal = { ...result, actions: [{ ...first, actor: 'china' }, ...result.actions.slice(1)] };
    expect(faultOf(illegal)).toMatchObject({ code: 'result/moves', fault: { index: 0 } });
  });
});

describe('result files of a game with the teacher’s options', () => {
  const s2001 = shippedScenarios().find((x) => x.id === 'beijing-back-channel-2001')!;
  const hash2001 = scenarioHash(s2001);
  const options = { advisors: 'sharp', turns: 4, history: 'each-turn' } as const;
  const fault = (result: ResultFile) => {
    const verified = verifyResult(s2001, hash2001, result);
    return verified.ok ? 'genuine' : `${verified.fault.code}: ${verified.fault.message}`;
  };

  it('carry the options, read back and verify under them', () => {
    const result = resultOf('japan', 6, s2001, options);
    expect(result.options).toEqual(options);
    expect(result.turns).toBe(4);
    const read = parseResultFile(encodeResultFile(result));
    expect(read.ok && read.value).toEqual(result);
    expect(fault(result)).toBe('genuine');
    // A game with no options writes none: its file is as it was.
    expect(Object.hasOwn(resultOf('japan', 6, s2001), 'options')).toBe(false);
  });

  it('are caught when the turn count is edited, and refused when it is one the scenario does not allow', () => {
    const result = resultOf('japan', 6, s2001, options);
    const { turns: _turns, ...rest } = options;
    expect(fault({ ...result, options: rest })).toBe(
      'result/unfinished: its ' +
        result.actions.length +
        ' moves stop before the end of the game (turn 5 of 6)',
    );
    expect(fault({ ...result, options: { ...options, turns: 3 } })).toBe(
      'result/options: its options do not fit "' +
        s2001.title +
        '": turns must be a whole number from 4 to 6',
    );
    const text = encodeResultFile(result).replace('"turns": 4,\n  "history"', '"turns": 40,\n  "history"');
    expect(text).not.toBe(encodeResultFile(result));
    const read = parseResultFile(text);
    expect(read.ok && fault(read.value)).toMatch(/^result\/options: /);
    expect(
      parseResultFile(encodeResultFile({ ...result, options: { advisors: 'perfect' as 'sharp' } })),
    ).toMatchObject({
      ok: false,
      error: { code: 'result/shape' },
    });
  });
});

describe('reading a result file', () => {
  const text = encodeResultFile(resultOf('japan', 5));

  it('reads its text with or without a byte-order mark', () => {
    expect(parseResultFile(`\uFEFF${text}`).ok).toBe(true);
  });

  it('says what a file is when it is no result', () => {
    const code = (t: string) => {
      const parsed = parseResultFile(t);
      return parsed.ok ? 'ok' : `${parsed.error.code}: ${parsed.error.message}`;
    };
    expect(code('not json')).toBe(
      'result/not-json: the file is not JSON; a result file is the JSON the debrief downloads',
    );
    expect(code('[1, 2]')).toBe(
      'result/not-a-result: the file holds no result: a result file is one JSON object',
    );
    expect(code(JSON.stringify({ format: 2, checkpoint: 'ab', actions: [] }))).toBe(
      'result/not-a-result: this is a saved game, not a result file: open it with "Import a save" on the title screen',
    );
    const raw = JSON.parse(text) as Record<string, unknown>;
    expect(code(JSON.stringify({ ...raw, format: 9 }))).toBe(
      'result/newer: a newer version of the game wrote this result (format 9; this one reads 2)',
    );
    expect(code(JSON.stringify({ ...raw, seed: 1.5 }))).toMatch(/^result\/shape: seed: /);
    expect(code(JSON.stringify({ ...raw, scores: { japan: '99' } }))).toMatch(
      /^result\/shape: scores\.japan: /,
    );
    expect(code(JSON.stringify({ ...raw, extra: true }))).toMatch(/^result\/shape: /);
  });
});
