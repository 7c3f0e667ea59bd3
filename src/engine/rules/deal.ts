import { because, type Ctx, emit, setApproval, setRelation, setTension } from '../context.ts';
import { judgePackage, lineValue, publicVerdict, ratification } from '../judge.ts';
import type { EventMessageId } from '../messages/en.ts';
import { round3 } from '../numbers.ts';
import { actorState, type Offer, writableRelation } from '../state.ts';
import type { ActorId, PackageLine } from '../types.ts';
import { deliverItem, makePromise } from './delivery.ts';
import { anchor, ratchetAfterDeal, temper } from './ratchet.ts';

/**
 * A turn in which two delegations talk is a round: each side's demands ease one step along its
 * concession curve. More offers in the same turn do not wear the other side down faster.
 */
export function countRound(ctx: Ctx, a: ActorId, b: ActorId): void {
  for (const rel of [writableRelation(ctx.state, a, b), writableRelation(ctx.state, b, a)]) {
    if (rel.roundTurn === ctx.state.turn) continue;
    rel.rounds += 1;
    rel.roundTurn = ctx.state.turn;
  }
}

export function tableOffer(ctx: Ctx, offer: Offer): void {
  ctx.state.pending = offer;
  countRound(ctx, offer.from, offer.to);
  emit(ctx, {
    type: offer.isCounter ? 'counterOffered' : 'offerMade',
    rule: offer.isCounter ? 'offer/counter' : offer.give.length === 0 ? 'offer/demand' : 'offer/make',
    message: offer.isCounter ? 'offer.counter' : 'offer.make',
    params: { actor: offer.from, give: offer.give, ask: offer.ask },
    actor: offer.from,
    target: offer.to,
    offer,
  });
}

const what = (offer: Offer) => (offer.isCounter ? 'counter-offer' : 'offer');

/** The offer on the table is refused: talks go on, but a generous offer still anchors. */
export function rejectOffer(ctx: Ctx, offer: Offer): void {
  ctx.state.pending = null;
  const j = judgePackage(ctx.scenario, ctx.state, offer.to, offer.from, offer.give, offer.ask);
  const refused = whyRefused(j);
  emit(ctx, {
    type: 'offerRejected',
    rule: 'offer/reject',
    message: refused.message,
    params: { actor: offer.to, target: offer.from, what: what(offer), ...refused.params },
    actor: offer.to,
    target: offer.from,
    offer,
  });
  anchor(ctx, offer.to, offer.from, j.surplus);
  if (j.accept) holdTheLine(ctx, offer.from, offer.to);
  if (offer.give.length > 0) {
    setTension(
      ctx,
      ctx.state.tension - ctx.p.tensionTalks,
      'tension/talks',
      because('talks.tension', { change: -ctx.p.tensionTalks, actor: offer.from, target: offer.to }),
    );
  } else {
    setTension(
      ctx,
      ctx.state.tension + ctx.p.tensionDemand,
      'tension/demand',
      because('demand.tension', { change: ctx.p.tensionDemand, actor: offer.from }),
    );
  }
  if (offer.isCounter) temper(ctx, offer.from, offer.to, ctx.p.firmness, 'firmness.declined');
}

/** Why a package was refused, with the figures (hidden from the other side's view). */
function whyRefused(j: ReturnType<typeof judgePackage>): {
  message: Extract<EventMessageId, `offer.rejected.${string}`>;
  params: Record<string, string | number>;
} {
  if (j.locked && j.lockCap !== null) return { message: 'offer.rejected.capped', params: { cap: j.lockCap } };
  if (j.locked) return { message: 'offer.rejected.locked', params: {} };
  if (j.home.redLine) return { message: 'offer.rejected.red-line', params: { redLine: j.home.redLine.text } };
  if (!j.home.ok) return { message: 'offer.rejected.public', params: { verdict: j.home.verdict } };
  const bar = Math.max(j.target, j.reservation);
  return {
    message: j.surplus < bar ? 'offer.rejected.short' : 'offer.rejected.wants-more',
    params: { surplus: j.surplus, bar },
  };
}

/**
 * Reciprocity: refusing an offer that already met what you held out for is holding out, and the
 * proposer stops conceding. Its concession curve does not advance this round, so waiting for a
 * better offer does not pay.
 */
function holdTheLine(ctx: Ctx, proposer: ActorId, responder: ActorId): void {
  const rel = writableRelation(ctx.state, proposer, responder);
  if (rel.roundTurn !== ctx.state.turn || rel.rounds === 0) return;
  rel.rounds -= 1;
  emit(ctx, {
    type: 'heldLine',
    rule: 'curve/hold',
    message: 'curve.hold',
    params: { actor: proposer, target: responder },
    actor: proposer,
    target: responder,
  });
}

/** Realised value for the ratchet: gifts tied to reciprocity set less of a precedent. */
function realisedFor(
  ctx: Ctx,
  who: ActorId,
  other: ActorId,
  gets: readonly PackageLine[],
  surplus: number,
): number {
  const trust = writableRelation(ctx.state, who, other).trust;
  let damped = 0;
  for (const line of gets) {
    if (line.conditional)
      damped += lineValue(ctx.scenario, ctx.state, line, who, trust) * (1 - ctx.p.conditionalDamping);
  }
  return surplus - damped;
}

/**
 * The offer is accepted. Both homes must ratify (Putnam's two-level game); a deal one of them
 * refuses collapses, and the side that could not deliver loses trust and approval.
 */
export function concludeDeal(ctx: Ctx, offer: Offer): void {
  const { scenario, state } = ctx;
  const proposer = offer.from;
  const responder = offer.to;
  state.pending = null;
  const homes: [ActorId, ReturnType<typeof ratification>][] = [
    [proposer, ratification(scenario, state, proposer, offer.ask, offer.give)],
    [responder, ratification(scenario, state, responder, offer.give, offer.ask)],
  ];
  // Judged before anything changes hands: what each side realises, for the reason and the ratchet.
  const jR = judgePackage(scenario, state, responder, proposer, offer.give, offer.ask);
  const jP = judgePackage(scenario, state, proposer, responder, offer.ask, offer.give);
  emit(ctx, {
    type: 'offerAccepted',
    rule: 'offer/accept',
    message: 'offer.accepted',
    params: {
      actor: responder,
      target: proposer,
      what: what(offer),
      give: offer.give,
      ask: offer.ask,
      surplus: jR.surplus,
      bar: Math.max(jR.target, jR.reservation),
    },
    actor: responder,
    target: proposer,
    offer,
  });
  const failed = homes.find(([, home]) => !home.ok);
  if (failed) {
    collapse(ctx, failed[0], failed[0] === proposer ? responder : proposer, failed[1]);
    return;
  }
  for (const line of offer.give) {
    if (line.promised) makePromise(ctx, proposer, responder, line);
    else deliverItem(ctx, proposer, responder, line, 'deliver.deal');
  }
  for (const line of offer.ask) deliverItem(ctx, responder, proposer, line, 'deliver.deal');
  for (const [who, home] of homes) {
    const a = actorState(state, who);
    a.dealtWith.push(who === proposer ? responder : proposer);
    if (a.approval !== null) a.verdict = round3(a.verdict + home.verdict);
  }
  ratchetAfterDeal(ctx, responder, proposer, realisedFor(ctx, responder, proposer, offer.give, jR.surplus));
  ratchetAfterDeal(ctx, proposer, responder, jP.surplus);
  writableRelation(state, proposer, responder).rounds = 0;
  writableRelation(state, responder, proposer).rounds = 0;
  if (offer.give.length > 0 && offer.ask.length > 0) {
    for (const [a, b] of [
      [proposer, responder],
      [responder, proposer],
    ] as const) {
      const rel = writableRelation(state, a, b);
      setRelation(
        ctx,
        a,
        b,
        'trust',
        rel.trust + ctx.p.trustReciprocated,
        'trust/reciprocated',
        because('deal.trust-reciprocated', { change: ctx.p.trustReciprocated }),
      );
    }
  }
  delete actorState(state, proposer).pressure[responder];
  delete actorState(state, responder).pressure[proposer];
  setTension(
    ctx,
    state.tension - ctx.p.tensionDeal,
    'tension/deal',
    because('deal.tension', { change: -ctx.p.tensionDeal, actor: proposer, target: responder }),
  );
}

/** Involuntary defection: a deal agreed at the table that one home will not ratify. */
function collapse(
  ctx: Ctx,
  defector: ActorId,
  other: ActorId,
  home: { verdict: number; bar: number; redLine: { text: string } | null },
): void {
  emit(ctx, {
    type: 'dealCollapsed',
    rule: 'ratify/collapse',
    ...(home.redLine
      ? { message: 'deal.collapse.red-line', params: { actor: defector, redLine: home.redLine.text } }
      : {
          message: 'deal.collapse.public',
          params: { actor: defector, verdict: home.verdict, bar: home.bar },
        }),
    actor: defector,
    target: other,
  });
  const rel = writableRelation(ctx.state, other, defector);
  setRelation(
    ctx,
    other,
    defector,
    'trust',
    rel.trust * 0.8,
    'trust/defection',
    because('deal.trust-defection', {}),
  );
  const approval = actorState(ctx.state, defector).approval;
  if (approval !== null) {
    setApproval(ctx, defector, approval - 5, 'approval/defection', because('deal.approval-defection', {}));
  }
}

/** The public's verdict on a one-way transfer (a gift), counted at upkeep. */
export function recordVerdict(
  ctx: Ctx,
  who: ActorId,
  gets: readonly PackageLine[],
  gives: readonly PackageLine[],
) {
  const a = actorState(ctx.state, who);
  if (a.approval === null) return;
  a.verdict = round3(a.verdict + publicVerdict(ctx.scenario, ctx.state, who, gets, gives));
}
