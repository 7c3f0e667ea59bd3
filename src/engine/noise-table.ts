import { noise } from './rng.ts';
import type { ActorId, ItemId, Scenario } from './types.ts';

/**
 * The advisors' errors, remembered. An estimate's error is a fixed function of the seed and of
 * who looks at what (`noise` in rng.ts), asked for many times a move by the package search, the
 * preview and the views. Each is computed once per seed, by the same call with the same key, and
 * then read from a table by positions of actors and items. A memo only: every value is what
 * `noise` returns, so nothing that depends on it changes.
 */

const FIELDS = ['expectation', 'reservation', 'trust'] as const;

/** Above this many entries a table is a Map filled on demand rather than an array. */
const DENSE_LIMIT = 1 << 16;
/** Seeds remembered per scenario, so that games played one after another reuse their table. */
const SEEDS_KEPT = 4;

/** Numbers by position, filled on demand; NaN reads as not computed yet. */
class Memo {
  private readonly dense: Float64Array | null;
  private readonly sparse: Map<number, number> | null;
  constructor(size: number) {
    this.dense = size <= DENSE_LIMIT ? new Float64Array(size).fill(Number.NaN) : null;
    this.sparse = this.dense ? null : new Map();
  }
  read(at: number): number {
    return this.dense ? this.dense[at]! : (this.sparse!.get(at) ?? Number.NaN);
  }
  write(at: number, value: number): number {
    if (this.dense) this.dense[at] = value;
    else this.sparse!.set(at, value);
    return value;
  }
}

interface SeedTable {
  readonly seed: number;
  readonly relation: Memo;
  readonly itemValue: Memo;
  readonly itemCost: Memo;
}

interface ScenarioTables {
  readonly actors: ReadonlyMap<ActorId, number>;
  readonly items: ReadonlyMap<ItemId, number>;
  readonly seeds: SeedTable[];
}

const tables = new WeakMap<Scenario, ScenarioTables>();

function tablesOf(scenario: Scenario): ScenarioTables {
  let entry = tables.get(scenario);
  if (!entry) {
    entry = {
      actors: new Map(scenario.actors.map((a, i) => [a.id, i])),
      items: new Map(scenario.items.map((item, i) => [item.id, i])),
      seeds: [],
    };
    tables.set(scenario, entry);
  }
  return entry;
}

function seedTable(entry: ScenarioTables, seed: number): SeedTable {
  for (const t of entry.seeds) if (t.seed === seed) return t;
  const a = entry.actors.size;
  const n = entry.items.size;
  const table: SeedTable = {
    seed,
    relation: new Memo(a * a * FIELDS.length),
    itemValue: new Memo(a * n * a),
    itemCost: new Memo(a * n),
  };
  entry.seeds.unshift(table);
  if (entry.seeds.length > SEEDS_KEPT) entry.seeds.pop();
  return table;
}

/** `noise(seed, "viewer|subject|field")`: the error of the viewer's estimate of a relation. */
export function relationNoise(
  scenario: Scenario,
  seed: number,
  viewer: ActorId,
  subject: ActorId,
  field: (typeof FIELDS)[number],
): number {
  const entry = tablesOf(scenario);
  const v = entry.actors.get(viewer);
  const s = entry.actors.get(subject);
  if (v === undefined || s === undefined) return noise(seed, `${viewer}|${subject}|${field}`);
  const memo = seedTable(entry, seed).relation;
  const at = (v * entry.actors.size + s) * FIELDS.length + FIELDS.indexOf(field);
  const known = memo.read(at);
  return !Number.isNaN(known) ? known : memo.write(at, noise(seed, `${viewer}|${subject}|${field}`));
}

/** `noise(seed, "viewer|value|item|receiver")`: the error of the viewer's estimate of an item's worth. */
export function itemValueNoise(
  scenario: Scenario,
  seed: number,
  viewer: ActorId,
  item: ItemId,
  receiver: ActorId,
): number {
  const entry = tablesOf(scenario);
  const v = entry.actors.get(viewer);
  const i = entry.items.get(item);
  const r = entry.actors.get(receiver);
  if (v === undefined || i === undefined || r === undefined) {
    return noise(seed, `${viewer}|value|${item}|${receiver}`);
  }
  const memo = seedTable(entry, seed).itemValue;
  const at = (v * entry.items.size + i) * entry.actors.size + r;
  const known = memo.read(at);
  return !Number.isNaN(known) ? known : memo.write(at, noise(seed, `${viewer}|value|${item}|${receiver}`));
}

/** `noise(seed, "viewer|cost|item")`: the error of the viewer's estimate of an item's cost. */
export function itemCostNoise(scenario: Scenario, seed: number, viewer: ActorId, item: ItemId): number {
  const entry = tablesOf(scenario);
  const v = entry.actors.get(viewer);
  const i = entry.items.get(item);
  if (v === undefined || i === undefined) return noise(seed, `${viewer}|cost|${item}`);
  const memo = seedTable(entry, seed).itemCost;
  const at = v * entry.items.size + i;
  const known = memo.read(at);
  return !Number.isNaN(known) ? known : memo.write(at, noise(seed, `${viewer}|cost|${item}`));
}
