import type { Action } from '../engine/index.ts';
import { playOn, seatsOf, verifyLog } from '../sim/index.ts';
import type { BranchOrigin, Session, Step } from './session.ts';
import { KEY_PREFIX, type StorageLike, tryRead, tryWrite } from './storage.ts';

/**
 * "What if": a finished game played again from the start of one of its turns, with the same
 * seed, seats and AI, so that everything before that turn happens exactly as it did and only the
 * player's moves from there on can make it differ. The new game is a game of its own (its own
 * slot, saves, debrief); beside it is kept the first game's moves, so its debrief can set the two
 * paths side by side.
 */

const branchKey = (game: string) => `${KEY_PREFIX}branch:${game}`;

/** The number of moves made before turn `turn` began, in a session's log. */
export function movesBefore(session: Session, turn: number): number {
  const start = session.turnStarts[turn - 1];
  if (!start) return session.actions.length;
  return start.log.reduce((n, entry) => n + (entry.action ? 1 : 0), 0);
}

/**
 * The game taken up again at the start of `turn`, in slot `game`: the first game's moves before
 * that turn replayed (each checked, the AI's recomputed), then the AI's moves up to the player's
 * first; null when the turn is not one the game reached.
 */
export function branchFrom(session: Session, turn: number, game: string): Step | null {
  if (!Number.isInteger(turn) || turn < 1 || turn > session.turnStarts.length) return null;
  const before = session.actions.slice(0, movesBefore(session, turn));
  const { ai, options } = session.state;
  const verified = verifyLog(session.scenario, session.seed, session.controllers, before, ai, options);
  if (!verified.ok) return null;
  const { state, turnStarts } = verified.value;
  const played = playOn(session.scenario, state, seatsOf(session.controllers));
  const starts = [
    ...turnStarts,
    ...played.moves.filter((m) => m.after.turn > m.before.turn).map((m) => m.after),
  ];
  const actions = [...before, ...played.moves.map((m) => m.action)];
  return {
    session: {
      ...session,
      game,
      actions,
      state: played.state,
      turnStarts: starts,
      history: null,
      serial: 0,
      // Set beside the game it was taken from: the one whose debrief the player was reading.
      branch: { turn, actions: session.actions },
    },
    actions: played.moves.map((m) => m.action),
    moves: played.moves,
    events: played.moves.flatMap((m) => m.events),
    paused: false,
  };
}

/** Keeps a what-if game's origin beside its saves. */
export function writeBranch(storage: StorageLike | null, game: string, origin: BranchOrigin): void {
  tryWrite(storage, branchKey(game), JSON.stringify(origin));
}

/** The origin kept for a game, if it is a what-if game and the record reads. */
export function readBranch(storage: StorageLike | null, game: string): BranchOrigin | null {
  const text = tryRead(storage, branchKey(game));
  if (text === null) return null;
  try {
    const raw = JSON.parse(text) as { turn?: unknown; actions?: unknown };
    if (typeof raw.turn !== 'number' || !Number.isInteger(raw.turn) || !Array.isArray(raw.actions))
      return null;
    // The moves are checked where they are used: replayed by `verifyLog`, which refuses any that do not hold.
    return { turn: raw.turn, actions: raw.actions as Action[] };
  } catch {
    return null;
  }
}
