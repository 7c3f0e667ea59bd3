import { describe, expect, it } from 'vitest';
import { newSession, playAction } from '../../src/store/session.ts';
import { blendView, tableView } from '../../src/ui/viewmodel/index.ts';
import { loadShipped } from '../scenarios/shipped.ts';

const SCENARIO = loadShipped('2004-koizumi-second-visit.yaml');

/** The table before and after Japan accepts North Korea's package on turn 1 (seed 7). */
function beforeAndAfter() {
  let step = newSession({ game: 'g', scenario: SCENARIO, scenarioHash: 'h', player: 'japan', seed: 7 });
  const play = (action: Parameters<typeof playAction>[1]) => {
    const r = playAction(step.session, action);
    if (!r.ok) throw new Error(r.error.message);
    step = r.step;
  };
  play({ type: 'wait', actor: 'japan' });
  const before = tableView(SCENARIO, step.session.state, 'japan');
  play({ type: 'accept', actor: 'japan' });
  return { before, after: tableView(SCENARIO, step.session.state, 'japan') };
}

describe('the map’s shift after a move', () => {
  it('moves every figure from the old view to the new one, and ends on the new view itself', () => {
    const { before, after } = beforeAndAfter();
    const families = (v: typeof before) => v.issues.find((i) => i.id === 'abductions')!.progress;
    expect([families(before), families(after)]).toEqual([0, 60]);
    expect(blendView(before, after, 0).tension).toBe(before.tension);
    expect(families(blendView(before, after, 0))).toBe(0);
    expect(families(blendView(before, after, 0.5))).toBe(30);
    expect(blendView(before, after, 0.5).self.approval).toBe(
      Math.round(((before.self.approval ?? 0) + (after.self.approval ?? 0)) / 2),
    );
    const nk = (v: typeof before) => v.delegations.find((d) => d.id === 'north_korea')!.trust.value;
    expect(nk(blendView(before, after, 0.5))).toBeCloseTo((nk(before) + nk(after)) / 2, 10);
    expect(blendView(before, after, 1)).toBe(after);
    // Only the figures move: the calendar and the names are the new view's from the first frame.
    expect(blendView(before, after, 0).timeline).toBe(after.timeline);
  });
});
