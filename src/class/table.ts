import {
  type Action,
  type ActorId,
  applyAction,
  type Controller,
  checkShape,
  type GameOptions,
  type GameState,
  listActions,
  replay,
  type Scenario,
  viewFor,
  whoMustAct,
} from '../engine/index.ts';
import { scenarioHash } from '../scenario/index.ts';
import { actAndPlayOn, type Move, playOn, resultFileOf, type Seats } from '../sim/index.ts';
import {
  type Answer,
  type ListedMove,
  refusal,
  type SeatDriver,
  type SeatSummary,
  type TableOverview,
} from './protocol.ts';

/**
 * One table of a class, as the server holds it: the same engine and the same driver as a game
 * played alone, so a table's state is always `replay(scenario, seed, controllers, actions)`. Pure:
 * the server keeps the actions, owns the connections, and calls these.
 */

/** A seat as stored: who drives it, and the student holding it (by token), if any. */
export interface SeatRecord {
  readonly actor: ActorId;
  /** The teacher's plan when the class opened: fixes the game's controllers for good. */
  readonly planned: SeatDriver;
  /** Who drives it now: the teacher may hand a student's seat to the AI, and back. */
  readonly driver: SeatDriver;
  /** The seat token of the student holding it; null while nobody has joined it. */
  readonly holder: string | null;
  readonly name: string;
}

/** A table in play. */
export interface LiveTable {
  readonly index: number;
  readonly seed: number;
  readonly scenario: Scenario;
  readonly options: GameOptions;
  readonly seats: readonly SeatRecord[];
  readonly actions: readonly Action[];
  /** Positions in `actions` of the passes the time per move made for a student out of time. */
  readonly timedOut: readonly number[];
  readonly state: GameState;
}

/**
 * The game's controllers: a seat planned for a student is a person's for the whole game (the
 * advisors' option applies to it), whoever drives it later; so replay never depends on who sat.
 */
export function controllersOf(seats: readonly SeatRecord[]): Record<ActorId, Controller> {
  const controllers: Record<ActorId, Controller> = {};
  for (const seat of seats) controllers[seat.actor] = seat.planned === 'student' ? 'person' : 'ai';
  return controllers;
}

/** Rebuilds a table from its kept actions; a log the rules refuse is a fault in storage. */
export function openTable(input: {
  index: number;
  seed: number;
  scenario: Scenario;
  options: GameOptions;
  seats: readonly SeatRecord[];
  actions: readonly Action[];
  timedOut?: readonly number[];
}): { ok: true; table: LiveTable } | { ok: false; detail: string } {
  const replayed = replay(
    input.scenario,
    input.seed,
    controllersOf(input.seats),
    input.actions,
    input.options,
  );
  if (!replayed.ok) {
    return { ok: false, detail: `action ${replayed.index} is refused on replay: ${replayed.error.message}` };
  }
  return { ok: true, table: { ...input, timedOut: input.timedOut ?? [], state: replayed.state } };
}

/**
 * The table as kept elsewhere now (by another server process, say): its seats, and the actions
 * it has had. Actions are only ever appended, so a table already holding a prefix of them plays
 * only the new ones; anything else (a shorter log, a refused action) is replayed from the start,
 * so the answer is always what `openTable` would give.
 */
export function caughtUp(
  table: LiveTable,
  kept: { seats: readonly SeatRecord[]; actions: readonly Action[]; timedOut: readonly number[] },
): { ok: true; table: LiveTable } | { ok: false; detail: string } {
  const known = table.actions.length;
  const fresh = kept.actions.slice(known);
  if (kept.actions.length < known) return openTable({ ...table, ...kept });
  let state = table.state;
  for (const action of fresh) {
    const result = applyAction(table.scenario, state, action);
    if (!result.ok) return openTable({ ...table, ...kept });
    state = result.state;
  }
  return { ok: true, table: { ...table, ...kept, state } };
}

/** Who the driver waits for: the seats students drive; the AI plays every other delegation. */
export function seatsToDrive(table: LiveTable): Seats {
  const seats: Record<ActorId, 'person'> = {};
  for (const seat of table.seats) if (seat.driver === 'student') seats[seat.actor] = 'person';
  return seats;
}

/** A table after some moves. */
export interface Played {
  readonly table: LiveTable;
  readonly moves: readonly Move[];
}

/**
 * A student's move at `actor`'s seat, then the AI's moves until a student must act (or the end).
 * Refused, with a code, when the move is not the seat's, was chosen against an older state
 * (`expected` is not the table's length), or the rules refuse it.
 */
export function actAt(table: LiveTable, actor: ActorId, action: unknown, expected: number): Answer<Played> {
  if (expected !== table.actions.length) {
    return refusal(
      'class/stale',
      `the move was chosen after ${expected} actions; the table has ${table.actions.length}: look again`,
    );
  }
  const shape = checkShape(action);
  if (shape) return refusal('class/refused', shape.message, shape);
  const move = action as Action;
  if (move.actor !== actor) {
    return refusal('class/not-your-seat', `this seat plays ${actor}, not ${String(move.actor)}`);
  }
  const result = actAndPlayOn(table.scenario, table.state, move, seatsToDrive(table));
  if (!result.ok) return refusal('class/refused', result.error.message, result.error);
  return { ok: true, ...after(table, result.played.moves) };
}

/** The student's seat the table waits for, if it waits for a student (not the AI, not the end). */
export function studentToMove(table: LiveTable): ActorId | null {
  const turn = whoMustAct(table.scenario, table.state);
  if (!turn) return null;
  const seat = table.seats.find((s) => s.actor === turn.actor);
  return seat?.driver === 'student' ? seat.actor : null;
}

/**
 * The teacher's time per move ran out at a student's seat: the seat passes (it waits, or declines
 * the offer it was answering), then the AI plays on as after any move. A pass, not the AI's
 * choice, so a slow student is never committed to a deal they did not make. Refused when the
 * table has moved on since the clock started (`expected`) or no student's move is due.
 */
export function timeOutAt(table: LiveTable, expected: number): Answer<Played & { actor: ActorId }> {
  if (expected !== table.actions.length) {
    return refusal(
      'class/stale',
      `the clock ran for ${expected} actions; the table has ${table.actions.length}`,
    );
  }
  const turn = whoMustAct(table.scenario, table.state);
  const actor = studentToMove(table);
  if (!turn || actor === null) return refusal('class/stale', 'no student’s move is due at this table');
  const pass: Action = turn.mode === 'respond' ? { type: 'reject', actor } : { type: 'wait', actor };
  const result = actAndPlayOn(table.scenario, table.state, pass, seatsToDrive(table));
  if (!result.ok) return refusal('class/refused', result.error.message, result.error);
  const played = after(
    { ...table, timedOut: [...table.timedOut, table.actions.length] },
    result.played.moves,
  );
  return { ok: true, actor, ...played };
}

/** The AI's moves owed at a table (after it starts, or a seat is handed to the AI). */
export function playOwed(table: LiveTable): Played {
  return after(table, playOn(table.scenario, table.state, seatsToDrive(table)).moves);
}

function after(table: LiveTable, moves: readonly Move[]): Played {
  const last = moves[moves.length - 1];
  if (last === undefined) return { table, moves };
  return {
    table: { ...table, actions: [...table.actions, ...moves.map((m) => m.action)], state: last.after },
    moves,
  };
}

/** The table with one seat changed. */
export function withSeat(table: LiveTable, seat: SeatRecord): LiveTable {
  return { ...table, seats: table.seats.map((s) => (s.actor === seat.actor ? seat : s)) };
}

/** A seat as the table sees it; `connected` comes from the server's connections. */
export function seatSummary(seat: SeatRecord, connected: boolean): SeatSummary {
  return {
    actor: seat.actor,
    planned: seat.planned,
    driver: seat.driver,
    name: seat.name,
    taken: seat.holder !== null,
    connected,
  };
}

/**
 * One seat's view, with the log entries from `from` on and, when `moving`, the moves listed for
 * it: what the server sends that seat.
 */
export function seatView(table: LiveTable, actor: ActorId, from: number, moving: boolean) {
  const { log, ...view } = viewFor(table.scenario, table.state, actor);
  const moves: ListedMove[] =
    moving && view.mustAct?.actor === actor
      ? listActions(table.scenario, table.state, actor).map((l) => ({
          action: l.action,
          refused: l.error ? l.error.message : null,
        }))
      : [];
  return { view, log: { from, entries: log.slice(from) }, moves };
}

/** A seat's result file once the table has ended (null before): what the debrief would write. */
export function seatResult(
  table: LiveTable,
  actor: ActorId,
  writer: { readonly gameVersion: string; readonly writtenAt: string },
) {
  const seat = table.seats.find((s) => s.actor === actor);
  return resultFileOf(
    {
      scenario: table.scenario,
      scenarioHash: scenarioHash(table.scenario),
      seed: table.seed,
      ai: table.state.ai,
      seats: controllersOf(table.seats),
      player: actor,
      actions: table.actions,
      state: table.state,
    },
    { ...writer, student: seat?.name ?? '' },
  );
}

/** A table as the teacher's page shows it. */
export function tableOverview(
  table: LiveTable,
  connected: (seat: SeatRecord) => boolean,
  secondsLeft: number | null = null,
): TableOverview {
  const { state, scenario } = table;
  const turn = whoMustAct(scenario, state);
  const waiting = turn ? table.seats.find((s) => s.actor === turn.actor) : undefined;
  const alerts: TableOverview['alerts'][number][] = [];
  if (state.crisis.open) alerts.push({ kind: 'crisis' });
  if (state.result?.status === 'collapse') alerts.push({ kind: 'collapse' });
  for (const seat of table.seats)
    if (state.actors[seat.actor]?.ousted) alerts.push({ kind: 'ousted', actor: seat.actor });
  return {
    table: table.index,
    seed: table.seed,
    turn: state.turn,
    turns: state.options.turns ?? scenario.turns.length,
    turnLabel: scenario.turns[state.turn - 1]?.label ?? `Turn ${state.turn}`,
    tension: state.tension,
    status: state.status === 'ended' ? 'ended' : 'playing',
    length: table.actions.length,
    waitingFor: turn ? { actor: turn.actor, driver: waiting?.driver ?? 'ai' } : null,
    seats: table.seats.map((seat) => ({
      ...seatSummary(seat, connected(seat)),
      approval: state.actors[seat.actor]?.approval ?? null,
      score: state.result?.scores[seat.actor] ?? null,
    })),
    alerts,
    outcome: state.result ? { id: state.result.status, title: state.result.title } : null,
    secondsLeft,
  };
}
