import { actorState, type GameState, relationOf } from './state.ts';
import type { Condition } from './types.ts';

/** Whether every clause of a condition holds. Used by conditional events and by outcomes. */
export function holds(state: GameState, c: Condition): boolean {
  const delivered = (id: string) => (state.delivered[id] ?? 0) > 0;
  const approval = (id: string) => actorState(state, id).approval ?? 0;
  const progress = (id: string) => state.progress[id] ?? 0;
  if (c.tensionAbove !== undefined && !(state.tension > c.tensionAbove)) return false;
  if (c.tensionBelow !== undefined && !(state.tension < c.tensionBelow)) return false;
  if (c.approvalBelow && !(approval(c.approvalBelow.actor) < c.approvalBelow.value)) return false;
  if (c.approvalAbove && !(approval(c.approvalAbove.actor) > c.approvalAbove.value)) return false;
  if (c.delivered !== undefined && !delivered(c.delivered)) return false;
  if (c.notDelivered !== undefined && delivered(c.notDelivered)) return false;
  if (c.fired !== undefined && !state.fired.includes(c.fired)) return false;
  if (c.notFired !== undefined && state.fired.includes(c.notFired)) return false;
  if (c.progressAtLeast && !(progress(c.progressAtLeast.issue) >= c.progressAtLeast.value)) return false;
  if (c.progressBelow && !(progress(c.progressBelow.issue) < c.progressBelow.value)) return false;
  if (c.ousted !== undefined && !actorState(state, c.ousted).ousted) return false;
  if (c.notOusted !== undefined && actorState(state, c.notOusted).ousted) return false;
  if (c.expectationAbove) {
    const { from, to, value } = c.expectationAbove;
    if (!(relationOf(state, from, to).expectation > value)) return false;
  }
  if (c.expectationBelow) {
    const { from, to, value } = c.expectationBelow;
    if (!(relationOf(state, from, to).expectation < value)) return false;
  }
  if (c.all && !c.all.every((inner) => holds(state, inner))) return false;
  if (c.any && !c.any.some((inner) => holds(state, inner))) return false;
  return true;
}
