import Database from 'better-sqlite3';
import type { ClassStatus, SeatRecord } from '../class/index.ts';
import type { Action, GameOptions } from '../engine/index.ts';
import type { ClassStore, StoredClass, StoredTable, TableChange, TableNow } from './store.ts';

/**
 * A class kept in one SQLite file: the default, for a class on one server process. It keeps the
 * very scenario text each class is played from, so a restart replays the same game even if the
 * file on disk changed. better-sqlite3 is synchronous: each method is one transaction, done when
 * its promise is made, so nothing of another message runs in between.
 */

const SCHEMA = `
CREATE TABLE IF NOT EXISTS classes (
  id TEXT PRIMARY KEY, code TEXT NOT NULL UNIQUE, teacher TEXT NOT NULL,
  scenario_file TEXT NOT NULL, scenario_text TEXT NOT NULL, options TEXT NOT NULL,
  status TEXT NOT NULL, created TEXT NOT NULL, turn_seconds INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS tables (
  class TEXT NOT NULL REFERENCES classes(id) ON DELETE CASCADE, n INTEGER NOT NULL,
  seed INTEGER NOT NULL, version INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (class, n));
CREATE TABLE IF NOT EXISTS seats (
  class TEXT NOT NULL, n INTEGER NOT NULL, actor TEXT NOT NULL, planned TEXT NOT NULL,
  driver TEXT NOT NULL, holder TEXT UNIQUE, name TEXT NOT NULL, PRIMARY KEY (class, n, actor),
  FOREIGN KEY (class, n) REFERENCES tables(class, n) ON DELETE CASCADE);
CREATE TABLE IF NOT EXISTS actions (
  class TEXT NOT NULL, n INTEGER NOT NULL, i INTEGER NOT NULL, action TEXT NOT NULL,
  timed INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (class, n, i), FOREIGN KEY (class, n) REFERENCES tables(class, n) ON DELETE CASCADE);
`;

export class SqliteStore implements ClassStore {
  private readonly db: Database.Database;

  /** Opens (or creates) the file; `:memory:` keeps nothing, for a throwaway server. */
  constructor(file: string) {
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    // FULL: a transaction is on disk when it returns, so an acknowledged move survives a power cut too.
    this.db.pragma('synchronous = FULL');
    this.db.pragma('foreign_keys = ON');
    this.db.exec(SCHEMA);
    // A file from before tables had versions: every table starts at 0, which is all a version needs.
    const columns = this.db.prepare('PRAGMA table_info(tables)').all() as { name: string }[];
    if (!columns.some((c) => c.name === 'version'))
      this.db.exec('ALTER TABLE tables ADD COLUMN version INTEGER NOT NULL DEFAULT 0');
  }

  async close(): Promise<void> {
    this.db.close();
  }

  async addClass(c: StoredClass): Promise<boolean> {
    const taken = this.db.prepare('SELECT 1 FROM classes WHERE code = ?').get(c.code);
    if (taken) return false;
    const insertClass = this.db.prepare(
      'INSERT INTO classes (id, code, teacher, scenario_file, scenario_text, options, status, created, turn_seconds) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    const insertTable = this.db.prepare('INSERT INTO tables (class, n, seed, version) VALUES (?, ?, ?, ?)');
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
        insertTable.run(c.id, t.index, t.seed, t.version);
        for (const seat of t.seats) this.writeSeat(c.id, t.index, seat);
      }
    })();
    return true;
  }

  private writeSeat(classId: string, table: number, seat: SeatRecord): void {
    this.db
      .prepare(
        `INSERT INTO seats (class, n, actor, planned, driver, holder, name) VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (class, n, actor) DO UPDATE SET driver = excluded.driver, holder = excluded.holder, name = excluded.name`,
      )
      .run(classId, table, seat.actor, seat.planned, seat.driver, seat.holder, seat.name);
  }

  async setStatus(classId: string, status: ClassStatus): Promise<void> {
    this.db.prepare('UPDATE classes SET status = ? WHERE id = ?').run(status, classId);
  }

  async commit(classId: string, index: number, version: number, change: TableChange): Promise<boolean> {
    const bump = this.db.prepare(
      'UPDATE tables SET version = version + 1 WHERE class = ? AND n = ? AND version = ?',
    );
    const insert = this.db.prepare('INSERT INTO actions (class, n, i, action, timed) VALUES (?, ?, ?, ?, ?)');
    const apply = this.db.transaction(() => {
      if (bump.run(classId, index, version).changes === 0) throw new Refused();
      const moves = change.moves;
      if (moves) {
        const status = this.db.prepare('SELECT status FROM classes WHERE id = ?').get(classId) as
          | { status: string }
          | undefined;
        const { n } = this.db
          .prepare('SELECT count(*) AS n FROM actions WHERE class = ? AND n = ?')
          .get(classId, index) as { n: number };
        // Throwing rolls the version back too: nothing of a refused change is kept.
        if (status?.status !== 'playing' || n !== moves.from) throw new Refused();
        for (const [k, action] of moves.actions.entries())
          insert.run(
            classId,
            index,
            moves.from + k,
            JSON.stringify(action),
            moves.timed.includes(moves.from + k) ? 1 : 0,
          );
      }
      for (const seat of change.seats ?? []) this.writeSeat(classId, index, seat);
    });
    try {
      apply();
      return true;
    } catch (error) {
      if (error instanceof Refused) return false;
      throw error;
    }
  }

  async loadClasses(): Promise<StoredClass[]> {
    const rows = this.db.prepare('SELECT * FROM classes ORDER BY created, id').all() as ClassRow[];
    return rows.map((row) => this.classFrom(row));
  }

  async loadClass(id: string): Promise<StoredClass | null> {
    const row = this.db.prepare('SELECT * FROM classes WHERE id = ?').get(id) as ClassRow | undefined;
    return row ? this.classFrom(row) : null;
  }

  async classOfCode(code: string): Promise<string | null> {
    const row = this.db.prepare('SELECT id FROM classes WHERE code = ?').get(code) as
      | { id: string }
      | undefined;
    return row?.id ?? null;
  }

  async classOfHolder(holder: string): Promise<string | null> {
    const row = this.db.prepare('SELECT class FROM seats WHERE holder = ?').get(holder) as
      | { class: string }
      | undefined;
    return row?.class ?? null;
  }

  async loadTable(classId: string, index: number): Promise<TableNow | null> {
    const row = this.db.prepare('SELECT status FROM classes WHERE id = ?').get(classId) as
      | { status: string }
      | undefined;
    const table = this.db
      .prepare('SELECT n, seed, version FROM tables WHERE class = ? AND n = ?')
      .get(classId, index) as TableRow | undefined;
    if (!row || !table) return null;
    return { status: row.status as ClassStatus, table: this.tableFrom(classId, table) };
  }

  private classFrom(row: ClassRow): StoredClass {
    const tables = this.db
      .prepare('SELECT n, seed, version FROM tables WHERE class = ? ORDER BY n')
      .all(row.id) as TableRow[];
    return {
      id: row.id,
      code: row.code,
      teacher: row.teacher,
      scenarioFile: row.scenario_file,
      scenarioText: row.scenario_text,
      options: JSON.parse(row.options) as GameOptions,
      turnSeconds: row.turn_seconds,
      status: row.status as ClassStatus,
      created: row.created,
      tables: tables.map((t) => this.tableFrom(row.id, t)),
    };
  }

  private tableFrom(classId: string, t: TableRow): StoredTable {
    const seats = this.db
      .prepare('SELECT * FROM seats WHERE class = ? AND n = ? ORDER BY rowid')
      .all(classId, t.n) as SeatRow[];
    const kept = this.db
      .prepare('SELECT i, action, timed FROM actions WHERE class = ? AND n = ? ORDER BY i')
      .all(classId, t.n) as { i: number; action: string; timed: number }[];
    return {
      index: t.n,
      seed: t.seed,
      version: t.version,
      seats: seats.map((s) => ({
        actor: s.actor,
        planned: s.planned as SeatRecord['planned'],
        driver: s.driver as SeatRecord['driver'],
        holder: s.holder,
        name: s.name,
      })),
      actions: kept.map((a) => JSON.parse(a.action) as Action),
      timedOut: kept.filter((a) => a.timed === 1).map((a) => a.i),
    };
  }

  async deleteClass(classId: string): Promise<void> {
    this.db.prepare('DELETE FROM classes WHERE id = ?').run(classId);
  }
}

/** A change the store will not make (the class not playing, the log moved on): rolled back. */
class Refused extends Error {}

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

interface TableRow {
  n: number;
  seed: number;
  version: number;
}

interface SeatRow {
  actor: string;
  planned: string;
  driver: string;
  holder: string | null;
  name: string;
}
