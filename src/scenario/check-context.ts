import type { z } from 'zod';
import type { ActorSchema } from './actors.ts';
import type { IssueCode } from './codes.ts';
import type { Draft } from './draft.ts';
import { ID_SECTIONS, type IdIndex, type IdKind } from './ids.ts';
import { ID_PATTERN, RESERVED_IDS } from './primitives.ts';
import { type Finding, type Path, problem, show } from './result.ts';
import type { ItemSchema } from './schema.ts';
import { didYouMean } from './suggest.ts';

export type ActorEntry = z.output<typeof ActorSchema>;
export type ItemEntry = z.output<typeof ItemSchema>;

/** What every check across the file needs: the draft, all ids, lookups and the findings so far. */
export interface CheckContext {
  readonly draft: Draft;
  readonly ids: IdIndex;
  readonly actors: ReadonlyMap<string, ActorEntry>;
  readonly items: ReadonlyMap<string, ItemEntry>;
  readonly knownSources: ReadonlySet<string> | undefined;
  /** The text of every article whose words are known, by file name: its quotes are checked. */
  readonly articles: ReadonlyMap<string, string>;
  readonly out: Finding[];
}

function byId<T extends { readonly id: string }>(list: readonly (T | undefined)[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const entry of list) if (entry !== undefined && !map.has(entry.id)) map.set(entry.id, entry);
  return map;
}

export function makeContext(
  draft: Draft,
  ids: IdIndex,
  knownSources?: readonly string[],
  articles: ReadonlyMap<string, string> = new Map(),
): CheckContext {
  return {
    draft,
    ids,
    actors: byId(draft.actors),
    items: byId(draft.items),
    knownSources: knownSources === undefined ? undefined : new Set(knownSources),
    articles,
    out: [],
  };
}

const UNKNOWN: Readonly<Record<IdKind, IssueCode>> = {
  actor: 'scenario/unknown-actor',
  item: 'scenario/unknown-item',
  issue: 'scenario/unknown-issue',
  forum: 'scenario/unknown-forum',
  event: 'scenario/unknown-event',
  outcome: 'scenario/unknown-outcome',
};

/** Whether an id is well formed, so that it may be offered as a suggestion. */
function isValidId(value: string): boolean {
  return ID_PATTERN.test(value) && !RESERVED_IDS.has(value);
}

/**
 * A hint naming the ids that would do, or saying where to define one. Only well-formed ids are
 * offered: the index also holds ids the schema refuses (a homoglyph, a hidden character), and
 * suggesting one of those would send the author from one error to another.
 */
export function idHint(all: ReadonlySet<string>, value: string, section: string): string {
  const ids = [...all].filter(isValidId);
  const guess = didYouMean(value, ids);
  if (guess !== '') return guess;
  if (ids.length === 0) return `add it under \`${section}\` first`;
  const names = ids.slice(0, 8).map((id) => `\`${id}\``);
  return `use one of the ids under \`${section}\`: ${names.join(', ')}${ids.length > 8 ? ', ...' : ''}`;
}

/** Checks that `value` names a defined thing of `kind`; reports it otherwise. */
export function reference(ctx: CheckContext, kind: IdKind, value: string, path: Path, at?: 'key'): boolean {
  if (ctx.ids[kind].has(value)) return true;
  // Not even a well-formed id: the schema check reports that, in its own words.
  if (!isValidId(value)) return false;
  ctx.out.push(
    problem(
      UNKNOWN[kind],
      path,
      `there is no ${kind} with the id ${show(value)}`,
      idHint(ctx.ids[kind], value, ID_SECTIONS[kind]),
      at,
    ),
  );
  return false;
}

/** Checks a list of ids for entries given twice and, with `self`, for an entry naming its owner. */
export function checkDistinct(ctx: CheckContext, values: readonly string[], path: Path, self?: string): void {
  const seen = new Set<string>();
  values.forEach((value, index) => {
    const at = [...path, index];
    if (value === self) {
      ctx.out.push(
        problem('scenario/self-reference', at, `${show(value)} refers to itself here`, 'remove it'),
      );
    } else if (seen.has(value)) {
      ctx.out.push(
        problem('scenario/duplicate-entry', at, `${show(value)} is listed twice`, 'remove one of them'),
      );
    }
    seen.add(value);
  });
}

/** Checks that a turn number falls within the scenario's turns. */
export function turnInRange(ctx: CheckContext, value: number, path: Path): void {
  const count = ctx.draft.turnCount;
  if (count === undefined || value <= count) return;
  ctx.out.push(
    problem(
      'scenario/turn-out-of-range',
      path,
      `turn ${value} is after the last turn; the scenario has ${count} ${count === 1 ? 'turn' : 'turns'}`,
      `use a turn from 1 to ${count}, or add turns under \`turns\``,
    ),
  );
}
