import { type ActionError, refuse, shown } from '../errors.ts';
import { lockHolds } from '../judge.ts';
import { actorOf, actorState, type GameState, indexOf, type PromiseRecord } from '../state.ts';
import type { ActorId, ForumId, Item, PackageLine, Scenario } from '../types.ts';
import { REPEATABLE_KINDS } from '../types.ts';

/** The checks several actions share: counterparts, packages, items, locks. */

export function lockedError(scenario: Scenario, id: ActorId): ActionError {
  const actor = actorOf(scenario, id);
  const lock = actor.lockedUntil;
  if (lock?.cap !== undefined)
    return refuse(
      'actor/locked',
      { name: actor.name, reason: lock.reason, cap: lock.cap },
      'actor/locked.capped',
    );
  return lock
    ? refuse('actor/locked', { name: actor.name, reason: lock.reason })
    : refuse('actor/locked', { name: actor.name }, 'actor/locked.unexplained');
}

/** The other delegation of a move must be another one, at the table and still in the talks. */
export function checkCounterpart(
  scenario: Scenario,
  state: GameState,
  actor: ActorId,
  other: ActorId,
): ActionError | null {
  if (other === actor) return refuse('action/self');
  const target = indexOf(scenario).actors.get(other);
  if (!target) return refuse('action/unknown-actor', { actor: shown(other) });
  if (target.background) return refuse('action/background', { name: target.name });
  if (actorState(state, other).ousted) return refuse('action/ousted', { name: target.name });
  return null;
}

/** Forums where both sides may meet this turn; null (direct talks) is always open. */
export function openForums(scenario: Scenario, state: GameState, a: ActorId, b: ActorId): (ForumId | null)[] {
  const open: (ForumId | null)[] = [null];
  for (const forum of scenario.forums) {
    const sitting = forum.sessions.length === 0 || forum.sessions.includes(state.turn);
    if (sitting && forum.members.includes(a) && forum.members.includes(b)) open.push(forum.id);
  }
  return open;
}

/** A package from `actor` to `to` in `forum`: offers and counter-offers both pass here. */
export function checkPackage(
  scenario: Scenario,
  state: GameState,
  actor: ActorId,
  to: ActorId,
  forum: ForumId | null,
  give: readonly PackageLine[],
  ask: readonly PackageLine[],
): ActionError | null {
  const bad = checkCounterpart(scenario, state, actor, to);
  if (bad) return bad;
  if (forum !== null) {
    const f = indexOf(scenario).forums.get(forum);
    if (!f) return refuse('forum/unknown', { forum: shown(forum) });
    if (!f.members.includes(actor) || !f.members.includes(to)) {
      return refuse('forum/not-member', { forum: f.name });
    }
    if (f.sessions.length > 0 && !f.sessions.includes(state.turn)) {
      return refuse('forum/not-in-session', { forum: f.name });
    }
  }
  if (give.length === 0 && ask.length === 0) return refuse('offer/empty');
  const seen = new Set<string>();
  for (const line of [...give, ...ask]) {
    if (seen.has(line.item)) return refuse('offer/duplicate');
    seen.add(line.item);
  }
  // A locked delegation can give nothing at all (or only a little): that is the reason to name,
  // before anything a line says (an item already given, a tier it lacks), which would send the
  // player the wrong way.
  if (lockHolds(scenario, state, actor, give)) return lockedError(scenario, actor);
  for (const line of give) {
    const e = checkLine(scenario, state, actor, line, 'give', forum);
    if (e) return e;
  }
  for (const line of ask) {
    if (line.promised || line.conditional) {
      return refuse('offer/ask-flags');
    }
    const e = checkLine(scenario, state, to, line, 'ask', forum);
    if (e) return e;
  }
  return null;
}

/** The oldest open promise of an item by a giver. */
export function openPromise(state: GameState, giver: ActorId, item: string): PromiseRecord | null {
  return state.promises.find((p) => p.giver === giver && p.item === item && p.status === 'open') ?? null;
}

/** A one-off item is gone once delivered or while a promise of it is open. */
export function available(state: GameState, item: Item): boolean {
  if (item.repeatable ?? REPEATABLE_KINDS.includes(item.kind)) return true;
  if ((state.delivered[item.id] ?? 0) > 0) return false;
  return !state.promises.some((p) => p.item === item.id && p.status === 'open');
}

/** One line of a package: the giver's own item, still available, at one of its tiers, in its forum. */
export function checkLine(
  scenario: Scenario,
  state: GameState,
  giver: ActorId,
  line: PackageLine,
  side: 'give' | 'ask',
  forum: ForumId | null,
): ActionError | null {
  const item = indexOf(scenario).items.get(line.item);
  if (!item) return refuse('offer/unknown-item', { item: shown(line.item) });
  if (item.giver !== giver) {
    return side === 'give'
      ? refuse('offer/not-yours', { item: item.name })
      : refuse('offer/not-theirs', { item: item.name });
  }
  if (!available(state, item)) {
    return refuse('offer/already-given', { item: item.name });
  }
  if (!item.tiers.includes(line.tier)) {
    const asked = { item: item.name, tier: line.tier, tiers: item.tiers };
    return item.tiers.length === 1
      ? refuse('offer/bad-tier', asked, 'offer/bad-tier.one')
      : refuse('offer/bad-tier', asked);
  }
  if (item.forums && item.forums.length > 0 && (forum === null || !item.forums.includes(forum))) {
    const names = item.forums.map((id) => indexOf(scenario).forums.get(id)?.name ?? id);
    return refuse('forum/outside', { item: item.name, forums: names });
  }
  return null;
}

/** Packages of at most one give and one ask, with promised and conditional variants of gives. */
export function linePairs(
  scenario: Scenario,
  giver: ActorId,
  receiver: ActorId,
): [PackageLine[], PackageLine[]][] {
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
