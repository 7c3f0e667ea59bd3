import { z } from 'zod';
import {
  CONCESSION_STYLES,
  type ConcessionStyle,
  DEFAULT_PARAMETERS,
  ITEM_KINDS,
  type ItemKind,
  type Parameters,
} from '../engine/index.ts';

type NumericKey = { [K in keyof Parameters]: Parameters[K] extends number ? K : never }[keyof Parameters];

/** What each coefficient does, for the schema and the format reference (docs/model.md has more). */
const NUMERIC_PARAMETERS: Readonly<Record<NumericKey, string>> = {
  alphaUp: 'Share of the gap by which an expectation rises towards a better deal received, 0 to 1.',
  alphaDown: 'Share of the gap by which an expectation falls towards a worse deal received, 0 to 1.',
  alphaAnchor: "Share of the gap by which an opening offer pulls the other side's expectation towards it.",
  giftRaise: 'How much a gift raises what the receiver expects next, per value point of the gift.',
  conditionalDamping: 'How much a conditional give holds back the rise in expectations.',
  conditionalValue: 'What a conditional give is worth to the receiver, as a share of an outright one.',
  firmness: 'How far a refusal or a walk-out lowers what the other side expects.',
  waitFirmness: 'How far waiting a turn lowers what the other side expects.',
  lossAversion: 'How much more an unpopular deal costs in approval than a popular one gains.',
  electionPull: 'How strongly a coming election raises what a leader needs from a deal.',
  tiedHands: "How much a leader's red lines raise what it needs from a deal.",
  ratifySlack:
    'How far below its demands a popular leader may still ratify, per approval point above the bar.',
  trustKept: 'Trust gained when a promise is kept.',
  trustBroken: 'Share of trust kept after a promise is broken, 0 to 1.',
  trustReciprocated: 'Trust gained when concessions are exchanged.',
  trustPressure: 'Share of trust lost per level of pressure.',
  trustSummit: 'Trust gained at a summit.',
  trustWalkOut: 'Share of trust kept after a walk-out, 0 to 1.',
  tensionBase: 'Where tension drifts back to, 0 to 100; also the starting tension unless `tension` is set.',
  tensionDrift: 'Share of the gap by which tension drifts back to its base each turn.',
  tensionPerPressure: 'Tension added per level of pressure.',
  tensionDemand: 'Tension added by a bare demand.',
  tensionWalkOut: 'Tension added when a delegation walks out.',
  tensionDeal: 'Tension removed by a deal.',
  tensionSummit: 'Tension removed by a summit.',
  tensionTalks: 'Tension removed by a turn of talks.',
  crisisAt: 'Tension at which a crisis begins, 0 to 100.',
  crisisBaseRise: 'How much the level tension drifts back to rises when a crisis begins.',
  crisisEscalation: 'Tension added each turn a crisis goes on with nobody backing down.',
  peaceDividend: 'Extra value of a deal per point of tension above its base.',
  reservationRecovery: 'Share of the gap by which a walk-away value recovers each turn after pressure.',
  habituationDecay: 'How much each use of pressure blunts the next.',
  habituationRecovery: 'How fast pressure regains its effect when it is not used.',
  pressureLeverage: 'How much each level of pressure moves the side pressed (less for agile actors).',
  approvalGain: 'Approval points gained per value point of a popular deal.',
  approvalDrift: 'Share of the gap by which approval drifts back to its base each turn.',
  summitEmptyHanded: 'Approval lost by a leader who comes back from a summit with nothing.',
  summitBoost: 'How much a summit multiplies the approval a deal made there brings.',
  promiseWindow: 'Turns within which a promised item must be delivered.',
  intel: 'How far a delegation may misjudge the other side, in value points (less with trust).',
  coordinationTurns: 'Turns an ally stays lined up after coordinating.',
};

const NUMERIC_KEYS = Object.keys(NUMERIC_PARAMETERS) as NumericKey[];

const curve = (description: string, fallback: readonly number[]) =>
  z.array(z.number().min(0).max(100)).min(1).max(20).meta({ description, default: fallback }).exactOptional();

function numericShape(): Record<NumericKey, z.ZodExactOptional<z.ZodNumber>> {
  const shape = {} as Record<NumericKey, z.ZodExactOptional<z.ZodNumber>>;
  for (const key of NUMERIC_KEYS) {
    shape[key] = z
      .number()
      .min(0)
      .meta({ description: NUMERIC_PARAMETERS[key], default: DEFAULT_PARAMETERS[key] })
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
  for (const key of keys) shape[key] = curve(what(key), defaults[key]);
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
