import {
  type Action,
  type ActorId,
  acceptsOffer,
  actorState,
  adversaryOf,
  bestCandidate,
  type Candidate,
  candidatePackages,
  counterpartsOf,
  type GameState,
  indexOf,
  judgePackage,
  legalActions,
  MAX_PRESSURE,
  type Offer,
  openForums,
  ratification,
  type Scenario,
  validateAction,
  whoMustAct,
} from '../engine/index.ts';

/**
 * Built-in players for a delegation. Each sees only what a person would (its own numbers and its
 * advisors' estimates, through the engine's package search) and answers with an engine action.
 */
export const STRATEGY_NAMES = ['balanced', 'generous', 'stingy', 'pressure', 'random', 'history'] as const;
export type StrategyName = (typeof STRATEGY_NAMES)[number];

export interface StrategyContext {
  readonly scenario: Scenario;
  readonly state: GameState;
  readonly actor: ActorId;
  /** A number in [0, 1) from the strategy's own seeded generator (not the game's). */
  readonly random: () => number;
}

export type Strategy = (ctx: StrategyContext) => Action;

export const STRATEGY_DESCRIPTIONS: Readonly<Record<StrategyName, string>> = {
  balanced:
    'Exchanges concessions of similar value: offers what the other side needs, no more, and holds firm.',
  generous: 'Gives more than it gets: gifts and rich packages, to win goodwill fast.',
  stingy: 'Offers too little and demands too much.',
  pressure: 'Presses and demands, without lining up allies first, and gives nothing.',
  random: 'Picks any legal move at random.',
  history: "Plays the scenario's historical line.",
};

/** Deliver open promises and defuse a crisis first: every sensible player does. */
function housekeeping(ctx: StrategyContext): Action | null {
  const promise = ctx.state.promises.find((p) => p.giver === ctx.actor && p.status === 'open');
  if (promise) return { type: 'deliver', actor: ctx.actor, item: promise.item };
  if (ctx.state.crisis.open && !ctx.state.crisis.backedDown.includes(ctx.actor)) {
    return { type: 'backDown', actor: ctx.actor };
  }
  return null;
}

/** The best package over all counterparts by a score, as an offer. */
function bestOffer(
  ctx: StrategyContext,
  score: (c: Candidate) => number | null,
  promiseProcess = false,
): Action | null {
  let best: { action: Action; score: number } | null = null;
  for (const other of counterpartsOf(ctx.scenario, ctx.state, ctx.actor)) {
    const forums = openForums(ctx.scenario, ctx.state, ctx.actor, other);
    const pick = bestCandidate(
      candidatePackages(ctx.scenario, ctx.state, ctx.actor, other, forums, { promiseProcess }),
      score,
    );
    if (!pick) continue;
    const s = score(pick) ?? 0;
    if (!best || s > best.score) {
      best = {
        action: {
          type: 'offer',
          actor: ctx.actor,
          to: other,
          ...(pick.forum ? { forum: pick.forum } : {}),
          give: pick.give,
          ask: pick.ask,
        },
        score: s,
      };
    }
  }
  return best?.action ?? null;
}

/**
 * Accept what our own judgement accepts and our public ratifies, else refuse: the AI's judgement
 * of the offer, without the counter-offer it would search for (each strategy makes its own).
 */
function judgeResponse(ctx: StrategyContext, offer: Offer): Action {
  return acceptsOffer(ctx.scenario, ctx.state, ctx.actor, offer)
    ? { type: 'accept', actor: ctx.actor }
    : { type: 'reject', actor: ctx.actor };
}

/**
 * "Concessions of similar value": the package in which both sides gain about as much above their
 * walk-away values, as the advisors estimate; offered patiently while the other side comes round.
 */
function fairness(c: Candidate): number | null {
  const mine = c.ownSurplus - c.ownReservation;
  const theirs = c.otherSurplus - c.otherReservation;
  if (mine < 0 || theirs < 0) return null;
  return Math.min(mine, theirs) - 0.25 * Math.abs(mine - theirs);
}

const balanced: Strategy = (ctx) => {
  const turn = whoMustAct(ctx.scenario, ctx.state);
  if (turn?.mode === 'respond') {
    const { offer } = turn;
    const answer = judgeResponse(ctx, offer);
    if (answer.type === 'accept' || offer.isCounter) return answer;
    // Refused: answer with our own package of similar value, in the same forum.
    const counter = bestCandidate(
      candidatePackages(ctx.scenario, ctx.state, ctx.actor, offer.from, [offer.forum]),
      fairness,
    );
    return counter ? { type: 'counter', actor: ctx.actor, give: counter.give, ask: counter.ask } : answer;
  }
  const chore = housekeeping(ctx);
  if (chore) return chore;
  return bestOffer(ctx, fairness) ?? { type: 'wait', actor: ctx.actor };
};

/** Over-pays: everything the counterpart might want, plus gifts. */
const generous: Strategy = (ctx) => {
  const turn = whoMustAct(ctx.scenario, ctx.state);
  if (turn?.mode === 'respond') {
    const { offer } = turn;
    const home = ratification(ctx.scenario, ctx.state, ctx.actor, offer.give, offer.ask);
    return home.ok ? { type: 'accept', actor: ctx.actor } : { type: 'reject', actor: ctx.actor };
  }
  const chore = housekeeping(ctx);
  if (chore) return chore;
  const me = actorState(ctx.state, ctx.actor);
  const target = adversaryOf(ctx.scenario, ctx.state, ctx.actor);
  if (target && !me.sideMoves.includes('gift')) {
    const item = (indexOf(ctx.scenario).itemsByGiver.get(ctx.actor) ?? []).find(
      (i) => i.kind === 'material' && (i.value[target] ?? 0) > 0,
    );
    if (item) {
      const gift: Action = {
        type: 'gift',
        actor: ctx.actor,
        to: target,
        item: item.id,
        tier: item.tiers[0] ?? 1,
      };
      if (validateAction(ctx.scenario, ctx.state, gift) === null) return gift;
    }
  }
  const offer = bestOffer(ctx, (c) =>
    c.ask.length === 0 ? null : c.otherSurplus - c.otherTarget + c.ownSurplus / 4,
  );
  return offer ?? { type: 'wait', actor: ctx.actor };
};

/** Under-pays: the most for itself that the other side would not flatly refuse as worthless. */
const stingy: Strategy = (ctx) => {
  const turn = whoMustAct(ctx.scenario, ctx.state);
  if (turn?.mode === 'respond') {
    const { offer } = turn;
    const j = judgePackage(ctx.scenario, ctx.state, ctx.actor, offer.from, offer.give, offer.ask);
    return j.home.ok && j.surplus >= j.expectation
      ? { type: 'accept', actor: ctx.actor }
      : { type: 'reject', actor: ctx.actor };
  }
  const chore = housekeeping(ctx);
  if (chore) return chore;
  const offer = bestOffer(ctx, (c) =>
    c.ask.length === 0 || c.otherSurplus < c.otherReservation - 2 ? null : c.ownSurplus - c.otherSurplus / 4,
  );
  return offer ?? { type: 'wait', actor: ctx.actor };
};

/**
 * Presses alone and demands: the giant who pushes while the small wrestler steps aside. It gives
 * nothing, so it takes only offers that ask nothing of it: what it wins, pressure won.
 */
const pressure: Strategy = (ctx) => {
  const turn = whoMustAct(ctx.scenario, ctx.state);
  if (turn?.mode === 'respond') {
    const { offer } = turn;
    if (offer.ask.length > 0) return { type: 'reject', actor: ctx.actor };
    return judgeResponse(ctx, offer);
  }
  const chore = housekeeping(ctx);
  if (chore) return chore;
  const me = actorState(ctx.state, ctx.actor);
  const target = adversaryOf(ctx.scenario, ctx.state, ctx.actor);
  if (!target) return { type: 'wait', actor: ctx.actor };
  if (!me.sideMoves.includes('pressure')) {
    const level = Math.min(MAX_PRESSURE, (me.pressure[target]?.level ?? 0) + 1);
    const press: Action = { type: 'pressure', actor: ctx.actor, target, level };
    if (validateAction(ctx.scenario, ctx.state, press) === null) return press;
  }
  const demand = bestOffer(ctx, (c) => (c.give.length === 0 && c.ask.length > 0 ? c.ownSurplus : null));
  return demand ?? { type: 'wait', actor: ctx.actor };
};

/** Any legal move, chosen by the strategy's own generator. */
const random: Strategy = (ctx) => {
  const options = legalActions(ctx.scenario, ctx.state, ctx.actor);
  return options[Math.floor(ctx.random() * options.length)] ?? { type: 'wait', actor: ctx.actor };
};

/** A move of a script that was not legal when its turn came. */
export interface Skipped {
  readonly turn: number;
  readonly action: Action;
  readonly code: string;
  readonly message: string;
}

/**
 * A scripted player (a historical line, a moves file): its actions turn by turn, in order. A move
 * that is not legal when its turn comes is skipped and reported once; offers it did not script an
 * answer for are refused (the historical delegation took no deal but the ones in its line); when
 * a turn's moves run out it waits. Keeps a cursor per turn, so make one per game.
 */
export function scriptedStrategy(
  script: (turn: number) => readonly Action[],
  onSkip: (skipped: Skipped) => void = () => {},
): ScriptedStrategy {
  const cursor = new Map<number, number>();
  const play: Strategy = (ctx) => {
    const turn = whoMustAct(ctx.scenario, ctx.state);
    const planned = script(ctx.state.turn);
    let i = cursor.get(ctx.state.turn) ?? 0;
    const skip = (action: Action, code: string, message: string) =>
      onSkip({ turn: ctx.state.turn, action, code, message });
    if (turn?.mode === 'respond') {
      const next = planned[i];
      if (next && (next.type === 'accept' || next.type === 'reject' || next.type === 'counter')) {
        cursor.set(ctx.state.turn, i + 1);
        const error = validateAction(ctx.scenario, ctx.state, next);
        if (!error) return next;
        skip(next, error.code, error.message);
      }
      return { type: 'reject', actor: ctx.actor };
    }
    for (; i < planned.length; i++) {
      const action = planned[i]!;
      const error = validateAction(ctx.scenario, ctx.state, action);
      if (!error) {
        cursor.set(ctx.state.turn, i + 1);
        return action;
      }
      skip(action, error.code, error.message);
    }
    cursor.set(ctx.state.turn, planned.length);
    return { type: 'wait', actor: ctx.actor };
  };
  return Object.assign(play, { used: (turn: number) => cursor.get(turn) ?? 0 });
}

/** A scripted player, which also says how far into each turn's moves the game went. */
export type ScriptedStrategy = Strategy & {
  /** How many of a turn's scripted moves were played or skipped; the rest were never reached. */
  readonly used: (turn: number) => number;
};

/** The scenario's historical line for one delegation. */
export function historyScript(scenario: Scenario, actor: ActorId): (turn: number) => readonly Action[] {
  return (turn) =>
    scenario.history.steps.filter((s) => s.turn === turn && s.actor === actor).flatMap((s) => s.actions);
}

/** The players that keep no memory between moves. */
export const STRATEGIES: Readonly<Record<Exclude<StrategyName, 'history'>, Strategy>> = {
  balanced,
  generous,
  stingy,
  pressure,
  random,
};

/** A fresh player for one game: `history` keeps a cursor through the script, so it is made anew. */
export function createStrategy(
  name: StrategyName,
  scenario: Scenario,
  actor: ActorId,
  onSkip?: (skipped: Skipped) => void,
): Strategy {
  return name === 'history' ? scriptedStrategy(historyScript(scenario, actor), onSkip) : STRATEGIES[name];
}

/** Checks a name typed on the command line. */
export function isStrategyName(name: string): name is StrategyName {
  return (STRATEGY_NAMES as readonly string[]).includes(name);
}
