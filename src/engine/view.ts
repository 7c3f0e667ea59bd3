import { type Estimate, estimateRelation } from './beliefs.ts';
import type { DomainEvent, SeenEvent } from './events.ts';
import { approvalThreshold, nextElection } from './judge.ts';
import { lastTurn } from './options.ts';
import type { Handover } from './rules/delivery.ts';
import {
  actorOf,
  actorState,
  type GameResult,
  type GameState,
  type LogEntry,
  leaderOf,
  type Offer,
  type PromiseRecord,
  relationOf,
  sortedIds,
} from './state.ts';
import { whoMustAct } from './turn.ts';
import type { ActorId, Election, GameOptions, RedLine, Scenario } from './types.ts';

/** What the advisors say about another delegation. */
export interface CounterpartView {
  readonly id: ActorId;
  readonly name: string;
  readonly leader: string;
  /** Approval is public (polls); null for delegations without a public. */
  readonly approval: number | null;
  readonly expectation: Estimate;
  readonly reservation: Estimate;
  readonly trust: Estimate;
  /** Our own trust in them: ours, so exact. */
  readonly ourTrust: number;
  readonly mood: 'warm' | 'guarded' | 'hostile';
  readonly locked: boolean;
  /** While locked, the most it may give in one move (cost to its leadership); null: nothing, or not locked. */
  readonly lockCap: number | null;
  readonly ousted: boolean;
  readonly nextElection: Election | null;
}

/** A delegation's own view: exact numbers for itself, estimates for everyone else. */
export interface DelegationView {
  readonly viewer: ActorId;
  readonly turn: number;
  readonly turnLabel: string;
  readonly turns: number;
  readonly status: GameState['status'];
  readonly tension: number;
  readonly crisis: GameState['crisis'];
  readonly progress: Readonly<Record<string, number>>;
  readonly mustAct: ReturnType<typeof whoMustAct>;
  readonly pending: Offer | null;
  readonly self: {
    readonly approval: number | null;
    readonly threshold: number;
    readonly nextElection: Election | null;
    readonly leader: string;
    readonly redLines: readonly RedLine[];
    readonly locked: boolean;
    readonly lockCap: number | null;
    readonly received: number;
    readonly given: number;
  };
  readonly others: readonly CounterpartView[];
  readonly promises: readonly PromiseRecord[];
  readonly log: readonly SeenLogEntry[];
  readonly result: GameResult | null;
  /** The teacher's options the game is played under. */
  readonly options: GameOptions;
  /**
   * What history did on each turn reached so far, when the options show it as you play; empty
   * otherwise (it waits for the debrief).
   */
  readonly history: readonly HistoryNote[];
}

/** One step of what really happened, as a player reads it during the game. */
export interface HistoryNote {
  readonly turn: number;
  readonly actor: ActorId;
  readonly note: string;
}

/**
 * Another delegation's private figures, as the viewer may see them: a verdict on an offer without
 * the figures behind it, a handover without what it was worth to the receiver, and a change of
 * expectation, walk-away value or trust as the direction
 * the advisors read, without the numbers. The parameters are redacted and the message chosen to
 * match, so the words come from the same table as every other reason.
 */
export function redactEvent(viewer: ActorId, e: DomainEvent): SeenEvent {
  // A handover's value is the receiver's own figure: the giver sees what it gave, not its worth.
  if (e.type === 'itemDelivered') {
    if (e.target === viewer) return e;
    const message = `${e.message as Handover}.seen` as const;
    const { value: _value, ...params } = e.params;
    return { ...e, message, params };
  }
  if (e.actor === viewer) return e;
  switch (e.type) {
    case 'offerAccepted':
    case 'offerRejected':
      return {
        ...e,
        message: e.type === 'offerAccepted' ? 'offer.accepted.seen' : 'offer.rejected.seen',
        params: { actor: e.actor, target: e.target, what: e.offer.isCounter ? 'counter-offer' : 'offer' },
      };
    case 'expectationChanged':
    case 'reservationChanged':
    case 'trustChanged': {
      const way = e.delta.to > e.delta.from ? 'up' : 'down';
      return {
        type: e.type,
        rule: e.rule,
        message: 'advisors.estimate',
        params: {
          actor: e.actor,
          target: e.target,
          field: e.delta.field,
          way: way === 'up' ? 'risen' : 'fallen',
        },
        actor: e.actor,
        target: e.target,
        hidden: true,
        way,
      };
    }
    default:
      return e;
  }
}

/** The cap of a delegation's lock while it holds (public: the lock and its reason are the scenario's). */
function lockCapOf(scenario: Scenario, state: GameState, id: ActorId): number | null {
  if (!actorState(state, id).locked) return null;
  return actorOf(scenario, id).lockedUntil?.cap ?? null;
}

/** A log entry as a delegation sees it. */
export interface SeenLogEntry extends Omit<LogEntry, 'events'> {
  readonly events: readonly SeenEvent[];
}

export function viewFor(scenario: Scenario, state: GameState, viewer: ActorId): DelegationView {
  const me = actorState(state, viewer);
  const others = sortedIds(state.actors)
    .filter((id) => id !== viewer && !actorOf(scenario, id).background)
    .map((id): CounterpartView => {
      const trust = estimateRelation(scenario, state, viewer, id, 'trust');
      return {
        id,
        name: actorOf(scenario, id).name,
        leader: leaderOf(scenario, state, id).name,
        approval: actorState(state, id).approval,
        expectation: estimateRelation(scenario, state, viewer, id, 'expectation'),
        reservation: estimateRelation(scenario, state, viewer, id, 'reservation'),
        trust,
        ourTrust: relationOf(state, viewer, id).trust,
        mood: trust.value >= 0.55 ? 'warm' : trust.value >= 0.3 ? 'guarded' : 'hostile',
        locked: actorState(state, id).locked,
        lockCap: lockCapOf(scenario, state, id),
        ousted: actorState(state, id).ousted,
        nextElection: nextElection(scenario, state, id),
      };
    });
  return {
    viewer,
    turn: state.turn,
    turnLabel: scenario.turns[state.turn - 1]?.label ?? `Turn ${state.turn}`,
    turns: lastTurn(scenario, state),
    status: state.status,
    tension: state.tension,
    crisis: state.crisis,
    progress: state.progress,
    mustAct: whoMustAct(scenario, state),
    pending: state.pending,
    self: {
      approval: me.approval,
      threshold: approvalThreshold(scenario, state, viewer),
      nextElection: nextElection(scenario, state, viewer),
      leader: leaderOf(scenario, state, viewer).name,
      redLines: leaderOf(scenario, state, viewer).redLines,
      locked: me.locked,
      lockCap: lockCapOf(scenario, state, viewer),
      received: me.received,
      given: me.given,
    },
    others,
    promises: state.promises.filter((p) => p.giver === viewer || p.receiver === viewer),
    log: state.log.map((entry) => ({
      ...entry,
      events: entry.events.map((e) => redactEvent(viewer, e)),
    })),
    result: state.result,
    options: state.options,
    history:
      state.options.history === 'each-turn'
        ? scenario.history.steps
            .filter((step) => step.turn <= state.turn)
            .map((step) => ({ turn: step.turn, actor: step.actor, note: step.note }))
        : [],
  };
}
