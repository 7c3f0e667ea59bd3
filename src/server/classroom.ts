import { createHash, randomBytes } from 'node:crypto';
import {
  type Answer,
  actAt,
  type ClassOverview,
  type ClassResultFile,
  type ClassStatus,
  caughtUp,
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
import type { ClassStore, StoredClass, StoredTable, TableChange } from './store.ts';

/**
 * Every class this server holds, and every decision about them: who may sit where, which moves
 * are applied, what the teacher may do. It knows nothing of sockets; the server turns its answers
 * into messages. Each change is written to the store before it is answered.
 *
 * Several server processes may share one store. Each keeps its own copy of the classes, decides
 * on it, and writes a change only if the table is still at the version it decided on; when
 * another process changed it first, this one reads the table again and decides again. Each
 * change is announced (`onChange`), so the other processes read it before their students' next
 * move; one that has not yet heard reads the table itself when a move does not fit its copy.
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
  /** Each table's version in the store, as this copy holds it. */
  readonly versions: number[];
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

/**
 * What one process tells the others after a change: a table (seats or moves), a whole class
 * (opened, or its status), or a class deleted.
 */
export interface Notice {
  readonly class: string;
  readonly table?: number;
  readonly gone?: boolean;
}

/** A table's new state as a rule decided it, with whatever else the decision answers. */
type Decided<T> = Answer<{ table: LiveTable } & T>;

/**
 * How many times a change is decided again after another process changed the table first. Each
 * process makes one change to a table at a time, so each attempt lost is a change another process
 * made: eight is more than a table sees at once with every student of a class joining.
 */
const ATTEMPTS = 8;

/** A token's stored form: the store holds hashes only. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

function newToken(): string {
  return randomBytes(24).toString('base64url');
}

function seatsDiffer(a: readonly SeatRecord[], b: readonly SeatRecord[]): boolean {
  return a.some((s, k) => {
    const t = b[k];
    return !t || s.driver !== t.driver || s.holder !== t.holder || s.name !== t.name;
  });
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

  /** The change each table is making, by `class:table`: the next waits for it. */
  private readonly changing = new Map<string, Promise<unknown>>();

  /**
   * `now` is the clock of the time per move (and only of it): a restart starts every running
   * clock again from the full time, so a student never loses a move to the server's downtime.
   * `onChange` hears every change this process writes, for the other processes.
   */
  private constructor(
    private readonly store: ClassStore,
    private readonly scenarios: ReadonlyMap<string, ShippedScenario>,
    private readonly now: () => number,
    private readonly onChange: (notice: Notice) => void,
  ) {}

  /** The classroom of every class the store keeps, each table rebuilt by replaying its actions. */
  static async open(
    store: ClassStore,
    scenarios: ReadonlyMap<string, ShippedScenario>,
    options: { now?: () => number; onChange?: (notice: Notice) => void } = {},
  ): Promise<Classroom> {
    const room = new Classroom(store, scenarios, options.now ?? Date.now, options.onChange ?? (() => {}));
    for (const stored of await store.loadClasses()) room.restore(stored);
    return room;
  }

  /** A class rebuilt from the store: every table replayed from its kept actions. */
  private restore(stored: StoredClass): void {
    const scenario = scenarioFromText(stored.scenarioText, stored.scenarioFile);
    const tables = stored.tables.map((t) => {
      const opened = openTable({ ...t, scenario, options: stored.options });
      if (!opened.ok) throw new Error(`class ${stored.id}, table ${t.index + 1}: ${opened.detail}`);
      return opened.table;
    });
    const live: LiveClass = { ...stored, scenario, tables, versions: stored.tables.map((t) => t.version) };
    this.forget(stored.id);
    this.classes.set(live.id, live);
    this.byCode.set(live.code, live.id);
    for (const table of tables) this.install(live, table, live.versions[table.index] as number);
  }

  /** Lets a class go from this process's copy (deleted, or about to be read again). */
  private forget(classId: string): void {
    const live = this.classes.get(classId);
    if (!live) return;
    this.classes.delete(classId);
    this.byCode.delete(live.code);
    for (const [holder, place] of this.bySeat) if (place.class === classId) this.bySeat.delete(holder);
    for (const table of live.tables) this.deadlines.delete(`${classId}:${table.index}`);
  }

  /** Takes a table as the class's, if it is newer than the copy's; indexes its seats, sets its clock. */
  private install(live: LiveClass, table: LiveTable, version: number): void {
    if (this.classes.get(live.id) !== live) return;
    if (version < (live.versions[table.index] as number)) return;
    live.tables[table.index] = table;
    live.versions[table.index] = version;
    for (const seat of table.seats)
      if (seat.holder !== null)
        this.bySeat.set(seat.holder, { class: live.id, table: table.index, actor: seat.actor });
    this.arm(live, table);
  }

  /**
   * What another process changed, read from the store: one table, or the whole class (a new
   * class, its status, or gone).
   */
  async heard(notice: Notice): Promise<void> {
    if (notice.gone) this.forget(notice.class);
    else if (notice.table !== undefined && this.classes.has(notice.class))
      await this.refreshTable(notice.class, notice.table);
    else await this.refreshClass(notice.class);
  }

  private async refreshClass(classId: string): Promise<void> {
    const stored = await this.store.loadClass(classId);
    if (!stored) {
      this.forget(classId);
      return;
    }
    const live = this.classes.get(classId);
    if (!live) {
      this.restore(stored);
      return;
    }
    this.takeStatus(live, stored.status);
    for (const t of stored.tables) this.catchUp(live, t);
  }

  private async refreshTable(classId: string, index: number): Promise<void> {
    const now = await this.store.loadTable(classId, index);
    const live = this.classes.get(classId);
    if (!now) {
      if (live) await this.refreshClass(classId);
      return;
    }
    if (!live) return this.refreshClass(classId);
    this.takeStatus(live, now.status);
    this.catchUp(live, now.table);
  }

  private takeStatus(live: LiveClass, status: ClassStatus): void {
    if (live.status === status) return;
    live.status = status;
    for (const table of live.tables) this.arm(live, table);
  }

  /** A stored table newer than the copy's, played on from it. */
  private catchUp(live: LiveClass, stored: StoredTable): void {
    const table = live.tables[stored.index];
    if (!table || stored.version <= (live.versions[stored.index] as number)) return;
    const caught = caughtUp(table, stored);
    if (!caught.ok) throw new Error(`class ${live.id}, table ${stored.index + 1}: ${caught.detail}`);
    this.install(live, caught.table, stored.version);
  }

  /**
   * Decides a change to a table on this copy and writes it if the table is still at the copy's
   * version; if another process (or another message here) changed it first, reads the table
   * again and decides again. `decide` answers null when there is nothing for it at this table.
   */
  private change<T extends object>(
    classId: string,
    index: number,
    decide: (live: LiveClass, table: LiveTable) => Decided<T> | null,
  ): Promise<Answer<Omit<T, 'table'> & { changed: Changed }> | null> {
    // One change at a time for each table in this process, so two messages here never decide on
    // the same version: only another process can make a change lose.
    const key = `${classId}:${index}`;
    const run = () => this.changeNow(classId, index, decide);
    const next = (this.changing.get(key) ?? Promise.resolve()).then(run, run);
    const tail = next.catch(() => undefined);
    this.changing.set(key, tail);
    void tail.then(() => {
      if (this.changing.get(key) === tail) this.changing.delete(key);
    });
    return next;
  }

  private async changeNow<T extends object>(
    classId: string,
    index: number,
    decide: (live: LiveClass, table: LiveTable) => Decided<T> | null,
  ): Promise<Answer<Omit<T, 'table'> & { changed: Changed }> | null> {
    for (let attempt = 1; ; attempt++) {
      const live = this.classes.get(classId);
      if (!live) return refusal('class/ended', 'this class is no longer held by the server');
      const before = this.tableOf(live, index);
      const version = live.versions[index] as number;
      const decided = decide(live, before);
      if (decided === null || !decided.ok) return decided;
      const { table: after, ...rest } = decided;
      const changed = { class: classId, table: index, from: before.state.log.length };
      const fresh = after.actions.slice(before.actions.length);
      const change: TableChange = {
        ...(seatsDiffer(after.seats, before.seats) ? { seats: after.seats } : {}),
        ...(fresh.length > 0
          ? {
              moves: {
                from: before.actions.length,
                actions: fresh,
                timed: after.timedOut.filter((i) => i >= before.actions.length),
              },
            }
          : {}),
      };
      if (!change.seats && !change.moves) return { ...rest, ok: true, changed } as never;
      if (await this.store.commit(classId, index, version, change)) {
        this.install(live, after, version + 1);
        this.onChange({ class: classId, table: index });
        return { ...rest, ok: true, changed } as never;
      }
      if (attempt === ATTEMPTS)
        return refusal('class/not-kept', 'the table kept changing under this move: look again');
      await this.refreshTable(classId, index);
    }
  }

  /** Opens a class in the lobby: students may join; nothing is played until the teacher starts it. */
  async create(input: {
    scenario: string;
    tables: readonly Readonly<Record<string, SeatPlan>>[];
    seed?: number | undefined;
    options?: GameOptions | undefined;
    turnSeconds?: number | undefined;
  }): Promise<Answer<{ class: string; code: string; teacher: string }>> {
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
    const base = {
      id: `c${randomBytes(6).toString('hex')}`,
      teacher: hashToken(teacher),
      scenarioText: shipped.text,
      scenarioFile: shipped.file,
      options,
      turnSeconds: input.turnSeconds ?? 0,
      status: 'lobby' as const,
      // When it was opened, for listing and deleting old classes; the game itself reads no clock.
      created: new Date().toISOString(),
      tables: input.tables.map((plan, index) => ({
        index,
        seed: seed + index,
        version: 0,
        seats: planSeats(shipped.scenario, plan),
        actions: [],
        timedOut: [],
      })),
    };
    // A code another process gave a moment ago is refused by the store: draw another.
    for (;;) {
      const stored: StoredClass = { ...base, code: this.freshCode() };
      if (!(await this.store.addClass(stored))) continue;
      this.restore(stored);
      this.onChange({ class: stored.id });
      return { ok: true, class: stored.id, code: stored.code, teacher };
    }
  }

  private freshCode(): string {
    for (;;) {
      const bytes = randomBytes(JOIN_CODE_LENGTH);
      const code = [...bytes].map((b) => JOIN_CODE_ALPHABET[b % JOIN_CODE_ALPHABET.length]).join('');
      if (!this.byCode.has(code)) return code;
    }
  }

  /** A student takes the first free student seat, table by table; answers with the seat's token. */
  async join(code: string, name: string): Promise<Answer<{ seat: string; place: SeatPlace }>> {
    const wanted = code.trim().toUpperCase();
    let id = this.byCode.get(wanted);
    if (id === undefined) {
      // Perhaps a class another process opened a moment ago.
      const stored = await this.store.classOfCode(wanted);
      if (stored !== null) await this.refreshClass(stored);
      id = this.byCode.get(wanted);
    }
    const live = id === undefined ? undefined : this.classes.get(id);
    if (!live)
      return refusal(
        'class/unknown-code',
        `no class has the code ${code.slice(0, 16)}: check it on the board`,
      );
    if (live.status === 'ended') return refusal('class/ended', 'this class has ended');
    const token = newToken();
    const holder = hashToken(token);
    for (const table of live.tables) {
      const taken = await this.change(live.id, table.index, (_, now) => {
        if (now.state.status === 'ended') return null;
        const free = now.seats.find((s) => s.planned === 'student' && s.holder === null);
        if (!free) return null;
        const seat: SeatRecord = { ...free, holder, name: name.trim(), driver: 'student' };
        return { ok: true, table: withSeat(now, seat), actor: seat.actor };
      });
      if (taken === null) continue;
      if (!taken.ok) return taken;
      return { ok: true, seat: token, place: { class: live.id, table: table.index, actor: taken.actor } };
    }
    return refusal('class/full', 'every student seat of this class is taken: ask your teacher');
  }

  /** The seat a token holds. */
  async seatOf(token: string): Promise<Answer<{ place: SeatPlace }>> {
    const holder = hashToken(token);
    if (!this.bySeat.has(holder)) {
      // A seat given by another process that this one has not heard of yet.
      const classId = await this.store.classOfHolder(holder);
      if (classId !== null) await this.refreshClass(classId);
    }
    const place = this.bySeat.get(holder);
    if (!place)
      return refusal('class/unknown-seat', 'this seat is not one of this server’s: join again with the code');
    await this.refreshTable(place.class, place.table);
    return { ok: true, place };
  }

  /** Checks a teacher's token against the class. */
  async teacherOf(classId: string, token: string): Promise<Answer<{ class: string }>> {
    if (!this.classes.has(classId)) await this.refreshClass(classId);
    const live = this.classes.get(classId);
    if (!live || live.teacher !== hashToken(token))
      return refusal('class/not-teacher', 'this is not the teacher’s link for that class');
    return { ok: true, class: live.id };
  }

  /** A student's move, then the AI's until a student must act. Written before it is answered. */
  async act(
    place: SeatPlace,
    action: unknown,
    expected: number,
  ): Promise<Answer<{ length: number; changed: Changed }>> {
    const held = this.classes.get(place.class)?.tables[place.table];
    // A move chosen on a table this copy has not caught up with: read it before judging the move.
    if (held && expected !== held.actions.length) await this.refreshTable(place.class, place.table);
    const acted = await this.change(place.class, place.table, (live, table) => {
      if (live.status === 'lobby')
        return refusal('class/not-started', 'the teacher has not started the class yet');
      if (live.status === 'paused') return refusal('class/paused', 'the teacher has paused the class');
      if (live.status === 'ended') return refusal('class/ended', 'this class has ended');
      const played = actAt(table, place.actor, action, expected);
      return played.ok ? { ok: true, table: played.table, length: played.table.actions.length } : played;
    });
    return acted ?? refusal('class/not-kept', 'nothing was played');
  }

  /**
   * The teacher starts (or resumes) the class: at each table a student has joined, the seats
   * nobody took go to the AI, which opens. A table nobody joined waits for its students (a late
   * one joins there), rather than the AI playing a game no one watches.
   */
  async start(classId: string): Promise<Changed[]> {
    const live = this.classOf(classId);
    if (live.status === 'ended') return [];
    const fromLobby = live.status === 'lobby';
    await this.setStatus(live, 'playing');
    const changed: Changed[] = [];
    for (const { index } of live.tables) {
      const started = await this.change(classId, index, (_, table) => {
        let seated = table;
        if (fromLobby && !table.seats.every((s) => s.holder === null))
          for (const seat of table.seats)
            if (seat.driver === 'student' && seat.holder === null)
              seated = withSeat(seated, { ...seat, driver: 'ai' });
        return { ok: true, table: playOwed(seated).table };
      });
      if (started?.ok) changed.push(started.changed);
    }
    return changed;
  }

  async pause(classId: string): Promise<void> {
    const live = this.classOf(classId);
    if (live.status === 'playing') await this.setStatus(live, 'paused');
  }

  async end(classId: string): Promise<void> {
    await this.setStatus(this.classOf(classId), 'ended');
  }

  /** Deletes an ended class and everything of it: names, seats, moves; its tokens stop working. */
  async remove(classId: string): Promise<Answer<object>> {
    const live = this.classOf(classId);
    if (live.status !== 'ended') return refusal('class/not-ended', 'end the class before deleting it');
    await this.store.deleteClass(live.id);
    this.forget(live.id);
    this.onChange({ class: live.id, gone: true });
    return { ok: true };
  }

  /** Whether the class is still held (not deleted). */
  has(classId: string): boolean {
    return this.classes.has(classId);
  }

  /** How many tables a class has; 0 for one not held. */
  tableCount(classId: string): number {
    return this.classes.get(classId)?.tables.length ?? 0;
  }

  /** Hands a seat to the AI (which moves at once if it is the seat's move) or back to its student. */
  async hand(
    classId: string,
    index: number,
    actor: string,
    to: SeatPlan,
  ): Promise<Answer<{ changed: Changed[] }>> {
    const live = this.classOf(classId);
    if (!live.tables[index])
      return refusal('class/unknown-table', `the class has ${live.tables.length} tables`);
    const handed = await this.change(classId, index, (now, table) => {
      const seat = table.seats.find((s) => s.actor === actor);
      if (!seat) return refusal('class/bad-plan', `${actor} has no seat at table ${index + 1}`);
      const reseated = withSeat(table, { ...seat, driver: to });
      return { ok: true, table: now.status === 'playing' ? playOwed(reseated).table : reseated };
    });
    if (!handed) return refusal('class/not-kept', 'nothing was handed');
    return handed.ok ? { ok: true, changed: [handed.changed] } : handed;
  }

  private async setStatus(live: LiveClass, status: ClassStatus): Promise<void> {
    await this.store.setStatus(live.id, status);
    // A pause stops every clock; resuming starts them again with the full time.
    this.takeStatus(live, status);
    this.onChange({ class: live.id });
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
   * With several processes each runs the clock; the store lets only the first pass be written.
   */
  async expire(): Promise<Changed[]> {
    const now = this.now();
    const changed: Changed[] = [];
    for (const deadline of [...this.deadlines.values()]) {
      if (deadline.at > now) continue;
      // A clock runs out once: whatever happens next (the pass kept, refused, or its class gone),
      // the table's next move, if a student's, starts a clock of its own.
      this.deadlines.delete(`${deadline.class}:${deadline.table}`);
      const passed = await this.change(deadline.class, deadline.table, (_, table) => {
        const timed = timeOutAt(table, deadline.length);
        return timed.ok ? { ok: true, table: timed.table } : timed;
      });
      if (passed?.ok) changed.push(passed.changed);
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

  /** The teacher's page: every table, or only those in `only` (the news of a change). */
  overview(classId: string, connected: (p: SeatPlace) => boolean, only?: ReadonlySet<number>): ClassOverview {
    const live = this.classOf(classId);
    return {
      protocol: PROTOCOL_VERSION,
      class: live.id,
      code: live.code,
      scenario: live.scenario.id,
      status: live.status,
      turnSeconds: live.turnSeconds,
      tables: live.tables
        .filter((t) => !only || only.has(t.index))
        .map((t) =>
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
