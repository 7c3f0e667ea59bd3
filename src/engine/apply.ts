import { ruleOf } from './actions/registry.ts';
import { type Ctx, emit } from './context.ts';
import type { ActionError } from './errors.ts';
import type { DomainEvent } from './events.ts';
import { validateAction } from './legal.ts';
import { round3 } from './numbers.ts';
import { choicesOf, hasOptions, lastTurn, normalizeOptions } from './options.ts';
import { computeResult } from './result.ts';
import { hashString, nextRandom, seedState } from './rng.ts';
import { fireEvents } from './rules/events.ts';
import { spendMoves } from './rules/move-limit.ts';
import { upkeep } from './rules/upkeep.ts';
import {
  type ActorState,
  AI_VERSION,
  type AiVersion,
  actorState,
  type GameState,
  isAiVersion,
  type LogEntry,
  measuresOf,
  type RelationState,
  relationKey,
  STATE_VERSION,
  shareRelations,
  sortedIds,
} from './state.ts';
import { whoMustAct } from './turn.ts';
import type { Action, ActorId, Controller, GameOptions, Scenario } from './types.ts';

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
  ai: AiVersion = AI_VERSION,
  options: GameOptions = {},
): GameState {
  if (!Number.isSafeInteger(seed)) throw new Error('programmer error: the seed must be a safe integer');
  if (!isAiVersion(ai)) throw new Error(`programmer error: no AI version ${String(ai)}`);
  const kept = normalizeOptions(scenario, choicesOf(options));
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
    ai,
    scenarioId: scenario.id,
    seed,
    options: kept,
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
  // The collapse rule holds from the first moment: a game that opens at tension 100 (or whose
  // first turn's events take it there) ends before anyone moves, as any later turn would.
  const opening = endReason(ctx);
  if (opening !== null) finish(ctx, opening);
  state.log = [{ turn: 1, action: null, events: ctx.events }];
  return state;
}

/**
 * A copy the rules may change: every mutable part is copied, the relations on write (see
 * `writableRelation`), the rest (offers, alignments, the result, log entries) is never changed
 * once written and is shared. Key order is kept, so the
 * copy hashes like the original. The property tests freeze every state to prove none is mutated.
 */
function cloneState(state: GameState): GameState {
  const actors: Record<ActorId, ActorState> = {};
  for (const [id, a] of Object.entries(state.actors)) {
    actors[id] = {
      ...a,
      dealtWith: [...a.dealtWith],
      sideMoves: [...a.sideMoves],
      summits: { ...a.summits },
      pressure: { ...a.pressure },
    };
  }
  const draft: GameState = {
    ...state,
    actors,
    crisis: { ...state.crisis, backedDown: [...state.crisis.backedDown] },
    progress: { ...state.progress },
    delivered: { ...state.delivered },
    promises: state.promises.map((p) => ({ ...p })),
    fired: [...state.fired],
    alignments: [...state.alignments],
  };
  shareRelations(draft);
  return draft;
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

/** Bookkeeping every action shares, then the action's own rule. */
function perform(ctx: Ctx, action: Action): void {
  const turn = whoMustAct(ctx.scenario, ctx.state);
  if (!turn) throw new Error('programmer error: an action was validated after the end of the game');
  const rule = ruleOf(action.type);
  if (rule.kind === 'answer') {
    if (turn.mode !== 'respond') throw new Error('programmer error: an answer with no offer on the table');
    rule.perform(ctx, action, turn);
    return;
  }
  if (turn.mode !== 'move') throw new Error('programmer error: a move while an offer waits for its answer');
  const me = actorState(ctx.state, action.actor);
  if (rule.kind === 'table') me.moved = true;
  if (rule.oncePerTurn) me.sideMoves.push(action.type);
  rule.perform(ctx, action, turn);
  spendMoves(ctx, action.actor);
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
  const end: Ctx = { ...ctx, events: [] };
  upkeep(end);
  const finished = endReason(end);
  if (finished !== null || state.turn >= lastTurn(scenario, state)) {
    finish(end, finished);
    entries.push({ turn: state.turn, action: null, events: end.events, closing: measuresOf(state) });
    return entries;
  }
  entries.push({ turn: state.turn, action: null, events: end.events, closing: measuresOf(state) });
  state.turn += 1;
  const start: Ctx = { ...ctx, events: [] };
  startTurn(start);
  const after = endReason(start);
  if (after !== null) finish(start, after);
  entries.push({ turn: state.turn, action: null, events: start.events });
  return entries;
}

function nextMover(ctx: Ctx, from: number): number {
  const order = ctx.scenario.order;
  let i = from;
  for (let id = order[i]; id !== undefined && actorState(ctx.state, id).ousted; id = order[i]) i++;
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
  emit(ctx, {
    type: 'turnStarted',
    rule: 'turn/start',
    message: 'turn.start',
    params: { turn: state.turn, label },
  });
  fireEvents(ctx);
}

/** Collapse at tension 100 (from the first turn's start on); the game ends when a delegation played by a person is out. */
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
    rule: reason === 'collapse' ? 'end/collapse' : reason === 'ousted' ? 'end/ousted' : 'end/last-turn',
    message: 'game.end',
    params: { title: ctx.state.result.title, text: ctx.state.result.text },
  });
}

/**
 * A checkpoint of the whole state but its log: equal hashes mean equal games. A game of the first
 * AI hashes without its AI version, and a game with no options without its options, as every game
 * did before either existed, so the saves made then still reach their checkpoints.
 */
export function stateHash(state: GameState): string {
  const { log, ai, options, ...rest } = state;
  void log;
  const versioned = ai === 1 ? rest : { ...rest, ai };
  const hashed = !hasOptions(options) ? versioned : { ...versioned, options };
  return hashString(JSON.stringify(hashed)).toString(16).padStart(8, '0');
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
  options: GameOptions = {},
): ReplayResult {
  let state = createGame(scenario, seed, controllers, AI_VERSION, options);
  const turnStarts: GameState[] = [state];
  for (const [i, action] of actions.entries()) {
    const result = applyAction(scenario, state, action);
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
