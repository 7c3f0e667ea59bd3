import {
  type Action,
  type ActorId,
  applyAction,
  type Controller,
  createGame,
  type GameState,
  type Scenario,
  whoMustAct,
} from '../../src/engine/index.ts';
import { playOn, seatsOf } from '../../src/sim/index.ts';

/** A game's seats with one person, as the browser starts it. */
export function onePerson(scenario: Scenario, player: ActorId): Record<ActorId, Controller> {
  const controllers: Record<ActorId, Controller> = {};
  for (const a of scenario.actors) controllers[a.id] = a.id === player ? 'person' : 'ai';
  return controllers;
}

/**
 * The forgery of issue #10: a patient person whose first `forgeries` turns each offer `victim`
 * nothing for one of its items, with the victim (an AI seat) "accepting" every time. Each accept
 * is legal to the engine, so a plain replay takes the log; only the AI would never make it.
 * The AI's other moves are its own, played by the driver.
 */
export function forgedLog(
  scenario: Scenario,
  seed: number,
  player: ActorId,
  victim: ActorId,
  forgeries: number,
): { actions: Action[]; state: GameState; forgedAt: number[] } {
  const controllers = onePerson(scenario, player);
  const seats = seatsOf(controllers);
  const actions: Action[] = [];
  const forgedAt: number[] = [];
  let state = createGame(scenario, seed, controllers);
  const play = (action: Action) => {
    const result = applyAction(scenario, state, action);
    if (!result.ok) throw new Error(result.error.message);
    actions.push(action);
    state = result.state;
  };
  const aiPlays = () => {
    const played = playOn(scenario, state, seats);
    actions.push(...played.moves.map((m) => m.action));
    state = played.state;
  };
  aiPlays();
  while (state.status === 'playing') {
    const turn = whoMustAct(scenario, state)!;
    const demand = forgedAt.length < forgeries && turn.mode === 'move' ? legalDemand() : null;
    if (demand) {
      play(demand);
      forgedAt.push(actions.length);
      play({ type: 'accept', actor: victim });
    } else {
      play(turn.mode === 'respond' ? { type: 'reject', actor: player } : { type: 'wait', actor: player });
    }
    aiPlays();
  }
  return { actions, state, forgedAt };

  /** A give-nothing offer for one of the victim's items that the rules still allow, if any. */
  function legalDemand(): Action | null {
    for (const item of scenario.items.filter((i) => i.giver === victim)) {
      const offer: Action = {
        type: 'offer',
        actor: player,
        to: victim,
        give: [],
        ask: [{ item: item.id, tier: item.tiers[item.tiers.length - 1]! }],
      };
      if (applyAction(scenario, state, offer).ok) return offer;
    }
    return null;
  }
}
