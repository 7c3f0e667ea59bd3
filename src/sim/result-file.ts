import {
  type Action,
  type ActorId,
  type AiVersion,
  actorOf,
  type Controller,
  choicesOf,
  type GameState,
  hasOptions,
  lastTurn,
  optionsProblem,
  type Scenario,
} from '../engine/index.ts';
import { RESULT_FORMAT, RESULT_KIND, type ResultFile } from '../scenario/index.ts';
import { describeFault, type LogFault, verifyLog } from './verify.ts';

/**
 * Result files: a finished game as a student hands it in, and the check that it is genuine. The
 * same code runs in the browser (the debrief writes one, the class page verifies many) and on the
 * command line (`sim --result`, `sim --verify`).
 */

/** What a finished game is made of, as the debrief or the command line holds it. */
export interface FinishedGame {
  readonly scenario: Scenario;
  readonly scenarioHash: string;
  readonly seed: number;
  readonly ai: AiVersion;
  readonly seats: Readonly<Record<ActorId, Controller>>;
  readonly player: ActorId;
  readonly actions: readonly Action[];
  /** The state the actions lead to; it must have ended. */
  readonly state: GameState;
}

/** The result file of a finished game; null when the game has not ended. */
export function resultFileOf(
  game: FinishedGame,
  writer: { readonly gameVersion: string; readonly writtenAt: string; readonly student?: string },
): ResultFile | null {
  const { scenario, state } = game;
  const result = state.result;
  if (result === null) return null;
  const seats: Record<ActorId, Controller> = {};
  for (const actor of scenario.actors) seats[actor.id] = game.seats[actor.id] ?? 'ai';
  return {
    kind: RESULT_KIND,
    format: RESULT_FORMAT,
    gameVersion: writer.gameVersion,
    writtenAt: writer.writtenAt,
    student: writer.student ?? '',
    scenario: { id: scenario.id, title: scenario.title, hash: game.scenarioHash },
    seed: game.seed,
    ai: game.ai,
    ...(hasOptions(state.options) ? { options: state.options } : {}),
    seats,
    player: game.player,
    actions: game.actions,
    turns: turnsPlayed(state),
    outcome: { id: result.status, title: result.title },
    scores: result.scores,
    objectives: result.objectives,
  };
}

/** The turns a game lasted, counting the one it ended in (turns count from 1). */
function turnsPlayed(state: GameState): number {
  return state.turn;
}

/** Why a result file is not genuine: the first thing in it that does not hold. */
export type ResultFault =
  /** Played on another version of the scenario (or a scenario with another id). */
  | { readonly code: 'result/other-scenario'; readonly message: string }
  /** Options the scenario does not allow (a turn count it cannot be cut to). */
  | { readonly code: 'result/options'; readonly message: string }
  /** Seats that do not fit the scenario: unknown or missing delegations, a player who is no person. */
  | { readonly code: 'result/seats'; readonly message: string }
  /** A move that does not hold (a person's move the rules refuse, an AI move the AI does not make). */
  | { readonly code: 'result/moves'; readonly fault: LogFault; readonly message: string }
  /** The moves hold but stop before the game's end. */
  | { readonly code: 'result/unfinished'; readonly message: string }
  /** The moves hold and end the game, but not with what the file claims. */
  | {
      readonly code: 'result/claim';
      /** The claim, like `scores.japan` or `objectives.japan[1].points`. */
      readonly field: string;
      readonly claimed: string;
      readonly replayed: string;
      readonly message: string;
    };

/** A genuine result: the game its moves replay to. */
export interface VerifiedResult {
  readonly state: GameState;
  /** The state at the start of each turn (`turnStarts[i]` starts turn i + 1). */
  readonly turnStarts: readonly GameState[];
}

/**
 * Replays a result file on `scenario` (whose `scenarioHash` is `hash`) with every AI move
 * recomputed, and compares what the file claims (outcome, turns, every score and goal) with what
 * the replay gives. A result played on another version of the scenario is refused with that
 * reason, never waved through: its scores were earned under other rules.
 */
export function verifyResult(
  scenario: Scenario,
  hash: string,
  result: ResultFile,
):
  | { readonly ok: true; readonly value: VerifiedResult }
  | { readonly ok: false; readonly fault: ResultFault } {
  if (result.scenario.id !== scenario.id) {
    return refuse({
      code: 'result/other-scenario',
      message: `the result is of scenario "${result.scenario.id}", not "${scenario.id}"`,
    });
  }
  if (result.scenario.hash !== hash) {
    return refuse({
      code: 'result/other-scenario',
      message: `the result was played on another version of "${scenario.title}" (version ${result.scenario.hash}; this copy has ${hash}), so its scores cannot be checked here: verify it with the version it was played on`,
    });
  }
  const seats = seatsProblem(scenario, result);
  if (seats !== null) return refuse({ code: 'result/seats', message: seats });
  const options = result.options ?? {};
  const optionsWrong = optionsProblem(scenario, choicesOf(options));
  if (optionsWrong !== null)
    return refuse({
      code: 'result/options',
      message: `its options do not fit "${scenario.title}": ${optionsWrong}`,
    });
  const verified = verifyLog(scenario, result.seed, result.seats, result.actions, result.ai, options);
  if (!verified.ok) {
    return refuse({
      code: 'result/moves',
      fault: verified.fault,
      message: describeFault(scenario, verified.fault, 'file'),
    });
  }
  const { state, turnStarts, owed } = verified.value;
  if (state.result === null || owed.moves.length > 0) {
    return refuse({
      code: 'result/unfinished',
      message: `its ${result.actions.length} moves stop before the end of the game (turn ${state.turn} of ${lastTurn(scenario, state)})`,
    });
  }
  const claim = firstWrongClaim(scenario, result, state);
  if (claim !== null) return refuse(claim);
  return { ok: true, value: { state, turnStarts } };
}

function refuse(fault: ResultFault): { readonly ok: false; readonly fault: ResultFault } {
  return { ok: false, fault };
}

/** Every delegation of the scenario seated, nothing else, and the player one of the people. */
function seatsProblem(scenario: Scenario, result: ResultFile): string | null {
  const known = new Set(scenario.actors.map((a) => a.id));
  const extra = Object.keys(result.seats).find((id) => !known.has(id));
  if (extra !== undefined) return `its seats name "${extra}", which is no delegation of "${scenario.title}"`;
  const missing = scenario.actors.find((a) => !Object.hasOwn(result.seats, a.id));
  if (missing) return `its seats leave out ${missing.name}`;
  const player = scenario.actors.find((a) => a.id === result.player);
  if (!player || player.background) return `its player "${result.player}" is no delegation at the table`;
  if (result.seats[result.player] !== 'person')
    return `its player, ${player.name}, is seated as the AI, not as a person`;
  return null;
}

/** The first claim of the file that the replay does not bear out, in the file's own order. */
function firstWrongClaim(scenario: Scenario, result: ResultFile, state: GameState) {
  const replayed = state.result!;
  const checks: [field: string, label: string, claimed: unknown, actual: unknown][] = [
    ['scenario.title', 'the scenario title', result.scenario.title, scenario.title],
    ['turns', 'the turns played', result.turns, turnsPlayed(state)],
    ['outcome.id', 'the outcome', result.outcome.id, replayed.status],
    ['outcome.title', 'the outcome title', result.outcome.title, replayed.title],
  ];
  const actors = [...new Set([...Object.keys(replayed.scores), ...Object.keys(result.scores)])];
  for (const id of actors) {
    const name = nameOf(scenario, id);
    checks.push([`scores.${id}`, `${name}'s score`, result.scores[id], replayed.scores[id]]);
  }
  for (const id of actors) {
    const claimed = result.objectives[id] ?? [];
    const actual = replayed.objectives[id] ?? [];
    const name = nameOf(scenario, id);
    checks.push([`objectives.${id}`, `the number of ${name}'s goals`, claimed.length, actual.length]);
    for (const [i, goal] of actual.entries()) {
      const c = claimed[i];
      const at = `objectives.${id}[${i}]`;
      checks.push([`${at}.id`, `${name}'s goal ${i + 1}`, c?.id, goal.id]);
      checks.push([`${at}.value`, `${name}'s measure for "${goal.id}"`, c?.value, goal.value]);
      checks.push([`${at}.points`, `${name}'s points for "${goal.id}"`, c?.points, goal.points]);
    }
  }
  for (const [field, label, claimed, actual] of checks) {
    if (Object.is(claimed, actual)) continue;
    const c = shown(claimed);
    const r = shown(actual);
    return {
      code: 'result/claim' as const,
      field,
      claimed: c,
      replayed: r,
      message: `${label} (${field}) does not match its moves: the file says ${c}, replaying them gives ${r}`,
    };
  }
  return null;
}

function nameOf(scenario: Scenario, id: ActorId): string {
  return scenario.actors.some((a) => a.id === id) ? actorOf(scenario, id).name : `"${id}"`;
}

function shown(value: unknown): string {
  if (value === undefined) return 'nothing';
  return typeof value === 'string' ? `“${value}”` : String(value);
}
