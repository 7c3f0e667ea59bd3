import { type GameState, replay, type Scenario, stateHash } from '../engine/index.ts';
import { type CatalogueEntry, findScenario } from './catalogue.ts';
import type { SaveFile } from './save-format.ts';

/** A save turned back into a game. */
export interface Restored {
  readonly save: SaveFile;
  readonly scenario: Scenario;
  readonly scenarioHash: string;
  readonly state: GameState;
  /** The state at the start of each turn the game reached. */
  readonly turnStarts: readonly GameState[];
  /** True when the scenario file changed since the save and the game was replayed on the new one. */
  readonly scenarioChanged: boolean;
}

/** Why a save could not be turned back into a game; `damaged` ones are set aside. */
export type RestoreProblem =
  | { readonly code: 'save/scenario-missing'; readonly damaged: false; readonly scenarioId: string }
  | {
      readonly code: 'save/replay-failed';
      readonly damaged: boolean;
      readonly index: number;
      readonly message: string;
    }
  | { readonly code: 'save/checkpoint-mismatch'; readonly damaged: true };

/**
 * Replays a save's actions from its seed and checks the state hash it reaches. A changed scenario
 * is allowed when every action still replays (the player is told); the same scenario reaching a
 * different state means the save was damaged or altered.
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
  const changed = found.hash !== save.scenarioHash;
  const result = replay(found.scenario, save.seed, save.controllers, save.actions);
  if (!result.ok) {
    return {
      ok: false,
      problem: {
        code: 'save/replay-failed',
        damaged: !changed,
        index: result.index,
        message: result.error.message,
      },
    };
  }
  if (!changed && stateHash(result.state) !== save.checkpoint) {
    return { ok: false, problem: { code: 'save/checkpoint-mismatch', damaged: true } };
  }
  return {
    ok: true,
    value: {
      save,
      scenario: found.scenario,
      scenarioHash: found.hash,
      state: result.state,
      turnStarts: result.turnStarts,
      scenarioChanged: changed,
    },
  };
}
