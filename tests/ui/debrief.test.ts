import { describe, expect, it } from 'vitest';
import { type Action, actionsOf, replay, type Scenario } from '../../src/engine/index.ts';
import { historicalRun } from '../../src/sim/index.ts';
import {
  chartGeometry,
  charts,
  fitProjection,
  hiddenNumbers,
  mainCounterpart,
  niceRange,
  seatOf,
  type TurnStates,
  turnStatesOf,
} from '../../src/ui/viewmodel/index.ts';
import { playUntil, startFixture } from './helpers.ts';

describe('debrief', () => {
  const { scenario, state } = startFixture();
  const ended = playUntil(scenario, state, (s) => s.status === 'ended');
  const controllers = { japan: 'person' } as const;
  const turnStates = (s: Scenario): TurnStates => {
    const replayed = replay(s, ended.seed, controllers, actionsOf(ended));
    return turnStatesOf({ turnStarts: replayed.turnStarts, final: replayed.state });
  };

  it('replays a game into one snapshot per turn and the final state', () => {
    const run = turnStates(scenario);
    expect(run.starts).toHaveLength(ended.turn);
    expect(run.starts.map((s) => s.turn)).toEqual(Array.from({ length: ended.turn }, (_, i) => i + 1));
    expect(run.final.status).toBe('ended');
  });

  it('draws four charts beside the historical line', () => {
    const scripted: Scenario = {
      ...scenario,
      history: {
        player: 'japan',
        outcome: 'families_home',
        summary: '',
        steps: [
          {
            turn: 1,
            actor: 'japan',
            actions: [
              {
                type: 'offer',
                actor: 'japan',
                to: 'north_korea',
                give: [{ item: 'visit', tier: 1 }],
                ask: [{ item: 'families', tier: 1 }],
              } as Action,
            ],
            note: 'The second visit',
            cite: { source: '000_9fd2b6bbe1dfc80f.txt' },
          },
        ],
      },
    };
    expect(historicalRun(scenario, 1)).toBeNull();
    const line = historicalRun(scripted, ended.seed)!;
    expect(actionsOf(line.final)[0]).toMatchObject({ type: 'offer', actor: 'japan' });
    const you = turnStates(scripted);
    const past = turnStatesOf(line);
    const counterpart = mainCounterpart(scripted, ended, 'japan');
    expect(counterpart).toBe('north_korea');
    const list = charts(scripted, 'japan', counterpart, you, past);
    expect(list.map((c) => c.key)).toEqual(['tension', 'approval', 'expectation', 'trust']);
    expect(list[0]!.you.length).toBe(you.starts.length + 1);
    expect(list[0]!.history).not.toBeNull();
    expect(list[0]!.summary).toMatch(/Tension/);
  });

  it('reveals every hidden number at a turn, and that turn’s full log', () => {
    const run = turnStates(scenario);
    const hidden = hiddenNumbers(scenario, run.starts[0]!, 1, run.final);
    expect(hidden.relations.map((r) => `${r.from}>${r.to}`)).toContain('North Korea>Japan');
    expect(hidden.log.some((l) => l.change !== '')).toBe(true);
  });
});

describe('chart and map geometry', () => {
  it('lays out series with gaps and fixed or nice ranges', () => {
    const g = chartGeometry(
      [
        [0, 50, null, 100],
        [10, 20],
      ],
      4,
      { min: 0, max: 100 },
    );
    expect(g.paths[0]).toMatch(/^M.*L.*M/);
    expect(g.points.filter((p) => p.series === 0)).toHaveLength(3);
    expect(g.ticks.map((t) => t.value)).toEqual([0, 25, 50, 75, 100]);
    expect(niceRange([0, 7.3], null)).toEqual({ min: 0, max: 8, step: 2 });
  });

  it('projects capitals inside the canvas with Tokyo east of Pyongyang', () => {
    const p = fitProjection(800, 500);
    const tokyo = p.project(seatOf('japan', 'Tokyo')!);
    const pyongyang = p.project(seatOf('x', 'Pyongyang')!);
    expect(tokyo.x).toBeGreaterThan(pyongyang.x);
    expect(tokyo.y).toBeGreaterThan(pyongyang.y);
    for (const q of [tokyo, pyongyang]) {
      expect(q.x).toBeGreaterThan(0);
      expect(q.x).toBeLessThan(800);
    }
    expect(seatOf('atlantis', 'Nowhere')).toBeNull();
  });
});
