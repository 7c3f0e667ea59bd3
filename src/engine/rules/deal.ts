import { type Ctx, emit, nameOf, setApproval, setRelation, setTension } from '../context.ts';
import { judgePackage, lineValue, publicVerdict, ratification } from '../judge.ts';
import { fmt, points, round3, signed } from '../numbers.ts';
import { actorState, itemOf, type Offer, relationOf } from '../state.ts';
import type { ActorId, PackageLine } from '../types.ts';
import { deliverItem, makePromise } from './delivery.ts';
import { anchor, ratchetAfterDeal, temper } from './ratchet.ts';

/** Describes a package for a reason line: "aid (1), a visit (1) for the families (1)". */
export function describePackage(ctx: Ctx, give: readonly PackageLine[], ask: readonly PackageLine[]): string {
  const list = (lines: readonly PackageLine[]) =>
    lines.length === 0
      ? 'nothing'
      : lines
          .map((l) => {
            const flags = [l.promised ? 'promised' : '', l.conditional ? 'conditional' : ''].filter(Boolean);
            const tier = l.tier === 1 ? '' : ` at ${fmt(l.tier)}`;
            return `${itemOf(ctx.scenario, l.item).name}${tier}${flags.length ? ` (${flags.join(', ')})` : ''}`;
          })
          .join(', ');
  return `${list(give)} for ${list(ask)}`;
}

/**
 * A turn in which two delegations talk is a round: each side's demands ease one step along its
 * concession curve. More offers in the same turn do not wear the other side down faster.
 */
export function countRound(ctx: Ctx, a: ActorId, b: ActorId): void {
  for (const rel of [relationOf(ctx.state, a, b), relationOf(ctx.state, b, a)]) {
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
    reason: `${nameOf(ctx, offer.from)} ${offer.isCounter ? 'countered with' : 'offered'} ${describePackage(ctx, offer.give, offer.ask)}`,
    actor: offer.from,
    target: offer.to,
    offer,
  });
}

/** The offer on the table is refused: talks go on, but a generous offer still anchors. */
export function rejectOffer(ctx: Ctx, offer: Offer): void {
  ctx.state.pending = null;
  const j = judgePackage(ctx.scenario, ctx.state, offer.to, offer.from, offer.give, offer.ask);
  emit(ctx, {
    type: 'offerRejected',
    rule: 'offer/reject',
    reason: `${nameOf(ctx, offer.to)} turned down ${nameOf(ctx, offer.from)}'s ${offer.isCounter ? 'counter-offer' : 'offer'}: ${whyRefused(j)}`,
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
      `Tension ${signed(-ctx.p.tensionTalks)}: ${nameOf(ctx, offer.from)} and ${nameOf(ctx, offer.to)} are talking, even without a deal`,
    );
  } else {
    setTension(
      ctx,
      ctx.state.tension + ctx.p.tensionDemand,
      'tension/demand',
      `Tension ${signed(ctx.p.tensionDemand)}: ${nameOf(ctx, offer.from)} made a bare demand, offering nothing`,
    );
  }
  if (offer.isCounter) {
    temper(
      ctx,
      offer.from,
      offer.to,
      ctx.p.firmness,
      `${nameOf(ctx, offer.to)} declined its counter-offer, a sign of firmness`,
    );
  }
}

/** Why a package was refused, with the figures (hidden from the other side's view). */
function whyRefused(j: ReturnType<typeof judgePackage>): string {
  if (j.locked) return 'it cannot make concessions yet';
  if (j.home.redLine) return `it crosses a red line (${j.home.redLine.text})`;
  if (!j.home.ok) return `its public would not accept it (verdict ${fmt(j.home.verdict)} VP)`;
  if (j.surplus < Math.max(j.target, j.reservation)) {
    return `it would gain ${fmt(j.surplus)} VP and holds out for ${fmt(Math.max(j.target, j.reservation))}`;
  }
  return `it would gain ${fmt(j.surplus)} VP, more than the ${fmt(Math.max(j.target, j.reservation))} it held out for, but it wants more`;
}

/**
 * Reciprocity: refusing an offer that already met what you held out for is holding out, and the
 * proposer stops conceding. Its concession curve does not advance this round, so waiting for a
 * better offer does not pay.
 */
function holdTheLine(ctx: Ctx, proposer: ActorId, responder: ActorId): void {
  const rel = relationOf(ctx.state, proposer, responder);
  if (rel.roundTurn !== ctx.state.turn || rel.rounds === 0) return;
  rel.rounds -= 1;
  emit(ctx, {
    type: 'heldLine',
    rule: 'curve/hold',
    reason: `${nameOf(ctx, proposer)} will not concede more this round: ${nameOf(ctx, responder)} refused an offer that met what it had held out for`,
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
  const trust = relationOf(ctx.state, who, other).trust;
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
    reason: `${nameOf(ctx, responder)} accepted ${nameOf(ctx, proposer)}'s ${offer.isCounter ? 'counter-offer' : 'offer'}: ${describePackage(ctx, offer.give, offer.ask)} (worth ${fmt(jR.surplus)} VP to ${nameOf(ctx, responder)}, which held out for ${fmt(Math.max(jR.target, jR.reservation))})`,
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
    else deliverItem(ctx, proposer, responder, line, 'in the deal');
  }
  for (const line of offer.ask) deliverItem(ctx, responder, proposer, line, 'in the deal');
  for (const [who, home] of homes) {
    const a = actorState(state, who);
    a.dealtWith.push(who === proposer ? responder : proposer);
    if (a.approval !== null) a.verdict = round3(a.verdict + home.verdict);
  }
  ratchetAfterDeal(ctx, responder, proposer, realisedFor(ctx, responder, proposer, offer.give, jR.surplus));
  ratchetAfterDeal(ctx, proposer, responder, jP.surplus);
  relationOf(state, proposer, responder).rounds = 0;
  relationOf(state, responder, proposer).rounds = 0;
  if (offer.give.length > 0 && offer.ask.length > 0) {
    for (const [a, b] of [
      [proposer, responder],
      [responder, proposer],
    ] as const) {
      const rel = relationOf(state, a, b);
      setRelation(
        ctx,
        a,
        b,
        'trust',
        rel.trust + ctx.p.trustReciprocated,
        'trust/reciprocated',
        `${nameOf(ctx, a)}'s trust in ${nameOf(ctx, b)} ${points(ctx.p.trustReciprocated)}: concessions were exchanged`,
      );
    }
  }
  delete actorState(state, proposer).pressure[responder];
  delete actorState(state, responder).pressure[proposer];
  setTension(
    ctx,
    state.tension - ctx.p.tensionDeal,
    'tension/deal',
    `Tension ${signed(-ctx.p.tensionDeal)}: ${nameOf(ctx, proposer)} and ${nameOf(ctx, responder)} struck a deal`,
  );
}

/** Involuntary defection: a deal agreed at the table that one home will not ratify. */
function collapse(
  ctx: Ctx,
  defector: ActorId,
  other: ActorId,
  home: { verdict: number; bar: number; redLine: { text: string } | null },
): void {
  const why = home.redLine
    ? `it crosses a red line: ${home.redLine.text}`
    : `the public's verdict (${fmt(home.verdict)} VP) falls short of what it will accept (${fmt(home.bar)})`;
  emit(ctx, {
    type: 'dealCollapsed',
    rule: 'ratify/collapse',
    reason: `${nameOf(ctx, defector)}'s home would not ratify the deal: ${why}`,
    actor: defector,
    target: other,
  });
  const rel = relationOf(ctx.state, other, defector);
  setRelation(
    ctx,
    other,
    defector,
    'trust',
    rel.trust * 0.8,
    'trust/defection',
    `${nameOf(ctx, other)}'s trust in ${nameOf(ctx, defector)} -20%: it agreed to a deal it could not deliver`,
  );
  const approval = actorState(ctx.state, defector).approval;
  if (approval !== null) {
    setApproval(
      ctx,
      defector,
      approval - 5,
      'approval/defection',
      `${nameOf(ctx, defector)}'s approval -5: the government agreed to a deal its public rejected`,
    );
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
