import type { IssueCode, Severity } from './codes.ts';

/** A value or the reasons there is none; the loader never throws on bad input. */
export type Result<T, E> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: E };

/** One problem found in a file, positioned for an editor and worded for a teacher. */
export interface Issue {
  /** Stable code such as `scenario/unknown-actor`; see `ISSUE_CODES`. */
  readonly code: IssueCode;
  readonly severity: Severity;
  /** The file name as given to the loader. */
  readonly file: string;
  /** 1-based line of the nearest part of the file the problem is about. */
  readonly line: number;
  /** 1-based column, counted in characters. */
  readonly column: number;
  /** Where in the document, like `items[3].giver`; empty for the whole file. */
  readonly path: string;
  /** What is wrong, in plain words. */
  readonly message: string;
  /** How to fix it, in plain words. */
  readonly hint: string;
}

/** A step of a path into the document: a key of a mapping or an index into a list. */
export type PathSegment = string | number;
export type Path = readonly PathSegment[];

/**
 * A problem before it has a line and column: checks report these against a path, and the loader
 * places them in the file. `at: 'key'` points at the key of the last path step (an unknown key, a
 * map key naming an unknown actor) rather than at its value.
 */
export interface Finding {
  readonly code: IssueCode;
  readonly severity: Severity;
  readonly path: Path;
  readonly message: string;
  readonly hint: string;
  readonly at?: 'key' | 'value';
  /** A position already known (parser errors): 1-based line and column. */
  readonly position?: { readonly line: number; readonly column: number };
}

export function ok<T>(value: T): { readonly ok: true; readonly value: T } {
  return { ok: true, value };
}

export function err<E>(error: E): { readonly ok: false; readonly error: E } {
  return { ok: false, error };
}

/** Builds an error-severity finding; most checks report errors. */
export function problem(
  code: IssueCode,
  path: Path,
  message: string,
  hint: string,
  at?: 'key' | 'value',
): Finding {
  return at === undefined
    ? { code, severity: 'error', path, message, hint }
    : { code, severity: 'error', path, message, hint, at };
}

/** Builds a warning: something odd that does not stop the scenario loading. */
export function warning(code: IssueCode, path: Path, message: string, hint: string): Finding {
  return { code, severity: 'warning', path, message, hint };
}

const PLAIN_KEY = /^[A-Za-z_$][A-Za-z0-9_$-]*$/;

/** `['items', 3, 'giver']` becomes `items[3].giver`; odd keys are quoted: `value["a b"]`. */
export function formatPath(path: Path): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (PLAIN_KEY.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

/** `FILE:LINE:COL: message (hint)`, the form compilers use, so editors can jump to it. */
export function formatIssue(issue: Issue): string {
  const prefix = issue.severity === 'warning' ? 'warning: ' : '';
  const hint = issue.hint === '' ? '' : ` (${issue.hint})`;
  return `${issue.file}:${issue.line}:${issue.column}: ${prefix}${issue.message}${hint}`;
}

/** What `show` writes as `\\uXXXX`: characters that are invisible or reorder a line (see HIDDEN_CHARACTERS). */
const HIDDEN_GLOBAL = /[\u061C\u200B-\u200F\u2028\u2029\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

function escapeChar(char: string): string {
  return `\\u${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Quotes a value from the file for a message, shortened so one bad line cannot flood the output. */
export function show(value: unknown): string {
  let text: string;
  if (typeof value === 'string') text = JSON.stringify(value).replace(HIDDEN_GLOBAL, escapeChar);
  else if (typeof value === 'number' && !Number.isFinite(value)) text = String(value);
  else if (value === undefined) text = 'nothing';
  else if (typeof value === 'object' && value !== null) text = Array.isArray(value) ? 'a list' : 'a mapping';
  else text = String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
