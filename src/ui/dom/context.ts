import type { AppActions, AppState, AppStore } from '../../store/index.ts';

/** Which tab of the table's side panel is open. */
export type PanelTab = 'move' | 'why' | 'news' | 'table';

/** Screen-local choices that are not game state: kept here, outside the store, across re-renders. */
export interface UiState {
  tab: PanelTab;
  /** Values of the side-move selects, by field key. */
  readonly form: Map<string, string>;
  /** How many news items the player has seen (the News tab shows how many are new). */
  seenNews: number;
  /** The turn shown in the debrief's step-through; null for the end. */
  debriefTurn: number | null;
}

/** What every screen and panel renderer gets. */
export interface ViewContext {
  readonly store: AppStore;
  readonly state: AppState & AppActions;
  readonly ui: UiState;
  /** Re-renders after a change to `ui` (store changes re-render by themselves). */
  readonly refresh: () => void;
  /** Opens a dialog by name, returning focus to `opener` when it closes. */
  readonly openDialog: (name: 'settings' | 'saves', opener: HTMLElement | null) => void;
}
