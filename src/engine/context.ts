import type { DomainEvent } from './events.ts';
import type { EventMessageId } from './messages/en.ts';
import type { MessageParam, MessageParams } from './messages/params.ts';
import { clamp, round3 } from './numbers.ts';
import type { RuleId } from './rule-ids.ts';
import { actorState, type GameState, writableRelation } from './state.ts';
import type { ActorId, Parameters, Scenario } from './types.ts';

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

/** The reason of a change: a message and its parameters. */
export interface Reason {
  readonly message: EventMessageId;
  readonly params: MessageParams;
}

/** A reason; the message table (`messages/en.ts`) holds its words. */
export function because(message: EventMessageId, params: MessageParams): Reason {
  return { message, params };
}

// -0 would not survive the JSON round trip of a save; it reads as 0 anyway.
const clean = (v: MessageParam): MessageParam => (typeof v === 'number' && Object.is(v, -0) ? 0 : v);

/**
 * Records an event in the log of the action being applied. Events are built for this call and
 * never changed after, so the event itself goes into the log; only one with a -0 among its
 * parameters (rare) is copied to clean it.
 */
export function emit(ctx: Ctx, event: DomainEvent): void {
  for (const key in event.params) {
    if (Object.is(event.params[key], -0)) {
      const params: Record<string, MessageParam> = {};
      for (const [k, value] of Object.entries(event.params)) params[k] = clean(value);
      ctx.events.push({ ...event, params });
      return;
    }
  }
  ctx.events.push(event);
}

type RelationField = 'expectation' | 'reservation' | 'trust';

const RELATION_EVENT = {
  expectation: 'expectationChanged',
  reservation: 'reservationChanged',
  trust: 'trustChanged',
} as const;

/**
 * Sets A's view of B; a change too small to see (under 0.001) is not logged. The reason's
 * parameters gain `actor` (A) and `target` (B).
 */
export function setRelation(
  ctx: Ctx,
  from: ActorId,
  to: ActorId,
  field: RelationField,
  value: number,
  rule: RuleId,
  reason: Reason,
): void {
  const rel = writableRelation(ctx.state, from, to);
  const next = round3(field === 'trust' ? clamp(value, 0, 1) : clamp(value, -100, 100));
  const prev = rel[field];
  if (next === prev) return;
  rel[field] = next;
  emit(ctx, {
    type: RELATION_EVENT[field],
    rule,
    message: reason.message,
    params: { actor: from, target: to, ...reason.params },
    actor: from,
    target: to,
    delta: { field, from: prev, to: next },
  });
}

export function setTension(ctx: Ctx, value: number, rule: RuleId, reason: Reason): void {
  const next = round3(clamp(value, 0, 100));
  const prev = ctx.state.tension;
  if (next === prev) return;
  ctx.state.tension = next;
  emit(ctx, {
    type: 'tensionChanged',
    rule,
    message: reason.message,
    params: reason.params,
    delta: { field: 'tension', from: prev, to: next },
  });
}

/** Sets a delegation's approval; the reason's parameters gain `actor`. */
export function setApproval(ctx: Ctx, id: ActorId, value: number, rule: RuleId, reason: Reason): void {
  const actor = actorState(ctx.state, id);
  if (actor.approval === null) return;
  const next = round3(clamp(value, 0, 100));
  const prev = actor.approval;
  if (next === prev) return;
  actor.approval = next;
  emit(ctx, {
    type: 'approvalChanged',
    rule,
    message: reason.message,
    params: { actor: id, ...reason.params },
    actor: id,
    delta: { field: 'approval', from: prev, to: next },
  });
}

export function setProgress(ctx: Ctx, issue: string, value: number, rule: RuleId, reason: Reason): void {
  const prev = ctx.state.progress[issue] ?? 0;
  const next = round3(clamp(value, 0, 100));
  if (next === prev) return;
  ctx.state.progress[issue] = next;
  emit(ctx, {
    type: 'progressMade',
    rule,
    message: reason.message,
    params: reason.params,
    subject: issue,
    delta: { field: 'progress', from: prev, to: next },
  });
}
