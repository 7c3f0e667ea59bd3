import {
  type Actor,
  type DomesticPublic,
  type Item,
  REPEATABLE_KINDS,
  type RelationSeed,
  type Scenario,
  type ScenarioEvent,
} from '../engine/index.ts';
import type { ActorEntry, ItemEntry } from './check-context.ts';
import { mergeParameters } from './params.ts';
import type { ScenarioInput } from './schema.ts';

/** What an ordered pair of actors starts with when the file does not list it. */
export const DEFAULT_RELATION = { expectation: 2, reservation: 0, trust: 0.5 } as const;

function buildActor(actor: ActorEntry): Actor {
  const { public: publicInput, capital, leader, ...rest } = actor;
  const result: Actor = {
    ...rest,
    capital: capital ?? actor.name,
    leader: leader ?? { name: actor.name, style: 'linear', redLines: [] },
  };
  if (publicInput === undefined) return result;
  const domestic: DomesticPublic = {
    approval: publicInput.approval,
    base: publicInput.base ?? publicInput.approval,
    elections: publicInput.elections,
  };
  return { ...result, public: domestic };
}

function buildItem(item: ItemEntry): Item {
  return {
    ...item,
    publicCost: item.publicCost ?? item.cost,
    salience: item.salience ?? item.value,
    repeatable: item.repeatable ?? REPEATABLE_KINDS.includes(item.kind),
  };
}

/** Listed relations, plus the defaults for every other ordered pair, sorted by `from` then `to`. */
function buildRelations(actors: readonly Actor[], listed: ScenarioInput['relations']): RelationSeed[] {
  const given = new Map<string, RelationSeed>();
  for (const relation of listed) given.set(JSON.stringify([relation.from, relation.to]), relation);
  const ids = actors.map((actor) => actor.id).sort();
  const out: RelationSeed[] = [];
  for (const from of ids) {
    for (const to of ids) {
      if (from === to) continue;
      out.push(given.get(JSON.stringify([from, to])) ?? { from, to, ...DEFAULT_RELATION });
    }
  }
  return out;
}

/**
 * Fills every default that depends on other fields, so the engine never guesses: capitals, the
 * public's base, costs, salience and repeatability, the turn order, every relation, the starting
 * tension, event windows, objectives for every actor and the full parameter set. Runs only on a file that passed every check.
 */
export function buildScenario(input: ScenarioInput): Scenario {
  const actors = input.actors.map(buildActor);
  const events: ScenarioEvent[] = input.events.map((event) => ({
    ...event,
    to: event.to ?? input.turns.length,
  }));
  const objectives: Record<string, Scenario['objectives'][string]> = {};
  for (const actor of actors) objectives[actor.id] = [];
  for (const [actor, list] of Object.entries(input.objectives)) objectives[actor] = list;
  const { params: given, order, relations, items, tension, sources, ...rest } = input;
  const params = mergeParameters(given);
  return {
    ...rest,
    // An article's text is for the check only: a game carries who wrote it, not every word.
    sources: sources.map(({ text: _text, ...source }) => source),
    tension: tension ?? params.tensionBase,
    actors,
    order: order ?? actors.filter((actor) => !actor.background).map((actor) => actor.id),
    relations: buildRelations(actors, relations),
    items: items.map(buildItem),
    events,
    objectives,
    params,
  };
}
