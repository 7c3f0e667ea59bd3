import { type Ctx, nameOf, setRelation } from '../context.ts';
import { fmt, signed } from '../numbers.ts';
import { relationOf } from '../state.ts';
import type { ActorId } from '../types.ts';

/**
 * The expectation ratchet: expectations inflate fast after a good deal and deflate slowly after a
 * poor one (α_up > α_down), so over-giving in one round costs several rounds of firmness.
 */
export function ratchetAfterDeal(ctx: Ctx, who: ActorId, other: ActorId, realised: number): void {
  const rel = relationOf(ctx.state, who, other);
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
      `${nameOf(ctx, who)}'s expectation of ${nameOf(ctx, other)} ${signed(next - before)}: it got ${fmt(realised)} VP of value against ${fmt(before)} expected`,
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
      `${nameOf(ctx, who)}'s expectation of ${nameOf(ctx, other)} ${signed(next - before)}: it got ${fmt(realised)} VP against ${fmt(before)} expected, and expectations come down slowly`,
    );
  }
}

/** A tabled offer anchors: even rejected, a generous one lifts what the other side expects. */
export function anchor(ctx: Ctx, who: ActorId, other: ActorId, surplus: number): void {
  const rel = relationOf(ctx.state, who, other);
  if (surplus <= rel.expectation) return;
  const next = rel.expectation + ctx.p.alphaAnchor * (surplus - rel.expectation);
  setRelation(
    ctx,
    who,
    other,
    'expectation',
    next,
    'ratchet/anchor',
    `${nameOf(ctx, who)}'s expectation of ${nameOf(ctx, other)} ${signed(next - rel.expectation)}: the offer on the table (${fmt(surplus)} VP) anchors what it expects`,
  );
}

/** Firmness pulls the other side's expectation back toward its walk-away value. */
export function temper(ctx: Ctx, who: ActorId, other: ActorId, strength: number, why: string): void {
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
    `${nameOf(ctx, who)}'s expectation of ${nameOf(ctx, other)} ${signed(next - rel.expectation)}: ${why}`,
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
  const rel = relationOf(ctx.state, receiver, giver);
  const raise = ctx.p.giftRaise * value * (conditional ? ctx.p.conditionalDamping : 1);
  setRelation(
    ctx,
    receiver,
    giver,
    'expectation',
    rel.expectation + raise,
    conditional ? 'ratchet/gift-conditional' : 'ratchet/gift',
    conditional
      ? `${nameOf(ctx, receiver)}'s expectation of ${nameOf(ctx, giver)} ${signed(raise)}: a gift tied to reciprocity (${fmt(value)} VP) raises expectations only a little`
      : `${nameOf(ctx, receiver)}'s expectation of ${nameOf(ctx, giver)} ${signed(raise)}: a gift for nothing (${fmt(value)} VP) teaches it to expect more`,
  );
}
