import { z } from 'zod';
import { actionSchemaFor } from './actions.ts';
import { LIMITS } from './primitives.ts';

/**
 * The parts shared by the files the game writes about a game (saves, result files): ids and the
 * moves of a game. The fields of every action are the scenario format's own (`actionSchemaFor`),
 * so a save or a result cannot know an action type or a field the scenario files do not, or miss
 * one. Only the leaves are these files' own: any id of the id pattern, tiers from 0 to 1, at most
 * 64 lines a side, every package list written out.
 */
export const SavedIdSchema = z.string().regex(/^[a-z][a-z0-9_-]{0,63}$/);

/** One move of a game as saves and result files write it. */
export const SavedActionSchema = actionSchemaFor({
  id: () => SavedIdSchema,
  tier: () => z.number().min(0).max(1),
  lines: (line) => z.array(line).max(64),
  named: (schema) => schema,
}).action;

/**
 * A teacher's options for a game (the engine's `GameOptions`), as saves and result files write
 * them: only the options that differ from the default. Whether they fit the scenario (a turn count
 * it allows) is checked against the scenario, by the engine's `optionsProblem`.
 */
export const SavedOptionsSchema = z.strictObject({
  advisors: z.enum(['sharp', 'rough']).exactOptional(),
  turns: z.int().min(1).max(LIMITS.turns).exactOptional(),
  history: z.literal('each-turn').exactOptional(),
});

/** The most moves a save or a result file may hold (a real game has a few hundred). */
export const MAX_SAVED_ACTIONS = 100_000;

/** A content hash as `contentHash` writes it. */
export const HashSchema = z.string().regex(/^[0-9a-f]{1,32}$/);

/** Rebuilds parsed data as fresh plain objects with no `undefined` fields (exact optionals). */
export function dropUndefined(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(dropUndefined);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (v !== undefined && k !== '__proto__') out[k] = dropUndefined(v);
    }
    return out;
  }
  return value;
}

/** The first problem zod found, as `field.path: message`. */
export function firstProblem(error: z.ZodError, whole: string): string {
  const issue = error.issues[0];
  const where = issue?.path.length ? issue.path.join('.') : whole;
  return `${where}: ${issue?.message ?? 'not readable'}`;
}
