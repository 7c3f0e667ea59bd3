import { choicesOf, type GameState, optionsProblem, type Scenario, stateHash } from '../engine/index.ts';
import { describeFault, type Played, verifyLog } from '../sim/index.ts';
import { type CatalogueEntry, findScenario } from './catalogue.ts';
import type { SaveFile } from './save-format.ts';
import { checkSeats, type SeatRepair } from './save-seats.ts';

/** A save turned back into a game. */
export interface Restored {
  /** The save, with its seats as repaired (see `repair`). */
  readonly save: SaveFile;
  readonly scenario: Scenario;
  readonly scenarioHash: string;
  /** The state the save's moves lead to. */
  readonly state: GameState;
  /** The state at the start of each turn the game reached. */
  readonly turnStarts: readonly GameState[];
  /**
   * True when the save was made on another version of the scenario, and every one of its moves
   * still holds on this one: the same game, replayed on the new rules (the player is told).
   */
  readonly scenarioChanged: boolean;
  /**
   * True when the moves hold but do not reach the position the save records. Its moves are all
   * that matter (each checked, the AI's recomputed), so this is no forgery: an earlier version of
   * the game's rules saved it (the frozen format-1 save is such a one), or its checkpoint field
   * was edited. The game goes on from where its moves lead, and the player is told.
   */
  readonly checkpointMoved: boolean;
  /** What was changed in the save's seats so that a person can play it, if anything. */
  readonly repair: SeatRepair | null;
  /** The AI's moves owed when the save stops on an AI's turn; the restored game plays them. */
  readonly owed: Played;
}

/**
 * Why a save could not be turned back into a game. `damaged` ones are set aside; the others are
 * sound but not playable here, and stay where they are.
 */
export type RestoreProblem =
  | { readonly code: 'save/scenario-missing'; readonly damaged: false; readonly scenarioId: string }
  | { readonly code: 'save/no-seat'; readonly damaged: boolean; readonly message: string }
  /** The teacher's options do not fit the scenario (a turn count its version no longer allows). */
  | { readonly code: 'save/options'; readonly damaged: boolean; readonly message: string }
  | {
      readonly code: 'save/replay-failed';
      readonly damaged: true;
      readonly index: number;
      readonly message: string;
    }
  | {
      /** Saved on another version of the scenario, and a move no longer holds on this one. */
      readonly code: 'save/other-version';
      readonly damaged: false;
      readonly index: number;
      readonly title: string;
      readonly message: string;
    };

/**
 * Replays a save with the AI's moves recomputed (`verifyLog`): every person's move must be legal
 * and every AI move must be the AI's own, whatever the save's scenario hash or checkpoint says. A
 * save opens if and only if its moves hold here; it is refused, with the first move that does
 * not, otherwise. The checkpoint (a plain hash anyone can recompute) is still compared, to tell
 * the player when the position differs from the one saved, but it decides nothing.
 *
 * A save made on another version of the scenario (a shipped scenario updated since, a file edited
 * since) is the same game only if every move still holds on this version; then it continues, and
 * the player is told. If one does not, it is refused with that move: it is not damaged, so it is
 * kept where it is, and opens again where that version is.
 */
export function restoreSave(
  save: SaveFile,
  catalogue: readonly CatalogueEntry[],
): { ok: true; value: Restored } | { ok: false; problem: RestoreProblem } {
  const found = findScenario(catalogue, save.scenarioId, save.scenarioHash);
  if (!found) {
    return {
      ok: false,
      problem: { code: 'save/scenario-missing', damaged: false, scenarioId: save.scenarioId },
    };
  }
  const { scenario } = found;
  const changed = found.hash !== save.scenarioHash;
  const seats = checkSeats(scenario, save.controllers, save.summary.player);
  if (!seats.ok) {
    return { ok: false, problem: { code: 'save/no-seat', damaged: !changed, message: seats.message } };
  }
  const options = save.options ?? {};
  const optionsWrong = optionsProblem(scenario, choicesOf(options));
  if (optionsWrong !== null) {
    return {
      ok: false,
      problem: {
        code: 'save/options',
        damaged: !changed,
        message: `its options do not fit: ${optionsWrong}`,
      },
    };
  }
  const verified = verifyLog(scenario, save.seed, seats.controllers, save.actions, save.ai, options);
  if (!verified.ok) {
    const { fault } = verified;
    const message = describeFault(scenario, fault);
    return {
      ok: false,
      problem: changed
        ? { code: 'save/other-version', damaged: false, index: fault.index, title: scenario.title, message }
        : { code: 'save/replay-failed', damaged: true, index: fault.index, message },
    };
  }
  const { state, turnStarts, owed } = verified.value;
  // Repaired seats change the state (each delegation's controller), so its checkpoint cannot match.
  const checkpointMoved = !changed && seats.repair === null && stateHash(state) !== save.checkpoint;
  return {
    ok: true,
    value: {
      save: { ...save, controllers: seats.controllers },
      scenario,
      scenarioHash: found.hash,
      state,
      turnStarts,
      scenarioChanged: changed,
      checkpointMoved,
      repair: seats.repair,
      owed,
    },
  };
}
