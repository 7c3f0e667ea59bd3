import {
  type Action,
  type ActorId,
  actorOf,
  bestOutcomeFor,
  describeAction,
  describeEvent,
  ENGINE_MESSAGES_EN,
  type EngineMessages,
  fmt,
  type GameOptions,
  type Scenario,
} from '../engine/index.ts';
import { type GameOutcome, playOutcome } from './outcome.ts';
import type { ActionRecord, SimRun } from './run.ts';
import { frameText, STORY_EN, type StoryWords } from './story-words.ts';
import type { StrategyName } from './strategies.ts';

/** One run as the JSON contract of `npm run sim -- --json` (docs/sim.md); reasons in English. */
export function runToJson(scenario: Scenario, run: SimRun) {
  return {
    scenario: run.scenario,
    seed: run.seed,
    player: run.player,
    strategy: run.strategy,
    turns: run.turns.map((t) => ({
      turn: t.turn,
      label: t.label,
      actions: t.actions,
      events: t.events.map((e) => ({
        type: e.type,
        rule: e.rule,
        reason: describeEvent(scenario, e),
        ...(e.actor ? { actor: e.actor } : {}),
        ...(e.target ? { target: e.target } : {}),
        ...(e.delta ? { delta: e.delta } : {}),
        ...(e.cite ? { cite: e.cite } : {}),
      })),
      state: t.state,
    })),
    result: run.result,
    ...(run.skipped.length ? { skipped: run.skipped } : {}),
    ...(run.unused.length ? { unused: run.unused } : {}),
  };
}

/** A sentence for an action: "Tokyo offers Pyongyang food aid in return for ... (accepted)". */
export function describeRecord(
  scenario: Scenario,
  a: ActionRecord,
  messages: EngineMessages = ENGINE_MESSAGES_EN,
): string {
  const { accepted, ratified, ...action } = a;
  const verdict =
    accepted === undefined
      ? undefined
      : !accepted
        ? 'refused'
        : ratified === false
          ? 'not-ratified'
          : 'accepted';
  return describeAction(scenario, action, verdict, messages);
}

/**
 * The readable turn-by-turn story of one run: each move, then every change it caused with its
 * reason; in English unless another language's words are given (`sim --lang`).
 */
export function runToStory(scenario: Scenario, run: SimRun, words: StoryWords = STORY_EN): string {
  const { frame: f, engine } = words;
  const out: string[] = [];
  out.push(`${scenario.title} (${scenario.period})`);
  out.push(
    frameText(f.playing, {
      name: actorOf(scenario, run.player).name,
      strategy: run.strategy,
      seed: run.seed,
    }),
  );
  const records = run.turns.flatMap((t) => t.actions);
  let next = 0;
  for (const entry of run.final.log) {
    if (entry.action) {
      const rec = records[next++] ?? entry.action;
      out.push(`  > ${describeRecord(scenario, rec, engine)}`);
    }
    for (const e of entry.events) {
      if (e.type === 'turnStarted') {
        out.push(
          '',
          frameText(f.turn, { turn: entry.turn, label: scenario.turns[entry.turn - 1]?.label ?? '' }),
        );
        continue;
      }
      if (e.type === 'offerMade' || e.type === 'counterOffered') continue;
      out.push(`      ${describeEvent(scenario, e, engine)}${e.cite?.source ? `  [${e.cite.source}]` : ''}`);
    }
    if (entry.closing) {
      const parts = [frameText(f.tension, { value: fmt(entry.closing.tension) })];
      const approval = entry.closing.approval[run.player];
      if (approval !== null && approval !== undefined)
        parts.push(frameText(f.ourApproval, { value: fmt(approval) }));
      for (const actor of scenario.actors) {
        const rel = entry.closing.relations[`${actor.id}>${run.player}`];
        if (actor.background || actor.id === run.player || !rel) continue;
        parts.push(
          frameText(f.relation, {
            capital: actor.capital,
            expectation: fmt(rel.expectation),
            trust: fmt(rel.trust * 100),
          }),
        );
      }
      out.push(frameText(f.endOfTurn, { parts: parts.join(f.partsJoin) }));
    }
  }
  out.push('', frameText(f.result, { title: run.result.title }));
  const scores = Object.entries(run.result.scores)
    .filter(([id]) => (scenario.objectives[id] ?? []).length > 0)
    .map(([id, s]) => frameText(f.score, { name: actorOf(scenario, id).name, score: fmt(s) }));
  out.push(frameText(f.scores, { scores: scores.join(f.scoresJoin) }));
  // Why a scripted move was skipped is the simulator's own English (it is also in `--json`).
  const moved = (s: SimRun['skipped'][number]) =>
    frameText(f.movedLine, { turn: s.turn, type: s.action.type, message: s.message });
  if (run.skipped.length) out.push('', f.skipped, ...run.skipped.map(moved));
  if (run.unused.length) out.push('', f.unused, ...run.unused.map(moved));
  return out.join('\n');
}

export interface Summary {
  readonly scenario: string;
  readonly player: ActorId;
  readonly strategy: string;
  readonly runs: number;
  readonly firstSeed: number;
  readonly outcomes: Record<string, number>;
  readonly meanScore: number;
  readonly minScore: number;
  readonly maxScore: number;
  /** Share of runs that reached the best outcome for the player's delegation (see `bestFor`). */
  readonly bestOutcomeShare: number;
  readonly historicalOutcomeShare: number;
  /** Means at the end: tension, the player's approval, and each other delegation's expectation of the player. */
  readonly meanFinal: { tension: number; approval: number | null; expectation: Record<ActorId, number> };
}

/**
 * Long work done a step at a time, so that a caller (a command line with a progress bar and
 * Ctrl-C, a Web Worker with a stop button) can show how far it is and stop between steps with
 * what it has so far. `result()` may be read at any time: after fewer than `total` steps it
 * covers the steps done.
 */
export interface Steps<T> {
  /** Steps done so far. */
  readonly done: number;
  /** Steps asked for. */
  readonly total: number;
  /** Does one more step; false (and nothing) once all are done. */
  step(): boolean;
  result(): T;
}

/** Many seeds of one strategy: the distribution of outcomes and scores. */
export function summarise(
  scenario: Scenario,
  player: ActorId,
  strategy: StrategyName | { moves: readonly (readonly Action[])[] },
  firstSeed: number,
  runs: number,
): Summary {
  const steps = summarySteps(scenario, player, strategy, firstSeed, runs);
  while (steps.step()) {}
  return steps.result();
}

/** `summarise`, one seed a step (under the teacher's options, if any). */
export function summarySteps(
  scenario: Scenario,
  player: ActorId,
  strategy: StrategyName | { moves: readonly (readonly Action[])[] },
  firstSeed: number,
  runs: number,
  gameOptions: GameOptions = {},
): Steps<Summary> {
  const tally = summaryTally(
    scenario,
    player,
    typeof strategy === 'string' ? strategy : 'moves',
    firstSeed,
    runs,
  );
  return {
    get done() {
      return tally.runs;
    },
    total: runs,
    step() {
      if (tally.runs >= runs) return false;
      tally.add(
        playOutcome({
          scenario,
          player,
          seed: firstSeed + tally.runs,
          play:
            typeof strategy === 'string'
              ? { kind: 'strategy', name: strategy }
              : { kind: 'moves', turns: strategy.moves },
          gameOptions,
        }),
      );
      return true;
    },
    result: () => tally.summary(),
  };
}

/** Sums over runs of one strategy, added one at a time, in seed order. */
export interface SummaryTally {
  /** Runs added so far. */
  readonly runs: number;
  add(game: GameOutcome): void;
  /** The summary of the runs added so far (at least one). */
  summary(): Summary;
}

/**
 * The tally behind `summarise`, for callers that play the runs themselves (the balance report
 * plays every row seed by seed). `planned` is the number of runs the caller means to add: with
 * all of them added, the summary is exactly `summarise`'s.
 */
export function summaryTally(
  scenario: Scenario,
  player: ActorId,
  strategy: string,
  firstSeed: number,
  planned: number,
): SummaryTally {
  const outcomes: Record<string, number> = {};
  let runs = 0;
  let total = 0;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  let tension = 0;
  let approval = 0;
  let approvalCount = 0;
  // Summed as shares of the planned runs, as `summarise` always has (so its figures stay bit for
  // bit); scaled back when fewer were added.
  const expectation: Record<ActorId, number> = {};
  const best = bestOutcomeFor(scenario, player) ?? undefined;
  const add = (game: GameOutcome) => {
    runs++;
    outcomes[game.result.status] = (outcomes[game.result.status] ?? 0) + 1;
    const score = game.result.scores[player] ?? 0;
    total += score;
    min = Math.min(min, score);
    max = Math.max(max, score);
    const last = game.last;
    if (last) {
      tension += last.tension;
      const mine = last.actors[player];
      if (mine?.approval !== undefined) {
        approval += mine.approval;
        approvalCount++;
      }
      for (const [id, a] of Object.entries(last.actors)) {
        if (id === player) continue;
        expectation[id] = (expectation[id] ?? 0) + a.expectation / planned;
      }
    }
  };
  const summary = (): Summary => {
    if (runs === 0) throw new Error('programmer error: a summary of no runs');
    const share = (id: string | undefined) => (id ? (outcomes[id] ?? 0) / runs : 0);
    const round = (x: number) => Math.round(x * 100) / 100;
    const rescale = runs === planned ? 1 : planned / runs;
    return {
      scenario: scenario.id,
      player,
      strategy,
      runs,
      firstSeed,
      outcomes: { ...outcomes },
      meanScore: round(total / runs),
      minScore: round(min),
      maxScore: round(max),
      bestOutcomeShare: round(share(best)),
      historicalOutcomeShare: round(share(scenario.history.outcome)),
      meanFinal: {
        tension: round(tension / runs),
        approval: approvalCount ? round(approval / approvalCount) : null,
        expectation: Object.fromEntries(
          Object.entries(expectation).map(([id, e]) => [id, round(rescale === 1 ? e : e * rescale)]),
        ),
      },
    };
  };
  return {
    get runs() {
      return runs;
    },
    add,
    summary,
  };
}
