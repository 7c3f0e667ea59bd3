import type { Scenario } from '../../engine/index.ts';
import type { BalanceSummary, CheckProblem } from '../../sim/index.ts';
import type { StudioDraft } from '../../store/index.ts';
import type { StudioTexts } from '../dom/index.ts';

/** Games under way for Play it or Balance it, and how far they are. */
export type Busy = { readonly what: 'play' | 'balance'; played: number; atMost: number } | null;

/** What the studio shows, kept between its renders (the editor holds the text itself). */
export interface StudioState {
  draft: StudioDraft;
  problems: readonly CheckProblem[];
  /** Whether `problems` are the check of the text as it is now (false while a check is due). */
  checked: boolean;
  /** The scenario of the last clean load, for the seats "Play it" offers. */
  scenario: Scenario | null;
  saved: 'saved' | 'quota' | 'unavailable';
  busy: Busy;
  /** What the last "Play it" or "Balance it" said, when it did not open the game. */
  outcome: string | null;
  balance: BalanceSummary | null;
  confirmDelete: boolean;
  texts: StudioTexts | null;
}
