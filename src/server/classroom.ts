import { createHash, randomBytes } from 'node:crypto';
import {
  type Answer,
  actAt,
  type ClassOverview,
  type ClassResultFile,
  type ClassStatus,
  JOIN_CODE_ALPHABET,
  JOIN_CODE_LENGTH,
  type LiveTable,
  openTable,
  PROTOCOL_VERSION,
  planProblem,
  planSeats,
  playOwed,
  refusal,
  type SeatPlan,
  type SeatRecord,
  type SeatUpdate,
  seatResult,
  seatSummary,
  seatView,
  studentToMove,
  tableOverview,
  timeOutAt,
  withSeat,
} from '../class/index.ts';
import type { GameOptions, Scenario } from '../engine/index.ts';
import { GAME_VERSION, type ShippedScenario, scenarioFromText } from './scenarios.ts';
import type { ClassStorage, StoredClass } from './storage.ts';

/**
 * Every class this server holds, and every decision about them: who may sit where, which moves
 * are applied, what the teacher may do. It knows nothing of sockets; the server turns its answers
 * into messages. Each change is written to storage before it is answered.
 */

interface LiveClass {
  readonly id: string;
  readonly code: string;
  readonly teacher: string;
  readonly scenario: Scenario;
  readonly options: GameOptions;
  readonly turnSeconds: number;
  status: ClassStatus;
  readonly tables: LiveTable[];
}

/** A student's move the teacher's time per move runs for. */
interface Deadline {
  readonly class: string;
  readonly table: number;
  /** The table's length when the clock started: the move it runs for. */
  readonly length: number;
  /** When it runs out, in ms on `now`'s clock. */
  readonly at: number;
}

/** Where a seat is: class, table, delegation. */
export interface SeatPlace {
  readonly class: string;
  readonly table: number;
  readonly actor: string;
}

/** A table that changed, with its log's length before: what the server tells its seats. */
export interface Changed {
  readonly class: string;
  readonly table: number;
  readonly from: number;
}

/** A token's stored form: the file holds hashes only. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

function newToken(): string {
  return randomBytes(24).toString('base64url');
}

export class Classroom {
  private readonly classes = new Map<string, LiveClass>();
  private readonly byCode = new Map<string, string>();
  /** Seat holders (hashed tokens) to their seats. */
  private readonly bySeat = new Map<string, SeatPlace>();
  /** When each ended table was first read as ended: one date for all its seats' result files. */
  private readonly endedAt = new WeakMap<LiveTable, string>();

  /** The clocks running, by `class:table`; none while a class is paused, in the lobby or ended. */
  private readonly deadlines = new Map<string, Deadline>();

  /**
   * `now` is the clock of the time per move (and only of it): a restart starts every running
   * clock again from the full time, so a student never loses a move to the server's downtime.
   */
  constructor(
    private readonly storage: ClassStorage,
    private readonly scenarios: ReadonlyMap<string, ShippedScenario>,
    private readonly now: () => number = Date.now,
  ) {
    for (const stored of storage.loadClasses()) this.restore(stored);
  }

  /** A class rebuilt from storage: every table replayed from its kept actions. */
  private restore(stored: StoredClass): void {
    const scenario = scenarioFromText(stored.scenarioText, stored.scenarioFile);
    const tables = stored.tables.map((t) => {
      const opened = openTable({ ...t, scenario, options: stored.options });
      if (!opened.ok) throw new Error(`class ${stored.id}, table ${t.index + 1}: ${opened.detail}`);
      return opened.table;
    });
    const live: LiveClass = { ...stored, scenario, tables };
    this.index(live);
    for (const table of tables) this.arm(live, table);
  }

  private index(live: LiveClass): void {
    this.classes.set(live.id, live);
    this.byCode.set(live.code, live.id);
    for (const table of live.tables)
      for (const seat of table.seats)
        if (seat.holder !== null)
          this.bySeat.set(seat.holder, { class: live.id, table: table.index, actor: seat.actor });
  }

  /** Opens a class in the lobby: students may join; nothing is played until the teacher starts it. */
  create(input: {
    scenario: string;
    tables: readonly Readonly<Record<string, SeatPlan>>[];
    seed?: number | undefined;
    options?: GameOptions | undefined;
    turnSeconds?: number | undefined;
  }): Answer<{ class: string; code: string; teacher: string }> {
    const shipped = this.scenarios.get(input.scenario);
    if (!shipped) {
      return refusal(
        'class/unknown-scenario',
        `no shipped scenario is called ${input.scenario} (${[...this.scenarios.keys()].join(', ')})`,
      );
    }
    const options = input.options ?? {};
    const problem = planProblem(shipped.scenario, input.tables, options);
    if (problem) return refusal('class/bad-plan', problem);
    const teacher = newToken();
    const seed = input.seed ?? randomBytes(3).readUIntBE(0, 3);
    const stored: StoredClass = {
      id: `c${randomBytes(6).toString('hex')}`,
      code: this.freshCode(),
      teacher: hashToken(teacher),
      scenarioText: shipped.text,
      scenarioFile: shipped.file,
      options,
      turnSeconds: input.turnSeconds ?? 0,
      status: 'lobby',
      // When it was opened, for listing and deleting old classes; the game itself reads no clock.
      created: new Date().toISOString(),
      tables: input.tables.map((plan, index) => ({
        index,
        seed: seed + index,
        seats: planSeats(shipped.scenario, plan),
        actions: [],
        timedOut: [],
      })),
    };
    this.storage.addClass(stored);
    this.restore(stored);
    return { ok: true, class: stored.id, code: stored.code, teacher };
  }

  private freshCode(): string {
    for (;;) {
      const bytes = randomBytes(JOIN_CODE_LENGTH);
      const code = [...bytes].map((b) => JOIN_CODE_ALPHABET[b % JOIN_CODE_ALPHABET.length]).join('');
      if (!this.byCode.has(code)) return code;
    }
  }

  /** A student takes the first free student seat, table by table; answers with the seat's token. */
  join(code: string, name: string): Answer<{ seat: string; place: SeatPlace }> {
    const id = this.byCode.get(code.trim().toUpperCase());
    const live = id === undefined ? undefined : this.classes.get(id);
    if (!live)
      return refusal(
        'class/unknown-code',
        `no class has the code ${code.slice(0, 16)}: check it on the board`,
      );
    if (live.status === 'ended') return refusal('class/ended', 'this class has ended');
    for (const table of live.tables) {
      if (table.state.status === 'ended') continue;
      const free = table.seats.find((s) => s.planned === 'student' && s.holder === null);
      if (!free) continue;
      const token = newToken();
      const seat: SeatRecord = { ...free, holder: hashToken(token), name: name.trim(), driver: 'student' };
      this.storage.writeSeat(live.id, table.index, seat);
      this.setTable(live, withSeat(table, seat));
      const place = { class: live.id, table: table.index, actor: seat.actor };
      this.bySeat.set(seat.holder as string, place);
      return { ok: true, seat: token, place };
    }
    return refusal('class/full', 'every student seat of this class is taken: ask your teacher');
  }

  /** The seat a token holds. */
  seatOf(token: string): Answer<{ place: SeatPlace }> {
    const place = this.bySeat.get(hashToken(token));
    return place
      ? { ok: true, place }
      : refusal('class/unknown-seat', 'this seat is not one of this server’s: join again with the code');
  }

  /** Checks a teacher's token against the class. */
  teacherOf(classId: string, token: string): Answer<{ class: string }> {
    const live = this.classes.get(classId);
    if (!live || live.teacher !== hashToken(token))
      return refusal('class/not-teacher', 'this is not the teacher’s link for that class');
    return { ok: true, class: live.id };
  }

  /** A student's move, then the AI's until a student must act. Written before it is answered. */
  act(place: SeatPlace, action: unknown, expected: number): Answer<{ length: number; changed: Changed }> {
    const live = this.classOf(place.class);
    if (live.status === 'lobby')
      return refusal('class/not-started', 'the teacher has not started the class yet');
    if (live.status === 'paused') return refusal('class/paused', 'the teacher has paused the class');
    if (live.status === 'ended') return refusal('class/ended', 'this class has ended');
    const table = this.tableOf(live, place.table);
    const played = actAt(table, place.actor, action, expected);
    if (!played.ok) return played;
    const kept = this.keep(live, table, played.table);
    if (!kept.ok) return kept;
    return { ok: true, length: played.table.actions.length, changed: kept.changed };
  }

  /** Writes a table's new actions, then takes the new table as the class's. */
  private keep(live: LiveClass, before: LiveTable, after: LiveTable): Answer<{ changed: Changed }> {
    const fresh = after.actions.slice(before.actions.length);
    const timed = after.timedOut.filter((i) => i >= before.actions.length);
    if (!this.storage.appendActions(live.id, before.index, before.actions.length, fresh, timed)) {
      return refusal('class/not-kept', 'another server moved at this table first: look again');
    }
    this.setTable(live, after);
    return { ok: true, changed: { class: live.id, table: before.index, from: before.state.log.length } };
  }

  /**
   * The teacher starts (or resumes) the class: at each table a student has joined, the seats
   * nobody took go to the AI, which opens. A table nobody joined waits for its students (a late
   * one joins there), rather than the AI playing a game no one watches.
   */
  start(classId: string): Changed[] {
    const live = this.classOf(classId);
    if (live.status === 'ended') return [];
    if (live.status === 'lobby') {
      for (const table of live.tables) {
        if (table.seats.every((s) => s.holder === null)) continue;
        for (const seat of table.seats) {
          if (seat.driver === 'student' && seat.holder === null)
            this.reseat(live, table.index, { ...seat, driver: 'ai' });
        }
      }
    }
    this.setStatus(live, 'playing');
    return live.tables.flatMap((t) => this.playOwedAt(live, t.index));
  }

  pause(classId: string): void {
    const live = this.classOf(classId);
    if (live.status === 'playing') this.setStatus(live, 'paused');
  }

  end(classId: string): void {
    this.setStatus(this.classOf(classId), 'ended');
  }

  /** Deletes an ended class and everything of it: names, seats, moves; its tokens stop working. */
  remove(classId: string): Answer<object> {
    const live = this.classOf(classId);
    if (live.status !== 'ended') return refusal('class/not-ended', 'end the class before deleting it');
    this.storage.deleteClass(live.id);
    this.classes.delete(live.id);
    this.byCode.delete(live.code);
    for (const [holder, place] of this.bySeat) if (place.class === live.id) this.bySeat.delete(holder);
    return { ok: true };
  }

  /** Whether the class is still held (not deleted). */
  has(classId: string): boolean {
    return this.classes.has(classId);
  }

  /** Hands a seat to the AI (which moves at once if it is the seat's move) or back to its student. */
  hand(classId: string, index: number, actor: string, to: SeatPlan): Answer<{ changed: Changed[] }> {
    const live = this.classOf(classId);
    const table = live.tables[index];
    if (!table) return refusal('class/unknown-table', `the class has ${live.tables.length} tables`);
    const seat = table.seats.find((s) => s.actor === actor);
    if (!seat) return refusal('class/bad-plan', `${actor} has no seat at table ${index + 1}`);
    this.reseat(live, index, { ...seat, driver: to });
    const changed = live.status === 'playing' ? this.playOwedAt(live, index) : [];
    return {
      ok: true,
      changed:
        changed.length > 0 ? changed : [{ class: live.id, table: index, from: table.state.log.length }],
    };
  }

  private reseat(live: LiveClass, index: number, seat: SeatRecord): void {
    this.storage.writeSeat(live.id, index, seat);
    this.setTable(live, withSeat(this.tableOf(live, index), seat));
  }

  private playOwedAt(live: LiveClass, index: number): Changed[] {
    const table = this.tableOf(live, index);
    const played = playOwed(table);
    if (played.moves.length === 0) return [];
    const kept = this.keep(live, table, played.table);
    return kept.ok ? [kept.changed] : [];
  }

  private setStatus(live: LiveClass, status: ClassStatus): void {
    this.storage.setStatus(live.id, status);
    live.status = status;
    // A pause stops every clock; resuming starts them again with the full time.
    for (const table of live.tables) this.arm(live, table);
  }

  private setTable(live: LiveClass, table: LiveTable): void {
    live.tables[table.index] = table;
    this.arm(live, table);
  }

  /**
   * Starts the clock for the student's move a table now waits for, keeps it running while that
   * move is still due, and stops it when none is (the AI's move, the end, a pause, no limit).
   */
  private arm(live: LiveClass, table: LiveTable): void {
    const key = `${live.id}:${table.index}`;
    const due = live.status === 'playing' && live.turnSeconds > 0 && studentToMove(table) !== null;
    if (!due) {
      this.deadlines.delete(key);
      return;
    }
    if (this.deadlines.get(key)?.length === table.actions.length) return;
    const at = this.now() + live.turnSeconds * 1000;
    this.deadlines.set(key, { class: live.id, table: table.index, length: table.actions.length, at });
  }

  /**
   * Every clock that has run out by `now`: its seat passes, written like any move, and the tables
   * that changed are returned for the server to tell. The server calls this on a short tick.
   */
  expire(): Changed[] {
    const now = this.now();
    const changed: Changed[] = [];
    for (const deadline of [...this.deadlines.values()]) {
      if (deadline.at > now) continue;
      // A clock runs out once: whatever happens next (the pass kept, refused, or its class gone),
      // the table's next move, if a student's, starts a clock of its own.
      this.deadlines.delete(`${deadline.class}:${deadline.table}`);
      const live = this.classes.get(deadline.class);
      const table = live?.tables[deadline.table];
      if (!live || !table) continue;
      const passed = timeOutAt(table, deadline.length);
      if (!passed.ok) continue;
      const kept = this.keep(live, table, passed.table);
      if (kept.ok) changed.push(kept.changed);
    }
    return changed;
  }

  /** Whole seconds left for the move a table waits for; null with no clock running. */
  private secondsLeft(classId: string, index: number): number | null {
    const deadline = this.deadlines.get(`${classId}:${index}`);
    return deadline ? Math.max(0, Math.ceil((deadline.at - this.now()) / 1000)) : null;
  }

  private classOf(id: string): LiveClass {
    const live = this.classes.get(id);
    if (!live) throw new Error(`programmer error: no class ${id}`);
    return live;
  }

  private tableOf(live: LiveClass, index: number): LiveTable {
    const table = live.tables[index];
    if (!table) throw new Error(`programmer error: no table ${index} in ${live.id}`);
    return table;
  }

  /** What one seat is sent: its view, and its log from `from`. */
  update(place: SeatPlace, from: number, connected: (p: SeatPlace) => boolean): SeatUpdate {
    const live = this.classOf(place.class);
    const table = this.tableOf(live, place.table);
    return {
      protocol: PROTOCOL_VERSION,
      class: live.id,
      table: table.index,
      actor: place.actor,
      scenario: live.scenario.id,
      seed: table.seed,
      options: live.options,
      status: live.status,
      length: table.actions.length,
      seats: table.seats.map((s) => seatSummary(s, connected({ ...place, actor: s.actor }))),
      ...seatView(table, place.actor, from, live.status === 'playing'),
      result: table.state.status === 'ended' ? seatResult(table, place.actor, this.writer(table)) : null,
      secondsLeft: this.secondsLeft(live.id, table.index),
      timedOut: table.timedOut,
    };
  }

  /** Who wrote a result file: this game's version, and when the table was first seen ended. */
  private writer(table: LiveTable): { gameVersion: string; writtenAt: string } {
    const ended = this.endedAt.get(table) ?? new Date().toISOString();
    this.endedAt.set(table, ended);
    return { gameVersion: GAME_VERSION, writtenAt: ended };
  }

  /** The seats of a table, for telling each of them. */
  seatsAt(classId: string, index: number): SeatPlace[] {
    return this.tableOf(this.classOf(classId), index).seats.map((s) => ({
      class: classId,
      table: index,
      actor: s.actor,
    }));
  }

  /** The teacher's page. */
  overview(classId: string, connected: (p: SeatPlace) => boolean): ClassOverview {
    const live = this.classOf(classId);
    return {
      protocol: PROTOCOL_VERSION,
      class: live.id,
      code: live.code,
      scenario: live.scenario.id,
      status: live.status,
      turnSeconds: live.turnSeconds,
      tables: live.tables.map((t) =>
        tableOverview(
          t,
          (seat) => connected({ class: live.id, table: t.index, actor: seat.actor }),
          this.secondsLeft(live.id, t.index),
        ),
      ),
    };
  }

  /**
   * The result files of the class's ended tables, one per seat planned for a student: what the
   * class debrief fills itself from. A table still in play has none yet.
   */
  results(classId: string): ClassResultFile[] {
    const live = this.classOf(classId);
    return live.tables.flatMap((table) =>
      table.state.status !== 'ended'
        ? []
        : table.seats
            .filter((seat) => seat.planned === 'student')
            .flatMap((seat) => {
              const file = seatResult(table, seat.actor, this.writer(table));
              return file ? [{ table: table.index, actor: seat.actor, student: seat.name, file }] : [];
            }),
    );
  }

  /** A table's state, for tests and the class results: exactly what replay gives. */
  tableState(classId: string, index: number): LiveTable {
    return this.tableOf(this.classOf(classId), index);
  }
}
