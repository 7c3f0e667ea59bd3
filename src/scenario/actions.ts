import { z } from 'zod';
import { type Action, type ActionType, MAX_PRESSURE, MIN_PRESSURE } from '../engine/index.ts';
import { LIMITS, list, ref, tier } from './primitives.ts';

/**
 * How one format writes the leaves of an action (ids, tiers, lists of package lines), and whether
 * it names its parts for a JSON Schema. Everything else about an action (its types, its fields,
 * their order, which may be left out, what each means) is written once, in `actionSchemaFor`, so
 * scenario and moves files (`ActionSchema`, below) and saves (`src/store/save-format.ts`) cannot
 * differ on which actions there are or what fields they have.
 */
export interface ActionFormat {
  /** A delegation, item or forum id. */
  id(description: string): z.ZodType<string>;
  /** How much of an item. */
  tier(description: string): z.ZodType<number>;
  /** A bounded list of package lines (a format may let it be left out, as none). */
  lines<T extends z.ZodType>(
    line: T,
    description: string,
  ): z.ZodType<z.output<T>[], z.input<T>[] | undefined>;
  /** A package line or an action as the format shows it: named for a JSON Schema, or as it is. */
  named<T extends z.ZodType>(schema: T, id: string, description: string): T;
}

/**
 * The schemas of an action and of a package line in one format: the one definition of every
 * action's fields.
 */
export function actionSchemaFor(format: ActionFormat) {
  const flag = (description: string) => z.boolean().describe(description).exactOptional();
  const line = format.named(
    z.strictObject({
      item: format.id('The item, by its id.'),
      tier: format.tier('How much of the item: one of the tiers listed on the item.'),
      promised: flag(
        'Only for gives: handed over later, within the promise window; worth less if trust is low.',
      ),
      conditional: flag(
        'Only for gives: handed over only if the other side delivers; keeps expectations down.',
      ),
    }),
    'PackageLine',
    'One line of a package: an item at a tier.',
  );
  const lines = (description: string) => format.lines(line, description);
  const actor = format.id('The delegation that acts, by actor id.');
  const variant = <K extends ActionType, T extends z.ZodRawShape>(type: K, description: string, shape: T) =>
    format.named(
      z.strictObject({
        type: z.literal(type).describe(`Always \`${type}\` for this kind of move.`),
        actor,
        ...shape,
      }),
      `${type.charAt(0).toUpperCase()}${type.slice(1)}Action`,
      description,
    );
  const action = format.named(
    z.discriminatedUnion('type', [
      variant('offer', 'Table move: propose a package; an offer that gives nothing is a bare demand.', {
        to: format.id('Who the offer is made to, by actor id.'),
        forum: format
          .id('The forum the offer is made in, by id; leave out for bilateral talks.')
          .exactOptional(),
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
        from: format.id('The delegation left at the table, by actor id.'),
      }),
      variant('wait', 'Table move: make no offer this turn.', {}),
      variant('backDown', 'Table move during a crisis: step back from the brink.', {}),
      variant('pressure', 'Side move: sanctions, threats or isolation.', {
        target: format.id('Who is pressed, by actor id.'),
        level: z.int().min(MIN_PRESSURE).max(MAX_PRESSURE).describe('How hard: 1 (mild) to 3 (severe).'),
      }),
      variant('summit', 'Side move: meet the other leader this turn.', {
        with: format.id('The leader met, by actor id.'),
      }),
      variant('coordinate', 'Side move: ask an ally to line up with you.', {
        ally: format.id('The ally asked, by actor id.'),
        target: format.id('Who the ally should line up against, by actor id.'),
      }),
      variant('gift', 'Side move: hand over an item and ask nothing back.', {
        to: format.id('Who receives the gift, by actor id.'),
        item: format.id('The item given, by id.'),
        tier: format.tier('How much of the item: one of the tiers listed on the item.'),
        conditional: flag('Handed over only if the other side delivers something in return.'),
      }),
      variant('deliver', 'Side move: deliver an item promised earlier (the oldest open promise of it).', {
        item: format.id('The item delivered, by id.'),
      }),
    ]),
    'Action',
    'A move by a delegation; `type` says which kind.',
  );
  return { action, line };
}

/** Scenario and moves files: ids checked like every id of the format, tiers in (0, 1], described. */
const FILE_FORMAT: ActionFormat = {
  id: ref,
  tier,
  lines: (line, description) => list(line, 40).default([]).describe(description),
  named: (schema, id, description) => schema.meta({ id, description }),
};

const FILE_SCHEMAS = actionSchemaFor(FILE_FORMAT);

/** A move by a delegation, in the engine's action format (commands as data), as files write it. */
export const ActionSchema = FILE_SCHEMAS.action;

/** One line of a package: an item at a tier. */
export const PackageLineSchema = FILE_SCHEMAS.line;

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
