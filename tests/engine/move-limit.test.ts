/**
 * `turn/move-limit`: a delegation makes at most `MOVES_PER_TURN` moves in a turn, so every game
 * ends, by a rule with its reason in the log, and the driver's guard (`maxActions`) is a bound the
 * rules guarantee rather than a guess (issue #10: "a game that cannot end is ended by a
 * documented rule"). Deliveries are the only moves that can pile up, so the tests promise more
 * than fifty of them.
 */
import { describe, expect, it } from 'vitest';
import {
  type Action,
  applyAction,
  createGame,
  type DomainEvent,
  describeEvent,
  type GameState,
  MOVES_PER_TURN,
  maxActions,
  replay,
  type Scenario,
  stateHash,
  whoMustAct,
} from '../../src/engine/index.ts';
import { ARTICLE_FILES, loadScenario } from '../../src/scenario/index.ts';
import { simulate } from '../../src/sim/index.ts';
import { limitScenario } from '../sim/limit-file.ts';

const TOKENS = 60;

function loaded(text: string): Scenario {
  const result = loadScenario(text, 'limits.yaml', { knownSources: ARTICLE_FILES });
  if (!result.ok) throw new Error(result.error.map((i) => `${i.line}: ${i.message}`).join('\n'));
  return result.value;
}

const offerAll: Action = {
  type: 'offer',
  actor: 'a1',
  to: 'a2',
  give: Array.from({ length: TOKENS }, (_, i) => ({ item: `token_${i + 1}`, tier: 1, promised: true })),
  ask: [],
};
const deliver = (k: number): Action => ({ type: 'deliver', actor: 'a1', item: `token_${k}` });
const wait = (actor: string): Action => ({ type: 'wait', actor });

/** Applies actions in order, each of which must be legal; the state and every event. */
function play(scenario: Scenario, state: GameState, actions: readonly Action[]) {
  const events: DomainEvent[] = [];
  let now = state;
  for (const action of actions) {
    const result = applyAction(scenario, now, action);
    if (!result.ok) throw new Error(`${action.type}: ${result.error.message}`);
    events.push(...result.events);
    now = result.state;
  }
  return { state: now, events };
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const openPromises = (state: GameState) => state.promises.filter((p) => p.status === 'open').length;

describe('a delegation makes at most MOVES_PER_TURN moves in a turn', () => {
  const scenario = loaded(limitScenario(2, 4, { tokens: TOKENS }));
  const people = { a1: 'person', a2: 'person' } as const;
  // Turn 1: a1 promises sixty tokens, a2 takes them, a2 waits. Turn 2 begins with a1 to move.
  const promised = play(scenario, createGame(scenario, 1, people), [
    offerAll,
    { type: 'accept', actor: 'a2' },
    wait('a2'),
  ]).state;

  it('is 50', () => {
    expect(MOVES_PER_TURN).toBe(50);
    expect(promised.turn).toBe(2);
    expect(openPromises(promised)).toBe(TOKENS);
    expect(whoMustAct(scenario, promised)).toEqual({ mode: 'move', actor: 'a1' });
  });

  it('after the fiftieth, its turn at the table is over, by `turn/move-limit` with its reason', () => {
    const before = play(scenario, promised, range(1, 49).map(deliver));
    expect(before.events.filter((e) => e.rule === 'turn/move-limit')).toEqual([]);
    expect(whoMustAct(scenario, before.state)).toEqual({ mode: 'move', actor: 'a1' });

    const fiftieth = applyAction(scenario, before.state, deliver(50));
    if (!fiftieth.ok) throw new Error(fiftieth.error.message);
    const spent = fiftieth.events.filter((e) => e.rule === 'turn/move-limit');
    expect(spent).toEqual([
      {
        type: 'movesSpent',
        rule: 'turn/move-limit',
        message: 'turn.move-limit',
        params: { actor: 'a1', limit: 50 },
        actor: 'a1',
      },
    ]);
    expect(describeEvent(scenario, spent[0]!)).toBe(
      'Delegation 1 has made 50 moves this turn, the most one delegation may make: its turn at the table is over',
    );
    // The table passes on; the ten promises left are still open, not broken.
    expect(whoMustAct(scenario, fiftieth.state)).toEqual({ mode: 'move', actor: 'a2' });
    expect(fiftieth.state.turn).toBe(2);
    expect(openPromises(fiftieth.state)).toBe(10);
    expect(applyAction(scenario, fiftieth.state, deliver(51))).toMatchObject({
      ok: false,
      error: { code: 'action/not-your-turn' },
    });

    // Next turn a1 delivers the rest before their deadline: every promise kept.
    const rest = play(scenario, fiftieth.state, [
      wait('a2'),
      ...range(51, TOKENS).map(deliver),
      wait('a1'),
      wait('a2'),
    ]);
    expect(rest.state.turn).toBe(4);
    expect(rest.state.promises.map((p) => p.status)).toEqual(Array(TOKENS).fill('kept'));
    expect(rest.events.filter((e) => e.rule === 'turn/move-limit' || e.rule === 'promise/broken')).toEqual(
      [],
    );

    // And the game replays to the same state, the rule included.
    const actions = [offerAll, { type: 'accept', actor: 'a2' }, wait('a2'), ...range(1, 50).map(deliver)];
    const replayed = replay(scenario, 1, people, actions as Action[]);
    expect(replayed.ok && stateHash(replayed.state)).toBe(stateHash(fiftieth.state));
  });

  it('a table move that is the fiftieth move needs no rule: it ends the turn at the table anyway', () => {
    const { state, events } = play(scenario, promised, [...range(1, 49).map(deliver), wait('a1')]);
    expect(events.filter((e) => e.rule === 'turn/move-limit')).toEqual([]);
    expect(events.filter((e) => e.type === 'waited').map((e) => e.actor)).toEqual(['a1']);
    expect(whoMustAct(scenario, state)).toEqual({ mode: 'move', actor: 'a2' });
  });
});

describe('maxActions: the most actions a game can hold, so the driver never stops one', () => {
  it('is MOVES_PER_TURN and two answers per delegation and turn', () => {
    expect(maxActions(loaded(limitScenario(2, 4)))).toBe(4 * 2 * 52);
    expect(maxActions(loaded(limitScenario(32, 100)))).toBe(100 * 32 * 52);
  });

  // Measured: about 1.4 s alone on a 2-core machine (the AI weighs a1's sixty tokens).
  it('a 32-delegation game in which the player delivers sixty promises plays to its end', {
    timeout: 30_000,
  }, () => {
    const scenario = loaded(limitScenario(32, 5, { tokens: TOKENS }));
    const run = simulate({
      scenario,
      player: 'a1',
      seed: 1,
      play: {
        kind: 'moves',
        turns: [[offerAll], range(1, TOKENS).map(deliver), range(51, TOKENS).map(deliver)],
      },
    });
    const events = run.final.log.flatMap((entry) => entry.events);
    expect(run.skipped).toEqual([]);
    expect(events.filter((e) => e.rule === 'turn/move-limit').map((e) => [e.actor, e.params.limit])).toEqual([
      ['a1', 50],
    ]);
    expect(run.final.promises.filter((p) => p.giver === 'a1').map((p) => p.status)).toEqual(
      Array(TOKENS).fill('kept'),
    );
    expect(run.final.status).toBe('ended');
    expect(events.at(-1)?.rule).toBe('end/last-turn');
    expect(run.final.turn).toBe(5);
  });
});
