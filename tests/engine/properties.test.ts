import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Action,
  actionsOf,
  applyAction,
  chooseAiAction,
  createGame,
  type GameState,
  legalActions,
  replay,
  type Scenario,
  stateHash,
  whoMustAct,
} from '../../src/engine/index.ts';
import { violations } from '../fuzz/engine-fuzz.ts';
import { fixture } from './fixture.ts';

const cite = { source: '000_9fd2b6bbe1dfc80f.txt' };

/** The fixture with every kind of event, so random games pass through all the rules. */
const scenario: Scenario = fixture({
  spread: 2,
  turns: 8,
  events: [
    {
      id: 'talks_round',
      headline: 'Talks',
      text: 'A round of talks.',
      turn: 2,
      from: 1,
      to: 8,
      effects: [{ kind: 'tension', delta: -3 }],
      cite,
    },
    {
      id: 'provocation',
      headline: 'A missile test',
      text: 'Tension rises.',
      chance: 0.3,
      from: 2,
      to: 7,
      effects: [
        { kind: 'tension', delta: 12 },
        { kind: 'trust', from: 'japan', to: 'north_korea', delta: -0.1 },
      ],
      cite,
    },
    {
      id: 'backlash',
      headline: 'Backlash',
      text: 'The public turns.',
      when: { approvalBelow: { actor: 'japan', value: 45 } },
      from: 1,
      to: 8,
      effects: [
        { kind: 'approval', actor: 'japan', delta: -2 },
        { kind: 'successor', actor: 'japan' },
      ],
      cite,
    },
    {
      id: 'thaw',
      headline: 'Thaw',
      text: 'Calm.',
      when: { tensionBelow: 25 },
      from: 1,
      to: 8,
      effects: [
        { kind: 'expectation', from: 'north_korea', to: 'japan', delta: 1 },
        { kind: 'reservation', from: 'north_korea', to: 'usa', delta: -1 },
        { kind: 'progress', issue: 'nuclear', delta: 5 },
      ],
      cite,
    },
  ],
  actors: { japan: { successors: [{ name: 'Successor', style: 'linear', redLines: [], approval: 50 }] } },
});

function checkInvariants(state: GameState): void {
  const broken = violations(state);
  if (broken.length > 0) expect(broken).toEqual([]);
}

/** Actions that are wrong in some way: out of turn, unknown items, bad tiers, answers with nothing pending. */
function invalidFor(state: GameState): Action[] {
  const turn = whoMustAct(scenario, state)!;
  const other = turn.actor === 'japan' ? 'north_korea' : 'japan';
  return [
    { type: 'wait', actor: other },
    { type: 'offer', actor: turn.actor, to: turn.actor, give: [], ask: [] },
    { type: 'gift', actor: turn.actor, to: other, item: 'no_such_item', tier: 1 },
    { type: 'pressure', actor: turn.actor, target: other, level: 7 },
    { type: 'deliver', actor: turn.actor, item: 'no_such_item' },
    turn.mode === 'respond' ? { type: 'wait', actor: turn.actor } : { type: 'accept', actor: turn.actor },
  ];
}

/** Freezes a state all the way down, so that any rule that changes its input throws. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** Plays a random legal game: at each decision a legal action, or the AI's choice. */
function randomGame(seed: number, choices: readonly number[], probe: boolean): GameState {
  let state = createGame(scenario, seed, { japan: 'person', north_korea: 'person' });
  checkInvariants(state);
  for (let i = 0; state.status === 'playing'; i++) {
    const turn = whoMustAct(scenario, state)!;
    const choice = choices[i % choices.length]!;
    const legal = legalActions(scenario, state, turn.actor);
    if (legal.length === 0) expect.fail(`${turn.actor} has no legal action`);
    const action =
      choice % 4 === 0 ? chooseAiAction(scenario, state, turn.actor) : legal[choice % legal.length]!;
    if (probe) {
      const before = stateHash(state);
      const logLength = state.log.length;
      for (const bad of invalidFor(state)) {
        const refused = applyAction(scenario, state, bad);
        expect(refused.ok).toBe(false);
      }
      if (stateHash(state) !== before || state.log.length !== logLength) {
        expect.fail('an invalid action changed the state');
      }
    }
    // In the probed games (about one in ten) the state is frozen: an action must never change its input.
    const result = applyAction(scenario, probe ? deepFreeze(state) : state, action);
    if (!result.ok) expect.fail(`a legal action was refused: ${result.error.message}`);
    state = result.state;
    checkInvariants(state);
    if (i > 2000) expect.fail('the game does not end');
  }
  return state;
}

describe('random legal games', () => {
  it('keep every value in range with no NaN, refuse invalid actions without change, and replay to the live state (1,000 games)', {
    timeout: 120_000,
  }, () => {
    let ended = 0;
    const statuses = new Set<string>();
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.array(fc.nat({ max: 10_000 }), { minLength: 50, maxLength: 50 }),
        (seed, choices) => {
          const live = randomGame(seed, choices, choices[0]! % 10 === 0);
          const replayed = replay(
            scenario,
            seed,
            { japan: 'person', north_korea: 'person' },
            actionsOf(live),
          );
          if (!replayed.ok) expect.fail(`replay refused action ${replayed.index}`);
          // Byte-for-byte: the same JSON, log included.
          if (JSON.stringify(replayed.state) !== JSON.stringify(live))
            expect.fail('replay differs from the live game');
          if (live.status === 'ended') ended++;
          statuses.add(live.result?.status ?? 'none');
        },
      ),
      { numRuns: 1000, seed: 20040522 },
    );
    expect(ended).toBe(1000);
    // The random games reach more than one kind of ending.
    expect(statuses.size).toBeGreaterThan(1);
  });
});

describe('determinism', () => {
  const aiGame = (seed: number) => {
    let s = createGame(scenario, seed, {});
    while (s.status === 'playing') {
      const turn = whoMustAct(scenario, s)!;
      const r = applyAction(scenario, s, chooseAiAction(scenario, s, turn.actor));
      if (!r.ok) throw new Error(r.error.message);
      s = r.state;
    }
    return s;
  };

  it('the same seed twice gives identical games, down to the log', () => {
    expect(aiGame(7)).toEqual(aiGame(7));
  });

  it('different seeds hide different starting values', () => {
    const a = createGame(scenario, 1, {});
    const b = createGame(scenario, 2, {});
    expect(a.relations['north_korea>japan']).not.toEqual(b.relations['north_korea>japan']);
  });

  it('a JSON round trip of a save changes nothing, and play continues identically from it', () => {
    const live = aiGame(11);
    const actions = actionsOf(live);
    const half = replay(scenario, 11, {}, actions.slice(0, Math.floor(actions.length / 2)));
    expect(half.ok).toBe(true);
    if (!half.ok) return;
    const revived = JSON.parse(JSON.stringify(half.state)) as GameState;
    expect(revived).toEqual(half.state);
    expect(stateHash(revived)).toBe(stateHash(half.state));
    let a = half.state;
    let b = revived;
    for (const action of actions.slice(Math.floor(actions.length / 2))) {
      const ra = applyAction(scenario, a, action);
      const rb = applyAction(scenario, b, action);
      if (!ra.ok || !rb.ok) throw new Error('refused');
      a = ra.state;
      b = rb.state;
    }
    expect(b).toEqual(a);
    expect(stateHash(a)).toBe(stateHash(live));
  });

  it('replay reports the first refused action and where it was', () => {
    const actions = actionsOf(aiGame(3));
    const broken = [...actions.slice(0, 5), { type: 'wait', actor: 'nobody' } as Action];
    const result = replay(scenario, 3, {}, broken);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.index).toBe(5);
      expect(result.error.code).toBe('action/unknown-actor');
    }
  });
});
