import { ruleOf } from '../actions/registry.ts';
import { type Ctx, emit } from '../context.ts';
import { actorState, type GameState } from '../state.ts';
import type { ActorId, Scenario } from '../types.ts';

/**
 * The most moves (side moves and the table move; answers to offers are not moves) one delegation
 * may make in one turn. Each side move comes once a turn and the table move once, so only
 * deliveries can pile up: a delegation with more open promises than this delivers the rest in a
 * later turn. Measured over every seat and strategy of the six scenarios (20 seeds each): at
 * most 5 moves by one delegation in one turn, 1.2 on average, so no shipped game comes near it.
 */
export const MOVES_PER_TURN = 50;

/**
 * The moves `actor` has made this turn, read from the log (the count is not kept in the state,
 * so a state hashes as it did before the rule). The log's entries of this turn are its last.
 */
function movesThisTurn(state: GameState, actor: ActorId): number {
  let moves = 0;
  for (let i = state.log.length - 1; i >= 0; i--) {
    const entry = state.log[i]!;
    if (entry.turn !== state.turn) break;
    const action = entry.action;
    if (action !== null && action.actor === actor && ruleOf(action.type).kind !== 'answer') moves++;
  }
  return moves;
}

/**
 * `turn/move-limit`: after its `MOVES_PER_TURN`-th move of a turn (the one being applied, not
 * yet in the log), a delegation that has not made its table move has had its turn at the table,
 * and play passes to the next delegation. So a turn holds at most `MOVES_PER_TURN` moves per
 * delegation and two answers to each offer, and every game ends (see `maxActions`).
 */
export function spendMoves(ctx: Ctx, actor: ActorId): void {
  const me = actorState(ctx.state, actor);
  if (me.moved || movesThisTurn(ctx.state, actor) + 1 < MOVES_PER_TURN) return;
  me.moved = true;
  emit(ctx, {
    type: 'movesSpent',
    rule: 'turn/move-limit',
    message: 'turn.move-limit',
    params: { actor, limit: MOVES_PER_TURN },
    actor,
  });
}

/**
 * The most actions any game of `scenario` can hold, by the rules: in every turn, each delegation
 * makes at most `MOVES_PER_TURN` moves, and each offer (at most one per delegation, its table
 * move) is answered at most twice (a counter-offer, then its answer). A loop that drives a game
 * and sees more has found a bug in the rules, not a long game.
 */
export function maxActions(scenario: Scenario): number {
  return scenario.turns.length * scenario.actors.length * (MOVES_PER_TURN + 2);
}
