import { z } from 'zod';
import type {
  Action,
  ActionError,
  ActorId,
  DelegationView,
  GameOptions,
  SeenLogEntry,
} from '../engine/index.ts';
import { ID_PATTERN, type ResultFile } from '../scenario/index.ts';
import type { ClassErrorCode } from './codes.ts';

/**
 * The class server's messages, both ways. Everything a client sends is checked here (by these
 * schemas, then by the engine) before it touches a table; everything the server sends a seat is
 * that seat's own view, so no private figure leaves the server.
 */

/** The protocol's version: a page and a server of different versions refuse each other plainly. */
export const PROTOCOL_VERSION = 1;

/** The largest message a client may send, in bytes: a full offer is well under 2 kB. */
export const MAX_MESSAGE_BYTES = 16_384;

/**
 * Past this the transport itself drops the connection (engine.io's `maxHttpBufferSize`): between
 * the two, a message is refused with `class/too-large` and the connection stays.
 */
export const MAX_PACKET_BYTES = 65_536;

/** Messages a connection may send per second, with bursts up to {@link RATE_BURST}. */
export const RATE_PER_SECOND = 10;
export const RATE_BURST = 30;

/** The most tables a class may have: a class of 30 in pairs is 15, of 36 at six-seat tables 6. */
export const MAX_TABLES = 40;

/** The longest display name a student may give. */
export const MAX_NAME_CHARS = 40;

/** Join codes: six characters a class can read off a projector (no 0/O, 1/I/L). */
export const JOIN_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const JOIN_CODE_LENGTH = 6;

/** Seat and teacher tokens: long random strings kept by the browser, never shown. */
const Token = z.string().regex(/^[A-Za-z0-9_-]{20,64}$/);
const Id = z.string().regex(ID_PATTERN).max(64);

/** Who a seat is for in the teacher's plan: a student, or the AI from the start. */
export const SEAT_PLANS = ['student', 'ai'] as const;
export type SeatPlan = (typeof SEAT_PLANS)[number];

/** The longest time per move a teacher can set: half an hour. */
export const MAX_TURN_SECONDS = 1_800;

/** The times per move the teacher's page offers (seconds; 0 is no limit). */
export const TURN_SECONDS_CHOICES = [0, 60, 120, 180, 300] as const;

/** A student asks for a seat: the code off the projector and, if the teacher wants, a name. */
export const JoinMessage = z.strictObject({
  code: z.string().max(16),
  name: z.string().max(MAX_NAME_CHARS).optional(),
});

/** A connection takes up its seat again (after a reload, a sleep, a dropped line). */
export const SitMessage = z.strictObject({ seat: Token });

/**
 * A move for the seat the connection sits at. `expected` is how many actions the table had when
 * the student chose it: a move chosen against an older state is refused, never applied late.
 */
export const ActMessage = z.strictObject({
  action: z.unknown(),
  expected: z.number().int().min(0).max(1_000_000),
});

/** A teacher opens a class: a shipped scenario, one seat plan per table, options and a seed. */
export const CreateMessage = z.strictObject({
  scenario: Id,
  tables: z
    .array(z.record(Id, z.enum(SEAT_PLANS)))
    .min(1)
    .max(MAX_TABLES),
  /** The first table's seed; table n plays seed + n, so tables differ but the class can be replayed. */
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 32 - 1 - MAX_TABLES)
    .optional(),
  /**
   * Seconds a student has for each move (0 or left out: no limit). When they run out the seat
   * passes: it waits, or declines the offer it was answering. The move is kept like any other, so
   * replay never depends on the clock.
   */
  turnSeconds: z.number().int().min(0).max(MAX_TURN_SECONDS).optional(),
  options: z
    .strictObject({
      advisors: z.enum(['sharp', 'rough']).optional(),
      turns: z.number().int().min(1).max(100).optional(),
      history: z.enum(['each-turn']).optional(),
    })
    .optional(),
});

/** The options as the engine takes them: a field left out is the default, never `undefined`. */
export function gameOptionsOf(raw: z.infer<typeof CreateMessage>['options']): GameOptions {
  return {
    ...(raw?.advisors ? { advisors: raw.advisors } : {}),
    ...(raw?.turns !== undefined ? { turns: raw.turns } : {}),
    ...(raw?.history ? { history: raw.history } : {}),
  };
}

/** The teacher's page identifies itself with the class and the teacher's token. */
export const TeacherMessage = z.strictObject({ class: Id, token: Token });

/** The teacher, once watching a class, hands a seat to the AI, or back to a student. */
export const HandMessage = z.strictObject({
  table: z.number().int().min(0).max(MAX_TABLES),
  actor: Id,
  to: z.enum(SEAT_PLANS),
});

/** The teacher asks for the ended tables' result files: all of them, or one seat's. */
export const ResultsMessage = z.strictObject({
  table: z.number().int().min(0).max(MAX_TABLES).optional(),
  actor: Id.optional(),
});

/** What drives a seat now: a student (the game waits for them) or the AI. */
export type SeatDriver = SeatPlan;

/** A class's stage. */
export const CLASS_STATUSES = ['lobby', 'playing', 'paused', 'ended'] as const;
export type ClassStatus = (typeof CLASS_STATUSES)[number];

/** A seat as everyone at the table sees it. */
export interface SeatSummary {
  readonly actor: ActorId;
  /** Whom the teacher's plan gave the seat: a student's seat has a result file at the end. */
  readonly planned: SeatDriver;
  readonly driver: SeatDriver;
  /** The student's display name ('' when none was given or the seat is the AI's). */
  readonly name: string;
  /** Whether a student holds the seat (joined, connected or not). */
  readonly taken: boolean;
  /** Whether the seat's student has a page open now. */
  readonly connected: boolean;
}

/**
 * What a seat is sent: the whole view the first time (`log.from` 0), then after each batch of moves
 * the view again with only the log entries it has not had. A page whose log is not `from` entries
 * long missed something and sits again, which sends it everything.
 */
export interface SeatUpdate {
  readonly protocol: typeof PROTOCOL_VERSION;
  readonly class: string;
  readonly table: number;
  readonly actor: ActorId;
  readonly scenario: string;
  readonly seed: number;
  readonly options: GameOptions;
  readonly status: ClassStatus;
  /** Actions applied at the table so far: the `expected` of the next move. */
  readonly length: number;
  readonly seats: readonly SeatSummary[];
  readonly view: Omit<DelegationView, 'log'>;
  readonly log: { readonly from: number; readonly entries: readonly SeenLogEntry[] };
  /**
   * When it is this seat's move and the class is playing: every move the rules list for it, each
   * with the rules' reason when it is refused now (packages of one line a side; the page combines
   * lines, and the server judges the package). Empty otherwise.
   */
  readonly moves: readonly ListedMove[];
  /**
   * Once the table has ended: this seat's result file, as the game's debrief writes it (the seat's
   * delegation as the player, every move with the seed), so the game can open its debrief and
   * `sim --verify` can replay it. Null before.
   */
  readonly result: ResultFile | null;
  /**
   * Seconds left, when this was sent, for the student's move the table waits for, while the
   * teacher's time per move runs; null otherwise. Seconds, not a time of day: a school laptop's
   * clock may be minutes off the server's.
   */
  readonly secondsLeft: number | null;
  /** Positions of the table's actions that were passes because a student's time ran out. */
  readonly timedOut: readonly number[];
}

/** What a seat knows: the latest update (without its log) and the whole log so far. */
export interface SeatKnowledge {
  readonly update: Omit<SeatUpdate, 'log'>;
  readonly log: readonly SeenLogEntry[];
}

/** A move the rules list for a seat, and why it is refused now (null: it may be made). */
export interface ListedMove {
  readonly action: Action;
  readonly refused: string | null;
}

/** One table on the teacher's page. */
export interface TableOverview {
  readonly table: number;
  readonly seed: number;
  readonly turn: number;
  readonly turns: number;
  readonly turnLabel: string;
  readonly tension: number;
  readonly status: 'playing' | 'ended';
  readonly length: number;
  /** The delegation the table waits for, and whether a student or the AI drives it. */
  readonly waitingFor: { readonly actor: ActorId; readonly driver: SeatDriver } | null;
  readonly seats: readonly (SeatSummary & {
    readonly approval: number | null;
    readonly score: number | null;
  })[];
  /** What a teacher should look at: a crisis, a collapse, a leader ousted at an election. */
  readonly alerts: readonly TableAlert[];
  readonly outcome: { readonly id: string; readonly title: string } | null;
  /** Seconds left for the student the table waits for, when this was sent; null with no clock. */
  readonly secondsLeft: number | null;
}

export type TableAlert =
  | { readonly kind: 'crisis' }
  | { readonly kind: 'collapse' }
  | { readonly kind: 'ousted'; readonly actor: ActorId };

/**
 * The teacher's page as it stands after another overview: the class's fields from the newer one,
 * and each table from whichever of the two has it further on. A server sends only the tables a
 * change touched; with several processes, one that has not yet caught up with a table another
 * process moved may send it behind, and a table's log only grows, so the longer one is the news.
 */
export function mergedOverview(held: ClassOverview | null, incoming: ClassOverview): ClassOverview {
  if (!held || held.class !== incoming.class) return incoming;
  const tables = new Map(held.tables.map((t) => [t.table, t]));
  for (const table of incoming.tables) {
    const was = tables.get(table.table);
    if (!was || table.length >= was.length) tables.set(table.table, table);
  }
  return { ...incoming, tables: [...tables.values()].sort((a, b) => a.table - b.table) };
}

/** The teacher's page: the class and every table (or, in news of a change, the tables it touched). */
export interface ClassOverview {
  readonly protocol: typeof PROTOCOL_VERSION;
  readonly class: string;
  readonly code: string;
  readonly scenario: string;
  readonly status: ClassStatus;
  /** Seconds a student has for each move; 0 for no limit. */
  readonly turnSeconds: number;
  readonly tables: readonly TableOverview[];
}

/**
 * A result file of an ended table for the class debrief: one per seat a student was planned to
 * hold, as that student would hand it in; the debrief verifies each by replay.
 */
export interface ClassResultFile {
  readonly table: number;
  readonly actor: ActorId;
  /** The student's display name ('' when none was given). */
  readonly student: string;
  readonly file: ResultFile;
}

/** Every answer to a client's message: a value, or a coded refusal that changed nothing. */
export type Answer<T> =
  | ({ readonly ok: true } & T)
  | {
      readonly ok: false;
      readonly code: ClassErrorCode;
      /** What was wrong, in English, for the page's message and the server's log. */
      readonly detail: string;
      /** For `class/refused`: the engine's error. */
      readonly error?: ActionError;
    };

/** A refusal. */
export function refusal(code: ClassErrorCode, detail: string, error?: ActionError): Answer<never> {
  return error === undefined ? { ok: false, code, detail } : { ok: false, code, detail, error };
}

/** A client message checked against its schema: the value, or `class/bad-message` naming the field. */
export function readMessage<S extends z.ZodType>(
  schema: S,
  value: unknown,
): { ok: true; value: z.infer<S> } | Answer<never> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0];
  const where = issue && issue.path.length > 0 ? issue.path.join('.') : 'the message';
  return refusal('class/bad-message', `${where}: ${issue?.message ?? 'not understood'}`);
}
