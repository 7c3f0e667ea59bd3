import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from 'redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SeatRecord } from '../../src/class/index.ts';
import { type ClassStore, RedisStore, SqliteStore, type StoredClass } from '../../src/server/index.ts';
import { startRedis, type TestRedis } from './redis.ts';

/**
 * The promise both stores make, checked on each against the real thing (a SQLite file, a Redis
 * server): a table changes only from the version the changer read, moves only while the class
 * plays and only at the end of the log, and a deleted class leaves nothing behind.
 */

let redis: TestRedis;
const folder = mkdtempSync(join(tmpdir(), 'class-store-'));
beforeAll(async () => {
  redis = await startRedis();
});
afterAll(async () => {
  await redis.dispose();
  rmSync(folder, { recursive: true, force: true });
});

const seats: SeatRecord[] = [
  { actor: 'japan', planned: 'student', driver: 'student', holder: null, name: '' },
  { actor: 'north_korea', planned: 'ai', driver: 'ai', holder: null, name: '' },
];

function aClass(id: string, code: string): StoredClass {
  return {
    id,
    code,
    teacher: 'hashed-teacher',
    scenarioText: 'id: x\n',
    scenarioFile: 'x.yaml',
    options: { turns: 4 },
    turnSeconds: 60,
    status: 'lobby',
    created: '2026-12-04T09:00:00.000Z',
    tables: [0, 1].map((index) => ({ index, seed: 7 + index, version: 0, seats, actions: [], timedOut: [] })),
  };
}

const stores: [string, () => Promise<ClassStore>][] = [
  ['SQLite', async () => new SqliteStore(join(folder, `${Math.random().toString(36).slice(2)}.sqlite`))],
  [
    'Redis',
    async () => await RedisStore.open(redis.url, { prefix: `t${Math.random().toString(36).slice(2)}:` }),
  ],
];

describe.each(stores)('the %s store', (_, open) => {
  it('keeps a class whole, refuses a second class with the same code, and finds it by code', async () => {
    const store = await open();
    const c = aClass('c1', 'ABCDEF');
    expect(await store.addClass(c)).toBe(true);
    expect(await store.addClass(aClass('c2', 'ABCDEF'))).toBe(false);
    expect(await store.loadClasses()).toEqual([c]);
    expect(await store.loadClass('c1')).toEqual(c);
    expect(await store.loadClass('c2')).toBeNull();
    expect(await store.classOfCode('ABCDEF')).toBe('c1');
    expect(await store.classOfCode('ZZZZZZ')).toBeNull();
    await store.close();
  });

  it('changes a table only from the version read; moves only while playing, at the end of the log', async () => {
    const store = await open();
    await store.addClass(aClass('c1', 'QWERTY'));
    const taken = seats.map((s) => (s.actor === 'japan' ? { ...s, holder: 'h1', name: 'Mei' } : s));
    // Two changers read version 0: the first writes, the second is told no and nothing of it is kept.
    expect(await store.commit('c1', 0, 0, { seats: taken })).toBe(true);
    const other = seats.map((s) => (s.actor === 'japan' ? { ...s, holder: 'h2', name: 'Sam' } : s));
    expect(await store.commit('c1', 0, 0, { seats: other })).toBe(false);
    expect(await store.loadTable('c1', 0)).toMatchObject({
      status: 'lobby',
      table: { version: 1, seats: taken },
    });
    expect(await store.classOfHolder('h1')).toBe('c1');
    expect(await store.classOfHolder('h2')).toBeNull();
    // The other table is untouched.
    expect((await store.loadTable('c1', 1))?.table).toMatchObject({ version: 0, seats });

    const wait = { type: 'wait', actor: 'japan' } as const;
    const moves = (from: number, n: number, timed: number[] = []) => ({
      moves: { from, actions: Array.from({ length: n }, () => wait), timed },
    });
    // No move while the class is in the lobby: refused, the version unchanged.
    expect(await store.commit('c1', 0, 1, moves(0, 2))).toBe(false);
    await store.setStatus('c1', 'playing');
    expect(await store.commit('c1', 0, 1, moves(0, 2, [1]))).toBe(true);
    // The right version but the log elsewhere than the change says: refused.
    expect(await store.commit('c1', 0, 2, moves(1, 1))).toBe(false);
    expect(await store.commit('c1', 0, 2, moves(2, 1, [2]))).toBe(true);
    const now = await store.loadTable('c1', 0);
    expect(now?.table).toMatchObject({ version: 3, actions: [wait, wait, wait], timedOut: [1, 2] });
    await store.setStatus('c1', 'paused');
    expect(await store.commit('c1', 0, 3, moves(3, 1))).toBe(false);
    // Seats change while paused (a teacher hands a seat to the AI).
    const handed = taken.map((s) => (s.actor === 'japan' ? { ...s, driver: 'ai' as const } : s));
    expect(await store.commit('c1', 0, 3, { seats: handed })).toBe(true);
    expect((await store.loadClass('c1'))?.tables[0]).toMatchObject({ version: 4, seats: handed });
    expect((await store.loadClass('c1'))?.status).toBe('paused');
    await store.close();
  });

  it('deletes a class with everything of it, and keeps the others', async () => {
    const store = await open();
    await store.addClass(aClass('c1', 'AAAAAA'));
    await store.addClass({ ...aClass('c2', 'BBBBBB'), created: '2026-12-04T10:00:00.000Z' });
    await store.commit('c1', 1, 0, { seats: seats.map((s) => ({ ...s, holder: `x-${s.actor}` })) });
    await store.deleteClass('c1');
    expect(await store.loadClass('c1')).toBeNull();
    expect(await store.classOfCode('AAAAAA')).toBeNull();
    expect(await store.classOfHolder('x-japan')).toBeNull();
    expect((await store.loadClasses()).map((c) => c.id)).toEqual(['c2']);
    await store.close();
  });
});

it('Redis keeps nothing of a deleted class under its prefix', async () => {
  const store = await RedisStore.open(redis.url, { prefix: 'gone:' });
  await store.addClass(aClass('c1', 'CCCCCC'));
  await store.setStatus('c1', 'playing');
  await store.commit('c1', 0, 0, {
    seats: seats.map((s) => ({ ...s, holder: 'h' })),
    moves: { from: 0, actions: [{ type: 'wait', actor: 'japan' }], timed: [] },
  });
  await store.deleteClass('c1');
  const probe = createClient({ socket: { path: redis.url.slice('unix://'.length), tls: false } });
  await probe.connect();
  expect(await probe.keys('gone:*')).toEqual([]);
  await probe.quit();
  await store.close();
});

it('Redis at an address where none answers is said so at once, not waited for', async () => {
  const started = Date.now();
  await expect(RedisStore.open('redis://127.0.0.1:1')).rejects.toThrow(
    'no Redis answers at redis://127.0.0.1:1',
  );
  expect(Date.now() - started).toBeLessThan(5_000);
});
