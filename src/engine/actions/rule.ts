import type { Ctx } from '../context.ts';
import type { ActionError } from '../errors.ts';
import type { ActionMessageId } from '../messages/en.ts';
import type { MessageParams } from '../messages/params.ts';
import type { GameState } from '../state.ts';
import type { AnswerTurn, MoveTurn } from '../turn.ts';
import type { Action, Scenario } from '../types.ts';

/*
 * Methods, not function-typed fields: method parameters are checked bivariantly, so the rule for
 * one action type (`ActionRule<ActionOf<'summit'>>`) can stand in the registry as an
 * `ActionRule<Action>`. That is sound because the registry is keyed by type: the dispatcher only
 * ever hands a rule actions of its own type.
 */

/** What a move says in the story of a game: a message of `ACTION_MESSAGES_EN` and its parameters. */
export interface MoveWords {
  readonly message: ActionMessageId;
  readonly params: MessageParams;
}

/** A move made when the delegation has the move: before its table move (`side`) or as it (`table`). */
export interface MoveRule<A extends Action> {
  /** The type it handles; the registry checks it against its key. */
  readonly type: A['type'];
  /** `table` ends the delegation's turn; `side` comes before it. */
  readonly kind: 'table' | 'side';
  /** A side move that may be made once a turn (all but delivering a promise). */
  readonly oncePerTurn: boolean;
  /** Null when the action is legal now (the turn and the delegation are already checked). */
  validate(scenario: Scenario, state: GameState, action: A, turn: MoveTurn): ActionError | null;
  /** Changes the working copy; every change goes through the context's helpers, with its reason. */
  perform(ctx: Ctx, action: A, turn: MoveTurn): void;
  /** The concrete actions to offer a delegation now, legal or not (packages: one line a side). */
  list(scenario: Scenario, state: GameState, turn: MoveTurn): A[];
  /** The move in words, for the story of a game. */
  describe(action: A): MoveWords;
}

/** An answer to the offer on the table, which the turn carries. */
export interface AnswerRule<A extends Action> {
  readonly type: A['type'];
  readonly kind: 'answer';
  validate(scenario: Scenario, state: GameState, action: A, turn: AnswerTurn): ActionError | null;
  perform(ctx: Ctx, action: A, turn: AnswerTurn): void;
  list(scenario: Scenario, state: GameState, turn: AnswerTurn): A[];
  /** The answer in words, for the story of a game. */
  describe(action: A): MoveWords;
}

/** How one action type is validated, performed and listed. */
export type ActionRule<A extends Action> = MoveRule<A> | AnswerRule<A>;
