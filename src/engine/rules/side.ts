import { type Ctx, emit, nameOf, setApproval, setRelation, setTension } from '../context.ts';
import { lineValue } from '../judge.ts';
import { fmt, lookup, points, round3, signed } from '../numbers.ts';
import { actorOf, actorState, itemOf, relationOf, sortedIds } from '../state.ts';
import type { ActorId, ItemId } from '../types.ts';
import { countRound, recordVerdict } from './deal.ts';
import { deliverItem } from './delivery.ts';
import { giftRaise, temper } from './ratchet.ts';

/** Share of the target's patrons currently lined up with the presser (κ). */
export function alignedShare(ctx: Ctx, presser: ActorId, target: ActorId): number {
  const patrons = actorOf(ctx.scenario, target).patrons;
  if (patrons.length === 0) return 0;
  const aligned = patrons.filter((patron) =>
    ctx.state.alignments.some((a) => a.actor === presser && a.ally === patron && a.target === target),
  );
  return aligned.length / patrons.length;
}

/**
 * Pressure and the sumo sidestep: the giant pushes, and an agile target steps aside to its patrons.
 * Pressure lowers the target's walk-away value only when the squeeze it feels beats what its
 * patrons give it; otherwise it backfires. Lining up the patrons first (coordination) removes the
 * room to step aside.
 */
export function applyPressure(ctx: Ctx, presser: ActorId, target: ActorId, level: number): void {
  const { p, state } = ctx;
  const t = actorOf(ctx.scenario, target);
  const kappa = alignedShare(ctx, presser, target);
  const agility = t.agility * (1 - kappa);
  const rel = relationOf(state, target, presser);
  const felt = level * p.pressureLeverage * (1 - agility) * rel.habituation;
  const sidestep = level * p.pressureLeverage * agility * t.patronGenerosity;
  const change = sidestep - felt;
  emit(ctx, {
    type: 'pressureApplied',
    rule: 'pressure/apply',
    reason: `${nameOf(ctx, presser)} put pressure on ${nameOf(ctx, target)} at level ${level}${kappa > 0 ? `, with ${fmt(kappa * 100)}% of its patrons lined up` : ''}`,
    actor: presser,
    target,
  });
  const why =
    change > 0
      ? `it stepped aside to its patrons (worth ${fmt(sidestep)}) more than it felt the squeeze (${fmt(felt)})`
      : `it felt the squeeze (${fmt(felt)}) more than its patrons could cushion it (${fmt(sidestep)})`;
  setRelation(
    ctx,
    target,
    presser,
    'reservation',
    rel.reservation + change,
    change > 0 ? 'pressure/backfire' : 'pressure/leverage',
    `${nameOf(ctx, target)}'s walk-away value toward ${nameOf(ctx, presser)} ${signed(change)}: ${why}`,
  );
  rel.habituation = round3(Math.max(0.25, rel.habituation - p.habituationDecay));
  if (sidestep > 0) {
    const ts = actorState(state, target);
    ts.received = round3(ts.received + sidestep);
    emit(ctx, {
      type: 'sidestep',
      rule: 'pressure/sidestep',
      reason: `${nameOf(ctx, target)} turned to ${t.patrons.map((id) => nameOf(ctx, id)).join(' and ')} and gained ${fmt(sidestep)} VP of support`,
      actor: target,
      target: presser,
    });
    // Pressure from one side makes the target court the others.
    for (const other of sortedIds(state.actors)) {
      if (other === target || other === presser || actorOf(ctx.scenario, other).background) continue;
      const r = relationOf(state, target, other);
      setRelation(
        ctx,
        target,
        other,
        'reservation',
        r.reservation - sidestep / 2,
        'pressure/court-others',
        `${nameOf(ctx, target)}'s walk-away value toward ${nameOf(ctx, other)} ${signed(-sidestep / 2)}: pressed by ${nameOf(ctx, presser)}, it courts the others`,
      );
    }
  }
  setTension(
    ctx,
    state.tension + p.tensionPerPressure * level,
    'tension/pressure',
    `Tension ${signed(p.tensionPerPressure * level)}: ${nameOf(ctx, presser)} applied pressure`,
  );
  setRelation(
    ctx,
    target,
    presser,
    'trust',
    rel.trust * (1 - p.trustPressure * level),
    'trust/pressure',
    `${nameOf(ctx, target)}'s trust in ${nameOf(ctx, presser)} -${fmt(p.trustPressure * level * 100)}%: it was pressed`,
  );
  actorState(state, presser).pressure[target] = { level, turn: state.turn };
}

/** A summit: respect that costs little, builds trust and calms things, and speeds the talks. */
export function holdSummit(ctx: Ctx, host: ActorId, guest: ActorId): void {
  const { p, state } = ctx;
  const a = actorState(state, host);
  const held = a.summits[guest] ?? 0;
  const fresh = lookup(p.novelty.symbolic, held);
  a.summits[guest] = held + 1;
  a.summitWith = guest;
  emit(ctx, {
    type: 'summitHeld',
    rule: 'summit/hold',
    reason: `${nameOf(ctx, host)} and ${nameOf(ctx, guest)} held a summit${held > 0 ? ` (summit number ${held + 1}: less new each time)` : ''}; the leader must now come home with something`,
    actor: host,
    target: guest,
  });
  for (const [x, y] of [
    [host, guest],
    [guest, host],
  ] as const) {
    const rel = relationOf(state, x, y);
    const gain = p.trustSummit * fresh;
    setRelation(
      ctx,
      x,
      y,
      'trust',
      rel.trust + gain,
      'trust/summit',
      `${nameOf(ctx, x)}'s trust in ${nameOf(ctx, y)} ${points(gain)}: the leaders met`,
    );
  }
  countRound(ctx, host, guest);
  setTension(
    ctx,
    state.tension - p.tensionSummit * fresh,
    'tension/summit',
    `Tension ${signed(-p.tensionSummit * fresh)}: a summit between ${nameOf(ctx, host)} and ${nameOf(ctx, guest)}`,
  );
}

/**
 * Coordination: asks an ally to line up towards a target for a while. An ally that does not trust
 * the asker refuses; one whose own line differs agrees but at a cost to its goodwill.
 */
export function coordinate(ctx: Ctx, actor: ActorId, ally: ActorId, target: ActorId): void {
  const { p, state } = ctx;
  const rel = relationOf(state, ally, actor);
  if (rel.trust < 0.4 || actorState(state, ally).ousted) {
    emit(ctx, {
      type: 'coordinationRefused',
      rule: 'coordinate/refused',
      reason: `${nameOf(ctx, ally)} declined to line up with ${nameOf(ctx, actor)} towards ${nameOf(ctx, target)}: it does not trust ${nameOf(ctx, actor)} enough`,
      actor: ally,
      target: actor,
    });
    return;
  }
  state.alignments.push({ actor, ally, target, until: state.turn + p.coordinationTurns - 1 });
  emit(ctx, {
    type: 'coordinated',
    rule: 'coordinate/agree',
    reason: `${nameOf(ctx, ally)} lined up with ${nameOf(ctx, actor)} towards ${nameOf(ctx, target)} until turn ${state.turn + p.coordinationTurns - 1}`,
    actor,
    target: ally,
  });
  if (actorOf(ctx.scenario, ally).stance !== actorOf(ctx.scenario, actor).stance) {
    setRelation(
      ctx,
      ally,
      actor,
      'trust',
      rel.trust - 0.05,
      'coordinate/goodwill',
      `${nameOf(ctx, ally)}'s trust in ${nameOf(ctx, actor)} ${points(-0.05)}: its own line towards ${nameOf(ctx, target)} differs`,
    );
  }
}

/** A gift: value for nothing. It builds trust, and unless tied to reciprocity, expectations. */
export function giveGift(
  ctx: Ctx,
  giver: ActorId,
  receiver: ActorId,
  item: ItemId,
  tier: number,
  conditional: boolean,
): void {
  const rel = relationOf(ctx.state, receiver, giver);
  const line = { item, tier };
  const value = lineValue(ctx.scenario, ctx.state, line, receiver, 1);
  emit(ctx, {
    type: 'giftGiven',
    rule: conditional ? 'gift/conditional' : 'gift/unconditional',
    reason: `${nameOf(ctx, giver)} gave ${itemOf(ctx.scenario, item).name} to ${nameOf(ctx, receiver)}${conditional ? ', expecting something in return' : ' with nothing asked'}`,
    actor: giver,
    target: receiver,
    subject: item,
  });
  recordVerdict(ctx, giver, [], [line]);
  deliverItem(ctx, giver, receiver, line, 'as a gift');
  giftRaise(ctx, receiver, giver, value, conditional);
  setRelation(
    ctx,
    receiver,
    giver,
    'trust',
    rel.trust + ctx.p.trustReciprocated,
    'trust/gift',
    `${nameOf(ctx, receiver)}'s trust in ${nameOf(ctx, giver)} ${points(ctx.p.trustReciprocated)}: a goodwill gesture`,
  );
}

/** Backing down in a crisis: the brink recedes, at a price in face at home. */
export function backDown(ctx: Ctx, actor: ActorId): void {
  const { state, p } = ctx;
  state.crisis.backedDown.push(actor);
  emit(ctx, {
    type: 'backedDown',
    rule: 'crisis/back-down',
    reason: `${nameOf(ctx, actor)} stepped back from the brink`,
    actor,
  });
  setTension(
    ctx,
    state.tension - p.crisisEscalation,
    'tension/back-down',
    `Tension ${signed(-p.crisisEscalation)}: ${nameOf(ctx, actor)} backed down`,
  );
  const approval = actorState(state, actor).approval;
  if (approval !== null) {
    setApproval(
      ctx,
      actor,
      approval - 3,
      'approval/back-down',
      `${nameOf(ctx, actor)}'s approval -3: backing down looks weak at home`,
    );
  }
}

/** Walking out: firmness that tempers the other side's expectations, at a cost in trust and calm. */
export function walkOut(ctx: Ctx, actor: ActorId, from: ActorId): void {
  const { p, state } = ctx;
  emit(ctx, {
    type: 'walkedOut',
    rule: 'table/walk-out',
    reason: `${nameOf(ctx, actor)} walked out of the talks with ${nameOf(ctx, from)}`,
    actor,
    target: from,
  });
  temper(ctx, from, actor, p.firmness, `${nameOf(ctx, actor)} walked out rather than give more`);
  for (const [a, b] of [
    [from, actor],
    [actor, from],
  ] as const) {
    const rel = relationOf(state, a, b);
    setRelation(
      ctx,
      a,
      b,
      'trust',
      rel.trust * p.trustWalkOut,
      'trust/walk-out',
      `${nameOf(ctx, a)}'s trust in ${nameOf(ctx, b)} -${fmt((1 - p.trustWalkOut) * 100)}%: a walk-out`,
    );
  }
  setTension(
    ctx,
    state.tension + p.tensionWalkOut,
    'tension/walk-out',
    `Tension ${signed(p.tensionWalkOut)}: ${nameOf(ctx, actor)} walked out`,
  );
}
