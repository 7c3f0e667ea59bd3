import { isMap, isScalar, isSeq, LineCounter, parseDocument, type YAMLMap } from 'yaml';

/**
 * Where a path into a checked scenario file is written, for findings made after loading (the
 * audit). Unlike the loader's locator (positions.ts), a step may name a list entry by its fields,
 * because the loader fills in defaults and sorts some lists. It reads the text again, which is
 * cheap next to the games the audit plays; the text has passed the loader, so none of the
 * parser's hazards (aliases, depth) can be in it.
 */

/**
 * A step into the document: a key of a mapping, an index into a list, or the entry of a list
 * whose fields have these values (`{ id: 'japan' }`). The loader fills in defaults and sorts some
 * lists (relations), so findings name entries by their fields rather than by index.
 */
export type AuditStep = string | number | Readonly<Record<string, string>>;
export type AuditPath = readonly AuditStep[];

/** 1-based, like the loader's issues, with the path as written (`relations[3].reservation`). */
export interface AuditPlace {
  readonly line: number;
  readonly column: number;
  readonly path: string;
  /** False when the path went missing and the place is that of its nearest enclosing node. */
  readonly found: boolean;
}

/** Finds where a path is written; the nearest enclosing node when the path goes missing. */
export type AuditLocator = (path: AuditPath) => AuditPlace;

const PLAIN_KEY = /^[A-Za-z_$][A-Za-z0-9_$-]*$/;

/** `['items', 3, 'giver']` becomes `items[3].giver`, as the loader writes paths. */
function formatPath(steps: readonly (string | number)[]): string {
  let out = '';
  for (const step of steps) {
    if (typeof step === 'number') out += `[${step}]`;
    else if (PLAIN_KEY.test(step)) out += out === '' ? step : `.${step}`;
    else out += `[${JSON.stringify(step)}]`;
  }
  return out;
}

interface Ranged {
  readonly range?: readonly [number, number, number] | null;
}

const offsetOf = (node: unknown): number | undefined => (node as Ranged | null | undefined)?.range?.[0];

function fieldsMatch(node: unknown, wanted: Readonly<Record<string, string>>): boolean {
  if (!isMap(node)) return false;
  return Object.entries(wanted).every(([key, value]) =>
    (node as YAMLMap).items.some(
      (p) => isScalar(p.key) && p.key.value === key && isScalar(p.value) && String(p.value.value) === value,
    ),
  );
}

/** A locator over YAML text; with no text, every finding sits at the start of the file. */
export function pathLocator(text: string | undefined): AuditLocator {
  const counter = new LineCounter();
  const doc =
    text === undefined
      ? undefined
      : parseDocument(text, { lineCounter: counter, version: '1.2', schema: 'core', logLevel: 'silent' });
  const at = (offset: number | undefined, walked: (string | number)[], found: boolean): AuditPlace => {
    const path = formatPath(walked);
    const { line, col } = offset === undefined ? { line: 0, col: 0 } : counter.linePos(offset);
    return line === 0 ? { line: 1, column: 1, path, found } : { line, column: col, path, found };
  };
  return (path) => {
    const walked: (string | number)[] = [];
    if (doc === undefined) return at(undefined, walked, false);
    let node: unknown = doc.contents;
    let key: unknown;
    let found = true;
    for (const step of path) {
      let next: unknown;
      let nextKey: unknown;
      let taken: string | number;
      if (isMap(node) && typeof step === 'string') {
        const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value).normalize('NFC') === step);
        if (pair === undefined) {
          found = false;
          break;
        }
        nextKey = pair.key;
        next = pair.value;
        taken = step;
      } else if (isSeq(node) && typeof step !== 'string') {
        const index = typeof step === 'number' ? step : node.items.findIndex((n) => fieldsMatch(n, step));
        next = index >= 0 ? node.items[index] : undefined;
        if (next === undefined) {
          found = false;
          break;
        }
        taken = index;
      } else {
        found = false;
        break;
      }
      walked.push(taken);
      // `key:` with nothing after it: point at the key.
      if (offsetOf(next) === undefined) return at(offsetOf(nextKey) ?? offsetOf(node), walked, true);
      node = next;
      key = nextKey;
    }
    // A whole mapping or list is shown at its key (`objectives:`); a list entry at its first line.
    const target = (isMap(node) || isSeq(node)) && key !== undefined ? key : node;
    return at(offsetOf(target), walked, found);
  };
}
