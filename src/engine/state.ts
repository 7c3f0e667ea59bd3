import type { DomainEvent } from './events.ts';
import type { Offer } from './offer.ts';
import type {
  Action,
  Actor,
  ActorId,
  Controller,
  EventId,
  ForumId,
  GameOptions,
  IssueId,
  Item,
  ItemId,
  Leader,
  Scenario,
} from './types.ts';

export type { Offer } from './offer.ts';

/** Version of the state's shape; saves carry it. */
export const STATE_VERSION = 1;

/**
 * The versions of the counterpart AI that a game can be played by. A game is played to its end
 * by the AI it began with: its AI's moves are recomputed whenever it is replayed or verified, so
 * a game saved before the AI changed must meet the AI it was saved with. Each version is kept
 * while saves made with it may exist; what each changed is in `docs/model.md`. Changing what a
 * shipped version does is a new version: the frozen save of each (`tests/fixtures/`) fails if not.
 * 1: the first AI. 2: never tables a refused package again, opens with a position of its own when
 * no package seems acceptable to both sides, and a demanding delegation's demand carries its
 * token inducement.
 */
export const AI_VERSIONS = [1, 2] as const;
export type AiVersion = (typeof AI_VERSIONS)[number];
/** The AI a new game is played by. */
export const AI_VERSION: AiVersion = 2;

export function isAiVersion(n: unknown): n is AiVersion {
  return (AI_VERSIONS as readonly unknown[]).includes(n);
}

/** A's view of B, as it changes during play. */
export interface RelationState {
  expectation: number;
  reservation: number;
  /** The reservation pressure pulls away from and recovers toward. */
  baseReservation: number;
  trust: number;
  /**
   * Rounds of talks since the last deal between the pair: the index into the concession curve.
   * A round is a turn in which the pair talked (an offer, a counter-offer or a summit).
   */
  rounds: number;
  /** The last turn counted as a round, so that several offers in one turn make one round. */
  roundTurn: number;
  /** 1 when pressure is new, lower as the target gets used to it. */
  habituation: number;
}

export interface ActorState {
  controller: Controller;
  /** 0 for the scenario's leader, 1.. for successors. */
  leaderIndex: number;
  /** Null for actors with no domestic public. */
  approval: number | null;
  ousted: boolean;
  locked: boolean;
  /** The public's net verdict on this turn's deals, applied at upkeep. */
  verdict: number;
  /** Who this actor met at a summit this turn. */
  summitWith: ActorId | null;
  /** Actors this one concluded a deal with this turn. */
  dealtWith: ActorId[];
  /** Side moves already made this turn (each once, `deliver` any number of times). */
  sideMoves: string[];
  /** Whether this delegation has made its table move this turn. */
  moved: boolean;
  /** Value received from others so far (VP to this actor). */
  received: number;
  /** Cost of what this actor gave so far (VP to this actor). */
  given: number;
  /** Summits held with each actor, for the novelty of the next one. */
  summits: Record<ActorId, number>;
  /** The level of this actor's last pressure on each target and whether it won anything since. */
  pressure: Record<ActorId, { level: number; turn: number }>;
}

export interface PromiseRecord {
  readonly id: number;
  readonly giver: ActorId;
  readonly receiver: ActorId;
  readonly item: ItemId;
  readonly tier: number;
  readonly deadline: number;
  readonly conditional: boolean;
  status: 'open' | 'kept' | 'broken';
}

export interface Alignment {
  readonly actor: ActorId;
  readonly ally: ActorId;
  readonly target: ActorId;
  readonly until: number;
}

/** The measures at the close of a turn, after upkeep: what the charts and reports plot. */
export interface TurnMeasures {
  readonly tension: number;
  readonly approval: Readonly<Record<ActorId, number | null>>;
  /** Keyed `from>to`, like the state's relations. */
  readonly relations: Readonly<
    Record<string, { readonly expectation: number; readonly reservation: number; readonly trust: number }>
  >;
  readonly progress: Readonly<Record<IssueId, number>>;
}

export interface LogEntry {
  readonly turn: number;
  /** Null for what happens between moves (events, upkeep). */
  readonly action: Action | null;
  readonly events: readonly DomainEvent[];
  /** Set on the entry that closes a turn. */
  readonly closing?: TurnMeasures;
}

export interface GameResult {
  /** `collapse`, `ousted`, or the id of the scenario outcome that held. */
  readonly status: string;
  readonly title: string;
  readonly text: string;
  readonly scores: Readonly<Record<ActorId, number>>;
  readonly objectives: Readonly<
    Record<ActorId, readonly { readonly id: string; readonly value: number; readonly points: number }[]>
  >;
}

export interface GameState {
  readonly version: number;
  /** The AI this game is played by, for its whole length. */
  readonly ai: AiVersion;
  readonly scenarioId: string;
  readonly seed: number;
  /** The teacher's options, fixed for the game (`options.ts`); `{}` for the game as written. */
  readonly options: GameOptions;
  rng: number;
  turn: number;
  status: 'playing' | 'ended';
  /** Index into the scenario's order: whose move it is when no offer is on the table. */
  cursor: number;
  pending: Offer | null;
  actors: Record<ActorId, ActorState>;
  /** Keyed `from>to`. */
  relations: Record<string, RelationState>;
  tension: number;
  tensionBase: number;
  crisis: { open: boolean; count: number; backedDown: ActorId[] };
  progress: Record<IssueId, number>;
  /** Times each item was delivered: symbolic items lose value with repetition. */
  delivered: Record<ItemId, number>;
  promises: PromiseRecord[];
  fired: EventId[];
  alignments: Alignment[];
  nextId: number;
  log: LogEntry[];
  result: GameResult | null;
}

/**
 * Keys already built, by `from` then `to`: relations are looked up thousands of times a game, and
 * a key built once keeps its hash, where a freshly joined string must be hashed again each time.
 * Bounded, so that a session opening many files keeps no more than this many keys.
 */
const relationKeys = new Map<ActorId, Map<ActorId, string>>();
const MAX_RELATION_KEYS = 10_000;
let relationKeyCount = 0;

export function relationKey(from: ActorId, to: ActorId): string {
  let row = relationKeys.get(from);
  const known = row?.get(to);
  if (known !== undefined) return known;
  if (relationKeyCount >= MAX_RELATION_KEYS) {
    relationKeys.clear();
    relationKeyCount = 0;
    row = undefined;
  }
  const key = `${from}>${to}`;
  if (!row) {
    row = new Map();
    relationKeys.set(from, row);
  }
  row.set(to, key);
  relationKeyCount += 1;
  return key;
}

/** Lookups built once per scenario object. */
export interface ScenarioIndex {
  readonly actors: ReadonlyMap<ActorId, Actor>;
  readonly items: ReadonlyMap<ItemId, Item>;
  readonly itemsByGiver: ReadonlyMap<ActorId, readonly Item[]>;
  readonly forums: ReadonlyMap<ForumId, Scenario['forums'][number]>;
}

const indexCache = new WeakMap<Scenario, ScenarioIndex>();

export function indexOf(scenario: Scenario): ScenarioIndex {
  const cached = indexCache.get(scenario);
  if (cached) return cached;
  const byGiver = new Map<ActorId, Item[]>();
  for (const item of scenario.items) {
    const list = byGiver.get(item.giver) ?? [];
    list.push(item);
    byGiver.set(item.giver, list);
  }
  const index: ScenarioIndex = {
    actors: new Map(scenario.actors.map((a) => [a.id, a])),
    items: new Map(scenario.items.map((i) => [i.id, i])),
    itemsByGiver: byGiver,
    forums: new Map(scenario.forums.map((f) => [f.id, f])),
  };
  indexCache.set(scenario, index);
  return index;
}

export function actorOf(scenario: Scenario, id: ActorId): Actor {
  const actor = indexOf(scenario).actors.get(id);
  if (!actor) throw new Error(`programmer error: unknown actor ${id}`);
  return actor;
}

export function itemOf(scenario: Scenario, id: ItemId): Item {
  const item = indexOf(scenario).items.get(id);
  if (!item) throw new Error(`programmer error: unknown item ${id}`);
  return item;
}

/**
 * Copy-on-write of the relations. A state being stepped (`applyAction`'s draft) starts with the
 * very relations of the state it was copied from; the first rule that changes one copies the
 * record (references only), and each relation it changes is copied when first written
 * (`writableRelation`). With 50 delegations a state has 2,450 relations and an action changes a
 * handful, so copying them all on every action was most of an action's cost.
 */
const draftsSharingRelations = new WeakSet<GameState>();
/** For a record copied for a draft: the keys whose relation is already the draft's own. */
const ownRelations = new WeakMap<Record<string, RelationState>, Set<string>>();
/** The keys of a relations record, kept: they never change in a game, and listing them is costly. */
const relationKeysOf = new WeakMap<Record<string, RelationState>, readonly string[]>();

function keysOf(relations: Record<string, RelationState>): readonly string[] {
  let keys = relationKeysOf.get(relations);
  if (keys === undefined) {
    keys = Object.keys(relations);
    relationKeysOf.set(relations, keys);
  }
  return keys;
}

/** Marks a fresh copy of a state as sharing the relations of the state it was copied from. */
export function shareRelations(draft: GameState): void {
  draftsSharingRelations.add(draft);
}

/** A relation a rule may change: the draft's own copy, made on first use. */
export function writableRelation(state: GameState, from: ActorId, to: ActorId): RelationState {
  return writableRelationAt(state, relationKey(from, to));
}

/** `writableRelation` by key (`from>to`). */
export function writableRelationAt(state: GameState, key: string): RelationState {
  if (draftsSharingRelations.has(state)) {
    draftsSharingRelations.delete(state);
    const shared = state.relations;
    const keys = keysOf(shared);
    // A loop over known keys: spreading a record this large is several times slower.
    const copy: Record<string, RelationState> = {};
    for (const k of keys) copy[k] = shared[k]!;
    relationKeysOf.set(copy, keys);
    ownRelations.set(copy, new Set());
    state.relations = copy;
  }
  const rel = state.relations[key];
  if (!rel) throw new Error(`programmer error: no relation ${key}`);
  const own = ownRelations.get(state.relations);
  if (own === undefined || own.has(key)) return rel;
  const copy = { ...rel };
  state.relations[key] = copy;
  own.add(key);
  return copy;
}

/** A relation to read. Rules that change it use `writableRelation`: this one may be shared. */
export function relationOf(state: GameState, from: ActorId, to: ActorId): RelationState {
  const rel = state.relations[relationKey(from, to)];
  if (!rel) throw new Error(`programmer error: no relation ${from}>${to}`);
  return rel;
}

export function actorState(state: GameState, id: ActorId): ActorState {
  const a = state.actors[id];
  if (!a) throw new Error(`programmer error: no actor state ${id}`);
  return a;
}

/** The leader currently in charge of an actor. */
export function leaderOf(scenario: Scenario, state: GameState, id: ActorId): Leader {
  const actor = actorOf(scenario, id);
  const index = actorState(state, id).leaderIndex;
  return index === 0 ? actor.leader : (actor.successors[index - 1] ?? actor.leader);
}

/** Ids sorted, so that every loop over actors runs in the same order everywhere. */
export function sortedIds<T>(record: Record<string, T>): readonly string[] {
  const keys = Object.keys(record);
  const first = keys[0];
  if (first === undefined) return [];
  const known = sortedKeys.get(first);
  if (known && sameKeys(known.keys, keys)) return known.sorted;
  const sorted = [...keys].sort();
  // Bounded, like the relation keys: a session opening many files keeps no more than this.
  if (sortedKeys.size >= 1000) sortedKeys.clear();
  sortedKeys.set(first, { keys, sorted });
  return sorted;
}

/**
 * Records' keys sorted, kept: a game's actors and relations keep the same keys, in the same order,
 * from its first state to its last, and the rules ask for them sorted several times an action.
 * Found by the first key and checked key by key, so a record with other keys is sorted afresh.
 */
const sortedKeys = new Map<
  string,
  { readonly keys: readonly string[]; readonly sorted: readonly string[] }
>();

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** A copy of the measures now, for the closing entry of a turn. */
export function measuresOf(state: GameState): TurnMeasures {
  const approval: Record<ActorId, number | null> = {};
  for (const id of sortedIds(state.actors)) approval[id] = actorState(state, id).approval;
  const relations: Record<string, { expectation: number; reservation: number; trust: number }> = {};
  for (const key of sortedIds(state.relations)) {
    const r = state.relations[key]!;
    relations[key] = { expectation: r.expectation, reservation: r.reservation, trust: r.trust };
  }
  return { tension: state.tension, approval, relations, progress: { ...state.progress } };
}
