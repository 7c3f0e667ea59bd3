import { io, type Socket } from 'socket.io-client';
import {
  type Answer,
  type ClassOverview,
  type ClassResultFile,
  mergedOverview,
  PROTOCOL_VERSION,
  refusal,
  type SeatPlan,
} from '../class/index.ts';
import type { GameOptions } from '../engine/index.ts';

/**
 * The teacher's end of the class server: open a class, watch every table, and start, pause, end
 * or hand seats over. The teacher's token stays in this page; the join code admits no one here.
 */

const ANSWER_MS = 10_000;

/** Hears each new picture of the class; null once the class is deleted. */
export type OverviewListener = (overview: ClassOverview | null) => void;

export class ClassTeacher {
  readonly socket: Socket;
  private watching: { class: string; token: string } | null = null;
  private latest: ClassOverview | null = null;
  private readonly listeners = new Set<OverviewListener>();

  constructor(url: string) {
    this.socket = io(url, { transports: ['polling', 'websocket'], reconnectionDelayMax: 2_000 });
    this.socket.on('overview', (overview: ClassOverview) => this.take(overview));
    // After a drop or a restart of the server, watch again for a fresh picture.
    this.socket.on('connect', () => {
      if (this.watching) void this.watch(this.watching.class, this.watching.token);
    });
  }

  get overview(): ClassOverview | null {
    return this.latest;
  }

  subscribe(listener: OverviewListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Opens a class; answers with its id, join code and the teacher's token. */
  create(plan: {
    scenario: string;
    tables: readonly Readonly<Record<string, SeatPlan>>[];
    seed?: number;
    options?: GameOptions;
    /** Seconds a student has for each move; 0 for no limit. */
    turnSeconds?: number;
  }): Promise<Answer<{ class: string; code: string; teacher: string }>> {
    return ask(this.socket, 'class:create', plan);
  }

  /** Watches a class: every change of any table reaches the listeners. */
  async watch(classId: string, token: string): Promise<Answer<{ overview: ClassOverview }>> {
    const answer = await ask<{ overview: ClassOverview }>(this.socket, 'teacher:watch', {
      class: classId,
      token,
    });
    if (answer.ok) {
      this.watching = { class: classId, token };
      this.take(answer.overview);
    }
    return answer;
  }

  start(): Promise<Answer<{ overview: ClassOverview }>> {
    return this.command('teacher:start', {});
  }

  pause(): Promise<Answer<{ overview: ClassOverview }>> {
    return this.command('teacher:pause', {});
  }

  end(): Promise<Answer<{ overview: ClassOverview }>> {
    return this.command('teacher:end', {});
  }

  /** Deletes the ended class from the server, with every name and move. */
  async remove(): Promise<Answer<object>> {
    const answer = await ask<object>(this.socket, 'teacher:delete', {});
    if (answer.ok) {
      this.watching = null;
      this.latest = null;
      for (const listener of this.listeners) listener(null);
    }
    return answer;
  }

  /** The result files of the tables that have ended, for the class debrief; or one seat's. */
  results(
    seat: { table: number; actor: string } | null = null,
  ): Promise<Answer<{ results: ClassResultFile[] }>> {
    return ask(this.socket, 'teacher:results', seat ?? {});
  }

  /** Hands a seat to the AI, or back to a student. */
  hand(table: number, actor: string, to: SeatPlan): Promise<Answer<{ overview: ClassOverview }>> {
    return this.command('teacher:hand', { table, actor, to });
  }

  close(): void {
    this.socket.close();
    this.listeners.clear();
  }

  private async command(event: string, payload: object): Promise<Answer<{ overview: ClassOverview }>> {
    const answer = await ask<{ overview: ClassOverview }>(this.socket, event, payload);
    if (answer.ok) this.take(answer.overview);
    return answer;
  }

  private take(overview: ClassOverview): void {
    if (overview.protocol !== PROTOCOL_VERSION) return;
    const merged = mergedOverview(this.latest, overview);
    this.latest = merged;
    for (const listener of this.listeners) listener(merged);
  }
}

async function ask<T extends object>(socket: Socket, event: string, payload: unknown): Promise<Answer<T>> {
  try {
    return (await socket.timeout(ANSWER_MS).emitWithAck(event, payload)) as Answer<T>;
  } catch {
    return refusal('class/not-kept', 'the class server did not answer: check the connection');
  }
}
