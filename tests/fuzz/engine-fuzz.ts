import fc from 'fast-check';
import {
  ACTION_ERROR_CODES,
  type Action,
  type ActionError,
  actionsOf,
  applyAction,
  type Controller,
  chooseAiAction,
  createGame,
  ERROR_MESSAGES_EN,
  type GameState,
  legalActions,
  listActions,
  placeholdersOf,
  replay,
  type Scenario,
  stateHash,
  whoMustAct,
} from '../../src/engine/index.ts';
import { anyValue, malformedOf } from './malformed.ts';
import { type Random, tally } from './random.ts';

/**
 * The engine fuzz: whole games of every shipped scenario with every delegation that moves in a
 * person's seat, so every seat's moves come from here. At each decision it tries a few actions
 * the rules must refuse (listed moves that are illegal now, legal moves broken in one way,
 * arbitrary values), then plays a legal one (a random one, or the AI's). It checks what the
 * engine promises: no throw, every refusal coded with its message and the state untouched, every
 * value finite and in range after every move, and the finished game replayed equal to the live one.
 */

export interface EngineFigures {
  /** Every call of `applyAction`, legal or not. */
  actions: number;
  /** Of which legal moves played. */
  played: number;
  games: number;
  /** Refusals by code. */
  refused: Record<string, number>;
  /** What broke, as readable lines (empty when everything held). */
  failures: string[];
  ms: number;
}

/** Every broken invariant of a state: a number that is not finite, a measure out of its range. */
export function violations(state: GameState): string[] {
  const out: string[] = [];
  const walk = (value: unknown, path: string): void => {
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) out.push(`${path} is ${value}`);
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => {
        walk(v, `${path}[${i}]`);
      });
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) if (k !== 'log') walk(v, `${path}.${k}`);
    }
  };
  walk(state, 'state');
  const inRange = (path: string, n: number, low: number, high: number) => {
    if (!(n >= low && n <= high)) out.push(`${path} = ${n} outside ${low}..${high}`);
  };
  inRange('tension', state.tension, 0, 100);
  for (const [id, a] of Object.entries(state.actors))
    if (a.approval !== null) inRange(`${id}.approval`, a.approval, 0, 100);
  for (const [key, r] of Object.entries(state.relations)) {
    inRange(`${key}.trust`, r.trust, 0, 1);
    inRange(`${key}.habituation`, r.habituation, 0.25, 1);
  }
  for (const [id, p] of Object.entries(state.progress)) inRange(`progress.${id}`, p, 0, 100);
  return out;
}

/** What is wrong with a refusal, if anything: its code, its message id, its message. */
function badRefusal(error: ActionError): string | null {
  if (!(ACTION_ERROR_CODES as readonly string[]).includes(error.code))
    return `unregistered code ${error.code}`;
  if (!Object.hasOwn(ERROR_MESSAGES_EN, error.messageId)) return `no English for ${error.messageId}`;
  if (error.messageId.split('.')[0] !== error.code)
    return `${error.messageId} is not a wording of ${error.code}`;
  // Every placeholder supplied (the text itself may hold braces: it can repeat a hostile id).
  const template: string = ERROR_MESSAGES_EN[error.messageId];
  const missing = placeholdersOf(template).filter((p) => !Object.hasOwn(error.params, p.name));
  if (missing.length > 0 || error.message.length === 0 || /\[object/.test(error.message))
    return `bad message for ${error.code}: ${error.message}`;
  return null;
}

/** Describes a value in a failure line without printing a megabyte of it. */
function brief(value: unknown): string {
  try {
    return (JSON.stringify(value) ?? String(value)).slice(0, 200);
  } catch {
    return String(value).slice(0, 200);
  }
}

export interface EngineFuzzOptions {
  readonly actions: number;
  readonly random: Random;
  /** Actions the rules must refuse, tried at each decision before the move is played. */
  readonly probesPerDecision?: number;
}

export function fuzzEngine(scenarios: readonly Scenario[], options: EngineFuzzOptions): EngineFigures {
  const { random, probesPerDecision = 3 } = options;
  const figures: EngineFigures = { actions: 0, played: 0, games: 0, refused: {}, failures: [], ms: 0 };
  const start = performance.now();
  const fail = (line: string) => {
    if (figures.failures.length < 50) figures.failures.push(line);
  };
  /** Applies one action; returns the new state when it was legal. */
  const attempt = (scenario: Scenario, state: GameState, action: unknown): GameState | null => {
    figures.actions++;
    try {
      const result = applyAction(scenario, state, action as Action);
      if (result.ok) return result.state;
      tally(figures.refused, result.error.code);
      const bad = badRefusal(result.error);
      if (bad) fail(`${scenario.id}: ${bad} for ${brief(action)}`);
    } catch (e) {
      fail(`${scenario.id}: threw ${(e as Error).message} for ${brief(action)}`);
    }
    return null;
  };
  for (let g = 0; figures.actions < options.actions; g++) {
    const scenario = scenarios[g % scenarios.length]!;
    const seed = random.int(2 ** 31);
    const controllers: Record<string, Controller> = {};
    for (const id of scenario.order) controllers[id] = 'person';
    let state = createGame(scenario, seed, controllers);
    figures.games++;
    for (let moves = 0; state.status === 'playing' && figures.actions < options.actions; moves++) {
      const turn = whoMustAct(scenario, state);
      if (!turn || moves > 5000) {
        fail(
          `${scenario.id} seed ${seed}: ${turn ? 'the game does not end' : 'no one to move in a game in play'}`,
        );
        break;
      }
      const legal = legalActions(scenario, state, turn.actor);
      if (legal.length === 0) {
        fail(`${scenario.id} seed ${seed}: ${turn.actor} has no legal action`);
        break;
      }
      // Probes: each must be refused (or be legal) without touching the state.
      const before = stateHash(state);
      const illegal = listActions(scenario, state, turn.actor).filter((l) => l.error);
      for (let p = 0; p < probesPerDecision; p++) {
        const kind = random.int(3);
        const probe =
          kind === 0 && illegal.length > 0
            ? random.pick(illegal).action
            : fc.sample(kind === 1 ? malformedOf(random.pick(legal)) : anyValue, {
                seed: random.int(2 ** 31),
                numRuns: 1,
              })[0]!.value;
        attempt(scenario, state, probe);
      }
      if (stateHash(state) !== before)
        fail(`${scenario.id} seed ${seed}: a refused action changed the state`);
      const action = random.int(4) === 0 ? chooseAiAction(scenario, state, turn.actor) : random.pick(legal);
      const next = attempt(scenario, state, action);
      if (!next) {
        fail(`${scenario.id} seed ${seed}: a legal action was refused: ${brief(action)}`);
        break;
      }
      state = next;
      figures.played++;
      for (const v of violations(state)) fail(`${scenario.id} seed ${seed}: ${v}`);
    }
    if (state.status === 'ended') {
      const again = replay(scenario, seed, controllers, actionsOf(state));
      if (!again.ok) fail(`${scenario.id} seed ${seed}: replay refused move ${again.index}`);
      else if (JSON.stringify(again.state) !== JSON.stringify(state))
        fail(`${scenario.id} seed ${seed}: replay differs from the live game`);
    }
  }
  figures.ms = performance.now() - start;
  return figures;
}
