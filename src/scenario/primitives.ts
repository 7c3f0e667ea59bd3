import { z } from 'zod';

/** Ids are lower-case slugs: a letter, then letters, digits, `_` or `-`, at most 64 characters. */
export const ID_PATTERN = /^[a-z][a-z0-9_-]{0,63}$/;
/** File names of source articles: no folders, no spaces. */
export const FILE_NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

/** Limits that keep every check fast; real scenarios stay far below them. */
export const LIMITS = {
  actors: 50,
  items: 500,
  turns: 100,
  events: 500,
  issues: 100,
  forums: 50,
  sources: 50,
  listed: 200,
  steps: 2000,
  nameLength: 120,
  textLength: 20_000,
  /** An article's text, given in the scenario or in a file beside it: a long feature fits. */
  articleLength: 100_000,
} as const;

/** Names of `Object.prototype` members: never ids, so a lookup by id can never reach them. */
export const RESERVED_IDS: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));
const LONE_SURROGATE = /\p{Cs}/u;
/** Embedding, override and isolate controls, which can make text display as something else. */
export const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/u;
/**
 * Characters that show as nothing or change the direction of what follows (hardening.md): zero
 * widths and joiners, direction marks, line and paragraph separators, embeddings, overrides and
 * isolates, the word joiner and invisible operators, the Arabic letter mark, the byte-order mark.
 * Two names that differ only by one of these look the same; in a terminal they can reorder a line.
 */
export const HIDDEN_CHARACTERS =
  /[\u061C\u200B-\u200F\u2028\u2029\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/u;

/** True for text without NUL characters or unpaired halves of a surrogate pair. */
export function isCleanText(text: string): boolean {
  return !text.includes('\u0000') && !LONE_SURROGATE.test(text);
}

/** True for a name safe to show: clean text with no hidden or direction characters. */
export function isCleanName(text: string): boolean {
  return isCleanText(text) && !HIDDEN_CHARACTERS.test(text);
}

/** An id: a lower-case slug that names a thing so other parts of the file can refer to it. */
export function id(description: string) {
  return z
    .string()
    .regex(ID_PATTERN)
    .refine((value) => !RESERVED_IDS.has(value), { params: { code: 'schema/reserved-id' } })
    .describe(description);
}

/** A reference to something defined elsewhere in the file by its id. */
export const ref = id;

/** A short name shown to players; no control characters that could disguise it. */
export function name(description: string) {
  return z
    .string()
    .min(1)
    .max(LIMITS.nameLength)
    .refine(isCleanName, { params: { code: 'schema/bad-name' } })
    .describe(description);
}

/** A longer text shown to players; shown as plain text, never as HTML. */
export function text(description: string) {
  return z
    .string()
    .max(LIMITS.textLength)
    .refine(isCleanText, { params: { code: 'schema/bad-text' } })
    .describe(description);
}

/**
 * The range of every kind of number in the format. Each is far wider than any scenario needs (the
 * shipped ones stay within a third of it), and narrow enough that no sum or product the game
 * forms from them can reach Infinity or NaN on a screen: 500 items at 100 value points each, over
 * 100 turns, stay below a billion.
 */
export const RANGES = {
  /** What things are worth, cost and are expected, in value points (shipped scenarios: -3 to 30). */
  valuePoints: [-100, 100],
  /** Progress on an issue, and how far an item or event moves it (shipped: up to 100). */
  progress: [-1000, 1000],
  /** Where an objective's measure scores nothing and everything (shipped: 0 to 100). */
  measure: [-1000, 1000],
  /** What an objective is worth (shipped: 5 to 100). */
  points: [0, 1000],
  /** How far starting values vary between games, in value points either way (shipped: 2 to 2.5). */
  spread: [0, 20],
  /** How much an event moves tension or an approval rating, in points of 0 to 100. */
  percentDelta: [-100, 100],
  /** How much an event moves trust, which runs from 0 to 1. */
  unitDelta: [-1, 1],
} as const satisfies Record<string, readonly [number, number]>;

/** `What it is. From -100 to 100.`: the range, in the words editors and the format reference show. */
export function withRange(description: string, min: number, max: number): string {
  return description.includes(`${min} to ${max}`) ? description : `${description} From ${min} to ${max}.`;
}

/** A number within `[min, max]`, its range stated in its description. */
export function ranged(description: string, [min, max]: readonly [number, number]) {
  return z
    .number()
    .min(min)
    .max(max)
    .describe(withRange(description, min, max));
}

/** A number from 0 to 1. */
export function unit(description: string) {
  return ranged(description, [0, 1]);
}

/** A number from 0 to 100: approval ratings, tension, election thresholds. */
export function percent(description: string) {
  return ranged(description, [0, 100]);
}

/** A turn number: a whole number from 1; the checks across the file hold it to the number of turns. */
export function turn(description: string) {
  return z.int().min(1).max(LIMITS.turns).describe(description);
}

/** How much of an item is given: more than 0, at most 1 (the whole item). */
export function tier(description: string) {
  const range = 'More than 0, at most 1.';
  return z
    .number()
    .gt(0)
    .max(1)
    .describe(description.includes('at most 1') ? description : `${description} ${range}`);
}

/** The name of a source article file, as listed under `sources`. */
export function fileName(description: string) {
  return z.string().regex(FILE_NAME_PATTERN).describe(description);
}

/** Where a reader finds an article: a web address (http or https). */
export function address(description: string) {
  return z
    .string()
    .max(2000)
    .regex(/^https?:\/\/[^\s]+$/)
    .describe(description);
}

/** An article's own words, as long as a long feature. */
export function articleText(description: string) {
  return z
    .string()
    .max(LIMITS.articleLength)
    .refine(isCleanText, { params: { code: 'schema/bad-text' } })
    .describe(description);
}

/** A list with an upper bound, so a runaway file is refused quickly. */
export function list<T extends z.ZodType>(item: T, max: number = LIMITS.listed) {
  return z.array(item).max(max);
}

/** Where a fact comes from: an article in `sources`, or a note that it was added for play. */
export const CitationSchema = z
  .strictObject({
    source: fileName('The article file this comes from, as listed under `sources`.').exactOptional(),
    quote: text('A short quote from the article that supports this, word for word.').exactOptional(),
    addedContext: z
      .boolean()
      .describe('True when no article says this and it was added for play (a date, a name).')
      .exactOptional(),
  })
  .refine((cite) => cite.source !== undefined || cite.addedContext === true, {
    params: { code: 'schema/missing-source' },
    path: ['source'],
  })
  .meta({
    id: 'Citation',
    description:
      'Where a fact comes from. Give `source`, or set `addedContext: true` when no article says it.',
  });
