import type { Answer, ClassErrorCode } from '../../class/index.ts';
import type { Scenario } from '../../engine/index.ts';
import { type StringKey, t } from '../strings/index.ts';

/** What the class pages are given by their entry (src/app/class-page.ts). */
export interface ClassPageHost {
  /** The class server's address: the page's own origin. */
  readonly url: string;
  /** The shipped scenarios, by id, for names and the engine's wording. */
  readonly scenarios: ReadonlyMap<string, Scenario>;
  /** The browser's storage for the seat's and the teacher's tokens. */
  readonly storage: {
    get(key: string): string | null;
    set(key: string, value: string): void;
    remove(key: string): void;
  };
  /**
   * Hands result files to the game's class page in this browser (kept beside any the teacher
   * added there); says how many were new, or null when this browser keeps nothing.
   */
  handInResults(files: readonly { readonly name: string; readonly text: string }[]): number | null;
  /** The game's class page, where handed-in results are verified and compared. */
  readonly classDebriefUrl: string;
  /**
   * Keeps a result file in this browser as its finished game and goes to the game's debrief of
   * it; says why not when it cannot (the page stays).
   */
  openDebrief(resultText: string): 'not-a-result' | 'not-here' | 'not-kept' | null;
  /** Draws the page again from its state. */
  refresh(): void;
}

/** A refusal in words: the code's sentence, and the server's detail where it says more. */
export function classError(answer: Answer<never> | Extract<Answer<object>, { ok: false }>): string {
  if (answer.ok) return '';
  const key = `classError.${answer.code.slice('class/'.length)}` as StringKey;
  const words = t(key);
  // Codes whose detail names what is wrong (a field, the engine's reason) show it too.
  const detailed: readonly ClassErrorCode[] = ['class/refused', 'class/bad-plan', 'class/bad-message'];
  return detailed.includes(answer.code) ? `${words} ${answer.detail}` : words;
}
