import { type Ctx, emit, nameOf, setProgress, setRelation } from '../context.ts';
import { lineValue } from '../judge.ts';
import { fmt, points, round3, signed } from '../numbers.ts';
import { actorState, itemOf, relationOf } from '../state.ts';
import type { ActorId, PackageLine } from '../types.ts';

/** Hands an item over now: the receiver gains, the giver pays, issues progress, novelty wears off. */
export function deliverItem(
  ctx: Ctx,
  giver: ActorId,
  receiver: ActorId,
  line: PackageLine,
  why: string,
): void {
  const item = itemOf(ctx.scenario, line.item);
  const value = lineValue(ctx.scenario, ctx.state, { item: line.item, tier: line.tier }, receiver, 1);
  const cost = item.cost * line.tier;
  const r = actorState(ctx.state, receiver);
  const g = actorState(ctx.state, giver);
  r.received = round3(r.received + value);
  g.given = round3(g.given + cost);
  ctx.state.delivered[item.id] = (ctx.state.delivered[item.id] ?? 0) + 1;
  emit(ctx, {
    type: 'itemDelivered',
    rule: 'deal/deliver',
    reason: `${nameOf(ctx, giver)} handed over ${item.name} (tier ${fmt(line.tier)}) ${why}: worth ${fmt(value)} VP to ${nameOf(ctx, receiver)}`,
    actor: giver,
    target: receiver,
    subject: item.id,
    cite: item.cite,
  });
  for (const issue of Object.keys(item.progress).sort()) {
    const gain = (item.progress[issue] ?? 0) * line.tier;
    const before = ctx.state.progress[issue] ?? 0;
    setProgress(
      ctx,
      issue,
      before + gain,
      'progress/item',
      `Progress on ${issueName(ctx, issue)} ${signed(gain)}: ${item.name} delivered`,
    );
  }
}

/** Records a promise to deliver later, within `promiseWindow` turns. */
export function makePromise(ctx: Ctx, giver: ActorId, receiver: ActorId, line: PackageLine): void {
  const item = itemOf(ctx.scenario, line.item);
  const id = ctx.state.nextId++;
  const deadline = ctx.state.turn + ctx.p.promiseWindow;
  ctx.state.promises.push({
    id,
    giver,
    receiver,
    item: line.item,
    tier: line.tier,
    deadline,
    conditional: line.conditional === true,
    status: 'open',
  });
  emit(ctx, {
    type: 'promiseMade',
    rule: 'promise/make',
    reason: `${nameOf(ctx, giver)} promised ${item.name} to ${nameOf(ctx, receiver)}, to be delivered by turn ${deadline}`,
    actor: giver,
    target: receiver,
    subject: item.id,
  });
}

/** Delivering a promise on time builds trust. */
export function keepPromise(ctx: Ctx, promiseId: number): void {
  const promise = ctx.state.promises.find((p) => p.id === promiseId);
  if (promise?.status !== 'open') return;
  promise.status = 'kept';
  const item = itemOf(ctx.scenario, promise.item);
  deliverItem(ctx, promise.giver, promise.receiver, promise, 'as promised');
  const rel = relationOf(ctx.state, promise.receiver, promise.giver);
  emit(ctx, {
    type: 'promiseKept',
    rule: 'promise/kept',
    reason: `${nameOf(ctx, promise.giver)} kept its promise of ${item.name}`,
    actor: promise.giver,
    target: promise.receiver,
    subject: item.id,
  });
  setRelation(
    ctx,
    promise.receiver,
    promise.giver,
    'trust',
    rel.trust + ctx.p.trustKept,
    'trust/kept',
    `${nameOf(ctx, promise.receiver)}'s trust in ${nameOf(ctx, promise.giver)} ${points(ctx.p.trustKept)}: a promise kept`,
  );
}

/** A promise past its deadline is broken: trust is cut hard. */
export function breakOverduePromises(ctx: Ctx): void {
  for (const promise of ctx.state.promises) {
    if (promise.status !== 'open' || promise.deadline > ctx.state.turn) continue;
    promise.status = 'broken';
    const item = itemOf(ctx.scenario, promise.item);
    const rel = relationOf(ctx.state, promise.receiver, promise.giver);
    emit(ctx, {
      type: 'promiseBroken',
      rule: 'promise/broken',
      reason: `${nameOf(ctx, promise.giver)} did not deliver ${item.name} by turn ${promise.deadline}`,
      actor: promise.giver,
      target: promise.receiver,
      subject: item.id,
    });
    setRelation(
      ctx,
      promise.receiver,
      promise.giver,
      'trust',
      rel.trust * ctx.p.trustBroken,
      'trust/broken',
      `${nameOf(ctx, promise.receiver)}'s trust in ${nameOf(ctx, promise.giver)} cut to ${fmt(ctx.p.trustBroken * 100)}%: a broken promise`,
    );
  }
}

export function issueName(ctx: Ctx, id: string): string {
  return ctx.scenario.issues.find((i) => i.id === id)?.name ?? id;
}
