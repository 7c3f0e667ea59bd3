import { io, type Socket } from 'socket.io-client';
import {
  type Answer,
  PROTOCOL_VERSION,
  refusal,
  type SeatKnowledge,
  type SeatUpdate,
} from '../class/index.ts';

/**
 * A student's seat at a class table, over socket.io: it sits with the seat's token, keeps the
 * view and the whole log the server sends, and sends moves with the table length they were
 * chosen at. A dropped line comes back by itself: within two minutes socket.io replays what was
 * missed; after longer (or a restart of the server) the seat sits again and gets everything.
 */

/** How long a message waits for the server's answer before it counts as lost. */
const ANSWER_MS = 10_000;

export interface ClassSeatOptions {
  /** Transports to use: both by default; `['polling']` for a network that blocks WebSockets. */
  readonly transports?: readonly ('polling' | 'websocket')[];
}

export type Listener = (known: SeatKnowledge) => void;

/** Asks the server for a seat with the join code; answers with the seat's token. */
export async function joinClass(
  url: string,
  code: string,
  name: string,
  options: ClassSeatOptions = {},
): Promise<Answer<{ seat: string; place: { class: string; table: number; actor: string } }>> {
  const socket = connect(url, options);
  try {
    return await ask(socket, 'join', { code, ...(name === '' ? {} : { name }) });
  } finally {
    socket.close();
  }
}

export class ClassSeat {
  readonly socket: Socket;
  private known: SeatKnowledge | null = null;
  private readonly listeners = new Set<Listener>();
  private sitting: Promise<Answer<object>> | null = null;

  constructor(
    url: string,
    private readonly token: string,
    options: ClassSeatOptions = {},
  ) {
    this.socket = connect(url, options);
    this.socket.on('connect', () => {
      // Recovered: socket.io replays the missed updates itself. Otherwise sit again, for everything.
      if (!this.socket.recovered) void this.sit();
    });
    this.socket.on('update', (update: SeatUpdate) => this.take(update));
  }

  /** The seat's view and log; null until the server has answered the first sit. */
  get current(): SeatKnowledge | null {
    return this.known;
  }

  /** Hears every change; returns its own unsubscribe. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Sits at the seat (again): the server answers with the whole view and log. */
  sit(): Promise<Answer<object>> {
    this.sitting ??= ask<{ update: SeatUpdate }>(this.socket, 'sit', { seat: this.token }).then((answer) => {
      this.sitting = null;
      if (answer.ok) this.take(answer.update);
      return answer;
    });
    return this.sitting;
  }

  /**
   * Sends a move, chosen against the table as this seat last saw it. Answers once the seat holds
   * the table the move made: with several server processes the answer can arrive before the news
   * of the move (which goes round through Redis), and a page acting on the old view in between
   * would send a stale move. If the news does not come, the seat sits again for everything.
   */
  async act(action: unknown): Promise<Answer<{ length: number }>> {
    if (!this.known) return refusal('class/not-seated', 'the seat has not been given its view yet');
    const answer = await ask<{ length: number }>(this.socket, 'act', {
      action,
      expected: this.known.update.length,
    });
    if (answer.ok && !(await this.reach(answer.length))) await this.sit();
    return answer;
  }

  /** Whether the seat comes to hold a table of `length` actions (or more) within the answer time. */
  private reach(length: number): Promise<boolean> {
    const there = () => (this.known?.update.length ?? -1) >= length;
    if (there()) return Promise.resolve(true);
    return new Promise((done) => {
      const timer = setTimeout(() => {
        this.listeners.delete(listener);
        done(false);
      }, ANSWER_MS);
      const listener: Listener = () => {
        if (!there()) return;
        clearTimeout(timer);
        this.listeners.delete(listener);
        done(true);
      };
      this.listeners.add(listener);
    });
  }

  close(): void {
    this.socket.close();
    this.listeners.clear();
  }

  private take(update: SeatUpdate): void {
    if (update.protocol !== PROTOCOL_VERSION) return;
    const { log, ...rest } = update;
    const have = this.known?.log ?? [];
    if (log.from === 0) {
      this.known = { update: rest, log: log.entries };
    } else if (log.from === have.length && this.known) {
      this.known = { update: rest, log: [...have, ...log.entries] };
    } else {
      // A gap (or a repeat) in the log: something was missed, so take everything again.
      if (log.from > have.length) void this.sit();
      return;
    }
    for (const listener of this.listeners) listener(this.known);
  }
}

function connect(url: string, options: ClassSeatOptions): Socket {
  return io(url, {
    transports: [...(options.transports ?? ['polling', 'websocket'])],
    reconnectionDelayMax: 2_000,
  });
}

/** A message with its answer; no answer in time is a refusal, never a hang. */
async function ask<T extends object>(socket: Socket, event: string, payload: unknown): Promise<Answer<T>> {
  try {
    return (await socket.timeout(ANSWER_MS).emitWithAck(event, payload)) as Answer<T>;
  } catch {
    return refusal('class/not-kept', 'the class server did not answer: check the connection');
  }
}
