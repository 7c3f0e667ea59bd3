import { type AuditPath, ISSUE_CODES, type IssueCode } from '../scenario/index.ts';

/** Codes of the audit's findings: the `audit/` part of the loader's stable codes (src/scenario/codes.ts). */
export type AuditCode = Extract<IssueCode, `audit/${string}`>;

/** The audit's codes, for tests and the guide's table. */
export const AUDIT_CODES = ISSUE_CODES.filter((code): code is AuditCode => code.startsWith('audit/'));

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
