import {
  decodeIssue,
  decodeScenarioBytes,
  ISSUE_CODES,
  type Issue,
  loadScenario,
} from '../../src/scenario/index.ts';
import { type Random, tally } from './random.ts';

/**
 * The loader fuzz: the shipped scenario files, each mutated in one way (a byte flipped, a line
 * deleted, a key line duplicated, a number replaced with an extreme), read as the game reads a
 * file (bytes through `decodeScenarioBytes`, text through `loadScenario`). Every result must be a
 * scenario or a list of issues, each with a registered code, a line and column and words; never
 * a throw.
 */

export interface LoaderFigures {
  mutations: number;
  /** Mutated files that still load (a flipped byte in a quote, an extreme but allowed number). */
  loaded: number;
  /** Refusals by the code of their first issue. */
  refused: Record<string, number>;
  /** Mutations by kind. */
  kinds: Record<string, number>;
  failures: string[];
  ms: number;
}

/** Numbers a teacher's typo or a hostile file could put where a figure belongs. */
const EXTREMES = [
  '1e308',
  '-1e308',
  '1e309',
  '.nan',
  '.inf',
  '-.inf',
  '123456789012345678901234567890',
  '-0',
  '0x7fffffff',
  '4294967296',
  '5e-324',
];

export interface Mutation {
  readonly kind: string;
  readonly bytes: Uint8Array;
}

const encoder = new TextEncoder();

/** One file mutated in one way, at a place drawn from `random`. */
export function mutate(text: string, random: Random): Mutation {
  const lines = text.split('\n');
  const kind = random.pick(['byte flip', 'line deleted', 'key duplicated', 'extreme number']);
  switch (kind) {
    case 'byte flip': {
      const bytes = encoder.encode(text);
      const at = random.int(bytes.length);
      bytes[at] = (bytes[at] ?? 0) ^ (1 << random.int(8));
      return { kind, bytes };
    }
    case 'line deleted': {
      lines.splice(random.int(lines.length), 1);
      return { kind, bytes: encoder.encode(lines.join('\n')) };
    }
    case 'key duplicated': {
      // A `key: value` line twice in a row: the same key twice in one mapping.
      const keyed = lines.flatMap((l, i) => (/^\s*[A-Za-z_]\w*:/.test(l) ? [i] : []));
      const at = keyed.length > 0 ? random.pick(keyed) : 0;
      lines.splice(at, 0, lines[at] ?? '');
      return { kind, bytes: encoder.encode(lines.join('\n')) };
    }
    default: {
      const numbers = [...text.matchAll(/(?<=[:\s[,-])-?\d+(\.\d+)?(?=[\s,\]])/g)];
      if (numbers.length === 0) return { kind, bytes: encoder.encode(text) };
      const m = random.pick(numbers);
      const at = m.index ?? 0;
      const out = text.slice(0, at) + random.pick(EXTREMES) + text.slice(at + m[0].length);
      return { kind, bytes: encoder.encode(out) };
    }
  }
}

/** What is wrong with an issue the loader gave, if anything. */
function badIssue(issue: Issue): string | null {
  if (!(ISSUE_CODES as readonly string[]).includes(issue.code)) return `unregistered code ${issue.code}`;
  if (!Number.isInteger(issue.line) || issue.line < 1 || !Number.isInteger(issue.column) || issue.column < 1)
    return `${issue.code} at line ${issue.line}, column ${issue.column}`;
  if (typeof issue.message !== 'string' || issue.message.length === 0) return `${issue.code} has no message`;
  // (NaN may be named: a file can hold `.nan`, and the message says so.)
  if (/undefined|\[object/.test(`${issue.message} ${issue.hint}`))
    return `${issue.code} reads "${issue.message}"`;
  return null;
}

export function fuzzLoader(
  files: readonly { readonly file: string; readonly text: string }[],
  options: { readonly mutations: number; readonly random: Random },
): LoaderFigures {
  const { random } = options;
  const figures: LoaderFigures = { mutations: 0, loaded: 0, refused: {}, kinds: {}, failures: [], ms: 0 };
  const start = performance.now();
  for (let i = 0; i < options.mutations; i++) {
    const { file, text } = files[i % files.length]!;
    const mutation = mutate(text, random);
    figures.mutations++;
    tally(figures.kinds, mutation.kind);
    try {
      const decoded = decodeScenarioBytes(mutation.bytes);
      const issues: readonly Issue[] = decoded.ok
        ? (() => {
            const loaded = loadScenario(decoded.value, file);
            return loaded.ok ? [] : loaded.error;
          })()
        : [decodeIssue(file, decoded.error)];
      if (issues.length === 0) {
        figures.loaded++;
        continue;
      }
      tally(figures.refused, issues[0]!.code);
      for (const issue of issues) {
        const bad = badIssue(issue);
        if (bad && figures.failures.length < 50) figures.failures.push(`${file} (${mutation.kind}): ${bad}`);
      }
    } catch (e) {
      if (figures.failures.length < 50)
        figures.failures.push(`${file} (${mutation.kind}): threw ${(e as Error).message}`);
    }
  }
  figures.ms = performance.now() - start;
  return figures;
}
