import {
  type Action,
  type ActorId,
  AI_VERSION,
  createGame,
  type DomainEvent,
  type GameOptions,
  type GameState,
  nextRandom,
  relationKey,
  type Scenario,
} from '../engine/index.ts';
import { closedTurn, type Move, playOn, type Seat, type Seats } from './driver.ts';
import {
  createStrategy,
  type ScriptedStrategy,
  type Skipped,
  type StrategyName,
  scriptedStrategy,
} from './strategies.ts';

/** Who plays the chosen delegation: a built-in strategy, or a list of moves per turn. */
export type Player =
  | { readonly kind: 'strategy'; readonly name: StrategyName }
  | { readonly kind: 'moves'; readonly turns: readonly (readonly Action[])[] };

export interface SimOptions {
  readonly scenario: Scenario;
  readonly player: ActorId;
  readonly seed: number;
  readonly play: Player;
  /** The teacher's options the game is played under (none by default). */
  readonly gameOptions?: GameOptions;
}

/** An action as it appears in a report: offers say whether they were accepted. */
export type ActionRecord = Action & { accepted?: boolean; ratified?: boolean };

export interface ActorSnapshot {
  approval?: number;
  /** Towards the player's delegation. */
  expectation: number;
  trust: number;
  reservation: number;
  ousted: boolean;
}

export interface TurnRecord {
  readonly turn: number;
  readonly label: string;
  readonly actions: ActionRecord[];
  readonly events: DomainEvent[];
  state: { tension: number; progress: Record<string, number>; actors: Record<ActorId, ActorSnapshot> };
}

export interface SimRun {
  readonly scenario: string;
  readonly seed: number;
  readonly player: ActorId;
  readonly strategy: string;
  readonly turns: TurnRecord[];
  readonly result: { status: string; title: string; scores: Record<ActorId, number> };
  /** Moves from a moves file that were not legal when their turn came, with the reason. */
  readonly skipped: Skipped[];
  /**
   * Moves from a moves file the game never came to (after the turn's table move, an answer with
   * no offer to answer, a turn after the end), with the reason: none is dropped without a word.
   */
  readonly unused: Skipped[];
  readonly final: GameState;
  /** The state at the start of each turn reached (`turnStarts[i]` starts turn i + 1). */
  readonly turnStarts: readonly GameState[];
}

/** A strategy's own generator, so that `random` is reproducible without touching the game's. */
export function strategyRandom(seed: number): () => number {
  let state = (seed ^ 0x5bd1e995) | 0;
  return () => {
    const next = nextRandom(state);
    state = next.state;
    return next.value;
  };
}

/**
 * The seats of a headless game: the chosen delegation by strategy or moves; when it replays
 * history, every other delegation with historical steps follows its own line too; the AI plays
 * the rest.
 */
export function seatsFor(
  scenario: Scenario,
  player: ActorId,
  play: Player,
  onSkip?: (s: Skipped) => void,
): Seats {
  const seats: Record<ActorId, Seat> = {
    [player]:
      play.kind === 'strategy'
        ? createStrategy(play.name, scenario, player, onSkip)
        : scriptedStrategy((turn) => play.turns[turn - 1] ?? [], onSkip),
  };
  if (play.kind === 'strategy' && play.name === 'history') {
    for (const step of scenario.history.steps) {
      seats[step.actor] ??= createStrategy('history', scenario, step.actor);
    }
  }
  return seats;
}

/** Plays one game to its end: the player's delegation by strategy or moves, the rest by the AI. */
export function simulate(options: SimOptions): SimRun {
  const { scenario, player, seed, play } = options;
  const start = headlessStart(options);
  const turns: TurnRecord[] = [];
  const turnStarts: GameState[] = [start];
  const openOffers = new Map<number, ActionRecord>();
  const record = (turn: number): TurnRecord => {
    let rec = turns.find((t) => t.turn === turn);
    if (!rec) {
      rec = {
        turn,
        label: scenario.turns[turn - 1]?.label ?? `Turn ${turn}`,
        actions: [],
        events: [],
        state: blankTurnState(),
      };
      turns.push(rec);
    }
    return rec;
  };
  for (const e of start.log[0]?.events ?? []) record(1).events.push(e);
  const onMove = (move: Move) => {
    const { action, before, after, events } = move;
    const entry: ActionRecord = { ...action };
    record(before.turn).actions.push(entry);
    if (action.type === 'offer' || action.type === 'counter') {
      if (action.type === 'counter') settle(openOffers, before.pending?.id, false, true);
      if (after.pending) openOffers.set(after.pending.id, entry);
    } else if (action.type === 'accept' || action.type === 'reject') {
      settle(
        openOffers,
        before.pending?.id,
        action.type === 'accept',
        !events.some((e) => e.type === 'dealCollapsed'),
      );
    }
    for (const logEntry of after.log.slice(before.log.length)) {
      const target = record(logEntry.turn);
      target.events.push(...logEntry.events);
      if (logEntry.closing) target.state = snapshot(scenario, after, player, logEntry.closing);
    }
    if (closedTurn(move)) turnStarts.push(after);
  };
  const { final, result, skipped, unused } = playToEnd(options, start, onMove);
  return {
    scenario: scenario.id,
    seed,
    player,
    strategy: play.kind === 'strategy' ? play.name : 'moves',
    turns,
    result,
    skipped,
    unused,
    final,
    turnStarts,
  };
}

/** The first state of a headless game: the chosen delegation's seat is a player's, not the AI's. */
export function headlessStart(options: SimOptions): GameState {
  const { scenario, player, seed, gameOptions = {} } = options;
  return createGame(scenario, seed, { [player]: 'person' }, AI_VERSION, gameOptions);
}

/**
 * Plays a headless game from `start` to its end with `seatsFor`'s seats and the strategies' own
 * generator, telling `onMove` of every move: the one loop of `simulate` and `playOutcome`.
 */
export function playToEnd(
  options: SimOptions,
  start: GameState,
  onMove?: (move: Move) => void,
): {
  readonly final: GameState;
  readonly result: SimRun['result'];
  readonly skipped: Skipped[];
  readonly unused: Skipped[];
} {
  const { scenario, player, seed, play } = options;
  const skipped: Skipped[] = [];
  const report = (s: Skipped) => skipped.push(s);
  const seats = seatsFor(scenario, player, play, report);
  // No seat is a person's: `playOn` returns only when the game is over.
  const { state } = playOn(scenario, start, seats, {
    random: strategyRandom(seed),
    onSkip: report,
    ...(onMove ? { onMove } : {}),
  });
  const final = state.result;
  if (!final) throw new Error('programmer error: a headless game stopped before its end');
  const scripted = seats[player] as Partial<ScriptedStrategy> | undefined;
  return {
    final: state,
    result: { status: final.status, title: final.title, scores: { ...final.scores } },
    skipped,
    unused: play.kind === 'moves' && scripted?.used ? unusedMoves(play.turns, scripted.used, state) : [],
  };
}

/** The scripted moves a game never came to, each with why. */
function unusedMoves(
  turns: readonly (readonly Action[])[],
  used: (turn: number) => number,
  end: GameState,
): Skipped[] {
  return turns.flatMap((planned, i) => {
    const turn = i + 1;
    return planned.slice(used(turn)).map((action) => ({
      turn,
      action,
      code: 'moves/unused',
      message:
        turn > end.turn
          ? `the game ended in turn ${end.turn}, before this turn came`
          : action.type === 'accept' || action.type === 'reject' || action.type === 'counter'
            ? 'no offer was waiting for an answer when this move came up'
            : turn === end.turn
              ? "not reached: the game ended, or the turn's table move came first (it ends the delegation's turn)"
              : "not reached: the turn's table move came first, and it ends the delegation's turn",
    }));
  });
}

/**
 * What really happened, as the game plays it: the scenario's historical line from the seat of
 * its historical player (`sim --strategy history`); null when the scenario has no line.
 */
export function historicalRun(
  scenario: Scenario,
  seed: number,
  gameOptions: GameOptions = {},
): SimRun | null {
  if (scenario.history.steps.length === 0) return null;
  return simulate({
    scenario,
    player: scenario.history.player,
    seed,
    play: { kind: 'strategy', name: 'history' },
    gameOptions,
  });
}

function settle(
  open: Map<number, ActionRecord>,
  id: number | undefined,
  accepted: boolean,
  ratified: boolean,
) {
  if (id === undefined) return;
  const rec = open.get(id);
  if (!rec) return;
  rec.accepted = accepted;
  if (accepted) rec.ratified = ratified;
  open.delete(id);
}

/** A turn record's figures before its turn closes (a game may end before it does). */
export function blankTurnState(): TurnRecord['state'] {
  return { tension: 0, progress: {}, actors: {} };
}

/** The closing figures of a turn, as a report shows them: each delegation toward the player. */
export function snapshot(
  scenario: Scenario,
  state: GameState,
  player: ActorId,
  closing: NonNullable<GameState['log'][number]['closing']>,
): TurnRecord['state'] {
  const actors: Record<ActorId, ActorSnapshot> = {};
  for (const actor of scenario.actors) {
    if (actor.background) continue;
    const toward = actor.id === player ? null : closing.relations[relationKey(actor.id, player)];
    const own = state.actors[actor.id]!;
    const approval = closing.approval[actor.id];
    actors[actor.id] = {
      ...(approval !== null && approval !== undefined ? { approval } : {}),
      expectation: toward?.expectation ?? 0,
      trust: toward?.trust ?? 1,
      reservation: toward?.reservation ?? 0,
      ousted: own.ousted,
    };
  }
  return { tension: closing.tension, progress: { ...closing.progress }, actors };
}
