import type { AuditPath } from '../scenario/index.ts';

/**
 * Codes of the audit's findings. Like the loader's codes (src/scenario/codes.ts) they are stable:
 * tests and the browser match on them, so never rename one.
 */
export const AUDIT_CODES = [
  'audit/no-zone-of-agreement',
  'audit/no-zone-with-counterpart',
  'audit/objective-unreached',
  'audit/outcome-unreached',
  'audit/item-no-giver',
  'audit/item-unwanted',
  'audit/item-no-forum',
  'audit/schema-line',
] as const;
export type AuditCode = (typeof AUDIT_CODES)[number];

/** A finding before it has a line: where in the document (first path found wins), and what to do. */
export interface AuditFinding {
  readonly code: AuditCode;
  readonly severity: 'error' | 'warning';
  readonly path: AuditPath;
  /** Where to point instead when `path` is not written in the file (a default the loader filled in). */
  readonly fallback?: AuditPath;
  readonly message: string;
  readonly hint: string;
}
