import Database from 'better-sqlite3';
import type { ClassStatus, SeatRecord } from '../class/index.ts';
import type { Action, GameOptions } from '../engine/index.ts';

/**
 * What the class server keeps, in one SQLite file: each class (with the very scenario text it is
 * played from, so a restart replays the same game even if the file on disk changed), its tables,
 * seats and every action. An action is written, in a transaction, before any client hears of it:
 * a server stopped at any moment restarts with every acknowledged move.
 */

/** A class as stored. */
export interface StoredClass {
  readonly id: string;
  readonly code: string;
  /** The teacher's token, hashed: the file alone lets no one in as the teacher. */
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
  /** Seats with `holder` as the hash of the student's token. */
  readonly seats: readonly SeatRecord[];
  readonly actions: readonly Action[];
  /** Positions of the actions that were passes made by the time per move. */
  readonly timedOut: readonly number[];
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS classes (
  id TEXT PRIMARY KEY, code TEXT NOT NULL UNIQUE, teacher TEXT NOT NULL,
  scenario_file TEXT NOT NULL, scenario_text TEXT NOT NULL, options TEXT NOT NULL,
  status TEXT NOT NULL, created TEXT NOT NULL, turn_seconds INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS tables (
  class TEXT NOT NULL REFERENCES classes(id) ON DELETE CASCADE, n INTEGER NOT NULL,
  seed INTEGER NOT NULL, PRIMARY KEY (class, n));
CREATE TABLE IF NOT EXISTS seats (
  class TEXT NOT NULL, n INTEGER NOT NULL, actor TEXT NOT NULL, planned TEXT NOT NULL,
  driver TEXT NOT NULL, holder TEXT UNIQUE, name TEXT NOT NULL, PRIMARY KEY (class, n, actor),
  FOREIGN KEY (class, n) REFERENCES tables(class, n) ON DELETE CASCADE);
CREATE TABLE IF NOT EXISTS actions (
  class TEXT NOT NULL, n INTEGER NOT NULL, i INTEGER NOT NULL, action TEXT NOT NULL,
  timed INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (class, n, i), FOREIGN KEY (class, n) REFERENCES tables(class, n) ON DELETE CASCADE);
`;

export class ClassStorage {
  private readonly db: Database.Database;

  /** Opens (or creates) the file; `:memory:` keeps nothing, for a throwaway server. */
  constructor(file: string) {
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    // FULL: a transaction is on disk when it returns, so an acknowledged move survives a power cut too.
    this.db.pragma('synchronous = FULL');
    this.db.pragma('foreign_keys = ON');
    this.db.exec(SCHEMA);
  }

  close(): void {
    this.db.close();
  }

  /** Writes a new class with its tables and seats, all or nothing. */
  addClass(c: StoredClass): void {
    const insertClass = this.db.prepare(
      'INSERT INTO classes (id, code, teacher, scenario_file, scenario_text, options, status, created, turn_seconds) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    const insertTable = this.db.prepare('INSERT INTO tables (class, n, seed) VALUES (?, ?, ?)');
    this.db.transaction(() => {
      insertClass.run(
        c.id,
        c.code,
        c.teacher,
        c.scenarioFile,
        c.scenarioText,
        JSON.stringify(c.options),
        c.status,
        c.created,
        c.turnSeconds,
      );
      for (const t of c.tables) {
        insertTable.run(c.id, t.index, t.seed);
        for (const seat of t.seats) this.writeSeat(c.id, t.index, seat);
      }
    })();
  }

  /** Writes one seat as it is now (who drives it, who holds it). */
  writeSeat(classId: string, table: number, seat: SeatRecord): void {
    this.db
      .prepare(
        `INSERT INTO seats (class, n, actor, planned, driver, holder, name) VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (class, n, actor) DO UPDATE SET driver = excluded.driver, holder = excluded.holder, name = excluded.name`,
      )
      .run(classId, table, seat.actor, seat.planned, seat.driver, seat.holder, seat.name);
  }

  setStatus(classId: string, status: ClassStatus): void {
    this.db.prepare('UPDATE classes SET status = ? WHERE id = ?').run(status, classId);
  }

  /**
   * Appends actions at positions `from`, `from + 1`...: all or nothing. False when a position is
   * already taken (another process moved first): the caller reloads instead of forking the game.
   * `timed` holds the positions that are passes the time per move made.
   */
  appendActions(
    classId: string,
    table: number,
    from: number,
    actions: readonly Action[],
    timed: readonly number[] = [],
  ): boolean {
    if (actions.length === 0) return true;
    const insert = this.db.prepare('INSERT INTO actions (class, n, i, action, timed) VALUES (?, ?, ?, ?, ?)');
    try {
      this.db.transaction(() => {
        for (const [k, action] of actions.entries())
          insert.run(classId, table, from + k, JSON.stringify(action), timed.includes(from + k) ? 1 : 0);
      })();
      return true;
    } catch (error) {
      if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_PRIMARYKEY') return false;
      throw error;
    }
  }

  /** Every class kept, with its tables, seats and actions in order. */
  loadClasses(): StoredClass[] {
    const rows = this.db.prepare('SELECT * FROM classes ORDER BY created, id').all() as ClassRow[];
    const tables = this.db.prepare('SELECT n, seed FROM tables WHERE class = ? ORDER BY n');
    const seats = this.db.prepare('SELECT * FROM seats WHERE class = ? AND n = ? ORDER BY rowid');
    const actions = this.db.prepare(
      'SELECT i, action, timed FROM actions WHERE class = ? AND n = ? ORDER BY i',
    );
    return rows.map((row) => ({
      id: row.id,
      code: row.code,
      teacher: row.teacher,
      scenarioFile: row.scenario_file,
      scenarioText: row.scenario_text,
      options: JSON.parse(row.options) as GameOptions,
      turnSeconds: row.turn_seconds,
      status: row.status as ClassStatus,
      created: row.created,
      tables: (tables.all(row.id) as { n: number; seed: number }[]).map((t) => {
        const kept = actions.all(row.id, t.n) as { i: number; action: string; timed: number }[];
        return {
          index: t.n,
          seed: t.seed,
          seats: (seats.all(row.id, t.n) as SeatRow[]).map((s) => ({
            actor: s.actor,
            planned: s.planned as SeatRecord['planned'],
            driver: s.driver as SeatRecord['driver'],
            holder: s.holder,
            name: s.name,
          })),
          actions: kept.map((a) => JSON.parse(a.action) as Action),
          timedOut: kept.filter((a) => a.timed === 1).map((a) => a.i),
        };
      }),
    }));
  }

  /** Deletes a class and everything of it: names, seats, moves. */
  deleteClass(classId: string): void {
    this.db.prepare('DELETE FROM classes WHERE id = ?').run(classId);
  }
}

interface ClassRow {
  id: string;
  code: string;
  teacher: string;
  scenario_file: string;
  scenario_text: string;
  options: string;
  status: string;
  created: string;
  turn_seconds: number;
}

interface SeatRow {
  actor: string;
  planned: string;
  driver: string;
  holder: string | null;
  name: string;
}
