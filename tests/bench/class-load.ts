/**
 * The class server under a class's load (issue 13): one class of 30 six-seat tables of the Six
 * Party round on loopback, 180 real socket.io clients (one a seat, as many as a year group), the
 * AI playing the seat one student per table never plays (the teacher hands it over, as for an
 * absent student). The server runs in a process of its own, on a SQLite file, exactly as `npm run
 * class` starts it, so its memory is its own and the clients' work does not slow it. Then the same
 * class on two processes sharing it through a real Redis (`npm run class -- --redis`), the clients
 * spread over both as a load balancer would spread them, the teacher on the first.
 *
 * A student's move is chosen from the moves the server lists for the seat, by a hash of the table,
 * the delegation and the table's length: every run plays the same games, so runs compare. Bounded
 * in time: it stops at `MAX_SECONDS` with what it has.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ClassResultFile, SeatKnowledge } from '../../src/class/index.ts';
import type { Action } from '../../src/engine/index.ts';
import { ClassSeat, ClassTeacher, joinClass } from '../../src/net/index.ts';
import { startRedis } from '../server/redis.ts';
import { type GoalRow, quantile, round } from './stats.ts';

type Say = (line?: string) => void;

const PROJECT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const SCENARIO = 'six-party-third-round-2004';
const TABLES = 30;
const DELEGATIONS = ['china', 'north_korea', 'japan', 'south_korea', 'russia', 'usa'] as const;
/** The seat whose student is absent at every table: the AI plays it. */
const ABSENT = 'russia';
const MAX_SECONDS = 120;

export interface ClassLoadRun {
  readonly tables: number;
  readonly clients: number;
  readonly tablesEnded: number;
  readonly seconds: number;
  /** Every action applied, the AI's included, over the wall time of play. */
  readonly actionsPerSecond: number;
  readonly studentMoves: number;
  /** From a student sending a move to every seat of the table holding the table it left. */
  readonly toEverySeatMs: { readonly p50: number; readonly p99: number; readonly max: number };
  /** Acknowledged moves missing from their table's log at the end (must be 0). */
  readonly lostActions: number;
  /** Positions of a log acknowledged to two moves (must be 0). */
  readonly duplicatedActions: number;
  /** Seats whose last view is not the table's last (must be 0). */
  readonly seatsBehind: number;
  /** Students' moves the server refused, by code (a move sent as the table moved on is stale). */
  readonly refusedMoves: Readonly<Record<string, number>>;
  /** Each server process's resident memory after starting, at the end, and at its peak. */
  readonly serverMemoryMB:
    | readonly { readonly idle: number; readonly end: number; readonly peak: number }[]
    | null;
  /** CPU seconds used during play: each server process, and the process playing the clients. */
  readonly cpuSeconds: { readonly servers: readonly number[]; readonly clients: number } | null;
}

export interface ClassLoadFigures {
  readonly classLoad: ClassLoadRun | null;
  readonly classLoadTwoProcesses: ClassLoadRun | null;
}

/** A small, fixed hash: the same choice for the same table, delegation and length, every run. */
function pick(table: number, actor: string, length: number, n: number): number {
  let h = 2166136261 ^ (table * 7919 + length * 104729);
  for (let i = 0; i < actor.length; i++) h = Math.imul(h ^ actor.charCodeAt(i), 16777619);
  return (h >>> 0) % n;
}

/** A student's move from the server's listing: answer, offer now and then, otherwise wait. */
function studentMove(known: SeatKnowledge, refusedBefore: boolean): Action | null {
  const { update } = known;
  const allowed = update.moves.filter((m) => m.refused === null).map((m) => m.action);
  if (allowed.length === 0) return null;
  // The server refused this seat's choice at this length: a student then plays safe.
  if (refusedBefore)
    return allowed.find((a) => a.type === 'wait' || a.type === 'reject') ?? (allowed[0] as Action);
  const roll = pick(update.table, update.actor, update.length, 100);
  const answers = allowed.filter((a) => a.type === 'accept' || a.type === 'reject');
  if (answers.length > 0) {
    return answers.find((a) => a.type === (roll < 55 ? 'accept' : 'reject')) ?? (answers[0] as Action);
  }
  const offers = allowed.filter((a) => a.type === 'offer');
  if (offers.length > 0 && roll < 35)
    return offers[pick(update.table, update.actor, update.length + 1, offers.length)] as Action;
  return allowed.find((a) => a.type === 'wait') ?? (allowed[0] as Action);
}

/**
 * Resident and peak memory of a process, in MB, and the CPU seconds it has used, from /proc
 * (Linux); null elsewhere.
 */
function memoryOf(pid: number): { rss: number; peak: number; cpu: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) =>
      Number(new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? Number.NaN);
    // utime and stime, the 14th and 15th fields, in clock ticks (100 a second on Linux).
    const line = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const stat = line.slice(line.lastIndexOf(')') + 2).split(' ');
    const cpu = (Number(stat[11]) + Number(stat[12])) / 100;
    return { rss: round(kb('VmRSS') / 1024), peak: round(kb('VmHWM') / 1024), cpu };
  } catch {
    return null;
  }
}

/** `npm run class` in a process of its own, on a fresh file or Redis; resolves with its address. */
async function startServer(
  keep: ['--database' | '--redis', string],
): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/server/main.ts', '--port', '0', '--host', '127.0.0.1', ...keep],
    { cwd: PROJECT, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const url = await new Promise<string>((done, fail) => {
    let out = '';
    const timer = setTimeout(() => fail(new Error(`the class server did not start: ${out}`)), 30_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const found = /http:\/\/127\.0\.0\.1:\d+/.exec(out);
      if (found) {
        clearTimeout(timer);
        done(found[0]);
      }
    });
    child.once('exit', (code) => fail(new Error(`the class server exited (${code}): ${out}`)));
  });
  return { url, child };
}

export async function classLoadBench(say: Say): Promise<ClassLoadFigures> {
  say(`Class server load: ${TABLES} tables of six (${SCENARIO}), ${TABLES * 6} clients on loopback`);
  const folder = mkdtempSync(join(tmpdir(), 'class-load-'));
  const alone = await startServer(['--database', join(folder, 'class.sqlite')]);
  let classLoad: ClassLoadRun;
  try {
    say('  one process, SQLite:');
    classLoad = await playClass(say, [alone]);
  } finally {
    await stop(alone.child);
    rmSync(folder, { recursive: true, force: true });
  }
  const redis = await startRedis();
  const pair: { url: string; child: ChildProcess }[] = [];
  try {
    pair.push(
      ...(await Promise.all([startServer(['--redis', redis.url]), startServer(['--redis', redis.url])])),
    );
    say('  two processes sharing the class through Redis, the clients spread over both:');
    return { classLoad, classLoadTwoProcesses: await playClass(say, pair) };
  } finally {
    for (const { child } of pair) await stop(child);
    await redis.dispose();
  }
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGINT');
  await exited;
}

/** One class played on these servers: student i on server i mod n, the teacher on the first. */
async function playClass(
  say: Say,
  servers: readonly { url: string; child: ChildProcess }[],
): Promise<ClassLoadRun> {
  const url = (servers[0] as { url: string }).url;
  const at = (i: number) => (servers[i % servers.length] as { url: string }).url;
  const seats: ClassSeat[] = [];
  const teacher = new ClassTeacher(url);
  try {
    // Let the servers settle before reading their memory at rest.
    await new Promise((r) => setTimeout(r, 500));
    const idle = servers.map(({ child }) => (child.pid ? memoryOf(child.pid) : null));
    const plan = Object.fromEntries(DELEGATIONS.map((d) => [d, 'student' as const]));
    const made = await teacher.create({
      scenario: SCENARIO,
      tables: Array.from({ length: TABLES }, () => plan),
      seed: 1,
    });
    if (!made.ok) throw new Error(`the class could not open: ${made.code} ${made.detail}`);
    const watched = await teacher.watch(made.class, made.teacher);
    if (!watched.ok) throw new Error(`the teacher could not watch: ${watched.code}`);

    /** When each seat first saw each length of its table: (table:length) → times, one a seat. */
    const seen = new Map<string, number[]>();
    const acked: { table: number; position: number; action: Action; sentAt: number; length: number }[] = [];
    const tokens: { token: string; table: number; actor: string }[] = [];
    const refused = new Map<string, number>();
    for (let i = 0; i < TABLES * 6; i++) {
      const joined = await joinClass(at(i), made.code, `Student ${i + 1}`, { transports: ['websocket'] });
      if (!joined.ok) throw new Error(`student ${i + 1} could not join: ${joined.code}`);
      tokens.push({ token: joined.seat, table: joined.place.table, actor: joined.place.actor });
    }
    for (const [i, { token, table, actor }] of tokens.entries()) {
      const seat = new ClassSeat(at(i), token, { transports: ['websocket'] });
      seats.push(seat);
      let last = -1;
      let busy = false;
      let refusedAt = -1;
      const tryMove = (known: SeatKnowledge) => {
        if (actor === ABSENT || busy || known.update.status !== 'playing') return;
        if (known.update.view.mustAct?.actor !== actor) return;
        const action = studentMove(known, refusedAt === known.update.length);
        if (!action) return;
        busy = true;
        const sentAt = performance.now();
        const position = known.update.length;
        void seat.act(action).then((answer) => {
          busy = false;
          if (answer.ok) acked.push({ table, position, action, sentAt, length: answer.length });
          else {
            refused.set(answer.code, (refused.get(answer.code) ?? 0) + 1);
            if (answer.code === 'class/refused') refusedAt = position;
          }
          // The table's next view may have come before this answer: look again.
          if (seat.current) tryMove(seat.current);
        });
      };
      seat.subscribe((known) => {
        const { length } = known.update;
        if (length !== last) {
          last = length;
          const key = `${table}:${length}`;
          const times = seen.get(key) ?? [];
          times.push(performance.now());
          seen.set(key, times);
        }
        tryMove(known);
      });
    }
    const everySeated = Date.now() + 30_000;
    while (seats.some((s) => s.current === null) && Date.now() < everySeated)
      await new Promise((r) => setTimeout(r, 20));

    const started = performance.now();
    const cpuBefore = servers.map(({ child }) => (child.pid ? (memoryOf(child.pid)?.cpu ?? null) : null));
    const clientsBefore = process.cpuUsage();
    for (let t = 0; t < TABLES; t++) {
      const handed = await teacher.hand(t, ABSENT, 'ai');
      if (!handed.ok) throw new Error(`table ${t + 1}: ${handed.code}`);
    }
    const begun = await teacher.start();
    if (!begun.ok) throw new Error(`the class could not start: ${begun.code}`);
    const deadline = started + MAX_SECONDS * 1000;
    const ended = () => teacher.overview?.tables.filter((tb) => tb.status === 'ended').length ?? 0;
    let lastReport = started;
    while (ended() < TABLES && performance.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
      if (performance.now() - lastReport > 10_000) {
        lastReport = performance.now();
        say(`  ${ended()} of ${TABLES} tables ended, ${acked.length} student moves so far`);
      }
    }
    const seconds = (performance.now() - started) / 1000;
    const end = servers.map(({ child }) => (child.pid ? memoryOf(child.pid) : null));
    const clientsCpu = process.cpuUsage(clientsBefore);
    // Let the last views arrive before counting who is behind.
    await new Promise((r) => setTimeout(r, 500));

    const results = await teacher.results();
    const logs = new Map<number, readonly Action[]>();
    if (results.ok) for (const r of results.results as ClassResultFile[]) logs.set(r.table, r.file.actions);
    const lengths = new Map(teacher.overview?.tables.map((tb) => [tb.table, tb.length]) ?? []);
    const positions = new Map<string, number>();
    let lost = 0;
    for (const a of acked) {
      const log = logs.get(a.table);
      if (log && JSON.stringify(log[a.position]) !== JSON.stringify(a.action)) lost++;
      const key = `${a.table}:${a.position}`;
      positions.set(key, (positions.get(key) ?? 0) + 1);
    }
    const duplicated = [...positions.values()].filter((n) => n > 1).length;
    const seatsBehind = seats.filter(
      (s, i) => s.current?.update.length !== lengths.get(tokens[i]?.table ?? -1),
    ).length;
    // A move's latency: until the last of the table's six seats held the table it left.
    const latencies = acked.flatMap((a) => {
      const times = seen.get(`${a.table}:${a.length}`);
      return times && times.length === 6 ? [Math.max(...times) - a.sentAt] : [];
    });
    const actions = [...lengths.values()].reduce((sum, n) => sum + n, 0);
    const figures = {
      tables: TABLES,
      clients: seats.length,
      tablesEnded: ended(),
      seconds: round(seconds),
      actionsPerSecond: round(actions / seconds),
      studentMoves: acked.length,
      toEverySeatMs: {
        p50: round(quantile(latencies, 0.5)),
        p99: round(quantile(latencies, 0.99)),
        max: round(Math.max(...latencies)),
      },
      lostActions: lost,
      duplicatedActions: duplicated,
      seatsBehind,
      refusedMoves: Object.fromEntries(refused),
      serverMemoryMB:
        idle.every((m) => m !== null) && end.every((m) => m !== null)
          ? idle.map((m, k) => ({ idle: m.rss, end: end[k]?.rss ?? 0, peak: end[k]?.peak ?? 0 }))
          : null,
      cpuSeconds: cpuBefore.every((c) => c !== null)
        ? {
            servers: end.map((m, k) => round((m?.cpu ?? 0) - (cpuBefore[k] ?? 0))),
            clients: round((clientsCpu.user + clientsCpu.system) / 1e6),
          }
        : null,
    };
    say(
      `  ${figures.tablesEnded} of ${TABLES} tables ended in ${figures.seconds} s: ${actions} actions (${figures.actionsPerSecond}/s), ${acked.length} by students`,
    );
    say(
      `  move to every seat's view: p50 ${figures.toEverySeatMs.p50} ms, p99 ${figures.toEverySeatMs.p99} ms, max ${figures.toEverySeatMs.max} ms (${latencies.length} moves)`,
    );
    say(
      `  lost ${lost}, duplicated ${duplicated}, seats behind ${seatsBehind}; refused ${JSON.stringify(figures.refusedMoves)}`,
    );
    if (figures.cpuSeconds)
      say(
        `  CPU during play: server${servers.length > 1 ? 's' : ''} ${figures.cpuSeconds.servers.join(' + ')} s, the ${seats.length} clients ${figures.cpuSeconds.clients} s`,
      );
    for (const [k, m] of (figures.serverMemoryMB ?? []).entries())
      say(`  server ${k + 1} memory: ${m.idle} MB at rest, ${m.end} MB at the end, ${m.peak} MB at its peak`);
    return figures;
  } finally {
    teacher.close();
    for (const seat of seats) seat.close();
  }
}

export function classLoadGoals(figures: ClassLoadFigures): GoalRow[] {
  const row = (measure: string, c: ClassLoadRun | null): GoalRow => ({
    measure,
    goal: '0',
    figure: c ? `${c.lostActions} lost, ${c.duplicatedActions} duplicated, ${c.seatsBehind} behind` : '-',
    met: c
      ? c.lostActions === 0 && c.duplicatedActions === 0 && c.seatsBehind === 0 && c.tablesEnded === c.tables
      : null,
    ...(c && c.tablesEnded < c.tables
      ? { note: `${c.tablesEnded} of ${c.tables} tables ended within ${MAX_SECONDS} s` }
      : {}),
  });
  return [
    row(
      `class server, ${TABLES} tables × 6 seats: lost or duplicated actions, seats behind`,
      figures.classLoad,
    ),
    row('the same on two processes sharing the class through Redis', figures.classLoadTwoProcesses),
  ];
}
