import { actorOf, actorState, type GameState, indexOf, type Offer } from './state.ts';
import type { Action, ActorId, ForumId, Item, PackageLine, Scenario } from './types.ts';
import { REPEATABLE_KINDS, SIDE_ACTIONS } from './types.ts';

/** Why an action was refused: a stable code and a sentence a player understands. */
export interface ActionError {
  readonly code: string;
  readonly message: string;
}

/** Who must act now, and whether to move or to answer the offer on the table. */
export function whoMustAct(
  scenario: Scenario,
  state: GameState,
): { readonly actor: ActorId; readonly mode: 'move' | 'respond' } | null {
  if (state.status === 'ended') return null;
  if (state.pending) return { actor: state.pending.to, mode: 'respond' };
  const actor = scenario.order[state.cursor];
  return actor === undefined ? null : { actor, mode: 'move' };
}

const err = (code: string, message: string): ActionError => ({ code, message });

/** Returns null when the action is legal now, else the reason it is not. */
export function validateAction(scenario: Scenario, state: GameState, action: Action): ActionError | null {
  const turn = whoMustAct(scenario, state);
  if (!turn) return err('game/over', 'The game is over.');
  if (!indexOf(scenario).actors.has(action.actor))
    return err('action/unknown-actor', `No delegation "${action.actor}".`);
  const name = actorOf(scenario, turn.actor).name;
  if (action.actor !== turn.actor) {
    return err(
      'action/not-your-turn',
      turn.mode === 'respond' ? `${name} must answer the offer on the table first.` : `It is ${name}'s move.`,
    );
  }
  const responding = action.type === 'accept' || action.type === 'reject' || action.type === 'counter';
  if (turn.mode === 'respond' && !responding) {
    return err('respond/required', 'Answer the offer on the table first: accept, reject or counter.');
  }
  if (turn.mode === 'move' && responding)
    return err('respond/nothing-pending', 'There is no offer to answer.');
  const me = actorState(state, action.actor);
  if (SIDE_ACTIONS.includes(action.type) && action.type !== 'deliver' && me.sideMoves.includes(action.type)) {
    return err('side/used', `You have already used "${action.type}" this turn.`);
  }
  switch (action.type) {
    case 'offer':
      return checkOffer(
        scenario,
        state,
        action.actor,
        action.to,
        action.forum ?? null,
        action.give,
        action.ask,
      );
    case 'counter': {
      const pending = state.pending as Offer;
      if (pending.isCounter)
        return err('respond/counter-of-counter', 'A counter-offer can only be accepted or rejected.');
      return checkOffer(scenario, state, action.actor, pending.from, pending.forum, action.give, action.ask);
    }
    case 'accept': {
      const pending = state.pending as Offer;
      if (me.locked && pending.ask.length > 0) return lockedError(scenario, action.actor);
      return null;
    }
    case 'reject':
    case 'wait':
      return null;
    case 'walkOut':
      return checkCounterpart(scenario, state, action.actor, action.from);
    case 'backDown':
      if (!state.crisis.open) return err('crisis/none', 'There is no crisis to back down from.');
      if (state.crisis.backedDown.includes(action.actor))
        return err('crisis/already', 'You have already backed down.');
      return null;
    case 'pressure':
      if (!Number.isInteger(action.level) || action.level < 1 || action.level > 3) {
        return err('pressure/level', 'Pressure comes in levels 1, 2 or 3.');
      }
      return checkCounterpart(scenario, state, action.actor, action.target);
    case 'summit':
      return checkCounterpart(scenario, state, action.actor, action.with);
    case 'coordinate': {
      if (action.ally === action.actor || action.ally === action.target) {
        return err('coordinate/ally', 'Coordinate with a third party, not with yourself or the target.');
      }
      if (!indexOf(scenario).actors.has(action.ally))
        return err('action/unknown-actor', `No delegation "${action.ally}".`);
      if (actorState(state, action.ally).ousted)
        return err('coordinate/ally', 'That ally has left the talks.');
      return checkCounterpart(scenario, state, action.actor, action.target);
    }
    case 'gift': {
      const bad = checkCounterpart(scenario, state, action.actor, action.to);
      if (bad) return bad;
      if (me.locked) return lockedError(scenario, action.actor);
      const line = { item: action.item, tier: action.tier };
      const lineError = checkLine(scenario, state, action.actor, line, 'give', null);
      if (lineError) return lineError;
      return null;
    }
    case 'deliver': {
      const promise = openPromise(state, action.actor, action.item);
      if (!promise) return err('deliver/unknown', `You have no open promise of "${action.item}" to deliver.`);
      return null;
    }
  }
}

function lockedError(scenario: Scenario, id: ActorId): ActionError {
  const lock = actorOf(scenario, id).lockedUntil;
  return err(
    'actor/locked',
    `${actorOf(scenario, id).name} cannot make concessions yet: ${lock?.reason ?? 'it is locked'}.`,
  );
}

function checkCounterpart(
  scenario: Scenario,
  state: GameState,
  actor: ActorId,
  other: ActorId,
): ActionError | null {
  if (other === actor) return err('action/self', 'Choose another delegation.');
  const target = indexOf(scenario).actors.get(other);
  if (!target) return err('action/unknown-actor', `No delegation "${other}".`);
  if (target.background) return err('action/background', `${target.name} is not at the table.`);
  if (actorState(state, other).ousted) return err('action/ousted', `${target.name} has left the talks.`);
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

function checkOffer(
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
    if (!f) return err('forum/unknown', `No forum "${forum}".`);
    if (!f.members.includes(actor) || !f.members.includes(to)) {
      return err('forum/not-member', `Both sides must be members of ${f.name}.`);
    }
    if (f.sessions.length > 0 && !f.sessions.includes(state.turn)) {
      return err('forum/not-in-session', `${f.name} does not sit this turn.`);
    }
  }
  if (give.length === 0 && ask.length === 0)
    return err('offer/empty', 'An offer must give or ask something.');
  const seen = new Set<string>();
  for (const line of [...give, ...ask]) {
    if (seen.has(line.item)) return err('offer/duplicate', 'Each item may appear once in a package.');
    seen.add(line.item);
  }
  for (const line of give) {
    const e = checkLine(scenario, state, actor, line, 'give', forum);
    if (e) return e;
  }
  for (const line of ask) {
    if (line.promised || line.conditional) {
      return err('offer/ask-flags', 'Only what you give can be promised or conditional.');
    }
    const e = checkLine(scenario, state, to, line, 'ask', forum);
    if (e) return e;
  }
  if (give.length > 0 && actorState(state, actor).locked) return lockedError(scenario, actor);
  return null;
}

/** The oldest open promise of an item by a giver. */
export function openPromise(state: GameState, giver: ActorId, item: string) {
  return state.promises.find((p) => p.giver === giver && p.item === item && p.status === 'open') ?? null;
}

/** A one-off item is gone once delivered or while a promise of it is open. */
export function available(state: GameState, item: Item): boolean {
  if (item.repeatable ?? REPEATABLE_KINDS.includes(item.kind)) return true;
  if ((state.delivered[item.id] ?? 0) > 0) return false;
  return !state.promises.some((p) => p.item === item.id && p.status === 'open');
}

function checkLine(
  scenario: Scenario,
  state: GameState,
  giver: ActorId,
  line: PackageLine,
  side: 'give' | 'ask',
  forum: ForumId | null,
): ActionError | null {
  const item = indexOf(scenario).items.get(line.item);
  if (!item) return err('offer/unknown-item', `No item "${line.item}".`);
  if (item.giver !== giver) {
    return side === 'give'
      ? err('offer/not-yours', `${item.name} is not yours to give.`)
      : err('offer/not-theirs', `${item.name} is not theirs to give.`);
  }
  if (!available(state, item)) {
    return err(
      'offer/already-given',
      `${item.name} has already been given or promised; it cannot be given twice.`,
    );
  }
  if (!item.tiers.includes(line.tier)) {
    return err('offer/bad-tier', `${item.name} comes at tiers ${item.tiers.join(', ')}.`);
  }
  if (item.forums && item.forums.length > 0 && (forum === null || !item.forums.includes(forum))) {
    const names = item.forums.map((id) => indexOf(scenario).forums.get(id)?.name ?? id).join(' or ');
    return err('forum/outside', `${item.name} can only be discussed in ${names}.`);
  }
  return null;
}
