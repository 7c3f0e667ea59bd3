import { openForums } from './actions/checks.ts';
import { judgePackage } from './judge.ts';
import { validateAction } from './legal.ts';
import { bestCandidate, type Candidate, candidatePackages, nashScore } from './packages.ts';
import { packageKey, packagePrint, refusedOf } from './refused.ts';
import { actorOf, actorState, type GameState, type Offer, relationOf } from './state.ts';
import { counterpartsOf, whoMustAct } from './turn.ts';
import {
  type Action,
  type ActorId,
  MAX_PRESSURE,
  type PackageLine,
  PRESSURE_LEVELS,
  type Scenario,
  type Stance,
} from './types.ts';

/**
 * The counterpart AI. It plays with the same moves and rules as a person, deciding from the model:
 * accept what clears its target (the concession curve between expectation and walk-away value),
 * otherwise counter with the Nash-best package it believes the other side would take. A game is
 * played by the AI version it began with (`state.ai`); what version 2 changed is marked here.
 */
export function chooseAiAction(scenario: Scenario, state: GameState, actor: ActorId): Action {
  const turn = whoMustAct(scenario, state);
  if (!turn || turn.actor !== actor) throw new Error(`programmer error: it is not ${actor}'s move`);
  if (turn.mode === 'respond') return respond(scenario, state, actor, turn.offer);
  return move(scenario, state, actor);
}

/** Whether the AI would take an offer as it stands (`respond` without its search for a counter). */
export function acceptsOffer(scenario: Scenario, state: GameState, actor: ActorId, offer: Offer): boolean {
  return judgePackage(scenario, state, actor, offer.from, offer.give, offer.ask).accept;
}

/** How the AI answers an offer: accept, counter or reject. */
export function respond(scenario: Scenario, state: GameState, actor: ActorId, offer: Offer): Action {
  if (acceptsOffer(scenario, state, actor, offer)) return { type: 'accept', actor };
  if (!offer.isCounter) {
    const forums = [offer.forum];
    const counter = bestCandidate(
      fresh(state, actor, offer.from, candidatePackages(scenario, state, actor, offer.from, forums)),
      nashScore,
    );
    if (counter && !sameAsMirror(counter.give, counter.ask, offer)) {
      return { type: 'counter', actor, give: counter.give, ask: counter.ask };
    }
  }
  return { type: 'reject', actor };
}

/**
 * What `proposer` may still table to `other` after the refusals it has had (AI 2 on): never a
 * package `other` refused, and nothing that gives `other` more than the most it already refused,
 * as the proposer values it now. A refusal alone does not buy a sweeter offer; the proposer's
 * concession curve, a deal or a new leader does. The first AI tabled a refused package again and
 * again, telling the other side nothing new; an AI that sweetened on every refusal would teach
 * an under-paying side that refusing pays, the ratchet the articles warn of.
 */
function fresh(
  state: GameState,
  proposer: ActorId,
  other: ActorId,
  candidates: readonly Candidate[],
): readonly Candidate[] {
  if (state.ai < 2) return candidates;
  const refused = refusedOf(state, proposer, other);
  if (refused.keys.size === 0) return candidates;
  // A candidate's key (the search's dearest step once built) is built only when its fingerprint
  // is a refused package's: almost every candidate is told apart by the number alone.
  const wasRefused = candidates.map(
    (c) => refused.prints.has(packagePrint(c.give, c.ask)) && refused.keys.has(packageKey(c.give, c.ask)),
  );
  let cap = Number.NEGATIVE_INFINITY;
  for (const [i, c] of candidates.entries()) if (wasRefused[i]) cap = Math.max(cap, c.otherSurplus);
  return candidates.filter(
    (c, i) => !wasRefused[i] && (cap === Number.NEGATIVE_INFINITY || c.otherSurplus <= cap),
  );
}

function sameAsMirror(give: readonly PackageLine[], ask: readonly PackageLine[], offer: Offer): boolean {
  const key = (lines: readonly PackageLine[]) =>
    lines
      .map((l) => `${l.item}@${l.tier}`)
      .sort()
      .join('+');
  return key(give) === key(offer.ask) && key(ask) === key(offer.give);
}

function move(scenario: Scenario, state: GameState, actor: ActorId): Action {
  const self = actorOf(scenario, actor);
  const promise = state.promises.find((p) => p.giver === actor && p.status === 'open');
  if (promise) return { type: 'deliver', actor, item: promise.item };
  if (state.crisis.open && self.stance !== 'pressure' && !state.crisis.backedDown.includes(actor)) {
    return { type: 'backDown', actor };
  }
  if (self.stance === 'pressure') {
    const side = pressureMove(scenario, state, actor);
    if (side) return side;
  }
  if (self.stance === 'mediate') return { type: 'wait', actor };
  let best: { action: Action; score: number } | null = null;
  let opening: { action: Action; score: number } | null = null;
  for (const other of counterpartsOf(scenario, state, actor)) {
    const forums = tables(scenario, state, self.stance, actor, other);
    if (forums.length === 0) continue;
    const candidates = fresh(state, actor, other, candidatePackages(scenario, state, actor, other, forums));
    const pick = bestCandidate(candidates, nashScore);
    if (pick) {
      const score = nashScore(pick) ?? 0;
      if (!best || score > best.score) best = { action: offerOf(actor, other, pick), score };
      continue;
    }
    if (state.ai < 2 || self.stance !== 'engage') continue;
    const open = bestCandidate(candidates, openingScore);
    const score = open ? openingScore(open) : null;
    if (open && score !== null && (!opening || score > opening.score)) {
      opening = { action: offerOf(actor, other, open), score };
    }
  }
  if (best && validateAction(scenario, state, best.action) === null) return best.action;
  if (opening && validateAction(scenario, state, opening.action) === null) return opening.action;
  if (self.stance === 'pressure' || self.stance === 'demand') {
    const demand = hardlineDemand(scenario, state, actor, self.stance);
    if (demand) return demand;
  }
  return { type: 'wait', actor };
}

function offerOf(actor: ActorId, to: ActorId, pick: Candidate): Action {
  return {
    type: 'offer',
    actor,
    to,
    ...(pick.forum ? { forum: pick.forum } : {}),
    give: pick.give,
    ask: pick.ask,
  };
}

/**
 * An opening position (AI 2 on): when no package seems to clear the other side's walk-away value,
 * a delegation that wants to engage still puts one on the table, the one nearest to what the
 * other side could take among those it would accept itself, rather than wait in silence. Its
 * answer (a refusal, a counter-offer) is what moves the talks; the first AI waited, and in the
 * 2001 back channel Pyongyang often never spoke.
 */
function openingScore(c: Candidate): number | null {
  if (c.ownSurplus < c.ownBar || c.give.length === 0) return null;
  return c.otherSurplus - c.otherReservation;
}

/** Where the AI will talk: a `demand` actor only at multilateral tables, the others anywhere open. */
function tables(
  scenario: Scenario,
  state: GameState,
  stance: Stance,
  actor: ActorId,
  other: ActorId,
): (string | null)[] {
  const open = openForums(scenario, state, actor, other);
  return stance === 'demand' ? open.filter((f) => f !== null) : open;
}

/**
 * The delegation this actor distrusts most: the one it presses, and the one a strategy must win
 * over. Ties go to the first id, so the choice is the same everywhere.
 */
export function adversaryOf(scenario: Scenario, state: GameState, actor: ActorId): ActorId | null {
  let target: ActorId | null = null;
  let lowest = 2;
  for (const other of counterpartsOf(scenario, state, actor)) {
    const trust = relationOf(state, actor, other).trust;
    if (trust < lowest) {
      lowest = trust;
      target = other;
    }
  }
  return target;
}

/**
 * A pressing actor first lines up the target's patrons it can reach, then presses; when pressure
 * won nothing since last time, the frustrated giant escalates.
 */
function pressureMove(scenario: Scenario, state: GameState, actor: ActorId): Action | null {
  const me = actorState(state, actor);
  const target = adversaryOf(scenario, state, actor);
  if (!target) return null;
  if (!me.sideMoves.includes('coordinate')) {
    const ally = actorOf(scenario, target).patrons.find(
      (patron) =>
        patron !== actor &&
        !actorState(state, patron).ousted &&
        relationOf(state, patron, actor).trust >= 0.4 &&
        !state.alignments.some((a) => a.actor === actor && a.ally === patron && a.target === target),
    );
    if (ally) return { type: 'coordinate', actor, ally, target };
  }
  if (me.sideMoves.includes('pressure')) return null;
  const last = me.pressure[target];
  const level = last ? Math.min(MAX_PRESSURE, last.level + 1) : PRESSURE_LEVELS[0];
  return { type: 'pressure', actor, target, level };
}

/**
 * "Offered too little and still demanded too much": the package best for itself that gives the
 * other side less than it holds out for. A pressing actor asks for the most valuable single item
 * and gives nothing; a demanding one adds a token inducement.
 */
function hardlineDemand(scenario: Scenario, state: GameState, actor: ActorId, stance: Stance): Action | null {
  const target = adversaryOf(scenario, state, actor);
  if (!target) return null;
  const forums = tables(scenario, state, stance, actor, target);
  if (forums.length === 0) return null;
  const demands = fresh(
    state,
    actor,
    target,
    candidatePackages(scenario, state, actor, target, forums, { maxLines: 1 }),
  ).filter(
    (c) => c.ask.length === 1 && (stance === 'pressure' ? c.give.length === 0 : c.ownSurplus >= c.ownBar),
  );
  // A demanding actor offers something, however little, when it has anything to offer here.
  const withGives = stance === 'demand' ? demands.filter((c) => c.give.length > 0) : [];
  const pool = withGives.length > 0 ? withGives : demands;
  const pick = pool.reduce<(typeof pool)[number] | null>(
    (best, c) => (!best || c.ownSurplus > best.ownSurplus ? c : best),
    null,
  );
  if (!pick) return null;
  return {
    type: 'offer',
    actor,
    to: target,
    ...(pick.forum ? { forum: pick.forum } : {}),
    // The first AI dropped the inducement it had chosen and demanded with empty hands.
    give: state.ai < 2 ? [] : pick.give,
    ask: pick.ask,
  };
}
