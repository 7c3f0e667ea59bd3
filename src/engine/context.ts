import { clamp, round3 } from './numbers.ts';
import {
  actorOf,
  actorState,
  type Delta,
  type DomainEvent,
  type DomainEventType,
  type GameState,
  type Offer,
  relationOf,
} from './state.ts';
import type { ActorId, Citation, Parameters, Scenario } from './types.ts';

/**
 * The working copy a rule changes while an action is applied. Every change goes through the
 * helpers below, so none can happen without a rule id and a reason in the log.
 */
export interface Ctx {
  readonly scenario: Scenario;
  readonly p: Parameters;
  readonly state: GameState;
  readonly events: DomainEvent[];
}

export interface EventInit {
  readonly type: DomainEventType;
  readonly rule: string;
  readonly reason: string;
  readonly actor?: ActorId | null;
  readonly target?: ActorId | null;
  readonly delta?: Delta | null;
  readonly cite?: Citation | null;
  readonly offer?: Offer | null;
  readonly subject?: string | null;
}

export function emit(ctx: Ctx, init: EventInit): void {
  ctx.events.push({
    type: init.type,
    rule: init.rule,
    reason: init.reason,
    actor: init.actor ?? null,
    target: init.target ?? null,
    delta: init.delta ?? null,
    cite: init.cite ?? null,
    offer: init.offer ?? null,
    subject: init.subject ?? null,
  });
}

/** "Pyongyang", "Tokyo": how actors are named in reasons. */
export function nameOf(ctx: Ctx, id: ActorId): string {
  return actorOf(ctx.scenario, id).capital;
}

type RelationField = 'expectation' | 'reservation' | 'trust';

const RELATION_EVENT: Record<RelationField, DomainEventType> = {
  expectation: 'expectationChanged',
  reservation: 'reservationChanged',
  trust: 'trustChanged',
};

/** Sets A's view of B; a change too small to see (under 0.001) is not logged. */
export function setRelation(
  ctx: Ctx,
  from: ActorId,
  to: ActorId,
  field: RelationField,
  value: number,
  rule: string,
  reason: string,
): void {
  const rel = relationOf(ctx.state, from, to);
  const next = round3(field === 'trust' ? clamp(value, 0, 1) : clamp(value, -100, 100));
  const prev = rel[field];
  if (next === prev) return;
  rel[field] = next;
  emit(ctx, {
    type: RELATION_EVENT[field],
    rule,
    reason,
    actor: from,
    target: to,
    delta: { field, from: prev, to: next },
  });
}

export function setTension(ctx: Ctx, value: number, rule: string, reason: string): void {
  const next = round3(clamp(value, 0, 100));
  const prev = ctx.state.tension;
  if (next === prev) return;
  ctx.state.tension = next;
  emit(ctx, { type: 'tensionChanged', rule, reason, delta: { field: 'tension', from: prev, to: next } });
}

export function setApproval(ctx: Ctx, id: ActorId, value: number, rule: string, reason: string): void {
  const actor = actorState(ctx.state, id);
  if (actor.approval === null) return;
  const next = round3(clamp(value, 0, 100));
  const prev = actor.approval;
  if (next === prev) return;
  actor.approval = next;
  emit(ctx, {
    type: 'approvalChanged',
    rule,
    reason,
    actor: id,
    delta: { field: 'approval', from: prev, to: next },
  });
}

export function setProgress(ctx: Ctx, issue: string, value: number, rule: string, reason: string): void {
  const prev = ctx.state.progress[issue] ?? 0;
  const next = round3(clamp(value, 0, 100));
  if (next === prev) return;
  ctx.state.progress[issue] = next;
  emit(ctx, {
    type: 'progressMade',
    rule,
    reason,
    subject: issue,
    delta: { field: 'progress', from: prev, to: next },
  });
}
