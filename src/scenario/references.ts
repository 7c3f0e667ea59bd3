import type { CheckContext } from './check-context.ts';
import { reference, turnInRange } from './check-context.ts';
import type { IdKind } from './ids.ts';
import type { RawDocument } from './migrate.ts';
import type { Path } from './result.ts';

/**
 * Where the file refers to things by id, as path patterns: `*` is every entry of a list or every
 * value of a mapping, `@` is every key of a mapping (the key itself names the thing). Checked on
 * the raw document, so a broken entry still has its references checked.
 */
const CONDITION_ROOTS = ['events.*.when', 'outcomes.*.when'];
/** A condition and the conditions inside its `all` and `any` lists. */
const CONDITIONS = CONDITION_ROOTS.flatMap((root) => [root, `${root}.all.*`, `${root}.any.*`]);
const ACTIONS = 'history.steps.*.actions.*';

const within = (prefixes: readonly string[], suffixes: readonly string[]): string[] =>
  prefixes.flatMap((prefix) => suffixes.map((suffix) => `${prefix}.${suffix}`));

export const REFERENCES: Readonly<Record<IdKind, readonly string[]>> = {
  actor: [
    'order.*',
    'relations.*.from',
    'relations.*.to',
    'actors.*.patrons.*',
    'items.*.giver',
    'items.*.value.@',
    'items.*.salience.@',
    'forums.*.members.*',
    'events.*.effects.*.actor',
    'events.*.effects.*.from',
    'events.*.effects.*.to',
    'objectives.@',
    'objectives.*.*.of',
    'history.player',
    'outcomes.*.bestFor.*',
    'history.steps.*.actor',
    ...within([ACTIONS], ['actor', 'to', 'from', 'target', 'with', 'ally']),
    ...within(CONDITIONS, [
      'approvalBelow.actor',
      'approvalAbove.actor',
      'ousted',
      'notOusted',
      'expectationAbove.from',
      'expectationAbove.to',
      'expectationBelow.from',
      'expectationBelow.to',
    ]),
  ],
  item: [
    'actors.*.leader.redLines.*.item',
    'actors.*.successors.*.redLines.*.item',
    ...within([ACTIONS], ['item', 'give.*.item', 'ask.*.item']),
    ...within(CONDITIONS, ['delivered', 'notDelivered']),
  ],
  issue: [
    'items.*.progress.@',
    'events.*.effects.*.issue',
    'objectives.*.*.issue',
    ...within(CONDITIONS, ['progressAtLeast.issue', 'progressBelow.issue']),
  ],
  forum: ['items.*.forums.*', `${ACTIONS}.forum`],
  event: ['actors.*.lockedUntil.event', ...within(CONDITIONS, ['fired', 'notFired'])],
  outcome: [],
};

/** Where the file gives turn numbers, which must fall within `turns`. */
export const TURN_FIELDS: readonly string[] = [
  'events.*.turn',
  'events.*.from',
  'events.*.to',
  'actors.*.public.elections.*.turn',
  'forums.*.sessions.*',
  'history.steps.*.turn',
  'fewestTurns',
];

type Visit = (value: unknown, path: Path, isKey: boolean) => void;

/** Calls `visit` for every value (or key, for `@`) the pattern matches in the raw document. */
export function matchPattern(doc: unknown, pattern: string, visit: Visit): void {
  const steps = pattern.split('.');
  const walk = (node: unknown, index: number, path: Path): void => {
    if (index === steps.length) {
      visit(node, path, false);
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    const step = steps[index] as string;
    if (step === '*') {
      const entries: [string | number, unknown][] = Array.isArray(node)
        ? node.map((value, i) => [i, value])
        : Object.entries(node);
      for (const [key, value] of entries) walk(value, index + 1, [...path, key]);
    } else if (step === '@') {
      if (Array.isArray(node)) return;
      for (const key of Object.keys(node)) visit(key, [...path, key], true);
    } else if (!Array.isArray(node) && Object.hasOwn(node, step)) {
      walk((node as Record<string, unknown>)[step], index + 1, [...path, step]);
    }
  };
  walk(doc, 0, []);
}

/** Reports every reference to an undefined id and every turn past the last, wherever they are. */
export function checkReferences(ctx: CheckContext, doc: RawDocument): void {
  for (const [kind, patterns] of Object.entries(REFERENCES) as [IdKind, readonly string[]][]) {
    for (const pattern of patterns) {
      matchPattern(doc, pattern, (value, path, isKey) => {
        if (typeof value === 'string') reference(ctx, kind, value, path, isKey ? 'key' : undefined);
      });
    }
  }
  for (const pattern of TURN_FIELDS) {
    matchPattern(doc, pattern, (value, path) => {
      if (typeof value === 'number' && Number.isSafeInteger(value)) turnInRange(ctx, value, path);
    });
  }
}
