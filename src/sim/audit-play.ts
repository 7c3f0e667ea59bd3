import {
  type ActorId,
  actorOf,
  fmt,
  type GameState,
  holds,
  type Objective,
  type Scenario,
} from '../engine/index.ts';
import type { AuditFinding } from './audit-types.ts';
import { simulate } from './run.ts';
import { STRATEGY_NAMES, type StrategyName } from './strategies.ts';

/**
 * Reachability, found by playing: every built-in strategy from every playable seat over a few
 * seeds. An objective that no game moves off `zero`, or an outcome no game ends in, is probably
 * a slip in the file (a threshold out of reach, an outcome hidden behind an earlier one).
 */

/** How far one objective got over all the games. */
export interface ObjectiveReach {
  readonly actor: ActorId;
  readonly objective: Objective;
  /** The best share of the way from `zero` to `full` in any game, 0-1. */
  best: number;
  /** The measured value in that game. */
  bestValue: number;
  /** Games in which it reached `full`. */
  full: number;
}

/** What the audit's games did. */
export interface PlayStats {
  readonly games: number;
  /** Games ending in each status (an outcome id, `collapse`, `ousted` or `stalemate`). */
  readonly endings: Readonly<Record<string, number>>;
  /** Games at whose end each outcome's condition held, whether or not an earlier one came first. */
  readonly held: Readonly<Record<string, number>>;
  readonly objectives: readonly ObjectiveReach[];
  /** True when the games were stopped from outside (Ctrl-C) before the plan was done. */
  readonly stopped: boolean;
}

/** Whether play could find anything: an objective that scores, or an outcome. */
export function anythingToPlayFor(scenario: Scenario): boolean {
  return (
    scenario.outcomes.length > 0 ||
    Object.values(scenario.objectives).some((list) => (list ?? []).some((o) => o.points > 0))
  );
}

/** Share of the way from `zero` to `full`, clamped; works when less is better too. */
function share(value: number, o: Objective): number {
  if (o.full === o.zero) return value >= o.full ? 1 : 0;
  return Math.min(1, Math.max(0, (value - o.zero) / (o.full - o.zero)));
}

/**
 * The most games the audit plays for any file, whatever its number of delegations or the seeds
 * asked for: 20 seeds of the six strategies from two seats. A file at the format's limits (50
 * actors) would otherwise plan 882 games (49 seats, six strategies, three seeds each).
 */
export const AUDIT_GAME_BUDGET = 240;

/**
 * The most work the audit's games may hold, in pair-turns: a game's work is its turns times the
 * ordered pairs of its delegations (`gameWork`), what a game's cost grows with (every turn walks
 * every relation, each delegation weighs every counterpart, and the state copied on each action
 * holds a relation per pair). A count, not a clock, so the same file always gets the same games on
 * any machine. 100,000 is twice what the largest shipped audit plans (2007: 240 games of 210
 * pair-turns, 50,400), so the six shipped scenarios keep all their games, and it is a few
 * seconds of games on a 2-core machine whatever the file: one game of 32 delegations and 100
 * turns (99,200), none of 50 and 100 (245,000; such a game takes 35-50 s of CPU), and the checker
 * then says that play was not tried (`auditNotes`).
 */
export const AUDIT_WORK_BUDGET = 100_000;

/** The work of one game of `scenario`, in pair-turns: turns times ordered pairs of delegations. */
export function gameWork(scenario: Scenario): number {
  const n = scenario.actors.length;
  return scenario.turns.length * n * Math.max(1, n - 1);
}

/** The most games the audit plays for `scenario`: within both budgets (games and work); may be 0. */
export function auditGameLimit(scenario: Scenario): number {
  return Math.min(AUDIT_GAME_BUDGET, Math.floor(AUDIT_WORK_BUDGET / gameWork(scenario)));
}

/** One game the audit plays: a built-in strategy from a playable seat, with a seed. */
export interface PlannedGame {
  readonly seed: number;
  readonly player: ActorId;
  readonly strategy: StrategyName;
}

/**
 * The games to play, in order: seed by seed, and within a seed strategy by strategy across every
 * playable seat, so that when a budget cuts the plan short every seat has still been played by the
 * first strategies (at 49 seats and 240 games: four strategies each, and the fifth for 44 of them).
 * At most `auditGameLimit(scenario)` games.
 */
export function auditPlan(scenario: Scenario, seeds: number, firstSeed: number): PlannedGame[] {
  const playable = scenario.actors.filter((a) => a.playable).map((a) => a.id);
  const limit = auditGameLimit(scenario);
  const plan: PlannedGame[] = [];
  for (let seed = firstSeed; seed < firstSeed + seeds; seed++) {
    for (const strategy of STRATEGY_NAMES) {
      for (const player of playable) {
        if (plan.length >= limit) return plan;
        plan.push({ seed, player, strategy });
      }
    }
  }
  return plan;
}

/**
 * Plays the games of a plan (`auditPlan`), seed by seed, and stops early once every objective has
 * moved and every outcome has been reached (nothing more could be found): deterministic either way.
 * A generator that yields before the first game and after each game (the games played and the
 * plan's length), so a caller
 * can show progress and keep its event loop turning; `stop`, asked before each game, ends play
 * with what the games so far found.
 */
export function* playAuditSteps(
  scenario: Scenario,
  plan: readonly PlannedGame[],
  stop: () => boolean = () => false,
): Generator<readonly [played: number, atMost: number], PlayStats, void> {
  const endings: Record<string, number> = {};
  const held: Record<string, number> = {};
  const reach: ObjectiveReach[] = scenario.actors.flatMap((actor) =>
    (scenario.objectives[actor.id] ?? []).map((objective) => ({
      actor: actor.id,
      objective,
      best: 0,
      bestValue: objective.zero,
      full: 0,
    })),
  );
  const done = () =>
    reach.every((r) => r.best > 0 || r.objective.points === 0) &&
    scenario.outcomes.every((o) => (endings[o.id] ?? 0) > 0);
  let games = 0;
  let seedBegun = Number.NaN;
  let stopped = false;
  // A first step before any game: the caller learns the plan's length, and may stop before it starts.
  if (plan.length > 0) yield [0, plan.length];
  for (const game of plan) {
    if (game.seed !== seedBegun) {
      if (done()) break;
      seedBegun = game.seed;
    }
    if (stop()) {
      stopped = true;
      break;
    }
    const run = simulate({
      scenario,
      player: game.player,
      seed: game.seed,
      play: { kind: 'strategy', name: game.strategy },
    });
    games += 1;
    const result = run.final.result!;
    endings[result.status] = (endings[result.status] ?? 0) + 1;
    for (const o of scenario.outcomes) if (holds(run.final, o.when)) held[o.id] = (held[o.id] ?? 0) + 1;
    for (const r of reach) {
      const value = result.objectives[r.actor]?.find((d) => d.id === r.objective.id)?.value;
      if (value === undefined) continue;
      const s = share(value, r.objective);
      if (s >= 1) r.full += 1;
      if (s > r.best) {
        r.best = s;
        r.bestValue = value;
      }
    }
    yield [games, plan.length];
  }
  return { games, endings, held, objectives: reach, stopped };
}

/**
 * Whether the played delegation struck a deal with one of the AI's: an offer of something for
 * something, between the two, accepted and let stand by both homes (no collapse in that step). A
 * gift (nothing asked) is no deal. What the played seat itself accepts counts too: only the AI's
 * side of the deal is a judgment, and it was the AI's.
 */
function struckDeal(state: GameState, player: ActorId): boolean {
  return state.log.some(
    (entry) =>
      !entry.events.some((e) => e.type === 'dealCollapsed') &&
      entry.events.some(
        (e) =>
          e.type === 'offerAccepted' &&
          e.offer.give.length > 0 &&
          e.offer.ask.length > 0 &&
          (e.offer.from === player || e.offer.to === player),
      ),
  );
}

/** The most games `dealGames` plays for one delegation the starting figures leave without a deal. */
export const DEAL_GAMES = 60;

/** What `dealGames` found: games played, and those in which the delegation struck a deal. */
export interface DealPlay {
  readonly games: number;
  readonly deals: number;
}

/**
 * A `dealGames` for every delegation of one audit, sharing half the audit's work budget between
 * them (a file where many delegations look stuck plays no more), and playing nothing once `stop`
 * says so: then the starting figures' verdict stands, as it did before any game.
 */
export function dealPlayer(
  scenario: Scenario,
  stop: () => boolean = () => false,
): (player: ActorId) => DealPlay {
  let left = Math.floor(AUDIT_WORK_BUDGET / 2 / gameWork(scenario));
  return (player) => {
    if (stop()) return { games: 0, deals: 0 };
    const played = dealGames(scenario, player, Math.min(DEAL_GAMES, left), stop);
    left -= played.games;
    return played;
  };
}

/**
 * Whether play finds deals for a delegation the starting figures leave with none: it played by the
 * strategies that look for one (balanced, generous, stingy, in turn, seed after seed from 1) with
 * the AI on the others: `DEAL_GAMES` games, or fewer within half the audit's work budget (none for
 * a file at the format's limits). The starting figures are the file's own; the spread between games and the
 * events move them, and this is what a player meets.
 */
export function dealGames(
  scenario: Scenario,
  player: ActorId,
  limit: number = Math.min(DEAL_GAMES, Math.floor(AUDIT_WORK_BUDGET / 2 / gameWork(scenario))),
  stop: () => boolean = () => false,
): DealPlay {
  const strategies = ['balanced', 'generous', 'stingy'] as const;
  let deals = 0;
  let games = 0;
  for (; games < limit && !stop(); games++) {
    const strategy = strategies[games % strategies.length]!;
    const seed = 1 + Math.floor(games / strategies.length);
    const run = simulate({ scenario, player, seed, play: { kind: 'strategy', name: strategy } });
    if (struckDeal(run.final, player)) deals++;
  }
  return { games, deals };
}

/** `playAuditSteps` played to its end, with `onGame` after each game. */
export function playAudit(
  scenario: Scenario,
  plan: readonly PlannedGame[],
  onGame?: (played: number, atMost: number) => void,
): PlayStats {
  const steps = playAuditSteps(scenario, plan);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (step.value[0] > 0) onGame?.(...step.value);
  }
}

/** What to change when an objective never moves, by what it measures. */
function objectiveHint(scenario: Scenario, o: Objective): string {
  switch (o.measure) {
    case 'progress': {
      // The loader refuses a `progress` objective without an issue; never name `undefined` if one slips by.
      if (o.issue === undefined) return 'add `issue:` with the id of the issue this objective measures';
      const movers = scenario.items.filter((i) => (i.progress[o.issue ?? ''] ?? 0) > 0);
      return movers.length === 0
        ? `no item makes progress on \`${o.issue}\`: add \`progress: {${o.issue}: N}\` to an item that can be traded`
        : `the items that move \`${o.issue}\` (${movers.map((i) => `\`${i.id}\``).join(', ')}) are never delivered: make a deal that includes one easier to reach, or lower \`full\``;
    }
    case 'received':
    case 'given':
      return 'no deal moved it: check that this delegation has a zone of agreement, or move `zero`';
    default:
      return 'move `zero` toward what the games reach, or make it easier to move';
  }
}

/** Warnings for objectives no game moved off `zero` and outcomes no game ended in. */
export function playFindings(scenario: Scenario, stats: PlayStats): AuditFinding[] {
  const out: AuditFinding[] = [];
  // No game played: nothing was tried, so nothing can be said to be out of reach (see auditNotes).
  if (stats.games === 0) return out;
  const games = `${stats.games} ${stats.games === 1 ? 'game' : 'games'} of the built-in strategies`;
  for (const r of stats.objectives) {
    if (r.best > 0 || r.objective.points === 0) continue;
    const o = r.objective;
    out.push({
      code: 'audit/objective-unreached',
      severity: 'warning',
      path: ['objectives', r.actor, { id: o.id }],
      message: `objective "${o.id}" of ${actorOf(scenario, r.actor).name} never moved off \`zero\` in ${games}: ${o.measure} ended at ${fmt(r.bestValue)} at best, and it scores from ${fmt(o.zero)} to ${fmt(o.full)}`,
      hint: objectiveHint(scenario, o),
    });
  }
  scenario.outcomes.forEach((o, index) => {
    if ((stats.endings[o.id] ?? 0) > 0) return;
    const heldIn = stats.held[o.id] ?? 0;
    const earlier = scenario.outcomes.slice(0, index).map((e) => `\`${e.id}\``);
    const [why, hint] =
      heldIn === 0
        ? [
            `its condition never held at the end of ${games}`,
            'loosen its `when` (a threshold the games never reach?), or remove the outcome',
          ]
        : earlier.length === 0
          ? [
              `its condition held at the end of ${heldIn} of ${games}, but those games ended in a collapse or with the player ousted`,
              'make it reachable without a crisis or a lost election, or loosen its `when`',
            ]
          : [
              `its condition held at the end of ${heldIn} of ${games}, but an earlier outcome always came first`,
              `outcomes are checked in order: move it above ${earlier.join(', ')}, or make those stricter`,
            ];
    out.push({
      code: 'audit/outcome-unreached',
      severity: 'warning',
      path: ['outcomes', { id: o.id }],
      message: `no game ended in "${o.id}": ${why}`,
      hint,
    });
  });
  return out;
}
