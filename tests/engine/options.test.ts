/**
 * A teacher's options (issue 12, the teacher's page): fewer turns where the scenario allows,
 * sharper or rougher advisors for the people's seats only, and history shown as you play. Every
 * option is part of the game's state, so replays, saves and result files carry it; a game with
 * none is the game as it always was.
 */
import { describe, expect, it } from 'vitest';
import {
  actionsOf,
  choicesOf,
  createGame,
  estimateItemValue,
  estimateRelation,
  type GameOptions,
  type GameState,
  normalizeOptions,
  optionsProblem,
  replay,
  type Scenario,
  stateHash,
  turnChoices,
  viewFor,
} from '../../src/engine/index.ts';
import { simulate, verifyLog } from '../../src/sim/index.ts';
import { loadShipped } from '../scenarios/shipped.ts';

const s2001 = loadShipped('2001-beijing-back-channel.yaml');
const s2004 = loadShipped('2004-koizumi-second-visit.yaml');

function balanced(scenario: Scenario, seed: number, gameOptions: GameOptions = {}) {
  return simulate({
    scenario,
    player: 'japan',
    seed,
    play: { kind: 'strategy', name: 'balanced' },
    gameOptions,
  });
}

describe('game options: their rules', () => {
  it('let a scenario be cut only as far as its fewestTurns, and say why not otherwise', () => {
    expect(s2001.fewestTurns).toBe(4);
    expect(turnChoices(s2001)).toEqual([4, 5, 6]);
    expect(turnChoices(s2004)).toEqual([6]);
    const choices = (turns: number | null) => ({ advisors: 'usual', turns, history: 'debrief' }) as const;
    expect(optionsProblem(s2001, choices(4))).toBeNull();
    expect(optionsProblem(s2001, choices(3))).toBe('turns must be a whole number from 4 to 6');
    expect(optionsProblem(s2001, choices(4.5))).toBe('turns must be a whole number from 4 to 6');
    expect(optionsProblem(s2004, choices(5))).toBe('this scenario is always played over its 6 turns');
    expect(optionsProblem(s2004, { ...choices(null), advisors: 'perfect' as 'sharp' })).toBe(
      'advisors must be one of sharp, usual, rough',
    );
    expect(() => createGame(s2004, 1, {}, undefined, { turns: 5 })).toThrow(/always played over its 6 turns/);
  });

  it('keep only what differs from the default, so spelled-out defaults are no options at all', () => {
    expect(normalizeOptions(s2001, { advisors: 'usual', turns: 6, history: 'debrief' })).toEqual({});
    expect(normalizeOptions(s2001, { advisors: 'rough', turns: 4, history: 'each-turn' })).toEqual({
      advisors: 'rough',
      turns: 4,
      history: 'each-turn',
    });
    expect(choicesOf({})).toEqual({ advisors: 'usual', turns: null, history: 'debrief' });
    const plain = createGame(s2001, 9, { japan: 'person' });
    const spelled = createGame(s2001, 9, { japan: 'person' }, undefined, { turns: 6 });
    expect(spelled.options).toEqual({});
    expect(stateHash(spelled)).toBe(stateHash(plain));
  });
});

describe('game options: fewer turns', () => {
  it('end the game at the chosen turn, every turn before it played exactly as in the full game', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const short = balanced(s2001, seed, { turns: 4 });
      const full = balanced(s2001, seed);
      expect(short.final.status).toBe('ended');
      expect(short.final.turn).toBe(4);
      expect(short.turnStarts).toHaveLength(4);
      expect(full.turnStarts.length).toBeGreaterThan(4);
      // Up to the end of turn 4 the two games are one: the same moves, the same states.
      for (let turn = 0; turn < 4; turn++) {
        expect(stateHash({ ...short.turnStarts[turn]!, options: {} })).toBe(
          stateHash(full.turnStarts[turn]!),
        );
      }
      expect(viewFor(s2001, short.final, 'japan').turns).toBe(4);
      // The shortened game is scored at its own end, by the same objectives.
      expect(Object.keys(short.final.result!.scores).sort()).toEqual(
        Object.keys(full.final.result!.scores).sort(),
      );
    }
  });

  it('are replayed and verified with the options the game was played under, and differ without them', () => {
    const short = balanced(s2001, 3, { turns: 4 });
    const actions = actionsOf(short.final);
    const seats = { japan: 'person' } as const;
    const again = replay(s2001, 3, seats, actions, { turns: 4 });
    expect(again.ok && stateHash(again.state)).toBe(stateHash(short.final));
    const verified = verifyLog(s2001, 3, seats, actions, undefined, { turns: 4 });
    expect(verified.ok && verified.value.state.status).toBe('ended');
    // The same moves without the option leave the game in play at turn 5, and hash otherwise.
    const unshortened = verifyLog(s2001, 3, seats, actions);
    expect(unshortened.ok && unshortened.value.state.status).toBe('playing');
    expect(unshortened.ok && unshortened.value.state.turn).toBe(5);
  });
});

describe('game options: advisors', () => {
  const start = (advisors?: 'sharp' | 'rough'): GameState =>
    createGame(s2004, 17, { japan: 'person' }, undefined, advisors ? { advisors } : {});

  it('scale a person’s advisors’ error exactly, and never the AI’s', () => {
    const usual = start();
    for (const [advisors, factor] of [
      ['sharp', 0.5],
      ['rough', 1.5],
    ] as const) {
      const state = start(advisors);
      for (const field of ['expectation', 'reservation', 'trust'] as const) {
        const base = estimateRelation(s2004, usual, 'japan', 'north_korea', field);
        const got = estimateRelation(s2004, state, 'japan', 'north_korea', field);
        expect(got.band).toBeCloseTo(base.band * factor, 12);
        if (field !== 'trust') {
          const truth = usual.relations['north_korea>japan']![field];
          expect(got.value - truth).toBeCloseTo((base.value - truth) * factor, 12);
        }
        // North Korea is played by the AI: its advisors are as they always are.
        expect(estimateRelation(s2004, state, 'north_korea', 'japan', field)).toEqual(
          estimateRelation(s2004, usual, 'north_korea', 'japan', field),
        );
      }
      const item = s2004.items.find((i) => i.giver === 'north_korea')!;
      const base = estimateItemValue(s2004, usual, 'japan', item.id, 'north_korea');
      expect(estimateItemValue(s2004, state, 'japan', item.id, 'north_korea').band).toBeCloseTo(
        base.band * factor,
        12,
      );
    }
  });

  it('leave the AI’s moves unchanged: the same person’s moves get the same answers', () => {
    for (const seed of [1, 2, 3]) {
      const usual = balanced(s2004, seed);
      const actions = actionsOf(usual.final);
      for (const advisors of ['sharp', 'rough'] as const) {
        const verified = verifyLog(s2004, seed, { japan: 'person' }, actions, undefined, { advisors });
        expect(verified.ok && stateHash({ ...verified.value.state, options: {} })).toBe(
          stateHash(usual.final),
        );
      }
    }
  });
});

describe('game options: history as you play', () => {
  it('shows a person what history did on each turn reached, and nothing before the debrief otherwise', () => {
    const plain = balanced(s2004, 5);
    const shown = balanced(s2004, 5, { history: 'each-turn' });
    for (const [turn, start] of shown.turnStarts.entries()) {
      const view = viewFor(s2004, start, 'japan');
      expect(view.history).toEqual(
        s2004.history.steps
          .filter((step) => step.turn <= turn + 1)
          .map((step) => ({ turn: step.turn, actor: step.actor, note: step.note })),
      );
      expect(viewFor(s2004, plain.turnStarts[turn]!, 'japan').history).toEqual([]);
    }
    // What the players are shown changes nothing at the table.
    expect(actionsOf(shown.final)).toEqual(actionsOf(plain.final));
    expect(stateHash({ ...shown.final, options: {} })).toBe(stateHash(plain.final));
    expect(stateHash(shown.final)).not.toBe(stateHash(plain.final));
  });
});
