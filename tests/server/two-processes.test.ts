import { type ChildProcess, spawn } from 'node:child_process';
import { createServer, type Server, type Socket, connect as tcp } from 'node:net';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { type ClassOverview, type LiveTable, openTable } from '../../src/class/index.ts';
import { chooseAiAction, stateHash, viewFor } from '../../src/engine/index.ts';
import { RedisStore, shippedScenarios } from '../../src/server/index.ts';
import { ask, autoplay, client, ok, openClass, playedAlone, student, until } from './helpers.ts';
import { startRedis } from './redis.ts';

/**
 * Two class server processes sharing one class through a real Redis, as `npm run class -- --redis`
 * starts them, behind one address (a TCP proxy that sends each connection to the first process
 * that answers, as a load balancer with a failed member does). One process is killed mid-game:
 * its students come back through the other, with nothing lost.
 */

const PROJECT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const cleanups: (() => Promise<void> | void)[] = [];
// Stopping two server processes and Redis takes about a second; 30 s leaves room on a busy machine.
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
}, 30_000);

/** `npm run class` without the build: the class server's own entry, on a free port. */
async function classProcess(redis: string): Promise<{ url: string; port: number; child: ChildProcess }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/server/main.ts', '--port', '0', '--host', '127.0.0.1', '--redis', redis],
    { cwd: PROJECT, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  cleanups.push(async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  });
  let printed = '';
  const port = await new Promise<number>((done, fail) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      printed += chunk.toString();
      const found = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(printed);
      if (found) done(Number(found[1]));
    });
    child.once('exit', (code) =>
      fail(new Error(`the class server exited (${code}) before listening: ${printed}`)),
    );
  });
  return { url: `http://127.0.0.1:${port}`, port, child };
}

/** One address in front of several processes: each connection goes to the first that answers. */
async function failover(ports: readonly number[]): Promise<{ url: string }> {
  const open = new Set<Socket>();
  const server: Server = createServer((page) => {
    open.add(page);
    page.on('close', () => open.delete(page));
    page.on('error', () => page.destroy());
    const tryAt = (k: number) => {
      const port = ports[k];
      if (port === undefined) return page.destroy();
      const upstream = tcp(port, '127.0.0.1');
      let joined = false;
      upstream.once('connect', () => {
        joined = true;
        open.add(upstream);
        page.pipe(upstream);
        upstream.pipe(page);
      });
      upstream.on('error', () => (joined ? page.destroy() : tryAt(k + 1)));
      upstream.on('close', () => {
        open.delete(upstream);
        if (joined) page.destroy();
      });
    };
    tryAt(0);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  cleanups.push(async () => {
    for (const socket of open) socket.destroy();
    await new Promise((done) => server.close(done));
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return { url: `http://127.0.0.1:${address.port}` };
}

async function sharedClass() {
  const redis = await startRedis();
  cleanups.push(() => redis.dispose());
  const [a, b] = await Promise.all([classProcess(redis.url), classProcess(redis.url)]);
  // The test's own view of the shared store: what every process agrees the table is.
  const store = await RedisStore.open(redis.url);
  cleanups.push(() => store.close());
  return { redis, a, b, store };
}

/**
 * The class's first table as the shared store keeps it, replayed: what every process agrees the
 * table is. The test's own connection to Redis comes back on its own schedule after a restart of
 * Redis, so a read waits for it (up to 10 s) rather than failing while it reconnects.
 */
function storedTable(store: RedisStore, classId: string, scenario: string): () => Promise<LiveTable> {
  const shipped = shippedScenarios().get(scenario);
  if (!shipped) throw new Error(`no scenario ${scenario}`);
  return async () => {
    for (let tries = 0; ; tries++) {
      try {
        const now = await store.loadTable(classId, 0);
        if (!now) throw new Error('no table in the store');
        const played = openTable({ ...now.table, scenario: shipped.scenario, options: {} });
        if (!played.ok) throw new Error(played.detail);
        return played.table;
      } catch (error) {
        if (tries >= 100 || !String(error).includes('offline')) throw error;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  };
}

describe('several class server processes share a class through Redis', () => {
  it('a student whose process is killed mid-game comes back through the other and plays on, nothing lost', async () => {
    const { a, b, store } = await sharedClass();
    const front = await failover([a.port, b.port]);
    // The teacher's page and one student on B; the other student through the one address (A).
    const opened = await openClass(b.url, {
      scenario: 'second-visit-2004',
      tables: [{ japan: 'student', usa: 'student' }],
      seed: 21,
    });
    cleanups.push(() => void opened.teacher.close());
    const japan = await student(front.url, opened.code, 'Mei');
    const usa = await student(b.url, opened.code, 'Sam');
    cleanups.push(
      () => japan.seat.close(),
      () => usa.seat.close(),
    );
    expect([japan.place.actor, usa.place.actor]).toEqual(['japan', 'usa']);
    // Each seat sees the other's page as open, though it is open on the other process.
    await until(() => usa.seat.current?.update.seats.every((s) => s.connected === s.taken) === true);
    await until(() => japan.seat.current?.update.seats.every((s) => s.connected === s.taken) === true);

    const table = storedTable(store, opened.class, 'second-visit-2004');
    const overviews: ClassOverview[] = [];
    opened.teacher.on('overview', (o: ClassOverview) => overviews.push(o));
    ok(await ask(opened.teacher, 'teacher:start', {}));
    const stops = [autoplay(japan.seat, table, 12), autoplay(usa.seat, table, 12)];
    await until(() => (japan.seat.current?.update.length ?? 0) >= 12);
    for (const stop of stops) stop();
    const before = await table();
    expect(before.state.status).toBe('playing');
    // Both processes told both seats every move, whichever process played it.
    await until(() => usa.seat.current?.update.length === before.actions.length);
    expect(japan.seat.current?.log).toEqual(viewFor(before.scenario, before.state, 'japan').log);

    // A is killed outright: no goodbye to its pages, no last write.
    const gone = new Promise((r) => a.child.once('exit', r));
    a.child.kill('SIGKILL');
    await gone;
    await until(() => !japan.seat.socket.connected);
    await until(() => japan.seat.socket.connected, 20_000);
    // Every acknowledged move survived, and the seat holds the same game.
    const after = await table();
    expect(after.actions).toEqual(before.actions);
    expect(stateHash(after.state)).toBe(stateHash(before.state));
    await until(() => japan.seat.current?.update.length === after.actions.length);
    expect(japan.seat.current?.log).toEqual(viewFor(after.scenario, after.state, 'japan').log);

    cleanups.push(autoplay(japan.seat, table), autoplay(usa.seat, table));
    await until(
      () =>
        japan.seat.current?.update.view.result !== null &&
        japan.seat.current?.update.view.result !== undefined,
      60_000,
    );
    const ended = await table();
    expect(ended.state.status).toBe('ended');
    expect(ended.actions.length).toBeGreaterThan(before.actions.length);
    // The same game, hash for hash, as the same seats played alone.
    expect(stateHash(ended.state)).toBe(stateHash(playedAlone(ended)));
    for (const seat of [japan.seat, usa.seat]) {
      await until(() => seat.current?.update.length === ended.actions.length);
      const actor = seat.current?.update.actor as string;
      expect(seat.current?.log).toEqual(viewFor(ended.scenario, ended.state, actor).log);
    }
    // The teacher, on B throughout, watched the table to its end.
    await until(() => overviews[overviews.length - 1]?.tables[0]?.status === 'ended');
  });

  it('while Redis is away a move is refused with nothing changed; once it is back the table plays on from every kept move', async () => {
    const { redis, a, store } = await sharedClass();
    const opened = await openClass(a.url, {
      scenario: 'second-visit-2004',
      tables: [{ japan: 'student', usa: 'student' }],
      seed: 8,
    });
    cleanups.push(() => void opened.teacher.close());
    const japan = await student(a.url, opened.code, 'Mei');
    const usa = await student(a.url, opened.code, 'Sam');
    cleanups.push(
      () => japan.seat.close(),
      () => usa.seat.close(),
    );
    const table = storedTable(store, opened.class, 'second-visit-2004');
    ok(await ask(opened.teacher, 'teacher:start', {}));
    const stops = [autoplay(japan.seat, table, 8), autoplay(usa.seat, table, 8)];
    await until(
      () =>
        (japan.seat.current?.update.length ?? 0) >= 8 &&
        usa.seat.current?.update.length === japan.seat.current?.update.length,
    );
    for (const stop of stops) stop();
    const before = await table();

    await redis.stop();
    const mover = [japan, usa].find((x) => x.seat.current?.update.view.mustAct?.actor === x.place.actor);
    if (!mover) throw new Error('nobody to move');
    const move = chooseAiAction(before.scenario, before.state, mover.place.actor);
    // Refused at once, not held until Redis returns, and the seat's view is unchanged.
    const started = Date.now();
    expect(await mover.seat.act(move)).toMatchObject({ ok: false, code: 'class/not-kept' });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(mover.seat.current?.update.length).toBe(before.actions.length);

    await redis.restart();
    // The same move, sent again, is taken once the server has its Redis back.
    let answer = await mover.seat.act(move);
    for (let tries = 0; !answer.ok && tries < 50; tries++) {
      await new Promise((r) => setTimeout(r, 200));
      answer = await mover.seat.act(move);
    }
    expect(answer).toMatchObject({ ok: true });
    const after = await table();
    expect(after.actions.slice(0, before.actions.length)).toEqual(before.actions);
    expect(after.actions[before.actions.length]).toEqual(move);
    cleanups.push(autoplay(japan.seat, table), autoplay(usa.seat, table));
    await until(
      () =>
        japan.seat.current?.update.status === 'ended' ||
        (japan.seat.current?.update.view.result ?? null) !== null,
      60_000,
    );
    const ended = await table();
    expect(ended.state.status).toBe('ended');
    expect(stateHash(ended.state)).toBe(stateHash(playedAlone(ended)));
  });

  it('students joining through both processes at once each get a seat of their own', async () => {
    const { a, b } = await sharedClass();
    const opened = await openClass(a.url, {
      scenario: 'six-party-third-round-2004',
      tables: [
        {
          usa: 'student',
          north_korea: 'student',
          china: 'student',
          south_korea: 'student',
          japan: 'student',
          russia: 'student',
        },
      ],
      seed: 5,
    });
    cleanups.push(() => void opened.teacher.close());
    const sockets = [a, b, a, b, a, b, a].map((p) => client(p.url));
    cleanups.push(() => {
      for (const s of sockets) s.close();
    });
    const answers = await Promise.all(
      sockets.map((s, k) =>
        ask<{ place: { actor: string } }>(s, 'join', { code: opened.code, name: `S${k}` }),
      ),
    );
    const seated = answers.flatMap((x) => (x.ok ? [x.place.actor] : []));
    expect(seated).toHaveLength(6);
    expect(new Set(seated).size).toBe(6);
    expect(answers.filter((x) => !x.ok)).toMatchObject([{ code: 'class/full' }]);
  });
});
