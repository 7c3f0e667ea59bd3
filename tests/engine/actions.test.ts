import { describe, expect, it } from 'vitest';
import {
  ACTION_RULES,
  ACTION_TYPES,
  applyAction,
  COORDINATION_MIN_TRUST,
  chooseAiAction,
  counterpartsOf,
  createGame,
  estimateRelation,
  type GameState,
  legalActions,
  listActions,
  PRESSURE_LEVELS,
  type Scenario,
  validateAction,
  whoMustAct,
} from '../../src/engine/index.ts';
import { movePanel } from '../../src/ui/viewmodel/index.ts';
import { fixture } from './fixture.ts';

/** The states of an AI game with Japan played by the AI too, one per decision. */
function statesOf(scenario: Scenario, seed: number): GameState[] {
  const states: GameState[] = [];
  let state = createGame(scenario, seed, {});
  while (state.status === 'playing') {
    states.push(state);
    const turn = whoMustAct(scenario, state);
    if (!turn) break;
    const result = applyAction(scenario, state, chooseAiAction(scenario, state, turn.actor));
    if (!result.ok) throw new Error(result.error.message);
    state = result.state;
  }
  return states;
}

describe('the action registry', () => {
  it('has one rule per action type, each handling its own type', () => {
    expect(Object.keys(ACTION_RULES).sort()).toEqual([...ACTION_TYPES].sort());
    for (const [type, rule] of Object.entries(ACTION_RULES)) expect(rule.type).toBe(type);
  });

  it('answers are the only rules that need an offer on the table', () => {
    const answers = Object.values(ACTION_RULES)
      .filter((r) => r.kind === 'answer')
      .map((r) => r.type)
      .sort();
    expect(answers).toEqual(['accept', 'counter', 'reject']);
  });

  it('lists, for whoever must act, actions of the right kind whose verdict is validateAction’s', () => {
    const scenario = fixture();
    for (const state of statesOf(scenario, 5)) {
      const turn = whoMustAct(scenario, state);
      if (!turn) continue;
      const listed = listActions(scenario, state, turn.actor);
      expect(listed.length).toBeGreaterThan(0);
      for (const { action, error } of listed) {
        expect(action.actor).toBe(turn.actor);
        expect(ACTION_RULES[action.type].kind === 'answer').toBe(turn.mode === 'respond');
        expect(error).toEqual(validateAction(scenario, state, action));
      }
      expect(legalActions(scenario, state, turn.actor)).toEqual(
        listed.filter((l) => l.error === null).map((l) => l.action),
      );
      // Nobody else may act, so nobody else has anything listed.
      for (const other of Object.keys(state.actors).filter((id) => id !== turn.actor)) {
        expect(listActions(scenario, state, other)).toEqual([]);
      }
    }
  });

  it('whoMustAct hands the offer to answer with the turn', () => {
    const scenario = fixture();
    const answering = statesOf(scenario, 3).filter((s) => s.pending !== null);
    expect(answering.length).toBeGreaterThan(0);
    for (const state of answering) {
      const turn = whoMustAct(scenario, state);
      expect(turn?.mode).toBe('respond');
      if (turn?.mode === 'respond') expect(turn.offer).toBe(state.pending);
    }
  });

  it('lists pressure at every level and no other', () => {
    const scenario = fixture();
    const state = createGame(scenario, 1, {});
    const turn = whoMustAct(scenario, state);
    if (turn?.mode !== 'move') return expect.fail('the game opens with a move');
    const levels = listActions(scenario, state, turn.actor, ['pressure']).map((l) =>
      l.action.type === 'pressure' ? l.action.level : null,
    );
    const targets = counterpartsOf(scenario, state, turn.actor).length;
    expect(levels).toEqual(Array.from({ length: targets }, () => [...PRESSURE_LEVELS]).flat());
  });
});

describe('counterparts at the table', () => {
  it('are the other delegations at the table still in the talks, sorted by id', () => {
    const scenario = fixture({
      order: ['usa', 'north_korea', 'japan'],
      actors: { usa: { background: false } },
    });
    const state = createGame(scenario, 1, {});
    expect(counterpartsOf(scenario, state, 'japan')).toEqual(['north_korea', 'usa']);
    const ousted = { ...state, actors: { ...state.actors, usa: { ...state.actors.usa!, ousted: true } } };
    expect(counterpartsOf(scenario, ousted, 'japan')).toEqual(['north_korea']);
    const background = fixture({ actors: { usa: { background: true } } });
    expect(counterpartsOf(background, createGame(background, 1, {}), 'japan')).toEqual(['north_korea']);
  });
});

describe('the move panel', () => {
  it('offers exactly the moves the engine lists, with the engine’s verdicts', () => {
    const scenario = fixture();
    for (const state of statesOf(scenario, 7)) {
      const turn = whoMustAct(scenario, state);
      if (turn?.mode !== 'move') continue;
      const panel = movePanel(scenario, state, turn.actor, { to: null, forum: null, give: [], ask: [] });
      const shown = [
        ...panel.summit,
        ...panel.pressure,
        ...panel.coordinate,
        ...panel.gift,
        ...panel.deliver,
        ...panel.walkOut,
        ...(panel.wait ? [panel.wait] : []),
        ...(panel.backDown ? [panel.backDown] : []),
      ];
      const listed = listActions(scenario, state, turn.actor).filter((l) => l.action.type !== 'offer');
      // The panel leaves out only the allies the advisors think would refuse to line up.
      const trustsEnough = (ally: string) => {
        const e = estimateRelation(scenario, state, turn.actor, ally, 'trust');
        return e.value + e.band >= COORDINATION_MIN_TRUST;
      };
      const offered = listed.filter((l) => l.action.type !== 'coordinate' || trustsEnough(l.action.ally));
      expect(shown.map((c) => c.action).sort(byJson)).toEqual(offered.map((l) => l.action).sort(byJson));
      for (const c of shown) expect(c.error).toBe(validateAction(scenario, state, c.action)?.message ?? null);
    }
  });
});

function byJson(a: unknown, b: unknown): number {
  const x = JSON.stringify(a);
  const y = JSON.stringify(b);
  return x < y ? -1 : x > y ? 1 : 0;
}
