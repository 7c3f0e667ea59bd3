import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';
import type { z } from 'zod';
import {
  ActMessage,
  type Answer,
  CreateMessage,
  gameOptionsOf,
  HandMessage,
  JoinMessage,
  MAX_MESSAGE_BYTES,
  MAX_PACKET_BYTES,
  RATE_BURST,
  RATE_PER_SECOND,
  ResultsMessage,
  readMessage,
  refusal,
  SitMessage,
  TeacherMessage,
} from '../class/index.ts';
import { type Changed, Classroom, type SeatPlace } from './classroom.ts';
import { shippedScenarios } from './scenarios.ts';
import { serveStatic } from './static-files.ts';
import { ClassStorage } from './storage.ts';

/**
 * The class server: one HTTP server for the built game and socket.io for the class. Students
 * join with a code and sit at a seat (a token their browser keeps); the server applies their moves
 * with the engine and sends each seat its own view. The teacher's page watches every table.
 */

export interface ClassServerOptions {
  /** 0 picks a free port. */
  readonly port: number;
  readonly host: string;
  /** The SQLite file; `:memory:` keeps nothing. */
  readonly database: string;
  /** The built game to serve (`dist/`); none serves only the class. */
  readonly site?: string;
  /** Transports a client may use; both by default (long-polling is the fallback behind filters). */
  readonly transports?: readonly ('polling' | 'websocket')[];
}

export interface ClassServer {
  readonly url: string;
  readonly port: number;
  readonly classroom: Classroom;
  /** Stops taking connections, closes every one, and closes the database. */
  close(): Promise<void>;
}

/** Rooms: each seat's pages, and each class's teacher pages. */
const seatRoom = (p: SeatPlace) => `seat:${p.class}:${p.table}:${p.actor}`;
const teacherRoom = (classId: string) => `teacher:${classId}`;

type Ack = (answer: unknown) => void;

/** How often the server looks for a time per move that has run out. */
const CLOCK_TICK_MS = 250;

export async function startClassServer(options: ClassServerOptions): Promise<ClassServer> {
  const storage = new ClassStorage(options.database);
  const classroom = new Classroom(storage, shippedScenarios());
  const site = options.site;
  const http: HttpServer = createServer((req, res) => {
    if (site) void serveStatic(site, req, res);
    else res.writeHead(404).end();
  });
  const io = new Server(http, {
    maxHttpBufferSize: MAX_PACKET_BYTES,
    transports: [...(options.transports ?? ['polling', 'websocket'])],
    // A laptop that sleeps for up to two minutes gets the moves it missed, packet by packet.
    connectionStateRecovery: { maxDisconnectionDuration: 120_000, skipMiddlewares: true },
  });

  /** How many pages each seat has open. */
  const open = new Map<string, number>();
  const connected = (p: SeatPlace) => (open.get(seatRoom(p)) ?? 0) > 0;

  /** Tells every seat of a changed table its news, and the class's teacher pages. */
  function tell(changed: readonly Changed[]): void {
    for (const c of changed) {
      for (const place of classroom.seatsAt(c.class, c.table)) {
        io.to(seatRoom(place)).emit('update', classroom.update(place, c.from, connected));
      }
    }
    for (const id of new Set(changed.map((c) => c.class))) {
      io.to(teacherRoom(id)).emit('overview', classroom.overview(id, connected));
    }
  }

  // The time per move: a short tick finds the clocks that ran out; each seat passes, and its table
  // hears of it like any move. A quarter second late at most, which a student cannot tell.
  const tick = setInterval(() => {
    try {
      const changed = classroom.expire();
      if (changed.length > 0) tell(changed);
    } catch (error) {
      console.error('class server: time per move:', error);
    }
  }, CLOCK_TICK_MS);
  tick.unref();

  /** A table's news when only its seats changed (a join, a page opened or closed). */
  function tellSeats(place: SeatPlace): void {
    const from = classroom.tableState(place.class, place.table).state.log.length;
    tell([{ class: place.class, table: place.table, from }]);
  }

  io.on('connection', (socket) => {
    const bucket = { tokens: RATE_BURST, at: Date.now() };

    /**
     * Every message goes through here: the rate cap, the size cap and the schema, then the
     * handler; whatever goes wrong is a coded answer, never a crash of the server.
     */
    function on<S extends z.ZodType>(
      event: string,
      schema: S,
      handler: (value: z.infer<S>) => Answer<object>,
    ) {
      socket.on(event, (payload: unknown, ack: unknown) => {
        const reply: Ack = typeof ack === 'function' ? (ack as Ack) : () => {};
        const now = Date.now();
        bucket.tokens = Math.min(RATE_BURST, bucket.tokens + ((now - bucket.at) / 1000) * RATE_PER_SECOND);
        bucket.at = now;
        if (bucket.tokens < 1)
          return reply(refusal('class/too-fast', `at most ${RATE_PER_SECOND} messages a second`));
        bucket.tokens -= 1;
        let size: number;
        try {
          size = JSON.stringify(payload ?? null).length;
        } catch {
          return reply(refusal('class/bad-message', 'the message cannot be read'));
        }
        if (size > MAX_MESSAGE_BYTES) {
          return reply(
            refusal(
              'class/too-large',
              `a message may hold ${MAX_MESSAGE_BYTES} characters; this one has ${size}`,
            ),
          );
        }
        const read = readMessage(schema, payload);
        if (!read.ok) return reply(read);
        try {
          reply(handler(read.value));
        } catch (error) {
          // A fault of ours: logged, answered, and the server carries on with every other table.
          console.error(`class server: ${event}:`, error);
          reply(refusal('class/not-kept', 'the server could not do that; nothing changed'));
        }
      });
    }

    function sit(place: SeatPlace, recovered: boolean): void {
      socket.data.place = place;
      if (!recovered) void socket.join(seatRoom(place));
      open.set(seatRoom(place), (open.get(seatRoom(place)) ?? 0) + 1);
    }

    const recoveredPlace = socket.data.place as SeatPlace | undefined;
    if (socket.recovered && recoveredPlace) sit(recoveredPlace, true);

    socket.on('disconnect', () => {
      const place = socket.data.place as SeatPlace | undefined;
      if (!place) return;
      open.set(seatRoom(place), Math.max(0, (open.get(seatRoom(place)) ?? 1) - 1));
      tellSeats(place);
    });

    on('join', JoinMessage, (msg) => classroom.join(msg.code, msg.name ?? ''));

    on('sit', SitMessage, (msg) => {
      const found = classroom.seatOf(msg.seat);
      if (!found.ok) return found;
      const before = socket.data.place as SeatPlace | undefined;
      if (before) {
        void socket.leave(seatRoom(before));
        open.set(seatRoom(before), Math.max(0, (open.get(seatRoom(before)) ?? 1) - 1));
      }
      sit(found.place, false);
      queueMicrotask(() => tellSeats(found.place));
      return { ok: true, update: classroom.update(found.place, 0, connected) };
    });

    on('act', ActMessage, (msg) => {
      const place = socket.data.place as SeatPlace | undefined;
      if (!place) return refusal('class/not-seated', 'sit at your seat first');
      const acted = classroom.act(place, msg.action, msg.expected);
      if (!acted.ok) return acted;
      tell([acted.changed]);
      return { ok: true, length: acted.length };
    });

    on('class:create', CreateMessage, (msg) =>
      classroom.create({ ...msg, options: gameOptionsOf(msg.options) }),
    );

    on('teacher:watch', TeacherMessage, (msg) => {
      const checked = classroom.teacherOf(msg.class, msg.token);
      if (!checked.ok) return checked;
      socket.data.teacher = checked.class;
      void socket.join(teacherRoom(checked.class));
      return { ok: true, overview: classroom.overview(checked.class, connected) };
    });

    /** A teacher's command for the class this page watches. */
    function teacherCommand<S extends z.ZodType>(
      event: string,
      schema: S,
      run: (classId: string, msg: z.infer<S>) => Answer<{ changed: Changed[] }>,
    ) {
      on(event, schema, (msg) => {
        const classId = socket.data.teacher as string | undefined;
        if (!classId || !classroom.has(classId)) {
          return refusal('class/not-teacher', 'open the teacher’s page with its link first');
        }
        const done = run(classId, msg);
        if (!done.ok) return done;
        // Every seat hears of a command (a start, a pause, an end changes every seat's status);
        // a table the command moved says where its news starts.
        const moved = new Map(done.changed.map((c) => [c.table, c]));
        tell(everyTable(classId).map((c) => moved.get(c.table) ?? c));
        return { ok: true, overview: classroom.overview(classId, connected) };
      });
    }

    function everyTable(classId: string): Changed[] {
      return classroom.overview(classId, connected).tables.map((t) => ({
        class: classId,
        table: t.table,
        from: classroom.tableState(classId, t.table).state.log.length,
      }));
    }

    const Empty = TeacherMessage.pick({});
    teacherCommand('teacher:start', Empty, (id) => ({ ok: true, changed: classroom.start(id) }));
    teacherCommand('teacher:pause', Empty, (id) => {
      classroom.pause(id);
      return { ok: true, changed: [] };
    });
    teacherCommand('teacher:end', Empty, (id) => {
      classroom.end(id);
      return { ok: true, changed: [] };
    });
    on('teacher:delete', Empty, () => {
      const classId = socket.data.teacher as string | undefined;
      if (!classId || !classroom.has(classId))
        return refusal('class/not-teacher', 'open the teacher’s page with its link first');
      const places = classroom
        .overview(classId, connected)
        .tables.flatMap((t) => classroom.seatsAt(classId, t.table));
      const removed = classroom.remove(classId);
      if (!removed.ok) return removed;
      // Every page of the class is let go: a seat's page asks to sit again and hears it is gone.
      for (const place of places) io.in(seatRoom(place)).disconnectSockets(true);
      socket.data.teacher = undefined;
      return { ok: true };
    });
    on('teacher:results', ResultsMessage, (msg) => {
      const classId = socket.data.teacher as string | undefined;
      if (!classId || !classroom.has(classId))
        return refusal('class/not-teacher', 'open the teacher’s page with its link first');
      const results = classroom
        .results(classId)
        .filter((r) => (msg.table ?? r.table) === r.table && (msg.actor ?? r.actor) === r.actor);
      return { ok: true, results };
    });
    teacherCommand('teacher:hand', HandMessage, (id, msg) =>
      classroom.hand(id, msg.table, msg.actor, msg.to),
    );
  });

  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.port, options.host, () => resolve());
  });
  const port = (http.address() as AddressInfo).port;
  const shownHost = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    url: `http://${shownHost}:${port}`,
    port,
    classroom,
    async close() {
      clearInterval(tick);
      await io.close();
      storage.close();
    },
  };
}
