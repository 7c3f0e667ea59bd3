import type { BalanceSummary, ScenarioCheck } from '../sim/index.ts';

/**
 * The messages between the page's checker (scenario-checker.ts) and its worker
 * (scenario-check-worker.ts), in a file of their own so that neither imports the other.
 */

/** A request to the worker. */
export interface CheckRequest {
  readonly id: number;
  /** The file as opened (its bytes, read in the worker as the command line reads a file) or kept text. */
  readonly content: Uint8Array | string;
  readonly fileName: string;
  /** False to load only (a file checked before, kept in the browser). */
  readonly audit: boolean;
  /** The words of the article files opened with it, by file name (the shipped five are the worker's own). */
  readonly articles: Readonly<Record<string, string>>;
  /** Seeds to play for a balance report after loading (the studio's "Balance it"); absent for none. */
  readonly balance?: number;
}

/** What the worker answers: progress of the audit's games, then the result or why it failed. */
export type CheckReply =
  | { readonly id: number; readonly kind: 'progress'; readonly played: number; readonly atMost: number }
  | {
      readonly id: number;
      readonly kind: 'done';
      readonly check: ScenarioCheck;
      /** The text checked: the bytes as read, or null when they are not text. */
      readonly text: string | null;
      /** The balance report asked for, when the file loaded. */
      readonly balance?: BalanceSummary;
    }
  | { readonly id: number; readonly kind: 'failed'; readonly message: string };
