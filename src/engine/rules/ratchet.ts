import { because, type Ctx, setRelation } from '../context.ts';
import type { EventMessageId } from '../messages/en.ts';
import { relationOf, writableRelation } from '../state.ts';
import type { ActorId } from '../types.ts';

/**
 * The expectation ratchet: expectations inflate fast after a good deal and deflate slowly after a
 * poor one (α_up > α_down), so over-giving in one round costs several rounds of firmness.
 */
export function ratchetAfterDeal(ctx: Ctx, who: ActorId, other: ActorId, realised: number): void {
  const rel = writableRelation(ctx.state, who, other);
  const before = rel.expectation;
  if (realised > before) {
    const next = before + ctx.p.alphaUp * (realised - before);
    setRelation(
      ctx,
      who,
      other,
      'expectation',
      next,
      'ratchet/up',
      because('ratchet.up', { change: next - before, realised, before }),
    );
  } else {
    const next = before - ctx.p.alphaDown * (before - realised);
    setRelation(
      ctx,
      who,
      other,
      'expectation',
      next,
      'ratchet/down',
      because('ratchet.down', { change: next - before, realised, before }),
    );
  }
}

/** A tabled offer anchors: even rejected, a generous one lifts what the other side expects. */
export function anchor(ctx: Ctx, who: ActorId, other: ActorId, surplus: number): void {
  const rel = writableRelation(ctx.state, who, other);
  if (surplus <= rel.expectation) return;
  const next = rel.expectation + ctx.p.alphaAnchor * (surplus - rel.expectation);
  setRelation(
    ctx,
    who,
    other,
    'expectation',
    next,
    'ratchet/anchor',
    because('ratchet.anchor', { change: next - rel.expectation, surplus }),
  );
}

/** What firmness `other` showed: waiting, declining a counter-offer, walking out. */
export type Firmness = Extract<EventMessageId, `firmness.${string}`>;

/** Firmness pulls the other side's expectation back toward its walk-away value. */
export function temper(ctx: Ctx, who: ActorId, other: ActorId, strength: number, why: Firmness): void {
  // Read first: most waits temper nobody, and a relation taken to write is copied.
  const rel = relationOf(ctx.state, who, other);
  if (rel.expectation <= rel.reservation) return;
  const next = rel.expectation - strength * (rel.expectation - rel.reservation);
  setRelation(
    ctx,
    who,
    other,
    'expectation',
    next,
    'ratchet/firmness',
    because(why, { change: next - rel.expectation }),
  );
}

/** An unconditional gift teaches the receiver to expect more; one tied to reciprocity much less so. */
export function giftRaise(
  ctx: Ctx,
  receiver: ActorId,
  giver: ActorId,
  value: number,
  conditional: boolean,
): void {
  const rel = writableRelation(ctx.state, receiver, giver);
  const raise = ctx.p.giftRaise * value * (conditional ? ctx.p.conditionalDamping : 1);
  setRelation(
    ctx,
    receiver,
    giver,
    'expectation',
    rel.expectation + raise,
    conditional ? 'ratchet/gift-conditional' : 'ratchet/gift',
    because(conditional ? 'ratchet.gift-conditional' : 'ratchet.gift', { change: raise, value }),
  );
}
