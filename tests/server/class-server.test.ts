import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  type ClassOverview,
  type ClassResultFile,
  MAX_MESSAGE_BYTES,
  openTable,
  RATE_BURST,
  type SeatUpdate,
} from '../../src/class/index.ts';
import { stateHash, viewFor } from '../../src/engine/index.ts';
import { ClassSeat, type ClassSeatOptions } from '../../src/net/index.ts';
import { ARTICLE_FILES, loadScenario, scenarioHash } from '../../src/scenario/index.ts';
import { SCENARIOS_DIR, SqliteStore } from '../../src/server/index.ts';
import { verifyResult } from '../../src/sim/index.ts';
import { ask, autoplay, classServer, client, ok, openClass, playedAlone, student, until } from './helpers.ts';

/**
 * The class server's protocol, with the real server on 127.0.0.1, real socket.io clients and a
 * real SQLite file: a class joined by code, played to its end by students and the AI, and every
 * way a message can be wrong, forged or late.
 */

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function server(options: Parameters<typeof classServer>[0] = {}) {
  const s = await classServer(options);
  cleanups.push(() => s.dispose());
  return s;
}

function track<T extends { close(): unknown }>(thing: T): T {
  cleanups.push(() => void thing.close());
  return thing;
}

/**
 * A class opened by a teacher, and a student joined for each name in turn (each takes the next
 * free seat); the teacher's socket and every seat are closed after the test.
 */
async function seatedClass(
  url: string,
  plan: Parameters<typeof openClass>[1],
  names: readonly string[],
  options: ClassSeatOptions = {},
) {
  const opened = await openClass(url, plan, options.transports);
  track(opened.teacher);
  const students: Awaited<ReturnType<typeof student>>[] = [];
  for (const name of names) {
    const joined = await student(url, opened.code, name, options);
    track(joined.seat);
    students.push(joined);
  }
  return { ...opened, students };
}

describe('a class, from the code on the board to the end of the game', () => {
  it('seats students table by table, plays two of them and the AI to the end, the same game as alone', async () => {
    const s = await server();
    const {
      teacher,
      code,
      class: classId,
    } = await openClass(s.url, {
      scenario: 'six-party-third-round-2004',
      tables: [{ north_korea: 'student', usa: 'student' }],
      seed: 11,
    });
    track(teacher);
    const a = await student(s.url, code, 'Aiko');
    const b = await student(s.url, ` ${code.toLowerCase()} `, 'Bo-ra');
    track(a.seat);
    track(b.seat);
    // In the order of the scenario's delegations, whatever the plan's order.
    expect([a.place.actor, b.place.actor]).toEqual(['north_korea', 'usa']);
    expect(a.seat.current?.update.status).toBe('lobby');
    await until(() => b.seat.current?.update.seats.every((x) => x.connected === x.taken) === true);
    expect(b.seat.current?.update.seats.filter((x) => x.taken).map((x) => [x.actor, x.name])).toEqual([
      ['north_korea', 'Aiko'],
      ['usa', 'Bo-ra'],
    ]);

    // Nothing is played before the teacher starts the class.
    expect(await a.seat.act({ type: 'wait', actor: 'north_korea' })).toMatchObject({
      code: 'class/not-started',
    });
    expect(s.classroom.tableState(classId, 0).actions).toEqual([]);

    const table = () => s.classroom.tableState(classId, 0);
    // No table has ended: the class debrief has nothing yet.
    expect(ok(await ask<{ results: ClassResultFile[] }>(teacher, 'teacher:results', {})).results).toEqual([]);
    cleanups.push(autoplay(a.seat, table), autoplay(b.seat, table));
    const overviews: ClassOverview[] = [];
    teacher.on('overview', (o: ClassOverview) => overviews.push(o));
    ok(await ask(teacher, 'teacher:start', {}));
    await until(() => table().state.status === 'ended', 60_000);

    const alone = playedAlone(table());
    expect(stateHash(table().state)).toBe(stateHash(alone));
    expect(table().actions.length).toBeGreaterThan(20);
    // Each seat's log, put together from its updates, is exactly its own view of the game.
    for (const seat of [a.seat, b.seat]) {
      await until(() => seat.current?.update.length === table().actions.length);
      const actor = seat.current?.update.actor as string;
      expect(seat.current?.log).toEqual(viewFor(table().scenario, table().state, actor).log);
      expect(seat.current?.update.view.result?.scores).toEqual(table().state.result?.scores);
      // The seat's result file: its delegation as the player, and genuine by replay against the
      // scenario as the built game loads it (with the articles), so the game's debrief opens it.
      const result = seat.current?.update.result;
      expect(result).toMatchObject({ player: actor, seed: 11, student: actor === 'usa' ? 'Bo-ra' : 'Aiko' });
      const built = loadScenario(
        readFileSync(join(SCENARIOS_DIR, '2004-six-party-third-round.yaml'), 'utf8'),
        '2004-six-party-third-round.yaml',
        {
          knownSources: ARTICLE_FILES,
        },
      );
      if (!built.ok || !result) throw new Error('no scenario or no result');
      expect(verifyResult(built.value, scenarioHash(built.value), result)).toMatchObject({ ok: true });
    }
    // The class debrief's files: one per student's seat, each the very file that seat was given.
    const results = ok(await ask<{ results: ClassResultFile[] }>(teacher, 'teacher:results', {})).results;
    expect(results.map((r) => [r.table, r.actor, r.student])).toEqual([
      [0, 'north_korea', 'Aiko'],
      [0, 'usa', 'Bo-ra'],
    ]);
    expect(results.map((r) => r.file)).toEqual([a.seat, b.seat].map((x) => x.current?.update.result));
    // One seat's alone, for opening its debrief.
    const one = ok(
      await ask<{ results: ClassResultFile[] }>(teacher, 'teacher:results', { table: 0, actor: 'usa' }),
    ).results;
    expect(one.map((r) => r.student)).toEqual(['Bo-ra']);
    // The join code opens no results to a student's socket.
    expect(await ask(track(client(s.url)), 'teacher:results', {})).toMatchObject({
      code: 'class/not-teacher',
    });
    // The teacher watched the table move and end.
    const last = overviews[overviews.length - 1];
    expect(last?.tables[0]?.status).toBe('ended');
    expect(last?.tables[0]?.outcome?.id).toBe(table().state.result?.status);
    expect(new Set(overviews.map((o) => o.tables[0]?.turn)).size).toBeGreaterThan(3);
  });

  it('refuses a wrong code, a full class and an ended one, each with its code, and deletes an ended class', async () => {
    const s = await server();
    const { teacher, code } = await openClass(s.url, {
      scenario: 'beijing-back-channel-2001',
      tables: [{ japan: 'student' }],
    });
    track(teacher);
    const c = track(client(s.url));
    expect(await ask(c, 'join', { code: 'ZZZZZZ' })).toMatchObject({ ok: false, code: 'class/unknown-code' });
    const seat = ok(await ask<{ seat: string }>(c, 'join', { code })).seat;
    expect(await ask(c, 'join', { code })).toMatchObject({ ok: false, code: 'class/full' });
    expect(await ask(teacher, 'teacher:delete', {})).toMatchObject({ ok: false, code: 'class/not-ended' });
    ok(await ask(teacher, 'teacher:end', {}));
    expect(await ask(c, 'join', { code })).toMatchObject({ ok: false, code: 'class/ended' });
    // Deleted: the code, the seat and the teacher's page all stop working, on disk too.
    ok(await ask(teacher, 'teacher:delete', {}));
    expect(await ask(c, 'join', { code })).toMatchObject({ code: 'class/unknown-code' });
    const again = track(client(s.url));
    expect(await ask(again, 'sit', { seat })).toMatchObject({ code: 'class/unknown-seat' });
    expect(await ask(teacher, 'teacher:start', {})).toMatchObject({ code: 'class/not-teacher' });
    const stored = new SqliteStore(s.database);
    expect(await stored.loadClasses()).toEqual([]);
    await stored.close();
  });

  it('checks the plan: an unknown scenario, a delegation students cannot play, no student seat, bad options', async () => {
    const s = await server();
    const c = track(client(s.url));
    const create = (plan: object) => ask(c, 'class:create', plan);
    expect(await create({ scenario: 'no-such', tables: [{ japan: 'student' }] })).toMatchObject({
      code: 'class/unknown-scenario',
    });
    expect(
      await create({ scenario: 'beijing-back-channel-2001', tables: [{ china: 'student' }] }),
    ).toMatchObject({
      code: 'class/bad-plan',
      detail: expect.stringContaining(
        'china is not a delegation of beijing-back-channel-2001 a student can play',
      ),
    });
    expect(await create({ scenario: 'beijing-back-channel-2001', tables: [{ japan: 'ai' }] })).toMatchObject({
      code: 'class/bad-plan',
      detail: 'table 1 has no seat for a student',
    });
    expect(
      await create({
        scenario: 'beijing-back-channel-2001',
        tables: [{ japan: 'student' }],
        options: { turns: 2 },
      }),
    ).toMatchObject({ code: 'class/bad-plan', detail: 'turns must be a whole number from 4 to 6' });
    expect(await create({ scenario: 'beijing-back-channel-2001', tables: [] })).toMatchObject({
      code: 'class/bad-message',
    });
  });
});

describe('a seat acts for itself only, on the state it saw', () => {
  async function pairClass() {
    const s = await server();
    const {
      students: [japan, korea],
      ...opened
    } = await seatedClass(
      s.url,
      {
        scenario: 'beijing-back-channel-2001',
        tables: [{ japan: 'student', north_korea: 'student' }],
        seed: 5,
      },
      ['', ''],
    );
    if (!japan || !korea) throw new Error('two students joined');
    ok(await ask(opened.teacher, 'teacher:start', {}));
    await until(() => japan.seat.current?.update.status === 'playing');
    return { s, ...opened, japan, korea, table: () => s.classroom.tableState(opened.class, 0) };
  }

  it('refuses a forged seat token, a move for the other delegation, a move before sitting', async () => {
    const { s, japan, table } = await pairClass();
    const c = track(client(s.url));
    expect(await ask(c, 'sit', { seat: 'A'.repeat(32) })).toMatchObject({
      ok: false,
      code: 'class/unknown-seat',
    });
    expect(await ask(c, 'act', { action: { type: 'wait', actor: 'japan' }, expected: 0 })).toMatchObject({
      code: 'class/not-seated',
    });
    expect(await japan.seat.act({ type: 'wait', actor: 'north_korea' })).toMatchObject({
      ok: false,
      code: 'class/not-your-seat',
    });
    expect(table().actions).toEqual([]);
  });

  it('refuses a stale move (chosen before the table moved on) and a replayed one, changing nothing', async () => {
    const { japan, table } = await pairClass();
    const first = { type: 'wait', actor: 'japan' } as const;
    expect(ok(await japan.seat.act(first)).length).toBe(1);
    const hash = stateHash(table().state);
    // The same message again, as a flaky network or a forger would resend it.
    expect(await ask(japan.seat.socket, 'act', { action: first, expected: 0 })).toMatchObject({
      ok: false,
      code: 'class/stale',
      detail: 'the move was chosen after 0 actions; the table has 1: look again',
    });
    expect(stateHash(table().state)).toBe(hash);
    expect(table().actions).toEqual([first]);
  });

  it('gives the rules’ own refusal for an illegal move, with the engine’s error', async () => {
    const { korea } = await pairClass();
    const answer = await korea.seat.act({ type: 'wait', actor: 'north_korea' });
    expect(answer).toMatchObject({
      ok: false,
      code: 'class/refused',
      error: { code: 'action/not-your-turn' },
    });
  });
});

describe('bad messages get a coded answer and the server carries on', () => {
  it('refuses a message too large, of the wrong shape, or too fast', async () => {
    const s = await server();
    const c = track(client(s.url));
    expect(await ask(c, 'join', { code: 'X'.repeat(MAX_MESSAGE_BYTES) })).toMatchObject({
      code: 'class/too-large',
    });
    expect(await ask(c, 'join', 'not an object')).toMatchObject({ code: 'class/bad-message' });
    expect(await ask(c, 'join', { code: 'ABCDEF', extra: 1 })).toMatchObject({ code: 'class/bad-message' });
    expect(await ask(c, 'sit', { seat: '<script>' })).toMatchObject({
      code: 'class/bad-message',
      detail: expect.stringMatching(/^seat:/),
    });
    const burst = await Promise.all(
      Array.from({ length: RATE_BURST + 5 }, () => ask(c, 'join', { code: 'ABCDEF' })),
    );
    const codes = burst.map((a) => (a.ok ? 'ok' : a.code));
    expect(codes.filter((x) => x === 'class/too-fast').length).toBeGreaterThanOrEqual(5);
    // The server still answers everyone else.
    const other = track(client(s.url));
    expect(await ask(other, 'join', { code: 'ABCDEF' })).toMatchObject({ code: 'class/unknown-code' });
  });

  it('does not open the teacher’s page to the join code or a wrong token', async () => {
    const s = await server();
    const {
      teacher,
      code,
      class: classId,
    } = await openClass(s.url, {
      scenario: 'beijing-back-channel-2001',
      tables: [{ japan: 'student' }],
    });
    track(teacher);
    const c = track(client(s.url));
    expect(
      await ask(c, 'teacher:watch', { class: classId, token: `${code}${'x'.repeat(20)}` }),
    ).toMatchObject({
      code: 'class/not-teacher',
    });
    expect(await ask(c, 'teacher:start', {})).toMatchObject({ code: 'class/not-teacher' });
  });
});

describe('the teacher runs the class', () => {
  it('runs the time per move: a student out of time passes, a pause stops the clock, a move in time is the student’s', async () => {
    const s = await server();
    const {
      teacher,
      class: classId,
      students: [japan, korea],
    } = await seatedClass(
      s.url,
      {
        scenario: 'beijing-back-channel-2001',
        tables: [{ japan: 'student', north_korea: 'student' }],
        seed: 3,
        turnSeconds: 1,
      },
      ['Ken', 'Hyun'],
    );
    if (!japan || !korea) throw new Error('two students joined');
    const table = () => s.classroom.tableState(classId, 0);
    // No clock in the lobby.
    expect(japan.seat.current?.update.secondsLeft).toBeNull();
    const started = ok(await ask<{ overview: ClassOverview }>(teacher, 'teacher:start', {})).overview;
    expect(started.turnSeconds).toBe(1);
    expect(started.tables[0]?.secondsLeft).toBe(1);
    await until(() => japan.seat.current?.update.status === 'playing');
    // Each seat sees the clock of the move the table waits for: Japan's own, and North Korea's view of it.
    expect(japan.seat.current?.update.secondsLeft).toBe(1);
    expect(korea.seat.current?.update.secondsLeft).toBe(1);

    // Japan's student lets the time run out: Japan waits, and the clock starts for the next move.
    await until(() => table().actions.length === 1, 5_000);
    expect(table().actions[0]).toEqual({ type: 'wait', actor: 'japan' });
    await until(() => japan.seat.current?.update.length === 1);
    expect(japan.seat.current?.log.some((e) => e.action?.type === 'wait' && e.action.actor === 'japan')).toBe(
      true,
    );
    expect(korea.seat.current?.update.view.mustAct?.actor).toBe('north_korea');

    // A pause stops the clock: nothing is played however long it lasts; resuming starts it afresh.
    const paused = ok(await ask<{ overview: ClassOverview }>(teacher, 'teacher:pause', {})).overview;
    expect(paused.tables[0]?.secondsLeft).toBeNull();
    await new Promise((r) => setTimeout(r, 1_600));
    expect(table().actions.length).toBe(1);
    ok(await ask(teacher, 'teacher:start', {}));
    await until(() => korea.seat.current?.update.secondsLeft === 1);

    // North Korea's student moves in time: the move is theirs, and no pass follows it.
    await until(() => korea.seat.current?.update.status === 'playing');
    const offer = korea.seat.current?.update.moves.find(
      (m) => m.action.type === 'offer' && m.refused === null,
    );
    if (!offer) throw new Error('no offer listed for North Korea');
    ok(await korea.seat.act(offer.action));
    expect(table().actions[1]).toEqual(offer.action);
    // Japan must answer it, and runs out of time: the offer is declined.
    await until(() => table().actions.length === 3, 5_000);
    expect(table().actions[2]).toEqual({ type: 'reject', actor: 'japan' });
    // Every seat is told which moves were passes; the file keeps them across a restart.
    expect(table().timedOut).toEqual([0, 2]);
    await until(() => korea.seat.current?.update.length === table().actions.length);
    expect(korea.seat.current?.update.timedOut).toEqual([0, 2]);
    const stored = new SqliteStore(s.database);
    expect((await stored.loadClasses())[0]?.tables[0]?.timedOut).toEqual([0, 2]);
    await stored.close();
    // Every pass is a move like any other: the table replays to the same game.
    const replayed = openTable({ ...table(), actions: table().actions });
    expect(replayed.ok && stateHash(replayed.table.state)).toBe(stateHash(table().state));
  });

  it('pauses it (moves refused), gives a seat back to a late student, hands one to the AI (which moves at once)', async () => {
    const s = await server();
    const {
      teacher,
      code,
      class: classId,
    } = await openClass(s.url, {
      scenario: 'beijing-back-channel-2001',
      tables: [{ japan: 'student', north_korea: 'student' }],
      seed: 3,
    });
    track(teacher);
    const japan = await student(s.url, code, 'Ken');
    track(japan.seat);
    ok(await ask(teacher, 'teacher:start', {}));
    const table = () => s.classroom.tableState(classId, 0);
    // North Korea's seat had no student at the start: the AI holds it.
    const overview = ok(await ask<{ overview: ClassOverview }>(teacher, 'teacher:pause', {})).overview;
    expect(overview.status).toBe('paused');
    expect(overview.tables[0]?.seats.map((x) => [x.actor, x.driver, x.name, x.connected])).toEqual([
      ['japan', 'student', 'Ken', true],
      ['north_korea', 'ai', '', false],
    ]);
    expect(overview.tables[0]?.waitingFor).toEqual({ actor: 'japan', driver: 'student' });
    await until(() => japan.seat.current?.update.status === 'paused');
    expect(await japan.seat.act({ type: 'wait', actor: 'japan' })).toMatchObject({ code: 'class/paused' });

    ok(await ask(teacher, 'teacher:start', {}));
    // North Korea's seat back to a student: the next to join takes it.
    ok(await ask(teacher, 'teacher:hand', { table: 0, actor: 'north_korea', to: 'student' }));
    const late = await student(s.url, code, 'Hyun');
    track(late.seat);
    expect(late.place.actor).toBe('north_korea');
    // Japan's seat to the AI: it moves at once, until North Korea's student must answer.
    const handed = ok(
      await ask<{ overview: ClassOverview }>(teacher, 'teacher:hand', { table: 0, actor: 'japan', to: 'ai' }),
    );
    expect(table().actions.length).toBeGreaterThan(0);
    expect(handed.overview.tables[0]?.waitingFor).toEqual({ actor: 'north_korea', driver: 'student' });
    await until(() => late.seat.current?.update.view.mustAct?.actor === 'north_korea');
    const length = table().actions.length;
    cleanups.push(autoplay(late.seat, table));
    await until(() => table().state.status === 'ended');
    expect(table().actions.length).toBeGreaterThan(length);
    expect(stateHash(table().state)).toBe(stateHash(playedAlone(table())));
  });
});

describe('nothing is lost when the line drops or the server stops', () => {
  it('a seat that drops mid-game gets the moves it missed, and one that reloads gets everything', async () => {
    const s = await server();
    const {
      teacher,
      class: classId,
      students: [japan, korea],
    } = await seatedClass(
      s.url,
      { scenario: 'second-visit-2004', tables: [{ japan: 'student', north_korea: 'student' }], seed: 8 },
      ['', ''],
    );
    if (!japan || !korea) throw new Error('two students joined');
    ok(await ask(teacher, 'teacher:start', {}));
    const table = () => s.classroom.tableState(classId, 0);
    cleanups.push(autoplay(japan.seat, table));
    await until(() => korea.seat.current?.update.view.mustAct?.actor === 'north_korea');
    // North Korea's line drops (the transport closes under it). While it is away the teacher
    // lets the AI hold its seat, so the table moves on without it, then hands the seat back.
    const before = { log: korea.seat.current?.log.length ?? 0, length: table().actions.length };
    korea.seat.socket.io.engine.close();
    await until(() => !korea.seat.socket.connected);
    ok(await ask(teacher, 'teacher:hand', { table: 0, actor: 'north_korea', to: 'ai' }));
    await until(() => table().state.turn >= 3);
    ok(await ask(teacher, 'teacher:hand', { table: 0, actor: 'north_korea', to: 'student' }));
    expect(korea.seat.current?.update.length).toBe(before.length);
    await until(() => korea.seat.socket.connected);
    // socket.io gave back the missed updates: no second sit, and the log runs on unbroken.
    expect(korea.seat.socket.recovered).toBe(true);
    cleanups.push(autoplay(korea.seat, table));
    await until(() => table().state.status === 'ended', 60_000);
    await until(() => korea.seat.current?.update.length === table().actions.length);
    expect(korea.seat.current?.log.length).toBeGreaterThan(before.log);
    expect(korea.seat.current?.log).toEqual(viewFor(table().scenario, table().state, 'north_korea').log);
    // A reloaded page: a new connection with the kept token sits again and has the whole game.
    const reloaded = track(new ClassSeat(s.url, korea.token));
    await until(() => reloaded.current !== null);
    expect(reloaded.current?.log).toEqual(korea.seat.current?.log);
  });

  it('plays over long-polling only, as behind a filter that blocks WebSockets', async () => {
    const s = await server({ transports: ['polling'] });
    const {
      teacher,
      class: classId,
      students: [japan],
    } = await seatedClass(
      s.url,
      { scenario: 'beijing-back-channel-2001', tables: [{ japan: 'student' }], seed: 2 },
      [''],
      { transports: ['polling'] },
    );
    if (!japan) throw new Error('a student joined');
    expect(japan.seat.socket.io.engine.transport.name).toBe('polling');
    ok(await ask(teacher, 'teacher:start', {}));
    const table = () => s.classroom.tableState(classId, 0);
    cleanups.push(autoplay(japan.seat, table));
    await until(() => table().state.status === 'ended', 60_000);
    expect(stateHash(table().state)).toBe(stateHash(playedAlone(table())));
  });

  it('a server stopped mid-game restarts from its file with every move, and the seats carry on', async () => {
    const first = await classServer();
    const {
      teacher,
      class: classId,
      students: [japan, usa],
    } = await seatedClass(
      first.url,
      {
        scenario: 'second-visit-2004',
        tables: [{ japan: 'student', usa: 'student' }],
        seed: 21,
        // Ten minutes a move: long enough never to run out here, kept across the restart.
        turnSeconds: 600,
      },
      ['Mei', 'Sam'],
    );
    if (!japan || !usa) throw new Error('two students joined');
    ok(await ask(teacher, 'teacher:start', {}));
    teacher.close();
    let current = first;
    const table = () => current.classroom.tableState(classId, 0);
    const stops = [autoplay(japan.seat, table, 12), autoplay(usa.seat, table, 12)];
    await until(() => table().actions.length >= 12);
    for (const stop of stops) stop();
    await first.close();
    const kept = first.classroom.tableState(classId, 0);
    expect(kept.state.status).toBe('playing');
    await until(() => !japan.seat.socket.connected && !usa.seat.socket.connected);
    // The same file, the same port: the seats' pages reconnect by themselves.
    current = await classServer({ database: first.database, port: first.port });
    cleanups.push(() => current.dispose());
    expect(table().actions).toEqual(kept.actions);
    expect(stateHash(table().state)).toBe(stateHash(kept.state));
    // The clock of the move the table waits for runs again, started afresh by the new server.
    const restored = current.classroom.overview(classId, () => false);
    expect(restored.turnSeconds).toBe(600);
    expect(restored.tables[0]?.secondsLeft).toBeGreaterThan(590);
    cleanups.push(autoplay(japan.seat, table), autoplay(usa.seat, table));
    await until(() => table().state.status === 'ended', 60_000);
    expect(table().actions.length).toBeGreaterThan(kept.actions.length);
    expect(stateHash(table().state)).toBe(stateHash(playedAlone(table())));
    for (const seat of [japan.seat, usa.seat]) {
      await until(() => seat.current?.update.length === table().actions.length);
      const update = seat.current?.update as Omit<SeatUpdate, 'log'>;
      expect(seat.current?.log).toEqual(viewFor(table().scenario, table().state, update.actor).log);
    }
  });
});
