import type { Ctx } from '../context.ts';
import type { ActionError } from '../errors.ts';
import type { ActionMessageId } from '../messages/en.ts';
import type { MessageParams } from '../messages/params.ts';
import type { GameState } from '../state.ts';
import type { AnswerTurn, MoveTurn } from '../turn.ts';
import type { Action, PackageLine, Scenario } from '../types.ts';

/*
 * Methods, not function-typed fields: method parameters are checked bivariantly, so the rule for
 * one action type (`ActionRule<ActionOf<'summit'>>`) can stand in the registry as an
 * `ActionRule<Action>`. That is sound because the registry is keyed by type: the dispatcher only
 * ever hands a rule actions of its own type.
 */

/**
 * What one field of an action holds, for the shape check that runs before any rule
 * (`actions/shape.ts`): `id` a delegation, item or forum id (text), `number` a finite number,
 * `flag` true or false, `lines` a list of package lines. A `?` marks a field that may be left out.
 */
export type FieldKind = 'id' | 'number' | 'flag' | 'lines';

/** The kind of a field's type: the compiler picks it, so a rule cannot declare the wrong one. */
type KindOf<T> = [T] extends [readonly PackageLine[]]
  ? 'lines'
  : [T] extends [number]
    ? 'number'
    : [T] extends [boolean]
      ? 'flag'
      : 'id';

/**
 * Every field of an action but `type` and `actor` (which all share), with its kind; optional
 * fields take a `?`. Mapped from the action's own type, so a field added to the `Action` union
 * and not declared here (or declared with the wrong kind) is a compile error, and the shape check
 * needs no switch of its own on the type.
 */
export type FieldsOf<A extends Action> = {
  readonly [K in Exclude<keyof A, 'type' | 'actor'>]-?: object extends Pick<A, K>
    ? `${KindOf<Exclude<A[K], undefined>>}?`
    : KindOf<A[K]>;
};

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
  /** Its fields beyond `type` and `actor`: what the shape check lets through to `validate`. */
  readonly fields: FieldsOf<A>;
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
  /** Its fields beyond `type` and `actor`: what the shape check lets through to `validate`. */
  readonly fields: FieldsOf<A>;
  validate(scenario: Scenario, state: GameState, action: A, turn: AnswerTurn): ActionError | null;
  perform(ctx: Ctx, action: A, turn: AnswerTurn): void;
  list(scenario: Scenario, state: GameState, turn: AnswerTurn): A[];
  /** The answer in words, for the story of a game. */
  describe(action: A): MoveWords;
}

/** How one action type is validated, performed and listed. */
export type ActionRule<A extends Action> = MoveRule<A> | AnswerRule<A>;
