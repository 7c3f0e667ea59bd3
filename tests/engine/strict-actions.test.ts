import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ACTION_ERROR_CODES,
  type Action,
  type ActionError,
  actionsOf,
  applyAction,
  checkShape,
  chooseAiAction,
  createGame,
  ERROR_MESSAGES_EN,
  type GameState,
  legalActions,
  listActions,
  MAX_PACKAGE_LINES,
  replay,
  type Scenario,
  stateHash,
  validateAction,
  whoMustAct,
} from '../../src/engine/index.ts';
import { LIMITS } from '../../src/scenario/index.ts';
import { anyValue, type Malformed, malformedOf, SHAPE_CODES } from '../fuzz/malformed.ts';
import { shippedScenarios } from '../scenarios/shipped.ts';
import { fixture } from './fixture.ts';

const SCENARIOS: Scenario[] = shippedScenarios();

/** Freezes a value all the way down, so that a rule changing its input throws. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

interface Position {
  readonly scenario: Scenario;
  readonly state: GameState;
  /** A handful of the actions legal here, to break. */
  readonly legal: readonly Action[];
}

/**
 * Positions across an AI game of each shipped scenario (every fourth decision, so moves and
 * answers both come up, and every seat that moves), frozen.
 */
const POSITIONS: Position[] = SCENARIOS.flatMap((scenario) => {
  const out: Position[] = [];
  let state = createGame(scenario, 5, {});
  for (let i = 0; state.status === 'playing'; i++) {
    const turn = whoMustAct(scenario, state);
    if (!turn) break;
    const ai = chooseAiAction(scenario, state, turn.actor);
    if (i % 4 === 0) {
      const all = legalActions(scenario, state, turn.actor);
      const step = Math.max(1, Math.floor(all.length / 6));
      const legal = [ai, ...all.filter((_, j) => j % step === 0)];
      out.push({ scenario, state: deepFreeze(state), legal });
    }
    const next = applyAction(scenario, state, ai);
    if (!next.ok) throw new Error(next.error.message);
    state = next.state;
  }
  return out;
});

/** A refusal as the API promises it: a registered code, and a message from the table, filled in. */
function checkRefusal(error: ActionError): void {
  expect(ACTION_ERROR_CODES).toContain(error.code);
  expect(Object.hasOwn(ERROR_MESSAGES_EN, error.messageId)).toBe(true);
  expect(error.messageId.split('.')[0]).toBe(error.code);
  expect(error.message.length).toBeGreaterThan(10);
  expect(error.message).not.toMatch(/undefined|\{\w+(:\w+)?\}|\[object/);
}

/** The one property, for any value: no throw, the input state as it was, a coded refusal. */
function probe({ scenario, state }: Position, bad: Malformed): void {
  const before = stateHash(state);
  const logLength = state.log.length;
  const error = validateAction(scenario, state, bad.value as Action);
  const applied = applyAction(scenario, state, bad.value as Action);
  if (stateHash(state) !== before || state.log.length !== logLength) {
    expect.fail(`${bad.how} changed the state`);
  }
  expect(applied.ok).toBe(error === null);
  if (bad.shape && error === null) expect.fail(`${bad.how} was let through`);
  if (error) {
    checkRefusal(error);
    if (!applied.ok) expect(applied.error).toEqual(error);
    if (bad.shape) expect(SHAPE_CODES).toContain(error.code);
  }
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

/** A position by its index, so that a failure prints a number, not a whole scenario. */
const index = fc.nat({ max: POSITIONS.length - 1 });
const at = (i: number): Position => POSITIONS[i]!;

describe('a strict engine API', () => {
  it('covers every shipped scenario, moves and answers', () => {
    expect(new Set(POSITIONS.map((p) => p.scenario.id)).size).toBe(SCENARIOS.length);
    expect(SCENARIOS.length).toBe(6);
    expect(POSITIONS.some((p) => whoMustAct(p.scenario, p.state)?.mode === 'respond')).toBe(true);
  });

  it('refuses any value that is not an action, with a shape code, never throwing or changing the state', () => {
    fc.assert(
      fc.property(index, anyValue, (i, bad) => probe(at(i), bad)),
      { numRuns: 1000, seed: 2002_09_17 },
    );
  });

  it('refuses a legal action broken in any one way, never throwing or changing the state', () => {
    const broken = index.chain((i) =>
      fc.constantFrom(...at(i).legal).chain((legal) => malformedOf(legal).map((bad) => [i, bad] as const)),
    );
    fc.assert(
      fc.property(broken, ([i, bad]) => probe(at(i), bad)),
      { numRuns: 1000, seed: 2004_05_22 },
    );
  });

  it('lists only actions of a good shape (listing skips the shape check, so this holds it)', () => {
    for (const { scenario, state } of POSITIONS) {
      const turn = whoMustAct(scenario, state)!;
      for (const { action } of listActions(scenario, state, turn.actor)) {
        const error = checkShape(action);
        if (error) expect.fail(`${scenario.id} lists ${JSON.stringify(action)}: ${error.message}`);
      }
    }
  });

  it('replay stops at a malformed action with its index and code, and the state before it', () => {
    const scenario = SCENARIOS[0]!;
    let live = createGame(scenario, 3, {});
    for (let i = 0; i < 6 && live.status === 'playing'; i++) {
      const turn = whoMustAct(scenario, live)!;
      const r = applyAction(scenario, live, chooseAiAction(scenario, live, turn.actor));
      if (!r.ok) throw new Error(r.error.message);
      live = r.state;
    }
    const actions = actionsOf(live);
    for (const bad of [null, { type: 'constructor', actor: 'japan' }, { type: 'wait' }, 7]) {
      const result = replay(scenario, 3, {}, [...actions, bad as Action]);
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.index).toBe(actions.length);
      expect(SHAPE_CODES).toContain(result.error.code);
      expect(JSON.stringify(result.state)).toBe(JSON.stringify(live));
    }
  });

  it('names the field and the fault, escaped', () => {
    const { scenario, state } = POSITIONS[0]!;
    const turn = whoMustAct(scenario, state)!;
    const message = (value: unknown) => validateAction(scenario, state, value as Action)?.message;
    expect(message({ type: 'summit', actor: turn.actor, with: 4 })).toBe(
      'The field "with" of the summit action must be an id (text).',
    );
    expect(message(JSON.parse(`{"type":"wait","actor":"${turn.actor}","__proto__":{}}`))).toBe(
      'The wait action has no field "__proto__".',
    );
    expect(
      message({
        type: 'offer',
        actor: turn.actor,
        to: 'x',
        give: [{ item: 'a', tier: Number.NaN }],
        ask: [],
      }),
    ).toBe('The field "give[0].tier" of the offer action must be a finite number.');
    expect(message({ type: 'wait\u202e', actor: turn.actor })).toMatch(
      /^No action of type "wait\\u202e": the types/,
    );
    // An unknown id is repeated escaped and cut short, never raw.
    expect(message({ type: 'wait', actor: `japan\u202e${'x'.repeat(100)}` })).toBe(
      `No delegation "japan\\u202e${'x'.repeat(34)}...".`,
    );
    const line = { item: 'a', tier: 1 };
    expect(message({ type: 'counter', actor: turn.actor, give: new Array(501).fill(line), ask: [] })).toBe(
      'The field "give" of the counter action lists 501 lines; a package has at most 500.',
    );
    expect(message({ type: 'gift', actor: turn.actor, to: 'x', item: 'a' })).toBe(
      'The gift action needs the field "tier".',
    );
  });
});

it('caps package lines no lower than the loader caps items, so no legal package is refused by it', () => {
  expect(MAX_PACKAGE_LINES).toBeGreaterThanOrEqual(LIMITS.items);
});

describe('a game that opens at the breaking point', () => {
  it('collapses at once when it starts at tension 100, with the collapse rule and its reason', () => {
    const scenario: Scenario = { ...fixture(), tension: 100 };
    const state = createGame(scenario, 1, {});
    expect(state.status).toBe('ended');
    expect(state.result?.status).toBe('collapse');
    expect(whoMustAct(scenario, state)).toBeNull();
    const ended = state.log.flatMap((e) => e.events).find((e) => e.type === 'gameEnded');
    expect(ended?.rule).toBe('end/collapse');
    expect(validateAction(scenario, state, { type: 'wait', actor: 'japan' })?.code).toBe('game/over');
  });

  it('collapses at once when the first turn’s events take tension to 100', () => {
    const base = fixture();
    const scenario: Scenario = {
      ...base,
      tension: 90,
      events: [
        {
          id: 'missile',
          headline: 'A missile over Japan',
          text: 'Tension spikes.',
          turn: 1,
          from: 1,
          to: 1,
          effects: [{ kind: 'tension', delta: 15 }],
          cite: { source: '000_9fd2b6bbe1dfc80f.txt' },
        },
      ],
    };
    const state = createGame(scenario, 1, {});
    expect(state.tension).toBe(100);
    expect(state.result?.status).toBe('collapse');
    // Below the line, the game is played as before.
    expect(createGame({ ...base, tension: 99 }, 1, {}).status).toBe('playing');
  });
});
