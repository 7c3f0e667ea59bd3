import { z } from 'zod';
import type { Condition, EFFECT_KINDS, Effect } from '../engine/index.ts';
import { percent, RANGES, ranged, ref } from './primitives.ts';

const actorValue = (description: string) =>
  z
    .strictObject({
      actor: ref('The actor, by id.'),
      value: percent('The approval rating to compare with, 0 to 100.'),
    })
    .describe(description)
    .exactOptional();

const issueValue = (description: string) =>
  z
    .strictObject({
      issue: ref('The issue, by id.'),
      value: ranged('The progress to compare with.', RANGES.progress),
    })
    .describe(description)
    .exactOptional();

const relationValue = (description: string) =>
  z
    .strictObject({
      from: ref('Whose expectation, by actor id.'),
      to: ref('Of whom, by actor id.'),
      value: ranged('The expectation to compare with, in value points.', RANGES.valuePoints),
    })
    .describe(description)
    .exactOptional();

const CONDITION_FIELDS = {
  tensionAbove: percent('Holds when tension is above this (0 to 100).').exactOptional(),
  tensionBelow: percent('Holds when tension is below this (0 to 100).').exactOptional(),
  approvalBelow: actorValue("Holds when this actor's approval is below the value."),
  approvalAbove: actorValue("Holds when this actor's approval is above the value."),
  delivered: ref('Holds once this item (by id) has been delivered.').exactOptional(),
  notDelivered: ref('Holds while this item (by id) has not been delivered.').exactOptional(),
  fired: ref('Holds once this event (by id) has happened.').exactOptional(),
  notFired: ref('Holds while this event (by id) has not happened.').exactOptional(),
  progressAtLeast: issueValue('Holds when progress on the issue has reached the value.'),
  progressBelow: issueValue('Holds while progress on the issue is below the value.'),
  ousted: ref("Holds once this actor's leader (by actor id) has fallen.").exactOptional(),
  notOusted: ref("Holds while this actor's leader (by actor id) stays in office.").exactOptional(),
  expectationAbove: relationValue('Holds when one side expects more than the value from the other.'),
  expectationBelow: relationValue('Holds when one side expects less than the value from the other.'),
};

/** One test without `all` or `any`: what those lists hold, so conditions nest one level only. */
export const SimpleConditionSchema = z.strictObject(CONDITION_FIELDS).meta({
  id: 'SimpleCondition',
  description: 'A test on the state of the game, for use inside `all` or `any`. Every part given must hold.',
});

/** A test on the state of the game; every part given must hold. */
export const ConditionSchema = z
  .strictObject({
    ...CONDITION_FIELDS,
    all: z
      .array(SimpleConditionSchema)
      .min(1)
      .max(20)
      .describe(
        'Holds when every test in the list holds (for two tests of the same kind, such as progress on two issues).',
      )
      .exactOptional(),
    any: z
      .array(SimpleConditionSchema)
      .min(1)
      .max(20)
      .describe('Holds when at least one test in the list holds.')
      .exactOptional(),
  })
  .meta({
    id: 'Condition',
    description: 'A test on the state of the game. Every part given must hold; an empty test always holds.',
  });

type EffectKind = (typeof EFFECT_KINDS)[number];

const delta = (description: string, range: readonly [number, number]) => ranged(description, range);
const from = ref('Whose view changes, by actor id.');
const to = ref('Of whom, by actor id.');

function effect<K extends EffectKind, T extends z.ZodRawShape>(kind: K, description: string, shape: T) {
  return z
    .strictObject({ kind: z.literal(kind).describe(`Always \`${kind}\` for this kind of effect.`), ...shape })
    .meta({ id: `${kind.charAt(0).toUpperCase()}${kind.slice(1)}Effect`, description });
}

/** What an event does when it fires. */
export const EffectSchema = z
  .discriminatedUnion('kind', [
    effect('tension', 'Raises or lowers tension.', {
      delta: delta('How much tension changes (+ raises).', RANGES.percentDelta),
    }),
    effect('approval', "Raises or lowers an actor's approval rating.", {
      actor: ref('Whose approval changes, by actor id.'),
      delta: delta('How much approval changes, in points.', RANGES.percentDelta),
    }),
    effect('expectation', 'Changes what one side expects from the other.', {
      from,
      to,
      delta: delta('How much the expectation changes, in value points.', RANGES.valuePoints),
    }),
    effect('reservation', "Changes one side's walk-away value towards the other.", {
      from,
      to,
      delta: delta('How much the walk-away value changes, in value points.', RANGES.valuePoints),
    }),
    effect('trust', 'Changes how far one side trusts the other.', {
      from,
      to,
      delta: delta('How much trust changes (trust runs from 0 to 1).', RANGES.unitDelta),
    }),
    effect('progress', 'Moves an issue forward or back.', {
      issue: ref('The issue, by id.'),
      delta: delta('How much progress changes.', RANGES.progress),
    }),
    effect('unlock', 'Frees an actor held back by `lockedUntil`.', { actor: ref('The actor freed, by id.') }),
    effect('successor', "Replaces an actor's leader with the next of its successors.", {
      actor: ref('The actor whose leader changes, by id.'),
    }),
  ])
  .meta({ id: 'Effect', description: 'What an event does when it fires; `kind` says which kind.' });

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
/** Compile-time checks that the schemas produce the engine's types and cover every effect kind. */
export type ConditionSchemasMatchEngine = Assert<
  z.output<typeof ConditionSchema> extends Condition ? true : false
> &
  Assert<z.output<typeof EffectSchema> extends Effect ? true : false> &
  Assert<Same<z.output<typeof EffectSchema>['kind'], EffectKind>>;
