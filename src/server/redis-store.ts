import { createClient, type RedisClientType } from 'redis';
import type { ClassStatus, SeatRecord } from '../class/index.ts';
import type { Action, GameOptions } from '../engine/index.ts';
import type { ClassStore, StoredClass, StoredTable, TableChange, TableNow } from './store.ts';

/**
 * Classes kept in Redis, for several server processes sharing tables. Each table's change is one
 * Lua script, which Redis runs alone: the version check and the writes cannot be split by another
 * process's change. Redis should run with `appendonly yes` and `appendfsync always`, so a change is
 * on disk when Redis answers; `open` says so when it does not.
 *
 * Keys, under the prefix: `classes` (a set of ids), `class:<id>` (a hash: the class's fields),
 * `code:<code>` and `holder:<hashed token>` (the class id), `table:<id>:<n>` (a hash: seed, version,
 * seats as JSON), `actions:<id>:<n>` (a list of `{"a": action, "t": 1 if a timed pass}`).
 */

const COMMIT = `
if redis.call('HGET', KEYS[1], 'version') ~= ARGV[1] then return 0 end
if ARGV[3] ~= '' then
  if redis.call('HGET', KEYS[3], 'status') ~= 'playing' then return 0 end
  if redis.call('LLEN', KEYS[2]) ~= tonumber(ARGV[3]) then return 0 end
  for i = 5, #ARGV do redis.call('RPUSH', KEYS[2], ARGV[i]) end
end
if ARGV[2] ~= '' then redis.call('HSET', KEYS[1], 'seats', ARGV[2]) end
for i = 4, #KEYS do redis.call('SET', KEYS[i], ARGV[4]) end
redis.call('HINCRBY', KEYS[1], 'version', 1)
return 1
`;

export class RedisStore implements ClassStore {
  private constructor(
    private readonly redis: RedisClientType,
    private readonly prefix: string,
  ) {}

  /**
   * Connects to `url` (`redis://host:port`, or `unix:///path/to/socket`). `warn` hears it when
   * Redis does not write each change to disk before answering.
   */
  static async open(url: string, options: { prefix?: string; warn?: (line: string) => void } = {}) {
    // No offline queue: while Redis is away a change fails at once (the student hears that nothing
    // changed and can try again) instead of waiting unseen and landing minutes later.
    // Until the first connection, a Redis that does not answer is a wrong address or a Redis not
    // started: give up after a few tries so the server says so and stops. Once connected, keep
    // trying for as long as it takes (Redis restarted, a network blip), backing off to 2 s.
    let connected = false;
    const reconnectStrategy = (retries: number, cause: Error): number | Error =>
      connected ? Math.min(100 * 2 ** retries, 2_000) : retries >= 3 ? cause : 200;
    const redis = (
      url.startsWith('unix://')
        ? createClient({
            socket: { path: url.slice('unix://'.length), tls: false, reconnectStrategy },
            disableOfflineQueue: true,
          })
        : createClient({ url, socket: { reconnectStrategy }, disableOfflineQueue: true })
    ) as RedisClientType;
    // One line when Redis goes away and one when it is back, not one for every reconnection tried.
    let away = false;
    redis.on('error', (error: unknown) => {
      // Before the first connection the failure is `open`'s to report.
      if (away || !connected) return;
      away = true;
      options.warn?.(`lost Redis (${String(error)}): moves are refused until it is back`);
    });
    redis.on('ready', () => {
      if (!away) return;
      away = false;
      options.warn?.('Redis is back');
    });
    try {
      await redis.connect();
    } catch (error) {
      throw new Error(`no Redis answers at ${url} (${String(error)}): is redis-server running there?`);
    }
    connected = true;
    const aof = await redis.configGet('appendonly').catch(() => ({}) as Record<string, string>);
    const sync = await redis.configGet('appendfsync').catch(() => ({}) as Record<string, string>);
    if (aof.appendonly !== 'yes' || sync.appendfsync !== 'always')
      options.warn?.(
        'Redis is not set to write every change before answering (appendonly yes, appendfsync always): a crash of Redis could lose the last moves',
      );
    return new RedisStore(redis, options.prefix ?? 'gt:');
  }

  private readonly others: RedisClientType[] = [];

  /**
   * Another connection to the same Redis, closed with the store: for socket.io's adapter, which
   * blocks a connection reading its stream, and whose messages should wait out a short absence of
   * Redis (its offline queue kept) rather than fail.
   */
  async connection(): Promise<RedisClientType> {
    const other = this.redis.duplicate({ disableOfflineQueue: false }) as RedisClientType;
    other.on('error', () => {});
    await other.connect();
    this.others.push(other);
    return other;
  }

  private key(...parts: (string | number)[]): string {
    return `${this.prefix}${parts.join(':')}`;
  }

  async close(): Promise<void> {
    // Not awaited: the adapter's connection may be blocked reading its stream for up to 5 s, and
    // cutting it short would reject the adapter's pending messages with nobody to hear them.
    for (const other of this.others) void other.quit().catch(() => undefined);
    await this.redis.quit().catch(() => undefined);
  }

  async addClass(c: StoredClass): Promise<boolean> {
    const claimed = await this.redis.set(this.key('code', c.code), c.id, { condition: 'NX' });
    if (claimed === null) return false;
    const multi = this.redis.multi();
    multi.hSet(this.key('class', c.id), {
      code: c.code,
      teacher: c.teacher,
      scenarioFile: c.scenarioFile,
      scenarioText: c.scenarioText,
      options: JSON.stringify(c.options),
      turnSeconds: String(c.turnSeconds),
      status: c.status,
      created: c.created,
      tables: String(c.tables.length),
    });
    for (const t of c.tables) {
      multi.hSet(this.key('table', c.id, t.index), {
        seed: String(t.seed),
        version: String(t.version),
        seats: JSON.stringify(t.seats),
      });
      for (const seat of t.seats) if (seat.holder) multi.set(this.key('holder', seat.holder), c.id);
    }
    multi.sAdd(this.key('classes'), c.id);
    await multi.exec();
    return true;
  }

  async setStatus(classId: string, status: ClassStatus): Promise<void> {
    await this.redis.hSet(this.key('class', classId), 'status', status);
  }

  async commit(classId: string, index: number, version: number, change: TableChange): Promise<boolean> {
    const holders = (change.seats ?? []).flatMap((s) => (s.holder ? [this.key('holder', s.holder)] : []));
    const moves = change.moves;
    const entries = (moves?.actions ?? []).map((action, k) =>
      JSON.stringify({ a: action, t: moves?.timed.includes(moves.from + k) ? 1 : 0 }),
    );
    const done = await this.redis.eval(COMMIT, {
      keys: [
        this.key('table', classId, index),
        this.key('actions', classId, index),
        this.key('class', classId),
        ...holders,
      ],
      arguments: [
        String(version),
        change.seats ? JSON.stringify(change.seats) : '',
        moves ? String(moves.from) : '',
        classId,
        ...entries,
      ],
    });
    return done === 1;
  }

  async loadClasses(): Promise<StoredClass[]> {
    const ids = await this.redis.sMembers(this.key('classes'));
    const classes = (await Promise.all(ids.map((id) => this.loadClass(id)))).filter(
      (c): c is StoredClass => c !== null,
    );
    return classes.sort((a, b) => a.created.localeCompare(b.created) || a.id.localeCompare(b.id));
  }

  async loadClass(id: string): Promise<StoredClass | null> {
    const row = await this.redis.hGetAll(this.key('class', id));
    if (!row.code) return null;
    const count = Number(row.tables);
    const tables = await Promise.all(Array.from({ length: count }, (_, n) => this.tableOf(id, n)));
    if (tables.some((t) => t === null)) return null;
    return {
      id,
      code: row.code,
      teacher: row.teacher as string,
      scenarioFile: row.scenarioFile as string,
      scenarioText: row.scenarioText as string,
      options: JSON.parse(row.options as string) as GameOptions,
      turnSeconds: Number(row.turnSeconds),
      status: row.status as ClassStatus,
      created: row.created as string,
      tables: tables as StoredTable[],
    };
  }

  async classOfCode(code: string): Promise<string | null> {
    return await this.redis.get(this.key('code', code));
  }

  async classOfHolder(holder: string): Promise<string | null> {
    return await this.redis.get(this.key('holder', holder));
  }

  async loadTable(classId: string, index: number): Promise<TableNow | null> {
    const [status, table] = await Promise.all([
      this.redis.hGet(this.key('class', classId), 'status'),
      this.tableOf(classId, index),
    ]);
    return status && table ? { status: status as ClassStatus, table } : null;
  }

  /**
   * One table read whole. The hash and the list are read in one MULTI, so the seats, the version
   * and the actions are of the same moment.
   */
  private async tableOf(classId: string, index: number): Promise<StoredTable | null> {
    const [row, list] = (await this.redis
      .multi()
      .hGetAll(this.key('table', classId, index))
      .lRange(this.key('actions', classId, index), 0, -1)
      .exec()) as unknown as [Record<string, string>, string[]];
    if (!row.seed) return null;
    const kept = list.map((entry) => JSON.parse(entry) as { a: Action; t: number });
    return {
      index,
      seed: Number(row.seed),
      version: Number(row.version),
      seats: JSON.parse(row.seats as string) as SeatRecord[],
      actions: kept.map((k) => k.a),
      timedOut: kept.flatMap((k, i) => (k.t === 1 ? [i] : [])),
    };
  }

  async deleteClass(classId: string): Promise<void> {
    const stored = await this.loadClass(classId);
    if (!stored) return;
    const keys = [this.key('class', classId), this.key('code', stored.code)];
    for (const t of stored.tables) {
      keys.push(this.key('table', classId, t.index), this.key('actions', classId, t.index));
      for (const seat of t.seats) if (seat.holder) keys.push(this.key('holder', seat.holder));
    }
    await this.redis.multi().del(keys).sRem(this.key('classes'), classId).exec();
  }
}
