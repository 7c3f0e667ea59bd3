import { openForums, validateAction, whoMustAct } from './legal.ts';
import { actorOf, actorState, type GameState, indexOf, sortedIds } from './state.ts';
import type { Action, ActorId, PackageLine, Scenario } from './types.ts';

/**
 * The concrete legal actions of a delegation now. Packages are listed with at most one line a
 * side (every other package is legal too, by `validateAction`); everything else is listed whole.
 */
export function legalActions(scenario: Scenario, state: GameState, actor: ActorId): Action[] {
  const turn = whoMustAct(scenario, state);
  if (!turn || turn.actor !== actor) return [];
  const candidates: Action[] = [];
  const others = sortedIds(state.actors).filter((id) => id !== actor);
  const table = others.filter((id) => !actorOf(scenario, id).background && !actorState(state, id).ousted);
  if (turn.mode === 'respond') {
    const pending = state.pending!;
    candidates.push({ type: 'accept', actor }, { type: 'reject', actor });
    for (const [give, ask] of linePairs(scenario, actor, pending.from)) {
      candidates.push({ type: 'counter', actor, give, ask });
    }
  } else {
    for (const p of state.promises) {
      if (p.giver === actor && p.status === 'open') candidates.push({ type: 'deliver', actor, item: p.item });
    }
    candidates.push({ type: 'wait', actor }, { type: 'backDown', actor });
    for (const other of table) {
      candidates.push({ type: 'walkOut', actor, from: other }, { type: 'summit', actor, with: other });
      for (const level of [1, 2, 3]) candidates.push({ type: 'pressure', actor, target: other, level });
      for (const ally of others) {
        if (ally !== other) candidates.push({ type: 'coordinate', actor, ally, target: other });
      }
      for (const item of indexOf(scenario).itemsByGiver.get(actor) ?? []) {
        for (const tier of item.tiers) {
          candidates.push({ type: 'gift', actor, to: other, item: item.id, tier });
          candidates.push({ type: 'gift', actor, to: other, item: item.id, tier, conditional: true });
        }
      }
      for (const forum of openForums(scenario, state, actor, other)) {
        for (const [give, ask] of linePairs(scenario, actor, other)) {
          candidates.push({ type: 'offer', actor, to: other, ...(forum ? { forum } : {}), give, ask });
        }
      }
    }
  }
  return candidates.filter((a) => validateAction(scenario, state, a) === null);
}

/** Packages of at most one give and one ask, with promised and conditional variants of gives. */
function linePairs(scenario: Scenario, giver: ActorId, receiver: ActorId): [PackageLine[], PackageLine[]][] {
  const side = (id: ActorId, gives: boolean): PackageLine[][] => {
    const out: PackageLine[][] = [[]];
    for (const item of indexOf(scenario).itemsByGiver.get(id) ?? []) {
      for (const tier of item.tiers) {
        out.push([{ item: item.id, tier }]);
        if (gives) {
          out.push([{ item: item.id, tier, promised: true }]);
          out.push([{ item: item.id, tier, conditional: true }]);
        }
      }
    }
    return out;
  };
  const pairs: [PackageLine[], PackageLine[]][] = [];
  for (const give of side(giver, true)) for (const ask of side(receiver, false)) pairs.push([give, ask]);
  return pairs;
}
