import { because, type Ctx, emit, setProgress, setRelation } from '../context.ts';
import { lineValue } from '../judge.ts';
import type { EventMessageId } from '../messages/en.ts';
import { round3 } from '../numbers.ts';
import { actorState, itemOf, writableRelation } from '../state.ts';
import type { ActorId, PackageLine } from '../types.ts';

/** How an item changed hands: in a deal, as a gift, as promised. */
export type Handover = Exclude<Extract<EventMessageId, `deliver.${string}`>, `${string}.seen`>;

/** Hands an item over now: the receiver gains, the giver pays, issues progress, novelty wears off. */
export function deliverItem(
  ctx: Ctx,
  giver: ActorId,
  receiver: ActorId,
  line: PackageLine,
  how: Handover,
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
    message: how,
    params: { actor: giver, target: receiver, item: item.id, tier: line.tier, value },
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
      because('progress.item', { issue, change: gain, item: item.id }),
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
    message: 'promise.make',
    params: { actor: giver, item: item.id, target: receiver, deadline },
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
  deliverItem(ctx, promise.giver, promise.receiver, promise, 'deliver.promised');
  const rel = writableRelation(ctx.state, promise.receiver, promise.giver);
  emit(ctx, {
    type: 'promiseKept',
    rule: 'promise/kept',
    message: 'promise.kept',
    params: { actor: promise.giver, item: item.id },
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
    because('promise.trust-kept', { change: ctx.p.trustKept }),
  );
}

/** A promise past its deadline is broken: trust is cut hard. */
export function breakOverduePromises(ctx: Ctx): void {
  for (const promise of ctx.state.promises) {
    if (promise.status !== 'open' || promise.deadline > ctx.state.turn) continue;
    promise.status = 'broken';
    const item = itemOf(ctx.scenario, promise.item);
    const rel = writableRelation(ctx.state, promise.receiver, promise.giver);
    emit(ctx, {
      type: 'promiseBroken',
      rule: 'promise/broken',
      message: 'promise.broken',
      params: { actor: promise.giver, item: item.id, deadline: promise.deadline },
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
      because('promise.trust-broken', { share: ctx.p.trustBroken * 100 }),
    );
  }
}
