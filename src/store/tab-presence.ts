/**
 * Which games are open in the other tabs (and windows) of this browser, so that opening a game
 * already open elsewhere says so at once, before either tab saves (the tab guard, `tab-guard.ts`,
 * still decides what happens when both write). Tabs talk over a `BroadcastChannel`: nothing is
 * stored, so a tab that closes or crashes leaves nothing behind that could say a game is open
 * when it is not. The messages are only a courtesy: a browser without the channel loses the
 * early word, never a move.
 */

/** The channel the tabs of one origin share; a `BroadcastChannel` never hears its own posts. */
export interface PresenceChannel {
  post(message: PresenceMessage): void;
  /** Calls `hear` with every message another tab posts; returns the call that stops it. */
  listen(hear: (message: unknown) => void): () => void;
}

/**
 * `open`: this tab has just opened `game` (those that have it open answer `here`). `here`: this
 * tab has `game` open. `left`: this tab no longer has `game` open (another game, or the tab
 * closed). `who`: which tabs have `game` open (they answer `here`, without a word to their player).
 */
export interface PresenceMessage {
  readonly kind: 'open' | 'here' | 'left' | 'who';
  readonly game: string;
}

const KINDS: ReadonlySet<string> = new Set(['open', 'here', 'left', 'who']);

/** The message, if it is one: another tab of this origin sent it, but it is still checked. */
export function presenceMessage(value: unknown): PresenceMessage | null {
  if (value === null || typeof value !== 'object') return null;
  const { kind, game } = value as Record<string, unknown>;
  if (typeof kind !== 'string' || !KINDS.has(kind) || typeof game !== 'string' || game.length > 64)
    return null;
  return { kind: kind as PresenceMessage['kind'], game };
}

/**
 * The browser's channel of the game's tabs, or null where there is none. It remembers the game
 * this tab last said it opened, so that when the page goes away (closed, reloaded, or into the
 * back-forward cache) the other tabs hear that it left, and when it comes back, that it is open
 * here again.
 */
export function broadcastPresence(
  name = 'give-and-take:tabs',
): (PresenceChannel & { readonly close: () => void }) | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  const channel = new BroadcastChannel(name);
  let open: string | null = null;
  const post = (message: PresenceMessage) => {
    if (message.kind === 'open') open = message.game;
    else if (message.kind === 'left' && message.game === open) open = null;
    channel.postMessage(message);
  };
  if (typeof addEventListener === 'function') {
    addEventListener('pagehide', () => {
      if (open !== null) channel.postMessage({ kind: 'left', game: open });
    });
    addEventListener('pageshow', (event) => {
      if ((event as PageTransitionEvent).persisted && open !== null)
        channel.postMessage({ kind: 'open', game: open });
    });
  }
  return {
    post,
    listen(hear) {
      const onMessage = (event: MessageEvent) => hear(event.data);
      channel.addEventListener('message', onMessage);
      return () => channel.removeEventListener('message', onMessage);
    },
    close: () => channel.close(),
  };
}

/** What a tab's presence needs to know and do: its open game, and how to tell its player. */
export interface PresenceHooks {
  /** The game open in this tab now, if any. */
  readonly openGame: () => string | null;
  /** Another tab has the game open in this tab open too. */
  readonly openElsewhere: () => void;
  /** Another tab on this tab's game has left it: it may be open nowhere else now. */
  readonly maybeAlone: () => void;
}

/**
 * A tab's side of the conversation: answers the other tabs about the game open here. Returns the
 * call to make when the game open here changes (from `before` to `now`, either null).
 */
export function tabPresence(
  channel: PresenceChannel | null,
  hooks: PresenceHooks,
): (before: string | null, now: string | null) => void {
  if (channel === null) return () => {};
  channel.listen((raw) => {
    const message = presenceMessage(raw);
    if (message === null || message.game !== hooks.openGame()) return;
    switch (message.kind) {
      case 'open':
        hooks.openElsewhere();
        channel.post({ kind: 'here', game: message.game });
        break;
      case 'here':
        hooks.openElsewhere();
        break;
      case 'who':
        channel.post({ kind: 'here', game: message.game });
        break;
      case 'left':
        // Whether a third tab still has it open, its answer to `who` says.
        hooks.maybeAlone();
        channel.post({ kind: 'who', game: message.game });
        break;
    }
  });
  return (before, now) => {
    if (before === now) return;
    if (before !== null) channel.post({ kind: 'left', game: before });
    if (now !== null) channel.post({ kind: 'open', game: now });
  };
}
