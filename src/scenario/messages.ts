import type { z } from 'zod';
import type { IssueCode } from './codes.ts';
import { minimalExample } from './examples.ts';
import { BIDI_CONTROLS, FILE_NAME_PATTERN, HIDDEN_CHARACTERS, ID_PATTERN } from './primitives.ts';
import { type Finding, type Path, type PathSegment, show } from './result.ts';
import { didYouMean, suggestId, valueAt } from './suggest.ts';

type ZodIssue = z.core.$ZodIssue;

const DOCS = 'docs/scenario-format.md';
const ID_RULE = 'ids start with a lower-case letter, then lower-case letters, digits, `_` or `-`, 64 at most';

/** Keys each strict mapping allows, recorded while zod runs, by path (`JSON.stringify(path)`). */
export type KnownKeys = Map<string, readonly string[]>;

/** The key under which `recordKnownKeys` keeps a missing field's minimal example, by path. */
const exampleKey = (path: readonly PropertyKey[]) => `example:${JSON.stringify(path)}`;

/**
 * A per-parse zod error map that records which keys were allowed wherever unknown keys turn up,
 * and, for a field that is missing, the smallest value its schema takes (for the hint).
 */
export function recordKnownKeys(known: KnownKeys): z.core.$ZodErrorMap {
  return (issue) => {
    if (issue.code === 'unrecognized_keys') {
      const def = issue.inst?._zod.def as { shape?: Record<string, unknown> } | undefined;
      if (def?.shape) known.set(JSON.stringify(issue.path ?? []), Object.keys(def.shape));
    }
    if (issue.code === 'invalid_type' && issue.input === undefined && issue.inst) {
      const example = minimalExample(issue.inst as z.core.$ZodType);
      if (example !== null) known.set(exampleKey(issue.path ?? []), [example]);
    }
    return undefined;
  };
}

const EXPECTED: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: '`true` or `false`',
  object: 'a mapping (indented `key: value` lines)',
  record: 'a mapping (indented `key: value` lines)',
  array: 'a list (lines starting with `- `)',
};

/** A missing field's hint: for a mapping or a list, the smallest one that is right, written out. */
function missingHint(key: string, expected: string, example: string | undefined): string {
  const plain = `add \`${key}:\` with ${EXPECTED[expected] ?? 'a value'}`;
  if (example === undefined || !/^[{[]/.test(example) || example === '{}' || example === '[]') return plain;
  return `add it here, at the least \`${key}: ${example}\` (or the same as indented \`key: value\` lines)`;
}

function describe(value: unknown): string {
  if (value === null) return 'nothing (an empty value)';
  if (typeof value === 'string') return `the text ${show(value)}`;
  if (typeof value === 'number' && Number.isNaN(value)) return '`.nan` (not a number)';
  if (typeof value === 'number' && !Number.isFinite(value)) return 'an infinite number';
  return show(value);
}

function wrongType(expected: string, input: unknown): string {
  if (input === null) return 'write a value after the colon';
  if ((expected === 'number' || expected === 'int') && typeof input === 'string') {
    return /^\s*[-+]?[0-9.]+\s*$/.test(input) ? 'remove the quotes around the number' : 'write a number here';
  }
  if (typeof input === 'number' && !Number.isFinite(input)) return 'use an ordinary number';
  if (expected === 'int' && typeof input === 'number')
    return `use a whole number such as ${Math.round(input)}`;
  if (expected === 'string' && input !== null && typeof input !== 'object') return 'put the text in quotes';
  return `see ${DOCS} for how this is written`;
}

function lastKey(path: Path): string {
  const last = path[path.length - 1];
  return last === undefined ? 'value' : String(last);
}

function forbiddenChar(text: string): string {
  if (text.includes('\u0000')) return 'a NUL character';
  if (/\p{Cs}/u.test(text)) return 'a broken character (half of a surrogate pair)';
  const hidden = HIDDEN_CHARACTERS.exec(text)?.[0];
  if (hidden !== undefined) {
    const code = hidden.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    return BIDI_CONTROLS.test(hidden) || /[\u200E\u200F\u061C]/u.test(hidden)
      ? `a hidden U+${code} character that changes the direction text is shown in`
      : `a hidden U+${code} character that shows as nothing, so two names could look the same`;
  }
  return 'a character that is not allowed';
}

type Draft = { code: IssueCode; message: string; hint: string; path?: Path; at?: 'key' };

function custom(issue: Extract<ZodIssue, { code: 'custom' }>, input: unknown, path: Path): Draft {
  const code = issue.params?.code as IssueCode | undefined;
  const text = typeof input === 'string' ? input : '';
  switch (code) {
    case 'schema/reserved-id':
      return {
        code,
        message: `${show(input)} cannot be used as an id`,
        hint: 'choose another id; names built into JavaScript such as `constructor` and `toString` are reserved',
      };
    case 'schema/bad-name':
    case 'schema/bad-text':
      return {
        code,
        message: `\`${lastKey(path)}\` contains ${forbiddenChar(text)}`,
        hint: 'retype it without that character',
      };
    case 'schema/missing-source':
      return {
        code,
        message: 'this citation names no source',
        hint: 'add `source:` with a file listed under `sources`, or `addedContext: true` if no article says this',
      };
    default:
      return { code: 'schema/invalid', message: issue.message, hint: `see ${DOCS}` };
  }
}

function range(
  issue: Extract<ZodIssue, { code: 'too_big' | 'too_small' }>,
  input: unknown,
  path: Path,
): Draft {
  const big = issue.code === 'too_big';
  const limit = Number(big ? issue.maximum : issue.minimum);
  const inclusive = issue.inclusive !== false;
  if (issue.origin === 'array') {
    const count = Array.isArray(input) ? input.length : 0;
    return big
      ? {
          code: 'schema/too-long',
          message: `this list has ${count} entries; at most ${limit} are allowed`,
          hint: 'remove some entries',
        }
      : {
          code: 'schema/too-short',
          message: `\`${lastKey(path)}\` needs at least ${limit} ${limit === 1 ? 'entry' : 'entries'}${count === 0 ? ', and it is empty' : ''}`,
          hint:
            lastKey(path) === 'order'
              ? 'list the delegations that move, in order, or leave `order` out to have every actor that is not background move'
              : 'add the missing entries',
        };
  }
  if (issue.origin === 'string') {
    const length = typeof input === 'string' ? input.length : 0;
    return big
      ? {
          code: 'schema/too-long',
          message: `this text is ${length} characters long; at most ${limit} are allowed`,
          hint: 'shorten it',
        }
      : { code: 'schema/too-short', message: `\`${lastKey(path)}\` is empty`, hint: 'write something here' };
  }
  if (Math.abs(limit) >= Number.MAX_SAFE_INTEGER) {
    return {
      code: 'schema/out-of-range',
      message: `${show(input)} is too large`,
      hint: 'use a smaller number',
    };
  }
  const bound = big ? (inclusive ? 'at most' : 'below') : inclusive ? 'at least' : 'more than';
  return {
    code: 'schema/out-of-range',
    message: `\`${lastKey(path)}\` is ${show(input)}, but it must be ${bound} ${limit}`,
    hint: `change it to a number ${bound} ${limit}`,
  };
}

function draftFor(issue: ZodIssue, data: unknown, known: KnownKeys): Draft[] {
  const path = issue.path as PathSegment[];
  const input = valueAt(data, path);
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) {
        return [
          {
            code: 'schema/required',
            message: `\`${lastKey(path)}\` is missing`,
            hint: missingHint(lastKey(path), issue.expected, known.get(exampleKey(path))?.[0]),
          },
        ];
      }
      return [
        {
          code: 'schema/wrong-type',
          message: `expected ${EXPECTED[issue.expected] ?? issue.expected}, found ${describe(input)}`,
          hint: wrongType(issue.expected, input),
        },
      ];
    case 'unrecognized_keys': {
      const allowed = known.get(JSON.stringify(path)) ?? [];
      return issue.keys.map((key) => {
        const guess = didYouMean(key, allowed);
        const list =
          allowed.length > 0
            ? `the keys allowed here are ${allowed.map((k) => `\`${k}\``).join(', ')}`
            : 'remove it';
        return {
          code: 'schema/unknown-key',
          message: `unknown key ${show(key)}`,
          hint: guess || list,
          path: [...path, key],
          at: 'key',
        };
      });
    }
    case 'invalid_union': {
      const discriminator = issue.discriminator;
      if (discriminator !== undefined && 'options' in issue && issue.options !== undefined) {
        const choices = issue.options.map(String);
        const value = valueAt(data, path);
        const message =
          value === undefined
            ? `\`${discriminator}\` is missing`
            : `${show(value)} is not a known \`${discriminator}\``;
        const guess = typeof value === 'string' ? didYouMean(value, choices) : '';
        return [
          {
            code: 'schema/unknown-kind',
            message,
            hint: guess || `use one of ${choices.map((c) => `\`${c}\``).join(', ')}`,
          },
        ];
      }
      return [
        {
          code: 'schema/invalid',
          message: 'this does not match any of the allowed forms',
          hint: `see ${DOCS}`,
        },
      ];
    }
    case 'too_big':
    case 'too_small':
      return [range(issue, input, path)];
    case 'invalid_format': {
      const pattern = 'pattern' in issue ? String(issue.pattern) : '';
      if (pattern === String(ID_PATTERN) && typeof input === 'string') {
        return [
          {
            code: 'schema/bad-id',
            message: `${show(input)} is not a valid id`,
            hint: `${ID_RULE}${suggestId(input)}`,
          },
        ];
      }
      if (pattern === String(FILE_NAME_PATTERN)) {
        return [
          {
            code: 'schema/bad-file-name',
            message: `${show(input)} is not a plain file name`,
            hint: 'give just the file name, like `000_9fd2b6bbe1dfc80f.txt`, without folders or spaces',
          },
        ];
      }
      return [
        {
          code: 'schema/invalid',
          message: `${show(input)} is not in the expected form`,
          hint: `see ${DOCS}`,
        },
      ];
    }
    case 'invalid_value': {
      if (input === undefined) {
        const value = issue.values.length === 1 ? ` ${String(issue.values[0])}` : '';
        return [
          {
            code: 'schema/required',
            message: `\`${lastKey(path)}\` is missing`,
            hint: `add \`${lastKey(path)}:${value}\``,
          },
        ];
      }
      const choices = issue.values.map((v) => `\`${String(v)}\``).join(', ');
      const guess = typeof input === 'string' ? didYouMean(input, issue.values.map(String)) : '';
      return [
        {
          code: 'schema/not-allowed',
          message: `${show(input)} is not allowed for \`${lastKey(path)}\``,
          hint: guess || `use ${issue.values.length === 1 ? '' : 'one of '}${choices}`,
        },
      ];
    }
    case 'invalid_key': {
      const key = lastKey(path);
      const reserved = issue.issues.some((inner) => inner.code === 'custom');
      return [
        reserved
          ? {
              code: 'schema/reserved-id',
              message: `${show(key)} cannot be used as a key here`,
              hint: 'use the id of something defined in the file',
              at: 'key',
            }
          : {
              code: 'schema/bad-id',
              message: `${show(key)} is not a valid id`,
              hint: `${ID_RULE}${suggestId(key)}`,
              at: 'key',
            },
      ];
    }
    case 'custom':
      return [custom(issue, input, path)];
    default:
      return [{ code: 'schema/invalid', message: issue.message, hint: `see ${DOCS}` }];
  }
}

/** Turns zod's issues into findings worded for a teacher; unknown keys become one finding each. */
export function schemaFindings(issues: readonly ZodIssue[], data: unknown, known: KnownKeys): Finding[] {
  const out: Finding[] = [];
  // A whole number past the safe range also breaks the field's own range: name that one.
  const ranged = new Set(issues.filter((i) => isRangeIssue(i) && !isSafeLimit(i)).map(pathKey));
  for (const issue of issues) {
    if (isSafeLimit(issue) && ranged.has(pathKey(issue))) continue;
    for (const draft of draftFor(issue, data, known)) {
      const finding: Finding = {
        code: draft.code,
        severity: 'error',
        path: draft.path ?? (issue.path as PathSegment[]),
        message: draft.message,
        hint: draft.hint,
      };
      out.push(draft.at === undefined ? finding : { ...finding, at: draft.at });
    }
  }
  return out;
}

function isRangeIssue(issue: ZodIssue): issue is Extract<ZodIssue, { code: 'too_big' | 'too_small' }> {
  return issue.code === 'too_big' || issue.code === 'too_small';
}

/** zod's own bound on whole numbers (the safe integers), as opposed to a field's range. */
function isSafeLimit(issue: ZodIssue): boolean {
  if (!isRangeIssue(issue)) return false;
  const limit = Number(issue.code === 'too_big' ? issue.maximum : issue.minimum);
  return Math.abs(limit) >= Number.MAX_SAFE_INTEGER;
}

function pathKey(issue: ZodIssue): string {
  return JSON.stringify(issue.path);
}
