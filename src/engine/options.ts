import type { GameState } from './state.ts';
import type { ActorId, GameOptions, Scenario } from './types.ts';

/** Every option, as a form or a link spells it; `normalizeOptions` drops the defaults. */
export interface OptionChoices {
  readonly advisors: 'sharp' | 'usual' | 'rough';
  /** Null for every turn of the scenario. */
  readonly turns: number | null;
  readonly history: 'debrief' | 'each-turn';
}

export const DEFAULT_CHOICES: OptionChoices = { advisors: 'usual', turns: null, history: 'debrief' };

export const ADVISOR_ACCURACIES = ['sharp', 'usual', 'rough'] as const;
export const HISTORY_CHOICES = ['debrief', 'each-turn'] as const;

/** How much a person's advisors' error is scaled by, per accuracy. */
const ADVISOR_SCALE: Readonly<Record<OptionChoices['advisors'], number>> = {
  sharp: 0.5,
  usual: 1,
  rough: 1.5,
};

/** The options of a game, every one spelled out. */
export function choicesOf(options: GameOptions): OptionChoices {
  return {
    advisors: options.advisors ?? 'usual',
    turns: options.turns ?? null,
    history: options.history ?? 'debrief',
  };
}

/** The turn counts a teacher may pick for `scenario`, shortest first; one entry when it cannot be shortened. */
export function turnChoices(scenario: Scenario): number[] {
  const all = scenario.turns.length;
  const fewest = Math.min(all, Math.max(1, scenario.fewestTurns ?? all));
  return Array.from({ length: all - fewest + 1 }, (_, i) => fewest + i);
}

/**
 * Why `choices` cannot be a game of `scenario`, in plain words, or null. Callers that take options
 * from outside (a link, a save, a result file) check them here before starting a game.
 */
export function optionsProblem(scenario: Scenario, choices: OptionChoices): string | null {
  if (!(ADVISOR_ACCURACIES as readonly string[]).includes(choices.advisors))
    return `advisors must be one of ${ADVISOR_ACCURACIES.join(', ')}`;
  if (!(HISTORY_CHOICES as readonly string[]).includes(choices.history))
    return `history must be one of ${HISTORY_CHOICES.join(', ')}`;
  if (choices.turns === null) return null;
  const allowed = turnChoices(scenario);
  if (Number.isInteger(choices.turns) && allowed.includes(choices.turns)) return null;
  const first = allowed[0] ?? 1;
  const last = allowed[allowed.length - 1] ?? 1;
  return first === last
    ? `this scenario is always played over its ${last} turns`
    : `turns must be a whole number from ${first} to ${last}`;
}

/** The options as a game keeps them: defaults dropped, in a fixed key order so equal options hash equal. */
export function normalizeOptions(scenario: Scenario, choices: OptionChoices): GameOptions {
  const problem = optionsProblem(scenario, choices);
  if (problem) throw new Error(`programmer error: ${problem}`);
  const turns = choices.turns === null || choices.turns === scenario.turns.length ? undefined : choices.turns;
  return {
    ...(choices.advisors === 'usual' ? {} : { advisors: choices.advisors }),
    ...(turns === undefined ? {} : { turns }),
    ...(choices.history === 'debrief' ? {} : { history: choices.history }),
  };
}

/** Whether a game has any option set (a game as written has none). */
export function hasOptions(options: GameOptions): boolean {
  return Object.keys(options).length > 0;
}

/** Whether two games' options are the same. */
export function sameOptions(a: GameOptions, b: GameOptions): boolean {
  return a.advisors === b.advisors && a.turns === b.turns && a.history === b.history;
}

/** The last turn of this game: the scenario's, or fewer if the teacher chose so. */
export function lastTurn(scenario: Scenario, state: GameState): number {
  return state.options.turns ?? scenario.turns.length;
}

/** The factor on `viewer`'s advisors' error bands: the option applies to people's seats only. */
export function advisorScale(state: GameState, viewer: ActorId): number {
  if (state.options.advisors === undefined) return 1;
  return state.actors[viewer]?.controller === 'person' ? ADVISOR_SCALE[state.options.advisors] : 1;
}
