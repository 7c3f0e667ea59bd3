import {
  type Document,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  Scalar,
  type YAMLError,
} from 'yaml';
import type { IssueCode } from './codes.ts';
import { type Locator, NOWHERE, type Position, positionAt, yamlLocator } from './positions.ts';
import { prescan } from './prescan.ts';
import { err, type Finding, ok, type Path, type Result, show } from './result.ts';

/**
 * Options that close the known holes in YAML (docs: hardening.md): YAML 1.2 core schema only, no
 * merge keys, no YAML 1.1 tags (no Buffers, Sets or Dates), unique plain-text keys.
 */
const PARSE_OPTIONS = {
  version: '1.2',
  schema: 'core',
  merge: false,
  uniqueKeys: true,
  stringKeys: true,
  resolveKnownTags: false,
  strict: true,
  prettyErrors: false,
  // 'silent' would also drop some errors (several documents); 'error' only mutes console warnings.
  logLevel: 'error',
} as const;

/** No aliases at all: no billion laughs, no circular objects. */
const TO_JS_OPTIONS = { maxAliasCount: 0 } as const;

/** The key that would replace an object's prototype if any code ever copied it naively. */
const PROTO_KEY = '__proto__';
const NULL_KEY = /^(?:null|Null|NULL|~|)$/;
const INTEGER_LITERAL = /^[-+]?(?:[0-9]+|0x[0-9a-fA-F]+|0o[0-7]+)$/;

/**
 * A parsed document: plain data (objects without a prototype), a way back to positions, and
 * problems that do not stop the other checks (a `__proto__` key, dropped; a number too large).
 */
export interface ParsedYaml {
  readonly data: unknown;
  readonly locator: Locator;
  readonly findings: readonly Finding[];
}

const YAML_CODES: Partial<Record<YAMLError['code'], { code: IssueCode; message?: string; hint: string }>> = {
  DUPLICATE_KEY: {
    code: 'yaml/duplicate-key',
    message: 'this key appears twice in the same mapping',
    hint: 'keep only one of them',
  },
  TAB_AS_INDENT: {
    code: 'yaml/tab-indent',
    message: 'a tab is used for indentation',
    hint: 'indent with spaces only; most editors can turn tabs into spaces',
  },
  MULTIPLE_DOCS: {
    code: 'yaml/multiple-documents',
    message: 'the file holds more than one document (a `---` line starts another)',
    hint: 'keep one scenario per file and remove the extra `---`',
  },
  NON_STRING_KEY: {
    code: 'yaml/complex-key',
    message: 'a key must be plain text',
    hint: 'write keys as single words like `name:`; lists, mappings and `? ` keys are not allowed',
  },
  BAD_DIRECTIVE: { code: 'yaml/directive', hint: 'remove lines that start with `%`' },
  BAD_ALIAS: { code: 'yaml/alias', hint: 'write the value out in full instead of using `*name`' },
  ALIAS_PROPS: { code: 'yaml/alias', hint: 'write the value out in full instead of using `*name`' },
  RESOURCE_EXHAUSTION: { code: 'yaml/too-deep', hint: 'simplify the file; scenarios need few levels' },
  BAD_INDENT: { code: 'yaml/indentation', hint: 'line this up with the keys it belongs with, using spaces' },
  MULTILINE_IMPLICIT_KEY: {
    code: 'yaml/indentation',
    hint: 'a key and its colon must be on one line; check the indentation and quotes above',
  },
};

function yamlErrorFinding(error: YAMLError, counter: LineCounter): Finding {
  const known = YAML_CODES[error.code];
  let raw = (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
  raw = raw.charAt(0).toLowerCase() + raw.slice(1);
  const unclosed = error.code === 'MISSING_CHAR' && /quote/i.test(raw);
  return {
    code: unclosed ? 'yaml/unclosed' : (known?.code ?? 'yaml/syntax'),
    severity: 'error',
    path: [],
    message: unclosed ? 'a quoted text is never closed' : (known?.message ?? raw),
    hint: unclosed
      ? 'add the closing quote mark, or remove the opening one'
      : (known?.hint ?? 'check the punctuation and indentation on this line and the line above'),
    position: positionAt(counter, error.pos[0]),
  };
}

interface NodeProps {
  readonly anchor?: string | undefined;
  readonly tag?: string | undefined;
  readonly range?: readonly [number, number, number] | null | undefined;
}

/**
 * Walks the syntax tree for what YAML allows and scenarios do not. Structural problems go to
 * `fatal` (the data cannot be trusted); a number too large goes to `content` (the rest can be checked).
 */
function checkNodes(node: unknown, counter: LineCounter, fatal: Finding[], content: Finding[]): void {
  const at = (n: unknown): Position => positionAt(counter, (n as NodeProps).range?.[0] ?? 0);
  const add = (code: IssueCode, n: unknown, message: string, hint: string): void => {
    const finding: Finding = { code, severity: 'error', path: [], message, hint, position: at(n) };
    (code === 'yaml/unsafe-number' ? content : fatal).push(finding);
  };
  const visit = (n: unknown, isKey: boolean): void => {
    if (n === null || n === undefined) return;
    if (isAlias(n)) {
      add('yaml/alias', n, `aliases like \`*${n.source}\` are not allowed`, 'write the value out in full');
      return;
    }
    const props = n as NodeProps;
    if (props.anchor) {
      add('yaml/anchor', n, `anchors like \`&${props.anchor}\` are not allowed`, 'remove the `&` name');
    }
    if (props.tag) {
      add(
        'yaml/tag',
        n,
        `tags like \`${props.tag}\` are not allowed`,
        'remove the `!` tag and write a plain value',
      );
    }
    if (isScalar(n)) {
      const value = n.value;
      if (
        typeof value === 'number' &&
        !Number.isSafeInteger(value) &&
        Number.isInteger(value) &&
        INTEGER_LITERAL.test(n.source ?? '')
      ) {
        add(
          'yaml/unsafe-number',
          n,
          `the number ${n.source} is too large to keep every digit`,
          'use a number below 9,007,199,254,740,991 (or put it in quotes if it is text)',
        );
      }
      if (isKey && n.type === Scalar.PLAIN) keyChecks(n, add);
      return;
    }
    if (isMap(n)) {
      for (const pair of n.items) {
        visit(pair.key, true);
        visit(pair.value, false);
      }
    } else if (isSeq(n)) {
      for (const item of n.items) visit(item, false);
    }
  };
  visit(node, false);
}

function keyChecks(
  key: Scalar,
  add: (code: IssueCode, n: unknown, message: string, hint: string) => void,
): void {
  const source = key.source ?? String(key.value);
  if (NULL_KEY.test(source)) {
    add('yaml/null-key', key, 'a key is empty or `null`', 'give the key a name, like `name:`');
  } else if (source === '<<') {
    add('yaml/merge-key', key, 'merge keys (`<<`) are not allowed', 'write out the keys you meant to copy');
  }
}

function crashFinding(error: unknown): Finding {
  const message = error instanceof Error ? error.message : String(error);
  return {
    code: 'yaml/syntax',
    severity: 'error',
    path: [],
    message: `the file could not be read: ${message}`,
    hint: 'simplify the file',
    position: { line: 1, column: 1 },
  };
}

function directiveFinding(text: string, counter: LineCounter): Finding {
  const offset = Math.max(0, text.search(/^%/m));
  return {
    code: 'yaml/directive',
    severity: 'error',
    path: [],
    message: 'directives such as `%YAML 1.1` are not allowed',
    hint: 'remove the `%` line (and the `---` after it); scenarios are read as YAML 1.2',
    position: positionAt(counter, offset),
  };
}

/**
 * A carriage return with no line feed after it: the line end of old Macs and some exports. The
 * YAML parser does not end a line there, so a file of such lines reads as one long comment ("no
 * scenario in it"); name the real cause instead.
 */
function loneCarriageReturn(text: string): Finding | undefined {
  const at = text.search(/\r(?!\n)/);
  if (at < 0) return undefined;
  const line = text.slice(0, at).split('\n').length;
  const whole = !text.includes('\n');
  return {
    code: 'file/line-ends',
    severity: 'error',
    path: [],
    message: whole
      ? "the file's lines end with a carriage return alone (CR, as on old Macs), which YAML does not read as the end of a line"
      : 'this line ends with a carriage return alone (CR), which YAML does not read as the end of a line',
    hint: 'save the file with Unix (LF) or Windows (CRLF) line ends; most editors offer the choice when saving',
    position: { line, column: at - text.lastIndexOf('\n', at - 1) },
  };
}

/** The parser's errors that mean it lost its place: every one after the first may follow from it. */
const LOST_PLACE: ReadonlySet<IssueCode> = new Set([
  'yaml/syntax',
  'yaml/indentation',
  'yaml/complex-key',
  'yaml/unclosed',
]);

/**
 * One slip, one error. When the parser loses its place (a line out of step, a colon inside a
 * text), every line after the slip can look wrong to it, so only the first such error is kept,
 * and it is told in an author's words where the slip has a shape we know: a line indented more or
 * less than the lines around it, or a text with `: ` in it that needs quotes. Errors of another
 * kind (a duplicate key, a tab) are kept as they are.
 */
function oneSlip(findings: readonly Finding[], text: string): Finding[] {
  const lost = findings
    .filter((f) => LOST_PLACE.has(f.code))
    .sort(
      (a, b) =>
        (a.position?.line ?? 0) - (b.position?.line ?? 0) ||
        (a.position?.column ?? 0) - (b.position?.column ?? 0),
    );
  const first = lost[0];
  if (first === undefined) return [...findings];
  const rest = findings.filter((f) => !LOST_PLACE.has(f.code));
  const lines = text.split(/\r?\n/);
  return [explainSlip(first, lines) ?? first, ...rest];
}

/** A line's indentation in spaces, or null for a line that holds nothing (blank, or a comment). */
function indentOf(line: string | undefined): number | null {
  if (line === undefined || /^\s*(#.*)?$/.test(line)) return null;
  return line.length - line.trimStart().length;
}

/** The nearest line before (`step` -1) or after (+1) `index` that holds something. */
function neighbour(lines: readonly string[], index: number, step: -1 | 1): number | null {
  for (let i = index + step; i >= 0 && i < lines.length; i += step) if (indentOf(lines[i]) !== null) return i;
  return null;
}

/** A plain (unquoted) value after `key: ` that has `: ` in it, which YAML reads as another key. */
const COLON_IN_TEXT = /^(\s*(?:- )?)([A-Za-z_][\w-]*):[ \t]+([^'"|>{[#\s][^#]*?:[ \t].*?)\s*$/;

/** The known shape of the slip behind a parser error, on its line, the two before, or the one after. */
function explainSlip(error: Finding, lines: readonly string[]): Finding | null {
  const at = (error.position?.line ?? 1) - 1;
  // The parser may stop on the slip's line, the two after it, or (a line too deep, read as the
  // rest of the text above) the line before it.
  for (const i of [at, at - 1, at - 2, at + 1]) {
    if (i < 0 || i >= lines.length) continue;
    const line = lines[i] ?? '';
    const colon = COLON_IN_TEXT.exec(line);
    if (colon) {
      const [, lead = '', key = '', value = ''] = colon;
      const quoted = `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
      return {
        ...error,
        code: 'yaml/syntax',
        message: `this text has ": " in it, which YAML reads as the start of another key`,
        hint: `put the text in quotes: ${lead.trim() === '-' ? '- ' : ''}${key}: ${quoted}`,
        position: { line: i + 1, column: lead.length + key.length + 3 },
      };
    }
    const mine = indentOf(line);
    const before = neighbour(lines, i, -1);
    const after = neighbour(lines, i, 1);
    if (mine === null || before === null || after === null) continue;
    const above = indentOf(lines[before]) ?? 0;
    const below = indentOf(lines[after]) ?? 0;
    if (above !== below || mine === above) continue;
    // Deeper than both neighbours is a slip only where the line above opens nothing: after
    // `key:` or a block text (`>-`, `|`) the lines below it are meant to be deeper.
    if (mine > above && /(:|[|>][-+]?)\s*(#.*)?$/.test(lines[before] ?? '')) continue;
    const spaces = (n: number) => `${n} ${n === 1 ? 'space' : 'spaces'}`;
    return {
      ...error,
      code: 'yaml/indentation',
      message: `this line is indented by ${spaces(mine)}, but the lines around it by ${spaces(above)}`,
      hint: `indent it by ${spaces(above)}, like the lines above and below it`,
      position: { line: i + 1, column: 1 },
    };
  }
  return null;
}

/**
 * Reads YAML text into plain data, refusing everything hardening.md lists: oversized or
 * over-deep input (before the parser runs), syntax errors and parser warnings, several documents,
 * directives, aliases, anchors, tags, merge keys, empty or reserved keys and unsafe integers.
 * Strings and keys come back in Unicode NFC; mappings come back as objects without a prototype.
 */
export function parseYaml(source: string): Result<ParsedYaml, Finding[]> {
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  const lineEnds = loneCarriageReturn(text);
  if (lineEnds !== undefined) return err([lineEnds]);
  const early = prescan(text);
  if (early !== undefined) return err([early]);
  const counter = new LineCounter();
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, { ...PARSE_OPTIONS, lineCounter: counter });
  } catch (error) {
    // The pre-scan keeps the parser within its limits; should one still be hit, report it.
    return err([crashFinding(error)]);
  }
  const syntax: Finding[] = [];
  for (const error of [...doc.errors, ...doc.warnings]) {
    // Tags are reported by the walk below, with the tag's name.
    if (error.code !== 'TAG_RESOLVE_FAILED') syntax.push(yamlErrorFinding(error, counter));
  }
  const findings: Finding[] = oneSlip(syntax, text);
  const tags = Object.keys(doc.directives?.tags ?? {}).filter((handle) => handle !== '!!' && handle !== '!');
  if (doc.directives?.yaml.explicit || tags.length > 0) findings.push(directiveFinding(text, counter));
  const content: Finding[] = [];
  checkNodes(doc.contents, counter, findings, content);
  if (findings.length > 0) return err(findings);
  return toData(doc, counter, content);
}

/**
 * A locator for text that was parsed some other way (a JSON moves file): JSON is YAML flow syntax,
 * so the YAML parser can find the nodes. Call it only on text that passed `prescan`.
 */
export function locatorFor(text: string): Locator {
  const counter = new LineCounter();
  try {
    return yamlLocator(parseDocument(text, { ...PARSE_OPTIONS, lineCounter: counter }), counter);
  } catch {
    return NOWHERE;
  }
}

function toData(
  doc: Document.Parsed,
  counter: LineCounter,
  content: Finding[],
): Result<ParsedYaml, Finding[]> {
  const locator = yamlLocator(doc, counter);
  let js: unknown;
  try {
    js = doc.toJS(TO_JS_OPTIONS);
  } catch (error) {
    // Aliases were refused above, so this is a limit we did not foresee; report it, never throw.
    return err([crashFinding(error)]);
  }
  const findings: Finding[] = [];
  const data = normalise(js, [], findings);
  for (const finding of findings) content.push({ ...finding, position: locator.locate(finding.path, 'key') });
  return ok({ data, locator, findings: content });
}

/**
 * Copies the parsed value into fresh plain data, with strings and keys in Unicode NFC, dropping
 * (and reporting) `__proto__` keys and keys that become equal once normalised.
 */
function normalise(value: unknown, path: Path, findings: Finding[]): unknown {
  if (typeof value === 'string') return value.normalize('NFC');
  if (Array.isArray(value)) return value.map((item, index) => normalise(item, [...path, index], findings));
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = Object.create(null);
    for (const [rawKey, item] of Object.entries(value)) {
      const key = rawKey.normalize('NFC');
      if (key === PROTO_KEY) {
        findings.push({
          code: 'yaml/forbidden-key',
          severity: 'error',
          path: [...path, key],
          message: '`__proto__` cannot be used as a key',
          hint: 'remove it; no scenario field has this name',
        });
        continue;
      }
      if (Object.hasOwn(out, key)) {
        findings.push({
          code: 'yaml/duplicate-key',
          severity: 'error',
          path: [...path, key],
          message: `the key ${show(key)} appears twice (written with different Unicode forms of the same letters)`,
          hint: 'keep only one of them',
        });
        continue;
      }
      out[key] = normalise(item, [...path, key], findings);
    }
    return out;
  }
  return value;
}
