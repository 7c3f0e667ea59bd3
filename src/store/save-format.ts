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
} from '../scenario/index.ts';

/**
 * The save format this copy of the game writes; older ones are migrated, newer ones refused.
 * 2 added `ai`, the AI version the game is played by; 3 added `options`, the teacher's options.
 */
export const SAVE_FORMAT = 3;

/** The largest save text read (an import or a stored copy); a real save is a few kB. */
export const MAX_SAVE_CHARS = 2_000_000;

/**
 * A saved game: enough to replay it exactly, plus a checkpoint hash that the replay must reach.
 * The state itself is never stored: it is rebuilt, which catches tampering, a changed scenario
 * and non-determinism in one check.
 */
export interface SaveFile {
  readonly format: typeof SAVE_FORMAT;
  /** Which game slot this is, so several games can be kept side by side. */
  readonly game: string;
  /** Counts writes of this game; the higher of the two rotating copies is the newer. */
  readonly serial: number;
  readonly savedAt: string;
  readonly scenarioId: string;
  readonly scenarioHash: string;
  readonly seed: number;
  /**
   * The AI the game is played by: it is replayed, verified and played on by that AI, so a game
   * saved before the AI changed goes on as it began.
   */
  readonly ai: AiVersion;
  /** The teacher's options the game is played under; absent when it has none. */
  readonly options?: GameOptions;
  readonly controllers: Readonly<Record<ActorId, Controller>>;
  readonly actions: readonly Action[];
  /** `stateHash` of the state the actions lead to. */
  readonly checkpoint: string;
  /** For the list of saved games only; never trusted when the game is restored. */
  readonly summary: {
    readonly title: string;
    readonly player: ActorId;
    readonly turn: number;
    readonly turnLabel: string;
    readonly ended: boolean;
  };
}

/** The actions of a save, as result files write them too (see `SavedActionSchema`). */
export const ActionShape = SavedActionSchema;
const id = SavedIdSchema;

const SaveShape = z.strictObject({
  format: z.literal(SAVE_FORMAT),
  game: z.string().regex(/^[a-z0-9-]{1,64}$/),
  serial: z.int().min(0),
  savedAt: z.string().max(64),
  scenarioId: id,
  scenarioHash: HashSchema,
  seed: z.int(),
  ai: z.union(AI_VERSIONS.map((v) => z.literal(v))),
  options: SavedOptionsSchema.exactOptional(),
  controllers: z.record(id, z.enum(['person', 'ai'])),
  actions: z.array(ActionShape).max(MAX_SAVED_ACTIONS),
  checkpoint: HashSchema,
  summary: z.strictObject({
    title: z.string().max(500),
    player: id,
    turn: z.int().min(0),
    turnLabel: z.string().max(200),
    ended: z.boolean(),
  }),
});

/** Checks the shape of a current-format save; the message names the first bad field. */
export function checkSaveShape(raw: unknown): { ok: true; save: SaveFile } | { ok: false; message: string } {
  const parsed = SaveShape.safeParse(raw);
  if (parsed.success) return { ok: true, save: dropUndefined(parsed.data) as SaveFile };
  return { ok: false, message: firstProblem(parsed.error, 'the file') };
}

/** The save as the JSON text that is stored and exported. */
export function encodeSave(save: SaveFile): string {
  return JSON.stringify(save);
}
