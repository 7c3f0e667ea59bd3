import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io, type Socket } from 'socket.io-client';
import { type Answer, controllersOf, type LiveTable } from '../../src/class/index.ts';
import { AI_VERSION, chooseAiAction, createGame, type GameState } from '../../src/engine/index.ts';
import { ClassSeat, type ClassSeatOptions, joinClass } from '../../src/net/index.ts';
import { type ClassServer, startClassServer } from '../../src/server/index.ts';
import { playOn } from '../../src/sim/index.ts';

/** A real class server on 127.0.0.1, on a SQLite file in its own folder. */
export async function classServer(
  options: { database?: string; port?: number; transports?: readonly ('polling' | 'websocket')[] } = {},
): Promise<ClassServer & { database: string; dispose(): Promise<void> }> {
  const folder = options.database ? null : mkdtempSync(join(tmpdir(), 'class-'));
  const database = options.database ?? join(folder as string, 'class.sqlite');
  const server = await startClassServer({
    port: options.port ?? 0,
    host: '127.0.0.1',
    database,
    ...(options.transports ? { transports: options.transports } : {}),
  });
  return {
    ...server,
    database,
    async dispose() {
      await server.close();
      if (folder) rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** A bare socket.io client, for the teacher and for messages a seat would never send. */
export function client(
  url: string,
  transports: readonly ('polling' | 'websocket')[] = ['websocket'],
): Socket {
  return io(url, { transports: [...transports], reconnection: false });
}

export async function ask<T extends object = object>(
  socket: Socket,
  event: string,
  payload?: unknown,
): Promise<Answer<T>> {
  return (await socket.timeout(10_000).emitWithAck(event, payload)) as Answer<T>;
}

/** The answer's value, failing the test with its code when it is a refusal. */
export function ok<T extends object>(answer: Answer<T>): T {
  if (!answer.ok) throw new Error(`refused: ${answer.code}: ${answer.detail}`);
  return answer;
}

/** A class opened by a teacher's socket, watched by it. */
export async function openClass(
  url: string,
  plan: {
    scenario: string;
    tables: Record<string, 'student' | 'ai'>[];
    seed?: number;
    options?: object;
    turnSeconds?: number;
  },
  transports: readonly ('polling' | 'websocket')[] = ['websocket'],
) {
  const teacher = client(url, transports);
  const made = ok(await ask<{ class: string; code: string; teacher: string }>(teacher, 'class:create', plan));
  ok(await ask(teacher, 'teacher:watch', { class: made.class, token: made.teacher }));
  return { teacher, class: made.class, code: made.code, token: made.teacher };
}

/** A student who joins with the code and sits. */
export async function student(url: string, code: string, name: string, options: ClassSeatOptions = {}) {
  const joined = ok(await joinClass(url, code, name, options));
  const seat = new ClassSeat(url, joined.seat, options);
  await until(() => seat.current !== null);
  return { seat, token: joined.seat, place: joined.place };
}

/** Waits for a condition, checked every 10 ms; fails after `ms`. */
export async function until(check: () => boolean, ms = 20_000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > ms) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 10));
  }
}

/**
 * Lets a seat play by itself: whenever its view says it must act, it picks the move the game's
 * own AI would (from the table as the server holds it, or as the shared store keeps it: a
 * student's mind being out of the test's reach) and sends it, until the table holds `upTo`
 * actions. Returns a stop.
 */
export function autoplay(
  seat: ClassSeat,
  table: () => LiveTable | Promise<LiveTable>,
  upTo = Number.POSITIVE_INFINITY,
): () => void {
  let busy = false;
  let again = false;
  let stopped = false;
  const tryMove = async (): Promise<void> => {
    if (busy) {
      again = true;
      return;
    }
    const known = seat.current;
    if (stopped || !known || known.update.status !== 'playing' || known.update.length >= upTo) return;
    if (known.update.view.mustAct?.actor !== known.update.actor) return;
    busy = true;
    try {
      const now = await table();
      if (now.actions.length !== known.update.length) return;
      await seat.act(chooseAiAction(now.scenario, now.state, known.update.actor));
    } finally {
      busy = false;
      if (again) {
        again = false;
        void tryMove();
      }
    }
  };
  const unsubscribe = seat.subscribe(() => void tryMove());
  void tryMove();
  return () => {
    stopped = true;
    unsubscribe();
  };
}

/** The same table played alone, every seat by the AI: what the class table must equal. */
export function playedAlone(table: LiveTable): GameState {
  const start = createGame(table.scenario, table.seed, controllersOf(table.seats), AI_VERSION, table.options);
  return playOn(table.scenario, start, {}).state;
}
