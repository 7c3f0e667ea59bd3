import { z } from 'zod';
import {
  CONCESSION_STYLES,
  type ConcessionStyle,
  DEFAULT_PARAMETERS,
  ITEM_KINDS,
  type ItemKind,
  type Parameters,
} from '../engine/index.ts';
import { LIMITS, RANGES, withRange } from './primitives.ts';

type NumericKey = { [K in keyof Parameters]: Parameters[K] extends number ? K : never }[keyof Parameters];

/** Shares of a gap, of trust or of a value: from 0 to 1. */
const SHARE: Range = { min: 0, max: 1 };
/** Multipliers and per-point rates: from 0 to 10, far above every default (at most 2). */
const FACTOR: Range = { min: 0, max: 10 };
/** Points of tension or approval, which run from 0 to 100. */
const PERCENT: Range = { min: 0, max: 100 };
/** Value points, as everywhere in the format. */
const VALUE: Range = { min: 0, max: RANGES.valuePoints[1] };
/** A number of turns: a whole number, at most the longest game. */
const TURNS: Range = { min: 0, max: LIMITS.turns, whole: true };

interface Range {
  readonly min: number;
  readonly max: number;
  readonly whole?: boolean;
}

/** What each coefficient does, for the schema and the format reference (docs/model.md has more). */
const NUMERIC_PARAMETERS: Readonly<Record<NumericKey, readonly [Range, string]>> = {
  alphaUp: [SHARE, 'Share of the gap by which an expectation rises towards a better deal received, 0 to 1.'],
  alphaDown: [SHARE, 'Share of the gap by which an expectation falls towards a worse deal received, 0 to 1.'],
  alphaAnchor: [
    SHARE,
    "Share of the gap by which an opening offer pulls the other side's expectation towards it.",
  ],
  giftRaise: [FACTOR, 'How much a gift raises what the receiver expects next, per value point of the gift.'],
  conditionalDamping: [SHARE, 'How much a conditional give holds back the rise in expectations.'],
  conditionalValue: [
    SHARE,
    'What a conditional give is worth to the receiver, as a share of an outright one.',
  ],
  firmness: [SHARE, 'How far a refusal or a walk-out lowers what the other side expects.'],
  waitFirmness: [SHARE, 'How far waiting a turn lowers what the other side expects.'],
  lossAversion: [FACTOR, 'How much more an unpopular deal costs in approval than a popular one gains.'],
  electionPull: [FACTOR, 'How strongly a coming election raises what a leader needs from a deal.'],
  tiedHands: [FACTOR, "How much a leader's red lines raise what it needs from a deal."],
  ratifySlack: [
    FACTOR,
    'How far below its demands a popular leader may still ratify, per approval point above the bar.',
  ],
  trustKept: [SHARE, 'Trust gained when a promise is kept.'],
  trustBroken: [SHARE, 'Share of trust kept after a promise is broken, 0 to 1.'],
  trustReciprocated: [SHARE, 'Trust gained when concessions are exchanged.'],
  trustPressure: [SHARE, 'Share of trust lost per level of pressure.'],
  trustSummit: [SHARE, 'Trust gained at a summit.'],
  trustWalkOut: [SHARE, 'Share of trust kept after a walk-out, 0 to 1.'],
  tensionBase: [
    PERCENT,
    'Where tension drifts back to, 0 to 100; also the starting tension unless `tension` is set.',
  ],
  tensionDrift: [SHARE, 'Share of the gap by which tension drifts back to its base each turn.'],
  tensionPerPressure: [PERCENT, 'Tension added per level of pressure.'],
  tensionDemand: [PERCENT, 'Tension added by a bare demand.'],
  tensionWalkOut: [PERCENT, 'Tension added when a delegation walks out.'],
  tensionDeal: [PERCENT, 'Tension removed by a deal.'],
  tensionSummit: [PERCENT, 'Tension removed by a summit.'],
  tensionTalks: [PERCENT, 'Tension removed by a turn of talks.'],
  crisisAt: [PERCENT, 'Tension at which a crisis begins, 0 to 100.'],
  crisisBaseRise: [PERCENT, 'How much the level tension drifts back to rises when a crisis begins.'],
  crisisEscalation: [PERCENT, 'Tension added each turn a crisis goes on with nobody backing down.'],
  peaceDividend: [FACTOR, 'Extra value of a deal per point of tension above its base.'],
  reservationRecovery: [
    SHARE,
    'Share of the gap by which a walk-away value recovers each turn after pressure.',
  ],
  habituationDecay: [SHARE, 'How much each use of pressure blunts the next.'],
  habituationRecovery: [SHARE, 'How fast pressure regains its effect when it is not used.'],
  pressureLeverage: [
    FACTOR,
    'How much each level of pressure moves the side pressed (less for agile actors).',
  ],
  approvalGain: [FACTOR, 'Approval points gained per value point of a popular deal.'],
  approvalDrift: [SHARE, 'Share of the gap by which approval drifts back to its base each turn.'],
  summitEmptyHanded: [PERCENT, 'Approval lost by a leader who comes back from a summit with nothing.'],
  summitBoost: [FACTOR, 'How much a summit multiplies the approval a deal made there brings.'],
  promiseWindow: [TURNS, 'Turns within which a promised item must be delivered.'],
  intel: [VALUE, 'How far a delegation may misjudge the other side, in value points (less with trust).'],
  coordinationTurns: [TURNS, 'Turns an ally stays lined up after coordinating.'],
};

const NUMERIC_KEYS = Object.keys(NUMERIC_PARAMETERS) as NumericKey[];

const curve = (description: string, fallback: readonly number[], range: Range) =>
  z
    .array(z.number().min(range.min).max(range.max))
    .min(1)
    .max(20)
    .meta({ description: withRange(description, range.min, range.max), default: fallback })
    .exactOptional();

function numericShape(): Record<NumericKey, z.ZodExactOptional<z.ZodNumber>> {
  const shape = {} as Record<NumericKey, z.ZodExactOptional<z.ZodNumber>>;
  for (const key of NUMERIC_KEYS) {
    const [range, description] = NUMERIC_PARAMETERS[key];
    shape[key] = (range.whole ? z.int() : z.number())
      .min(range.min)
      .max(range.max)
      .meta({ description: withRange(description, range.min, range.max), default: DEFAULT_PARAMETERS[key] })
      .exactOptional();
  }
  return shape;
}

function listShape<K extends string>(
  keys: readonly K[],
  defaults: Readonly<Record<K, readonly number[]>>,
  what: (key: K) => string,
) {
  const shape = {} as Record<K, ReturnType<typeof curve>>;
  for (const key of keys) shape[key] = curve(what(key), defaults[key], SHARE);
  return shape;
}

/** Any of the model's coefficients; those not given keep their defaults. */
export const ParamsSchema = z
  .strictObject({
    ...numericShape(),
    novelty: z
      .strictObject(
        listShape(
          ITEM_KINDS,
          DEFAULT_PARAMETERS.novelty,
          (kind) =>
            `Share of its value an item of kind \`${kind}\` keeps the 1st, 2nd, 3rd... time it is given.`,
        ),
      )
      .describe('How items lose value when given again, by kind; a kind given here replaces its whole list.')
      .exactOptional(),
    curves: z
      .strictObject(
        listShape(
          CONCESSION_STYLES,
          DEFAULT_PARAMETERS.curves,
          (style) =>
            `Share of the gap between walk-away value and expectation still demanded, turn by turn, in the \`${style}\` style.`,
        ),
      )
      .describe('How each negotiating style concedes over time; a style given here replaces its whole list.')
      .exactOptional(),
    electionCloseness: curve(
      "Extra expectation (value points) when the proposer's election is 0, 1, 2, 3... turns away.",
      DEFAULT_PARAMETERS.electionCloseness,
      VALUE,
    ),
  })
  .meta({
    id: 'Parameters',
    description: 'Coefficients of the model. Leave out any to keep its default (see docs/model.md).',
  });

export type ParamsInput = z.output<typeof ParamsSchema>;

function pickLists<K extends string>(
  keys: readonly K[],
  defaults: Readonly<Record<K, readonly number[]>>,
  given: Partial<Record<K, readonly number[]>> | undefined,
): Record<K, readonly number[]> {
  const out = {} as Record<K, readonly number[]>;
  for (const key of keys) out[key] = [...(given?.[key] ?? defaults[key])];
  return out;
}

/**
 * The model's parameters with the scenario's validated overrides laid over the defaults. Built key
 * by key from the known names, never by copying the input object, so no stray key gets through.
 */
export function mergeParameters(given: ParamsInput | undefined): Parameters {
  const numbers = {} as Record<NumericKey, number>;
  for (const key of NUMERIC_KEYS) numbers[key] = given?.[key] ?? DEFAULT_PARAMETERS[key];
  return {
    ...numbers,
    novelty: pickLists<ItemKind>(ITEM_KINDS, DEFAULT_PARAMETERS.novelty, given?.novelty),
    curves: pickLists<ConcessionStyle>(CONCESSION_STYLES, DEFAULT_PARAMETERS.curves, given?.curves),
    electionCloseness: [...(given?.electionCloseness ?? DEFAULT_PARAMETERS.electionCloseness)],
  };
}
