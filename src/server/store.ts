import type { ClassStatus, SeatRecord } from '../class/index.ts';
import type { Action, GameOptions } from '../engine/index.ts';

/**
 * What the class server keeps, and the one promise every store makes: a table changes only from
 * the version the changer read. Two server processes (or two messages in one) that both decide
 * from version 7 cannot both write: the second is told no, reads the table again, and decides
 * again, so a game never forks and a seat is never given twice. An action is written before any
 * client hears of it: a server stopped at any moment restarts with every acknowledged move.
 *
 * Two stores keep this promise: one SQLite file for a class on one process (`SqliteStore`, the
 * default, nothing to install) and Redis for several processes sharing tables (`RedisStore`).
 */

/** A class as stored. */
export interface StoredClass {
  readonly id: string;
  readonly code: string;
  /** The teacher's token, hashed: the store alone lets no one in as the teacher. */
  readonly teacher: string;
  readonly scenarioText: string;
  readonly scenarioFile: string;
  readonly options: GameOptions;
  /** Seconds a student has for each move; 0 for no limit. */
  readonly turnSeconds: number;
  readonly status: ClassStatus;
  readonly created: string;
  readonly tables: readonly StoredTable[];
}

export interface StoredTable {
  readonly index: number;
  readonly seed: number;
  /** How many changes the table has had (a seat, or moves): what a change is conditional on. */
  readonly version: number;
  /** Seats with `holder` as the hash of the student's token. */
  readonly seats: readonly SeatRecord[];
  readonly actions: readonly Action[];
  /** Positions of the actions that were passes made by the time per move. */
  readonly timedOut: readonly number[];
}

/** A table as stored now, with its class's status (which a move depends on). */
export interface TableNow {
  readonly status: ClassStatus;
  readonly table: StoredTable;
}

/** One change to a table: its seats as they are to be, moves appended at `from`, or both. */
export interface TableChange {
  readonly seats?: readonly SeatRecord[];
  readonly moves?: {
    readonly from: number;
    readonly actions: readonly Action[];
    /** Positions (in the whole log) of the passes the time per move made. */
    readonly timed: readonly number[];
  };
}

export interface ClassStore {
  /** Writes a new class with its tables and seats, all or nothing; false when its code is taken. */
  addClass(c: StoredClass): Promise<boolean>;
  /** Every class kept, oldest first, with tables, seats and actions in order. */
  loadClasses(): Promise<StoredClass[]>;
  loadClass(id: string): Promise<StoredClass | null>;
  /** The class a join code opens, if any. */
  classOfCode(code: string): Promise<string | null>;
  /** The class a seat holder (a hashed token) sits in, if any. */
  classOfHolder(holder: string): Promise<string | null>;
  loadTable(classId: string, index: number): Promise<TableNow | null>;
  /**
   * Applies `change` if the table is still at `version` (and, for moves, the class is playing):
   * all or nothing, and the version goes up by one. False, with nothing written, otherwise.
   */
  commit(classId: string, index: number, version: number, change: TableChange): Promise<boolean>;
  setStatus(classId: string, status: ClassStatus): Promise<void>;
  /** Deletes a class and everything of it: names, seats, moves. */
  deleteClass(classId: string): Promise<void>;
  close(): Promise<void>;
}
