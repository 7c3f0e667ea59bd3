import { z } from 'zod';
import { type Action, type ActionType, MAX_PRESSURE, MIN_PRESSURE } from '../engine/index.ts';
import { LIMITS, list, ref, tier } from './primitives.ts';

/** One line of a package: an item at a tier. */
export const PackageLineSchema = z
  .strictObject({
    item: ref('The item, by its id.'),
    tier: tier('How much of the item: one of the tiers listed on the item.'),
    promised: z
      .boolean()
      .describe('Only for gives: handed over later, within the promise window; worth less if trust is low.')
      .exactOptional(),
    conditional: z
      .boolean()
      .describe('Only for gives: handed over only if the other side delivers; keeps expectations down.')
      .exactOptional(),
  })
  .meta({ id: 'PackageLine', description: 'One line of a package: an item at a tier.' });

const lines = (description: string) => list(PackageLineSchema, 40).default([]).describe(description);
const actor = ref('The delegation that acts, by actor id.');

function variant<K extends ActionType, T extends z.ZodRawShape>(type: K, description: string, shape: T) {
  return z
    .strictObject({
      type: z.literal(type).describe(`Always \`${type}\` for this kind of move.`),
      actor,
      ...shape,
    })
    .meta({ id: `${type.charAt(0).toUpperCase()}${type.slice(1)}Action`, description });
}

/** A move by a delegation, in the engine's action format (commands as data). */
export const ActionSchema = z
  .discriminatedUnion('type', [
    variant('offer', 'Table move: propose a package; an offer that gives nothing is a bare demand.', {
      to: ref('Who the offer is made to, by actor id.'),
      forum: ref('The forum the offer is made in, by id; leave out for bilateral talks.').exactOptional(),
      give: lines('What the proposer gives.'),
      ask: lines('What the proposer asks for in return.'),
    }),
    variant('accept', 'Answer: accept the offer on the table.', {}),
    variant('reject', 'Answer: reject the offer on the table.', {}),
    variant('counter', 'Answer: reject the offer on the table and propose another package.', {
      give: lines('What the answering side gives.'),
      ask: lines('What the answering side asks for.'),
    }),
    variant('walkOut', 'Table move: leave the table; firm, but it costs trust and raises tension.', {
      from: ref('The delegation left at the table, by actor id.'),
    }),
    variant('wait', 'Table move: make no offer this turn.', {}),
    variant('backDown', 'Table move during a crisis: step back from the brink.', {}),
    variant('pressure', 'Side move: sanctions, threats or isolation.', {
      target: ref('Who is pressed, by actor id.'),
      level: z.int().min(MIN_PRESSURE).max(MAX_PRESSURE).describe('How hard: 1 (mild) to 3 (severe).'),
    }),
    variant('summit', 'Side move: meet the other leader this turn.', {
      with: ref('The leader met, by actor id.'),
    }),
    variant('coordinate', 'Side move: ask an ally to line up with you.', {
      ally: ref('The ally asked, by actor id.'),
      target: ref('Who the ally should line up against, by actor id.'),
    }),
    variant('gift', 'Side move: hand over an item and ask nothing back.', {
      to: ref('Who receives the gift, by actor id.'),
      item: ref('The item given, by id.'),
      tier: tier('How much of the item: one of the tiers listed on the item.'),
      conditional: z
        .boolean()
        .describe('Handed over only if the other side delivers something in return.')
        .exactOptional(),
    }),
    variant('deliver', 'Side move: deliver an item promised earlier (the oldest open promise of it).', {
      item: ref('The item delivered, by id.'),
    }),
  ])
  .meta({ id: 'Action', description: 'A move by a delegation; `type` says which kind.' });

/** The moves of a `--moves` file: one list of actions per turn. */
export const MovesSchema = z
  .array(z.array(ActionSchema).max(40).describe('The actions taken on this turn, in order.'))
  .max(LIMITS.turns)
  .describe('One entry per turn, each a list of actions.');

type ParsedAction = z.output<typeof ActionSchema>;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
/** Compile-time checks: every engine action type has a variant, and a parsed action is an `Action`. */
export type ActionSchemaMatchesEngine = Assert<Same<ParsedAction['type'], ActionType>> &
  Assert<ParsedAction extends Action ? true : false>;
