import { z } from 'zod';
import {
  type Action,
  type ActorId,
  AI_VERSIONS,
  type AiVersion,
  type Controller,
  type GameOptions,
} from '../engine/index.ts';
import {
  dropUndefined,
  firstProblem,
  HashSchema,
  MAX_SAVED_ACTIONS,
  SavedActionSchema,
  SavedIdSchema,
  SavedOptionsSchema,
} from './saved.ts';

/** What a result file says it is, so a save or any other JSON handed in by mistake is named as such. */
export const RESULT_KIND = 'give-and-take-result';

/**
 * The result format this copy of the game writes; it reads this one and every older one.
 * 2 added `options`, the teacher's options the game was played under.
 */
export const RESULT_FORMAT = 2;

/** The longest name a student may give their result. */
export const MAX_STUDENT_CHARS = 80;

/** The largest result file read; a real one is a few tens of kB. */
export const MAX_RESULT_CHARS = 2_000_000;

/** One objective's result, as the engine scores it at the end. */
export interface ResultObjective {
  readonly id: string;
  readonly value: number;
  readonly points: number;
}

/**
 * A finished game as a student hands it in: enough to replay it exactly (scenario version, seed,
 * seats, AI version, every move) and what the student's copy of the game said came of it (the
 * outcome, every delegation's score and per-goal points). The claims are never trusted: a result
 * is genuine when replaying its moves, with every AI move recomputed, reaches those very claims
 * (`verifyResult` in `src/sim`).
 */
export interface ResultFile {
  readonly kind: typeof RESULT_KIND;
  /** The format it was written in: an older one is read as it stands (it has no options). */
  readonly format: 1 | typeof RESULT_FORMAT;
  /** The version of the game that wrote it (package.json's), for the teacher's information. */
  readonly gameVersion: string;
  /** When the file was written, by the writer's clock; informative only. */
  readonly writtenAt: string;
  /**
   * The student's name as they typed it at the debrief (or empty): the only personal detail, kept
   * in the file for the teacher's table, never checked and never sent anywhere.
   */
  readonly student: string;
  readonly scenario: {
    readonly id: string;
    readonly title: string;
    /** `scenarioHash` of the version played. */
    readonly hash: string;
  };
  readonly seed: number;
  readonly ai: AiVersion;
  /** The teacher's options the game was played under; absent when it had none. */
  readonly options?: GameOptions;
  /** Who played each delegation: a person or the AI. */
  readonly seats: Readonly<Record<ActorId, Controller>>;
  /** The delegation whose result this is (whose screens the student saw). */
  readonly player: ActorId;
  readonly actions: readonly Action[];
  /** The turns the game lasted. */
  readonly turns: number;
  readonly outcome: { readonly id: string; readonly title: string };
  readonly scores: Readonly<Record<ActorId, number>>;
  readonly objectives: Readonly<Record<ActorId, readonly ResultObjective[]>>;
}

const Score = z.number().min(-1e6).max(1e6);

const ResultShape = z.strictObject({
  kind: z.literal(RESULT_KIND),
  format: z.union([z.literal(1), z.literal(RESULT_FORMAT)]),
  gameVersion: z.string().max(64),
  writtenAt: z.string().max(64),
  student: z.string().max(MAX_STUDENT_CHARS),
  scenario: z.strictObject({ id: SavedIdSchema, title: z.string().max(500), hash: HashSchema }),
  seed: z.int(),
  ai: z.union(AI_VERSIONS.map((v) => z.literal(v))),
  options: SavedOptionsSchema.exactOptional(),
  seats: z.record(SavedIdSchema, z.enum(['person', 'ai'])),
  player: SavedIdSchema,
  actions: z.array(SavedActionSchema).max(MAX_SAVED_ACTIONS),
  turns: z.int().min(0).max(10_000),
  outcome: z.strictObject({ id: z.string().max(64), title: z.string().max(500) }),
  scores: z.record(SavedIdSchema, Score),
  objectives: z.record(
    SavedIdSchema,
    z.array(z.strictObject({ id: z.string().max(64), value: Score, points: Score })).max(100),
  ),
});

/** Why a text is not a result file at all (as opposed to a result that does not hold). */
export interface NotAResult {
  readonly code: 'result/not-json' | 'result/not-a-result' | 'result/newer' | 'result/shape';
  readonly message: string;
}

/**
 * Reads a result file's text: the shape is checked field by field (the message names the first
 * bad one), and a save, a newer format or some other JSON is named as such.
 */
export function parseResultFile(
  text: string,
): { readonly ok: true; readonly value: ResultFile } | { readonly ok: false; readonly error: NotAResult } {
  if (text.length > MAX_RESULT_CHARS) {
    return fail(
      'result/not-a-result',
      `the file is over ${MAX_RESULT_CHARS} characters; a result is far smaller`,
    );
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return fail('result/not-json', 'the file is not JSON; a result file is the JSON the debrief downloads');
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return fail('result/not-a-result', 'the file holds no result: a result file is one JSON object');
  }
  const fields = raw as Record<string, unknown>;
  if (fields.kind !== RESULT_KIND) {
    const save = typeof fields.checkpoint === 'string' && Array.isArray(fields.actions);
    return fail(
      'result/not-a-result',
      save
        ? 'this is a saved game, not a result file: open it with "Import a save" on the title screen'
        : `this is not a result file of Give and Take (no "kind": "${RESULT_KIND}")`,
    );
  }
  if (typeof fields.format === 'number' && fields.format > RESULT_FORMAT) {
    return fail(
      'result/newer',
      `a newer version of the game wrote this result (format ${fields.format}; this one reads ${RESULT_FORMAT})`,
    );
  }
  const parsed = ResultShape.safeParse(raw);
  if (!parsed.success) return fail('result/shape', firstProblem(parsed.error, 'the file'));
  return { ok: true, value: dropUndefined(parsed.data) as ResultFile };
}

function fail(code: NotAResult['code'], message: string): { readonly ok: false; readonly error: NotAResult } {
  return { ok: false, error: { code, message } };
}

/** The result as the text written to a file: indented, so a teacher can read it. */
export function encodeResultFile(result: ResultFile): string {
  return `${JSON.stringify(result, null, 1)}\n`;
}
