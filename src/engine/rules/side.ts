import { because, type Ctx, emit, setApproval, setRelation, setTension } from '../context.ts';
import { lineValue } from '../judge.ts';
import { lookup, round3 } from '../numbers.ts';
import { actorOf, actorState, sortedIds, writableRelation } from '../state.ts';
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
  const rel = writableRelation(state, target, presser);
  const felt = level * p.pressureLeverage * (1 - agility) * rel.habituation;
  const sidestep = level * p.pressureLeverage * agility * t.patronGenerosity;
  const change = sidestep - felt;
  emit(ctx, {
    type: 'pressureApplied',
    rule: 'pressure/apply',
    ...(kappa > 0
      ? { message: 'pressure.apply-lined-up', params: { actor: presser, target, level, share: kappa * 100 } }
      : { message: 'pressure.apply', params: { actor: presser, target, level } }),
    actor: presser,
    target,
  });
  setRelation(
    ctx,
    target,
    presser,
    'reservation',
    rel.reservation + change,
    change > 0 ? 'pressure/backfire' : 'pressure/leverage',
    because(change > 0 ? 'pressure.backfire' : 'pressure.leverage', { change, sidestep, felt }),
  );
  rel.habituation = round3(Math.max(0.25, rel.habituation - p.habituationDecay));
  if (sidestep > 0) {
    const ts = actorState(state, target);
    ts.received = round3(ts.received + sidestep);
    emit(ctx, {
      type: 'sidestep',
      rule: 'pressure/sidestep',
      message: 'pressure.sidestep',
      params: { actor: target, patrons: t.patrons, sidestep },
      actor: target,
      target: presser,
    });
    // Pressure from one side makes the target court the others.
    for (const other of sortedIds(state.actors)) {
      if (other === target || other === presser || actorOf(ctx.scenario, other).background) continue;
      const r = writableRelation(state, target, other);
      setRelation(
        ctx,
        target,
        other,
        'reservation',
        r.reservation - sidestep / 2,
        'pressure/court-others',
        because('pressure.court-others', { change: -sidestep / 2, presser }),
      );
    }
  }
  setTension(
    ctx,
    state.tension + p.tensionPerPressure * level,
    'tension/pressure',
    because('pressure.tension', { change: p.tensionPerPressure * level, actor: presser }),
  );
  setRelation(
    ctx,
    target,
    presser,
    'trust',
    rel.trust * (1 - p.trustPressure * level),
    'trust/pressure',
    because('pressure.trust', { share: p.trustPressure * level * 100 }),
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
    ...(held > 0
      ? { message: 'summit.hold-again', params: { actor: host, target: guest, count: held + 1 } }
      : { message: 'summit.hold', params: { actor: host, target: guest } }),
    actor: host,
    target: guest,
  });
  for (const [x, y] of [
    [host, guest],
    [guest, host],
  ] as const) {
    const rel = writableRelation(state, x, y);
    const gain = p.trustSummit * fresh;
    setRelation(
      ctx,
      x,
      y,
      'trust',
      rel.trust + gain,
      'trust/summit',
      because('summit.trust', { change: gain }),
    );
  }
  countRound(ctx, host, guest);
  setTension(
    ctx,
    state.tension - p.tensionSummit * fresh,
    'tension/summit',
    because('summit.tension', { change: -p.tensionSummit * fresh, actor: host, target: guest }),
  );
}

/**
 * Coordination: asks an ally to line up towards a target for a while. An ally that does not trust
 * the asker refuses; one whose own line differs agrees but at a cost to its goodwill.
 */
/** An ally lines up with a delegation only if it trusts it at least this much (0-1). */
export const COORDINATION_MIN_TRUST = 0.4;

export function coordinate(ctx: Ctx, actor: ActorId, ally: ActorId, target: ActorId): void {
  const { p, state } = ctx;
  const rel = writableRelation(state, ally, actor);
  if (rel.trust < COORDINATION_MIN_TRUST || actorState(state, ally).ousted) {
    emit(ctx, {
      type: 'coordinationRefused',
      rule: 'coordinate/refused',
      message: 'coordinate.refused',
      params: { actor: ally, target: actor, against: target },
      actor: ally,
      target: actor,
    });
    return;
  }
  state.alignments.push({ actor, ally, target, until: state.turn + p.coordinationTurns - 1 });
  emit(ctx, {
    type: 'coordinated',
    rule: 'coordinate/agree',
    message: 'coordinate.agree',
    params: { ally, actor, against: target, until: state.turn + p.coordinationTurns - 1 },
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
      because('coordinate.goodwill', { change: -0.05, against: target }),
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
  const rel = writableRelation(ctx.state, receiver, giver);
  const line = { item, tier };
  const value = lineValue(ctx.scenario, ctx.state, line, receiver, 1);
  emit(ctx, {
    type: 'giftGiven',
    rule: conditional ? 'gift/conditional' : 'gift/unconditional',
    message: conditional ? 'gift.conditional' : 'gift.unconditional',
    params: { actor: giver, item, target: receiver },
    actor: giver,
    target: receiver,
    subject: item,
  });
  recordVerdict(ctx, giver, [], [line]);
  deliverItem(ctx, giver, receiver, line, 'deliver.gift');
  giftRaise(ctx, receiver, giver, value, conditional);
  setRelation(
    ctx,
    receiver,
    giver,
    'trust',
    rel.trust + ctx.p.trustReciprocated,
    'trust/gift',
    because('gift.trust', { change: ctx.p.trustReciprocated }),
  );
  // Aid "to improve the atmosphere" (003): a gift eases the table's tension as well as raising
  // trust; one tied to reciprocity, being half a demand, eases it half as much.
  const eased = conditional ? GIFT_TENSION / 2 : GIFT_TENSION;
  if (eased > 0)
    setTension(
      ctx,
      ctx.state.tension - eased,
      'tension/gift',
      because('gift.tension', { change: -eased, actor: giver, target: receiver }),
    );
}

/**
 * Tension a gift eases. A rule of the engine rather than a scenario's parameter: a new parameter
 * would have changed every scenario's hash, and so turned every save and result file kept before
 * it into one "of another version" (src/scenario/hash.ts hashes the loaded scenario, defaults too).
 */
export const GIFT_TENSION = 2;

/** Backing down in a crisis: the brink recedes, at a price in face at home. */
export function backDown(ctx: Ctx, actor: ActorId): void {
  const { state, p } = ctx;
  state.crisis.backedDown.push(actor);
  emit(ctx, {
    type: 'backedDown',
    rule: 'crisis/back-down',
    message: 'back-down',
    params: { actor },
    actor,
  });
  setTension(
    ctx,
    state.tension - p.crisisEscalation,
    'tension/back-down',
    because('back-down.tension', { change: -p.crisisEscalation, actor }),
  );
  const approval = actorState(state, actor).approval;
  if (approval !== null) {
    setApproval(ctx, actor, approval - 3, 'approval/back-down', because('back-down.approval', {}));
  }
}

/** Walking out: firmness that tempers the other side's expectations, at a cost in trust and calm. */
export function walkOut(ctx: Ctx, actor: ActorId, from: ActorId): void {
  const { p, state } = ctx;
  emit(ctx, {
    type: 'walkedOut',
    rule: 'table/walk-out',
    message: 'table.walk-out',
    params: { actor, target: from },
    actor,
    target: from,
  });
  temper(ctx, from, actor, p.firmness, 'firmness.walk-out');
  for (const [a, b] of [
    [from, actor],
    [actor, from],
  ] as const) {
    const rel = writableRelation(state, a, b);
    setRelation(
      ctx,
      a,
      b,
      'trust',
      rel.trust * p.trustWalkOut,
      'trust/walk-out',
      because('walk-out.trust', { share: (1 - p.trustWalkOut) * 100 }),
    );
  }
  setTension(
    ctx,
    state.tension + p.tensionWalkOut,
    'tension/walk-out',
    because('walk-out.tension', { change: p.tensionWalkOut, actor }),
  );
}
