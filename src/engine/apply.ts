import { type Ctx, emit } from './context.ts';
import { type ActionError, openPromise, validateAction } from './legal.ts';
import { round3 } from './numbers.ts';
import { computeResult } from './result.ts';
import { hashString, nextRandom, seedState } from './rng.ts';
import { concludeDeal, rejectOffer, tableOffer } from './rules/deal.ts';
import { keepPromise } from './rules/delivery.ts';
import { fireEvents } from './rules/events.ts';
import { temper } from './rules/ratchet.ts';
import { applyPressure, backDown, coordinate, giveGift, holdSummit, walkOut } from './rules/side.ts';
import { upkeep } from './rules/upkeep.ts';
import {
  type ActorState,
  actorOf,
  actorState,
  type DomainEvent,
  type GameState,
  type LogEntry,
  measuresOf,
  type Offer,
  type RelationState,
  relationKey,
  STATE_VERSION,
  sortedIds,
} from './state.ts';
import type { Action, ActorId, Controller, Scenario } from './types.ts';

export type ApplyResult =
  | { readonly ok: true; readonly state: GameState; readonly events: readonly DomainEvent[] }
  | { readonly ok: false; readonly error: ActionError };

/**
 * Starts a game. Hidden starting values (expectations, walk-away values) vary around the
 * scenario's figures by its `spread`, drawn from the seed, so no two seeds are the same puzzle.
 */
export function createGame(
  scenario: Scenario,
  seed: number,
  controllers: Readonly<Record<ActorId, Controller>>,
): GameState {
  if (!Number.isSafeInteger(seed)) throw new Error('programmer error: the seed must be a safe integer');
  let rng = seedState(seed);
  const draw = () => {
    const next = nextRandom(rng);
    rng = next.state;
    return next.value * 2 - 1;
  };
  const actors: Record<ActorId, ActorState> = {};
  for (const actor of scenario.actors) {
    actors[actor.id] = {
      controller: actor.background ? 'ai' : (controllers[actor.id] ?? 'ai'),
      leaderIndex: 0,
      approval: actor.public ? actor.public.approval : null,
      ousted: false,
      locked: actor.lockedUntil !== undefined,
      verdict: 0,
      summitWith: null,
      dealtWith: [],
      sideMoves: [],
      moved: false,
      received: 0,
      given: 0,
      summits: {},
      pressure: {},
    };
  }
  const seeds = [...scenario.relations].sort((a, b) =>
    relationKey(a.from, a.to) < relationKey(b.from, b.to) ? -1 : 1,
  );
  const relations: Record<string, RelationState> = {};
  for (const r of seeds) {
    const reservation = round3(r.reservation + (scenario.spread / 2) * draw());
    relations[relationKey(r.from, r.to)] = {
      expectation: round3(Math.max(reservation, r.expectation + scenario.spread * draw())),
      reservation,
      baseReservation: reservation,
      trust: r.trust,
      rounds: 0,
      roundTurn: 0,
      habituation: 1,
    };
  }
  const state: GameState = {
    version: STATE_VERSION,
    scenarioId: scenario.id,
    seed,
    rng,
    turn: 1,
    status: 'playing',
    cursor: 0,
    pending: null,
    actors,
    relations,
    tension: scenario.tension,
    tensionBase: scenario.params.tensionBase,
    crisis: { open: false, count: 0, backedDown: [] },
    progress: Object.fromEntries(scenario.issues.map((i) => [i.id, 0])),
    delivered: {},
    promises: [],
    fired: [],
    alignments: [],
    nextId: 1,
    log: [],
    result: null,
  };
  const ctx: Ctx = { scenario, p: scenario.params, state, events: [] };
  startTurn(ctx);
  state.log = [{ turn: 1, action: null, events: ctx.events }];
  return state;
}

/**
 * A copy the rules may change: every mutable part is copied, the rest (offers, alignments, the
 * result, log entries) is never changed once written and is shared. Key order is kept, so the
 * copy hashes like the original. The property tests freeze every state to prove none is mutated.
 */
function cloneState(state: GameState): GameState {
  const actors: Record<ActorId, ActorState> = {};
  for (const id of Object.keys(state.actors)) {
    const a = state.actors[id]!;
    actors[id] = {
      ...a,
      dealtWith: [...a.dealtWith],
      sideMoves: [...a.sideMoves],
      summits: { ...a.summits },
      pressure: { ...a.pressure },
    };
  }
  const relations: Record<string, RelationState> = {};
  for (const key of Object.keys(state.relations)) relations[key] = { ...state.relations[key]! };
  return {
    ...state,
    actors,
    relations,
    crisis: { ...state.crisis, backedDown: [...state.crisis.backedDown] },
    progress: { ...state.progress },
    delivered: { ...state.delivered },
    promises: state.promises.map((p) => ({ ...p })),
    fired: [...state.fired],
    alignments: [...state.alignments],
  };
}

/**
 * Applies one action: the new state and what happened, with reasons; or a coded error, with the
 * state untouched.
 */
export function applyAction(scenario: Scenario, state: GameState, action: Action): ApplyResult {
  const error = validateAction(scenario, state, action);
  if (error) return { ok: false, error };
  const draft = cloneState(state);
  const ctx: Ctx = { scenario, p: scenario.params, state: draft, events: [] };
  perform(ctx, action);
  const entries: LogEntry[] = [{ turn: draft.turn, action, events: ctx.events }];
  const all: DomainEvent[] = [...ctx.events];
  for (const entry of advance(ctx)) {
    entries.push(entry);
    all.push(...entry.events);
  }
  draft.log = [...state.log, ...entries];
  return { ok: true, state: draft, events: all };
}

function perform(ctx: Ctx, action: Action): void {
  const { state } = ctx;
  const me = actorState(state, action.actor);
  switch (action.type) {
    case 'offer':
      me.moved = true;
      tableOffer(ctx, offerOf(state, action.actor, action.to, action.forum ?? null, action, false));
      return;
    case 'counter': {
      const pending = state.pending as Offer;
      tableOffer(ctx, offerOf(state, action.actor, pending.from, pending.forum, action, true));
      return;
    }
    case 'accept':
      concludeDeal(ctx, state.pending as Offer);
      return;
    case 'reject':
      rejectOffer(ctx, state.pending as Offer);
      return;
    case 'wait':
      me.moved = true;
      emit(ctx, {
        type: 'waited',
        rule: 'table/wait',
        reason: `${actorOf(ctx.scenario, action.actor).capital} made no offer this turn`,
        actor: action.actor,
      });
      for (const other of counterparts(ctx, action.actor)) {
        temper(
          ctx,
          other,
          action.actor,
          ctx.p.waitFirmness,
          `${actorOf(ctx.scenario, action.actor).capital} showed patience instead of offering more`,
        );
      }
      return;
    case 'walkOut':
      me.moved = true;
      walkOut(ctx, action.actor, action.from);
      return;
    case 'backDown':
      me.moved = true;
      backDown(ctx, action.actor);
      return;
    case 'pressure':
      me.sideMoves.push('pressure');
      applyPressure(ctx, action.actor, action.target, action.level);
      return;
    case 'summit':
      me.sideMoves.push('summit');
      holdSummit(ctx, action.actor, action.with);
      return;
    case 'coordinate':
      me.sideMoves.push('coordinate');
      coordinate(ctx, action.actor, action.ally, action.target);
      return;
    case 'gift':
      me.sideMoves.push('gift');
      giveGift(ctx, action.actor, action.to, action.item, action.tier, action.conditional === true);
      return;
    case 'deliver':
      keepPromise(ctx, openPromise(state, action.actor, action.item)!.id);
      return;
  }
}

function offerOf(
  state: GameState,
  from: ActorId,
  to: ActorId,
  forum: string | null,
  lines: { readonly give: Offer['give']; readonly ask: Offer['ask'] },
  isCounter: boolean,
): Offer {
  const clean = (l: Offer['give'][number]) => ({
    item: l.item,
    tier: l.tier,
    ...(l.promised ? { promised: true } : {}),
    ...(l.conditional ? { conditional: true } : {}),
  });
  return {
    id: state.nextId++,
    from,
    to,
    forum,
    give: lines.give.map(clean),
    ask: lines.ask.map(clean),
    isCounter,
  };
}

/** The delegations at the table other than `id`, in sorted order. */
function counterparts(ctx: Ctx, id: ActorId): ActorId[] {
  return sortedIds(ctx.state.actors).filter(
    (other) =>
      other !== id && !actorOf(ctx.scenario, other).background && !actorState(ctx.state, other).ousted,
  );
}

/** Moves play on: next delegation, or the end of the turn, or the end of the game. */
function advance(ctx: Ctx): LogEntry[] {
  const { state, scenario } = ctx;
  if (state.pending) return [];
  const current = scenario.order[state.cursor];
  if (current !== undefined && !actorState(state, current).moved) return [];
  state.cursor = nextMover(ctx, state.cursor + 1);
  if (state.cursor < scenario.order.length) return [];
  const entries: LogEntry[] = [];
  const end = { ...ctx, events: [] } as Ctx;
  upkeep(end);
  const finished = endReason(end);
  if (finished !== null || state.turn >= scenario.turns.length) {
    finish(end, finished);
    entries.push({ turn: state.turn, action: null, events: end.events, closing: measuresOf(state) });
    return entries;
  }
  entries.push({ turn: state.turn, action: null, events: end.events, closing: measuresOf(state) });
  state.turn += 1;
  const start = { ...ctx, events: [] } as Ctx;
  startTurn(start);
  const after = endReason(start);
  if (after !== null) finish(start, after);
  entries.push({ turn: state.turn, action: null, events: start.events });
  return entries;
}

function nextMover(ctx: Ctx, from: number): number {
  let i = from;
  while (i < ctx.scenario.order.length && actorState(ctx.state, ctx.scenario.order[i]!).ousted) i++;
  return i;
}

function startTurn(ctx: Ctx): void {
  const { state } = ctx;
  for (const id of sortedIds(state.actors)) {
    const a = actorState(state, id);
    a.verdict = 0;
    a.summitWith = null;
    a.dealtWith = [];
    a.sideMoves = [];
    a.moved = false;
  }
  state.crisis.backedDown = [];
  state.cursor = nextMover(ctx, 0);
  const label = ctx.scenario.turns[state.turn - 1]?.label ?? `Turn ${state.turn}`;
  emit(ctx, { type: 'turnStarted', rule: 'turn/start', reason: `Turn ${state.turn}: ${label}` });
  fireEvents(ctx);
}

/** Collapse at tension 100; the game ends when a delegation played by a person is out. */
function endReason(ctx: Ctx): 'collapse' | 'ousted' | null {
  if (ctx.state.tension >= 100) return 'collapse';
  for (const id of sortedIds(ctx.state.actors)) {
    const a = actorState(ctx.state, id);
    if (a.ousted && a.controller === 'person') return 'ousted';
  }
  if (ctx.scenario.order.every((id) => actorState(ctx.state, id).ousted)) return 'ousted';
  return null;
}

function finish(ctx: Ctx, reason: 'collapse' | 'ousted' | null): void {
  ctx.state.status = 'ended';
  ctx.state.result = computeResult(ctx.scenario, ctx.state, reason);
  emit(ctx, {
    type: 'gameEnded',
    rule: reason ? `end/${reason}` : 'end/last-turn',
    reason: `${ctx.state.result.title}: ${ctx.state.result.text}`,
  });
}

/** A checkpoint of the whole state but its log: equal hashes mean equal games. */
export function stateHash(state: GameState): string {
  const { log, ...rest } = state;
  void log;
  return hashString(JSON.stringify(rest)).toString(16).padStart(8, '0');
}

export type ReplayResult =
  | { readonly ok: true; readonly state: GameState; readonly turnStarts: readonly GameState[] }
  | {
      readonly ok: false;
      readonly index: number;
      readonly error: ActionError;
      readonly state: GameState;
      readonly turnStarts: readonly GameState[];
    };

/**
 * Rebuilds a game from its seed and action log, keeping the state at the start of every turn it
 * reached (`turnStarts[i]` is the start of turn i + 1) for charts and stepping back. Stops at the
 * first action the rules refuse, with its index and error, and the state before it.
 */
export function replay(
  scenario: Scenario,
  seed: number,
  controllers: Readonly<Record<ActorId, Controller>>,
  actions: readonly Action[],
): ReplayResult {
  let state = createGame(scenario, seed, controllers);
  const turnStarts: GameState[] = [state];
  for (let i = 0; i < actions.length; i++) {
    const result = applyAction(scenario, state, actions[i]!);
    if (!result.ok) return { ok: false, index: i, error: result.error, state, turnStarts };
    if (result.state.turn > state.turn) turnStarts.push(result.state);
    state = result.state;
  }
  return { ok: true, state, turnStarts };
}

/** The actions of a game, in order, as kept in its log. */
export function actionsOf(state: GameState): Action[] {
  return state.log.flatMap((entry) => (entry.action ? [entry.action] : []));
}
