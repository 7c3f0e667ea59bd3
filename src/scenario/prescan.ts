import type { Finding } from './result.ts';

/** Largest file the loader reads, in characters; real scenarios are a few tens of kilobytes. */
export const MAX_CHARS = 1_000_000;
/** Deepest nesting of lists and mappings the loader reads; real scenarios need about eight. */
export const MAX_DEPTH = 64;
/**
 * Most list entries and mapping keys the loader reads. A large scenario has a few thousand; the cap
 * refuses files that are wide rather than deep (ten thousand actors) before the parser spends a
 * second on them.
 */
export const MAX_NODES = 25_000;

const TOO_DEEP_HINT =
  'scenario files need only a few levels of indentation; look for brackets `[` or `{` that are never closed';

/**
 * A whole number with commas between thousands (1,000,000), as `toLocaleString('en')` writes it
 * but without the host's locale data: the loader words its messages alike in Node and browsers.
 */
function thousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+$)/g, ',');
}

/**
 * A cheap scan for size, nesting depth and number of entries that runs before the YAML parser,
 * because the parser itself can exhaust memory on thousands of nested brackets (hardening.md) and
 * takes about a second per megabyte. It does not parse: it tracks quotes, comments, block scalars,
 * brackets and indentation, erring towards counting too much only for pathological files.
 */
export function prescan(text: string): Finding | undefined {
  if (text.length > MAX_CHARS) {
    return {
      code: 'yaml/too-large',
      severity: 'error',
      path: [],
      message: `the file is ${thousands(text.length)} characters long, more than the ${thousands(MAX_CHARS)} a scenario may have`,
      hint: 'split long texts or remove pasted material; a full scenario is far smaller',
      position: { line: 1, column: 1 },
    };
  }
  return scanDepth(text);
}

function tooDeep(line: number, column: number): Finding {
  return {
    code: 'yaml/too-deep',
    severity: 'error',
    path: [],
    message: `lists and mappings are nested more than ${MAX_DEPTH} levels deep here`,
    hint: TOO_DEEP_HINT,
    position: { line, column },
  };
}

function isBlank(ch: string | undefined): boolean {
  return ch === undefined || ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r';
}

function endOfLine(text: string, from: number): number {
  const at = text.indexOf('\n', from);
  return at < 0 ? text.length : at;
}

function tooWide(line: number, column: number): Finding {
  return {
    code: 'yaml/too-large',
    severity: 'error',
    path: [],
    message: `the file has more than ${thousands(MAX_NODES)} entries`,
    hint: 'a scenario needs a few thousand at most; check for repeated or generated content',
    position: { line, column },
  };
}

function scanDepth(text: string): Finding | undefined {
  const n = text.length;
  const blocks: number[] = []; // columns of the open block collections
  let flow = 0; // depth of open [ and {
  let quote = '';
  let tokenStart = true; // whether a new node may start here
  let line = 1;
  let lineStart = 0;
  let lineIndent = 0;
  let lineBegun = false;
  let blockScalarParent = -1; // when >= 0, lines indented deeper than this are block scalar text
  let nodes = 0; // list entries and mapping keys seen: `- `, `: ` and flow commas
  let i = 0;

  const openBlock = (column: number): boolean => {
    while (blocks.length > 0 && (blocks[blocks.length - 1] ?? 0) >= column) blocks.pop();
    blocks.push(column);
    return blocks.length + flow > MAX_DEPTH;
  };

  while (i < n) {
    if (!lineBegun && quote === '') {
      lineBegun = true;
      let j = i;
      while (j < n && text[j] === ' ') j++;
      lineIndent = j - i;
      const first = text[j];
      const blank = first === undefined || first === '\n' || first === '\r';
      if (blockScalarParent >= 0) {
        if (blank || lineIndent > blockScalarParent) {
          i = endOfLine(text, j);
          continue;
        }
        blockScalarParent = -1;
      }
      if (!blank && first !== '#' && flow === 0 && openBlock(lineIndent))
        return tooDeep(line, lineIndent + 1);
      tokenStart = true;
      i = j;
      continue;
    }
    const ch = text[i] as string;
    if (ch === '\n') {
      line += 1;
      lineStart = i + 1;
      lineBegun = false;
      i += 1;
      continue;
    }
    if (quote === '"') {
      if (ch === '\\' && text[i + 1] !== '\n') i += 2;
      else {
        if (ch === '"') quote = '';
        i += 1;
      }
      continue;
    }
    if (quote === "'") {
      if (ch === "'" && text[i + 1] === "'") i += 2;
      else {
        if (ch === "'") quote = '';
        i += 1;
      }
      continue;
    }
    if (ch === '#' && (i === lineStart || isBlank(text[i - 1]))) {
      i = endOfLine(text, i);
      continue;
    }
    if (ch === ' ' || ch === '\t' || ch === '\r') {
      i += 1;
      continue;
    }
    const column = i - lineStart + 1;
    if (tokenStart && (ch === '"' || ch === "'")) {
      quote = ch;
      tokenStart = false;
      i += 1;
      continue;
    }
    if ((ch === '[' || ch === '{') && (flow > 0 || tokenStart)) {
      flow += 1;
      if (blocks.length + flow > MAX_DEPTH) return tooDeep(line, column);
      tokenStart = true;
      i += 1;
      continue;
    }
    if ((ch === ']' || ch === '}') && flow > 0) {
      flow -= 1;
      tokenStart = false;
      i += 1;
      continue;
    }
    if (flow > 0 && ch === ',') {
      nodes += 1;
      if (nodes > MAX_NODES) return tooWide(line, column);
      tokenStart = true;
      i += 1;
      continue;
    }
    const separated = isBlank(text[i + 1]);
    if ((ch === '-' || ch === '?') && separated && tokenStart && flow === 0) {
      nodes += 1;
      if (nodes > MAX_NODES) return tooWide(line, column);
      if (openBlock(column - 1)) return tooDeep(line, column);
      i += 1;
      continue;
    }
    if (ch === ':' && (separated || flow > 0)) {
      nodes += 1;
      if (nodes > MAX_NODES) return tooWide(line, column);
      tokenStart = true;
      i += 1;
      continue;
    }
    if ((ch === '|' || ch === '>') && tokenStart && flow === 0) {
      blockScalarParent = lineIndent;
      i = endOfLine(text, i);
      continue;
    }
    if ((ch === '&' || ch === '!' || ch === '*') && tokenStart) {
      while (i < n && !isBlank(text[i]) && text[i] !== ',' && text[i] !== ']' && text[i] !== '}') i += 1;
      if (ch === '*') tokenStart = false;
      continue;
    }
    tokenStart = false;
    i += 1;
  }
  return undefined;
}
