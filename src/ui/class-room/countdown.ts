import { h } from '../dom/index.ts';

/**
 * The time per move on a page: the server sends the seconds left when it sends a table; the page
 * turns them into an end on this browser's own clock (remembered for that move, so a later
 * message about the same move does not reset it) and counts down each second without drawing
 * the page again. The server's clock decides; this is only what the student sees.
 */
export class Countdowns {
  private readonly ends = new Map<string, number>();

  /** When the move `key` names runs out here, in ms on `Date.now()`; null with no clock running. */
  endOf(key: string, secondsLeft: number | null, now = Date.now()): number | null {
    if (secondsLeft === null) {
      this.ends.delete(key);
      return null;
    }
    const known = this.ends.get(key);
    if (known !== undefined) return known;
    const end = now + secondsLeft * 1000;
    this.ends.set(key, end);
    return end;
  }
}

/** "2:05", "0:09": minutes and seconds left, never below zero. */
export function clockText(msLeft: number): string {
  const seconds = Math.max(0, Math.ceil(msLeft / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** The time left as a timer element that `tickClocks` keeps current. */
export function clock(end: number, key: string): HTMLElement {
  return h(
    'span',
    { class: 'clock', key, attrs: { role: 'timer', 'data-ends': end } },
    clockText(end - Date.now()),
  );
}

/** Counts every clock on the page down once a second; returns the stop. */
export function tickClocks(root: ParentNode): () => void {
  const timer = setInterval(() => {
    for (const el of root.querySelectorAll<HTMLElement>('[data-ends]')) {
      el.textContent = clockText(Number(el.dataset.ends) - Date.now());
    }
  }, 1000);
  return () => clearInterval(timer);
}
