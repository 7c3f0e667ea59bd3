import { randomBytes } from 'node:crypto';

/**
 * Which seats have a page open: counted here for this process's connections, and heard from the
 * other processes sharing the class. Each process sends its whole list when it changes and on a
 * heartbeat; a process that stops sending (stopped, crashed) is forgotten after a few beats, so a
 * teacher's page never shows a student present on a server that is gone.
 */

/** How often each process repeats its list, and how long another's list is believed. */
export const PRESENCE_BEAT_MS = 5_000;
const BELIEVED_MS = 3 * PRESENCE_BEAT_MS;

interface Heard {
  readonly rooms: ReadonlySet<string>;
  readonly at: number;
}

export class Presence {
  private readonly here = new Map<string, number>();
  private readonly others = new Map<string, Heard>();
  private readonly id = randomBytes(6).toString('hex');
  private pending: ReturnType<typeof setTimeout> | null = null;
  private readonly beat: ReturnType<typeof setInterval>;

  /**
   * `send` gives this process's list to the others; `moved` hears the rooms whose pages, as heard
   * from the others, opened or closed (a list heard, or a silent process forgotten), so this
   * process can show its own pages the change.
   */
  constructor(
    private readonly send: (list: { server: string; rooms: string[] }) => void,
    private readonly moved: (rooms: readonly string[]) => void = () => {},
    private readonly now: () => number = Date.now,
  ) {
    this.beat = setInterval(() => {
      this.publish();
      this.forgetSilent();
    }, PRESENCE_BEAT_MS);
    this.beat.unref();
  }

  open(room: string): void {
    this.here.set(room, (this.here.get(room) ?? 0) + 1);
    this.changed();
  }

  close(room: string): void {
    const left = (this.here.get(room) ?? 1) - 1;
    if (left > 0) this.here.set(room, left);
    else this.here.delete(room);
    this.changed();
  }

  has(room: string): boolean {
    if (this.here.has(room)) return true;
    const now = this.now();
    for (const heard of this.others.values())
      if (now - heard.at < BELIEVED_MS && heard.rooms.has(room)) return true;
    return false;
  }

  /** Another process's list; anything not of that shape is ignored. */
  heard(list: unknown): void {
    const { server, rooms } = (list ?? {}) as { server?: unknown; rooms?: unknown };
    if (typeof server !== 'string' || server === this.id || !Array.isArray(rooms)) return;
    const was = this.others.get(server)?.rooms ?? new Set<string>();
    const now = new Set(rooms.filter((r): r is string => typeof r === 'string'));
    this.others.set(server, { rooms: now, at: this.now() });
    const moved = [...now].filter((r) => !was.has(r)).concat([...was].filter((r) => !now.has(r)));
    if (moved.length > 0) this.moved(moved);
  }

  /** A process that has not sent its list for a few beats is gone: its pages are no longer open. */
  private forgetSilent(): void {
    const now = this.now();
    for (const [server, heard] of this.others) {
      if (now - heard.at < BELIEVED_MS) continue;
      this.others.delete(server);
      if (heard.rooms.size > 0) this.moved([...heard.rooms]);
    }
  }

  stop(): void {
    clearInterval(this.beat);
    if (this.pending) clearTimeout(this.pending);
  }

  /** Pages open and close in bursts (a class sitting down): one list for each burst. */
  private changed(): void {
    this.pending ??= setTimeout(() => {
      this.pending = null;
      this.publish();
    }, 50);
  }

  private publish(): void {
    this.send({ server: this.id, rooms: [...this.here.keys()] });
  }
}
