import { type Document, isMap, isScalar, isSeq, type LineCounter } from 'yaml';
import type { Path } from './result.ts';

/** A 1-based line and column. */
export interface Position {
  readonly line: number;
  readonly column: number;
}

/** Finds where a path into the document is written in the file. */
export interface Locator {
  /**
   * The position of the node at `path`, or of the nearest enclosing node that exists (a missing key
   * is reported at its mapping). With `at: 'key'`, the position of the last key itself.
   */
  locate(path: Path, at?: 'key' | 'value'): Position;
}

/** Converts character offsets to positions, with a fallback of 1:1 when nothing is known. */
export function positionAt(counter: LineCounter, offset: number): Position {
  const { line, col } = counter.linePos(offset);
  return line === 0 ? { line: 1, column: 1 } : { line, column: col };
}

/** A locator that knows nothing: every problem is placed at the start of the file. */
export const NOWHERE: Locator = { locate: () => ({ line: 1, column: 1 }) };

interface Ranged {
  readonly range?: readonly [number, number, number] | null | undefined;
}

function offsetOf(node: unknown): number | undefined {
  const range = (node as Ranged | null | undefined)?.range;
  return range ? range[0] : undefined;
}

/** A locator over a parsed YAML document; keys are compared after NFC normalisation, as loaded. */
export function yamlLocator(doc: Document.Parsed, counter: LineCounter): Locator {
  return {
    locate(path, at = 'value') {
      let node: unknown = doc.contents;
      let key: unknown;
      for (let step = 0; step < path.length; step += 1) {
        const segment = path[step];
        let next: unknown;
        let nextKey: unknown;
        if (isMap(node)) {
          const pair = node.items.find(
            (p) => isScalar(p.key) && String(p.key.value).normalize('NFC') === String(segment),
          );
          if (pair === undefined) break;
          nextKey = pair.key;
          next = pair.value;
        } else if (isSeq(node) && typeof segment === 'number') {
          next = node.items[segment];
          if (next === undefined) break;
        } else break;
        const last = step === path.length - 1;
        if ((last && at === 'key') || offsetOf(next) === undefined) {
          // The key itself was asked for, or `key:` has nothing after it.
          return positionAt(counter, offsetOf(nextKey) ?? offsetOf(node) ?? 0);
        }
        node = next;
        key = nextKey;
      }
      // A problem with a whole mapping or list is shown at its key (`leader:`), where there is one.
      const target = (isMap(node) || isSeq(node)) && key !== undefined ? key : node;
      return positionAt(counter, offsetOf(target) ?? 0);
    },
  };
}
