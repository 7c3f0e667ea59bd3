import {
  type Action,
  type ActorId,
  aiResponse,
  applyAction,
  chooseAiAction,
  createGame,
  type DomainEvent,
  type GameState,
  nextRandom,
  relationKey,
  type Scenario,
  whoMustAct,
} from '../engine/index.ts';
import {
  createStrategy,
  type Skipped,
  type Strategy,
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
  readonly final: GameState;
}

/** A strategy's own generator, so that `random` is reproducible without touching the game's. */
function strategyRandom(seed: number): () => number {
  let state = (seed ^ 0x5bd1e995) | 0;
  return () => {
    const next = nextRandom(state);
    state = next.state;
    return next.value;
  };
}

/** Plays one game to its end: the player's delegation by strategy or moves, the rest by the AI. */
export function simulate(options: SimOptions): SimRun {
  const { scenario, player, seed, play } = options;
  const skipped: SimRun['skipped'] = [];
  const report = (s: Skipped) => skipped.push(s);
  const strategy: Strategy =
    play.kind === 'strategy'
      ? createStrategy(play.name, scenario, player, report)
      : scriptedStrategy((turn) => play.turns[turn - 1] ?? [], report);
  const random = strategyRandom(seed);
  // Replaying history from any seat: every delegation with historical steps follows them.
  const historical = new Map<ActorId, Strategy>();
  if (play.kind === 'strategy' && play.name === 'history') {
    for (const step of scenario.history.steps) {
      if (step.actor !== player && !historical.has(step.actor)) {
        historical.set(step.actor, createStrategy('history', scenario, step.actor));
      }
    }
  }
  let state = createGame(scenario, seed, { [player]: 'person' });
  const turns: TurnRecord[] = [];
  const openOffers = new Map<number, ActionRecord>();
  const record = (turn: number): TurnRecord => {
    let rec = turns.find((t) => t.turn === turn);
    if (!rec) {
      rec = {
        turn,
        label: scenario.turns[turn - 1]?.label ?? `Turn ${turn}`,
        actions: [],
        events: [],
        state: { tension: 0, progress: {}, actors: {} },
      };
      turns.push(rec);
    }
    return rec;
  };
  for (const e of state.log[0]?.events ?? []) record(1).events.push(e);
  for (let guard = 0; state.status === 'playing' && guard < 10_000; guard++) {
    const turn = whoMustAct(scenario, state)!;
    const script = turn.actor === player ? strategy : historical.get(turn.actor);
    let action = script
      ? script({ scenario, state, actor: turn.actor, random })
      : chooseAiAction(scenario, state, turn.actor);
    let result = applyAction(scenario, state, action);
    if (!result.ok) {
      // Built-in players only offer legal moves; this is a guard, reported like a skipped move.
      report({ turn: state.turn, action, code: result.error.code, message: result.error.message });
      action =
        turn.mode === 'respond'
          ? aiResponse(scenario, state, turn.actor, state.pending!)
          : { type: 'wait', actor: turn.actor };
      result = applyAction(scenario, state, action);
      if (!result.ok) throw new Error(`programmer error: fallback move refused: ${result.error.message}`);
    }
    const rec = record(state.turn);
    const entry: ActionRecord = { ...action };
    rec.actions.push(entry);
    if (action.type === 'offer' || action.type === 'counter') {
      if (action.type === 'counter') settle(openOffers, state.pending?.id, false, true);
      if (result.state.pending) openOffers.set(result.state.pending.id, entry);
    } else if (action.type === 'accept' || action.type === 'reject') {
      settle(
        openOffers,
        state.pending?.id,
        action.type === 'accept',
        !result.events.some((e) => e.type === 'dealCollapsed'),
      );
    }
    const newEntries = result.state.log.slice(state.log.length);
    for (const logEntry of newEntries) {
      const target = record(logEntry.turn);
      target.events.push(...logEntry.events);
      if (logEntry.closing) target.state = snapshot(scenario, result.state, player, logEntry.closing);
    }
    state = result.state;
  }
  const final = state.result!;
  return {
    scenario: scenario.id,
    seed,
    player,
    strategy: play.kind === 'strategy' ? play.name : 'moves',
    turns,
    result: { status: final.status, title: final.title, scores: { ...final.scores } },
    skipped,
    final: state,
  };
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

function snapshot(
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
