import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAdapter } from '@socket.io/redis-streams-adapter';
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
import { type Changed, Classroom, type Notice, type SeatPlace } from './classroom.ts';
import { Presence } from './presence.ts';
import { RedisStore } from './redis-store.ts';
import { shippedScenarios } from './scenarios.ts';
import { SqliteStore } from './sqlite-store.ts';
import { serveStatic } from './static-files.ts';
import type { ClassStore } from './store.ts';

/**
 * The class server: one HTTP server for the built game and socket.io for the class. Students
 * join with a code and sit at a seat (a token their browser keeps); the server applies their moves
 * with the engine and sends each seat its own view. The teacher's page watches every table.
 *
 * With `redis`, several of these processes share the classes: the tables are kept in Redis,
 * socket.io's Redis streams adapter carries every page's messages and the missed packets of a
 * page that comes back through another process, and each process tells the others what it
 * changed (a notice over the adapter) and which seats have a page open on it.
 */

export interface ClassServerOptions {
  /** 0 picks a free port. */
  readonly port: number;
  readonly host: string;
  /** The SQLite file; `:memory:` keeps nothing. Not read when `redis` is given. */
  readonly database: string;
  /** A Redis address (`redis://host:port` or `unix:///path`): the classes are kept there, shared by every process given it. */
  readonly redis?: string;
  /** Hears what a server should tell whoever runs it (Redis not writing to disk, say). */
  readonly warn?: (line: string) => void;
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
  const warn = options.warn ?? ((line: string) => console.error(`class server: ${line}`));
  const redis = options.redis ? await RedisStore.open(options.redis, { warn }) : null;
  const store: ClassStore = redis ?? new SqliteStore(options.database);
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
    ...(redis ? { adapter: createAdapter(await redis.connection()) } : {}),
  });

  // Another process's change is read from the store before anything else here needs it.
  const classroom = await Classroom.open(store, shippedScenarios(), {
    onChange: (notice) => {
      if (redis) io.serverSideEmit('class:changed', notice);
    },
  });
  io.on('class:changed', (notice: Notice) => {
    classroom
      .heard(notice)
      .catch((error: unknown) => warn(`reading another process's change: ${String(error)}`));
  });

  /** Which seats have a page open, here and on the other processes. */
  const presence = new Presence(
    (rooms) => {
      if (redis) io.serverSideEmit('class:presence', rooms);
    },
    // Pages open or closed on another process: this one tells the tables' pages again, through
    // the adapter like any news. (Telling only its own pages would be quicker, but socket.io
    // delivers a process's own broadcasts once Redis has taken them, and a local message can
    // overtake an older broadcast that still says the page was closed.)
    (rooms) => tell(tablesOf(rooms)),
  );
  io.on('class:presence', (rooms: unknown) => presence.heard(rooms));
  const connected = (p: SeatPlace) => presence.has(seatRoom(p));

  /** Tells every seat of a changed table its news, and the class's teacher pages, on every process. */
  function tell(changed: readonly Changed[]): void {
    for (const c of changed) {
      if (!classroom.has(c.class)) continue;
      for (const place of classroom.seatsAt(c.class, c.table)) {
        io.to(seatRoom(place)).emit('update', classroom.update(place, c.from, connected));
      }
    }
    // The teacher's pages hear only of the tables that changed (a teacher's page merges them).
    for (const id of new Set(changed.map((c) => c.class))) {
      const only = new Set(changed.filter((c) => c.class === id).map((c) => c.table));
      if (classroom.has(id)) io.to(teacherRoom(id)).emit('overview', classroom.overview(id, connected, only));
    }
  }

  /** The tables of seat rooms, each once, with nothing new in their logs. */
  function tablesOf(rooms: readonly string[]): Changed[] {
    const tables = new Map<string, Changed>();
    for (const room of rooms) {
      const [kind, classId, index] = room.split(':');
      const table = Number(index);
      if (kind !== 'seat' || classId === undefined || !classroom.has(classId)) continue;
      if (!Number.isInteger(table) || table < 0 || table >= classroom.tableCount(classId)) continue;
      const from = classroom.tableState(classId, table).state.log.length;
      tables.set(`${classId}:${table}`, { class: classId, table, from });
    }
    return [...tables.values()];
  }

  // The time per move: a short tick finds the clocks that ran out; each seat passes, and its table
  // hears of it like any move. A quarter second late at most, which a student cannot tell.
  let ticking = false;
  const tick = setInterval(() => {
    if (ticking) return;
    ticking = true;
    classroom
      .expire()
      .then((changed) => {
        if (changed.length > 0) tell(changed);
      })
      .catch((error: unknown) => warn(`time per move: ${String(error)}`))
      .finally(() => {
        ticking = false;
      });
  }, CLOCK_TICK_MS);
  tick.unref();

  /** A table's news when only its seats changed (a join, a page opened or closed). */
  function tellSeats(place: SeatPlace): void {
    if (!classroom.has(place.class)) return;
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
      handler: (value: z.infer<S>) => Answer<object> | Promise<Answer<object>>,
    ) {
      socket.on(event, async (payload: unknown, ack: unknown) => {
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
          reply(await handler(read.value));
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
      presence.open(seatRoom(place));
    }

    const recoveredPlace = socket.data.place as SeatPlace | undefined;
    if (socket.recovered && recoveredPlace) sit(recoveredPlace, true);

    socket.on('disconnect', () => {
      const place = socket.data.place as SeatPlace | undefined;
      if (!place) return;
      presence.close(seatRoom(place));
      tellSeats(place);
    });

    on('join', JoinMessage, (msg) => classroom.join(msg.code, msg.name ?? ''));

    on('sit', SitMessage, async (msg) => {
      const found = await classroom.seatOf(msg.seat);
      if (!found.ok) return found;
      const before = socket.data.place as SeatPlace | undefined;
      if (before) {
        void socket.leave(seatRoom(before));
        presence.close(seatRoom(before));
      }
      sit(found.place, false);
      queueMicrotask(() => tellSeats(found.place));
      return { ok: true, update: classroom.update(found.place, 0, connected) };
    });

    on('act', ActMessage, async (msg) => {
      const place = socket.data.place as SeatPlace | undefined;
      if (!place) return refusal('class/not-seated', 'sit at your seat first');
      const acted = await classroom.act(place, msg.action, msg.expected);
      if (!acted.ok) return acted;
      tell([acted.changed]);
      return { ok: true, length: acted.length };
    });

    on('class:create', CreateMessage, (msg) =>
      classroom.create({ ...msg, options: gameOptionsOf(msg.options) }),
    );

    on('teacher:watch', TeacherMessage, async (msg) => {
      const checked = await classroom.teacherOf(msg.class, msg.token);
      if (!checked.ok) return checked;
      socket.data.teacher = checked.class;
      void socket.join(teacherRoom(checked.class));
      return { ok: true, overview: classroom.overview(checked.class, connected) };
    });

    /** A teacher's command for the class this page watches. */
    function teacherCommand<S extends z.ZodType>(
      event: string,
      schema: S,
      run: (classId: string, msg: z.infer<S>) => Promise<Answer<{ changed: Changed[] }>>,
    ) {
      on(event, schema, async (msg) => {
        const classId = socket.data.teacher as string | undefined;
        if (!classId || !classroom.has(classId)) {
          return refusal('class/not-teacher', 'open the teacher’s page with its link first');
        }
        const done = await run(classId, msg);
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
    teacherCommand('teacher:start', Empty, async (id) => ({ ok: true, changed: await classroom.start(id) }));
    teacherCommand('teacher:pause', Empty, async (id) => {
      await classroom.pause(id);
      return { ok: true, changed: [] };
    });
    teacherCommand('teacher:end', Empty, async (id) => {
      await classroom.end(id);
      return { ok: true, changed: [] };
    });
    on('teacher:delete', Empty, async () => {
      const classId = socket.data.teacher as string | undefined;
      if (!classId || !classroom.has(classId))
        return refusal('class/not-teacher', 'open the teacher’s page with its link first');
      const places = classroom
        .overview(classId, connected)
        .tables.flatMap((t) => classroom.seatsAt(classId, t.table));
      const removed = await classroom.remove(classId);
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
      presence.stop();
      await io.close();
      await store.close();
    },
  };
}
