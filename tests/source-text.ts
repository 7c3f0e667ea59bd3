/**
 * Reading TypeScript source the way the architecture test needs it, without a parser (the npm
 * `typescript` 7 has no JavaScript API): comments blanked so a word in a comment trips nothing,
 * and a second view with strings, templates and regular expressions blanked too, so a word in a
 * message does not either. Both views keep every offset and line break of the text, so a match in
 * either is reported at its line in the file.
 */

/** One file, read two ways; both are as long as the text. */
export interface SourceText {
  /** The text with comments blanked: import specifiers, which are strings, are still there. */
  readonly code: string;
  /** The code with the insides of strings, templates and regular expressions blanked too. */
  readonly bare: string;
}

/** Characters after which a `/` starts a regular expression rather than a division. */
const BEFORE_REGEX = new Set([...'(,=:[!&|?{};+-*%<>~^']);
/** Words after which a `/` starts a regular expression. */
const KEYWORDS_BEFORE_REGEX =
  /(?:^|[^\w$])(?:return|typeof|case|do|else|in|of|new|delete|void|throw|yield|await)$/;

const blank = (ch: string): string => (ch === '\n' ? '\n' : ' ');

/** Reads `text` into its two views. */
export function readSource(text: string): SourceText {
  // UTF-16 units, as string offsets count them.
  const code = text.split('');
  const bare = text.split('');
  const n = code.length;
  const hide = (from: number, to: number, views: string[][]) => {
    for (let k = from; k < to; k++) for (const view of views) view[k] = blank(view[k] ?? ' ');
  };

  /** The last character of code before `at`, skipping blanks and (already blanked) comments. */
  const previous = (at: number): { ch: string; line: string } => {
    let k = at - 1;
    while (k >= 0 && /\s/.test(code[k] ?? '')) k--;
    const start = code.lastIndexOf('\n', k) + 1;
    return { ch: k >= 0 ? (code[k] ?? '') : '', line: code.slice(start, k + 1).join('') };
  };

  /** Scans a quoted string from its opening quote; returns the index after its closing quote. */
  const string = (at: number): number => {
    const quote = code[at];
    let k = at + 1;
    while (k < n && code[k] !== quote && code[k] !== '\n') k += code[k] === '\\' ? 2 : 1;
    hide(at + 1, Math.min(k, n), [bare]);
    return k + 1;
  };

  /** Scans a regular expression from its opening slash, or returns -1 if the line ends first. */
  const regex = (at: number): number => {
    let k = at + 1;
    let inClass = false;
    while (k < n && code[k] !== '\n') {
      const ch = code[k];
      if (ch === '\\') k += 2;
      else {
        if (ch === '[') inClass = true;
        else if (ch === ']') inClass = false;
        else if (ch === '/' && !inClass) break;
        k += 1;
      }
    }
    if (k >= n || code[k] !== '/') return -1;
    hide(at + 1, k, [bare]);
    k += 1;
    while (k < n && /[a-z]/.test(code[k] ?? '')) k++;
    return k;
  };

  /** Scans a template from its backtick; its `${...}` parts are code. Returns the index after it. */
  const template = (at: number): number => {
    let k = at + 1;
    let from = k;
    while (k < n && code[k] !== '`') {
      if (code[k] === '\\') k += 2;
      else if (code[k] === '$' && code[k + 1] === '{') {
        hide(from, k, [bare]);
        k = scan(k + 2, true);
        from = k;
      } else k += 1;
    }
    hide(from, Math.min(k, n), [bare]);
    return k + 1;
  };

  /** Scans code from `at`; with `untilBrace`, stops after the `}` that closes a `${`. */
  const scan = (at: number, untilBrace: boolean): number => {
    let depth = 0;
    let k = at;
    while (k < n) {
      const ch = code[k];
      const next = code[k + 1];
      if (ch === '/' && next === '/') {
        const end = text.indexOf('\n', k);
        const stop = end < 0 ? n : end;
        hide(k, stop, [code, bare]);
        k = stop;
      } else if (ch === '/' && next === '*') {
        const end = text.indexOf('*/', k + 2);
        const stop = end < 0 ? n : end + 2;
        hide(k, stop, [code, bare]);
        k = stop;
      } else if (ch === "'" || ch === '"') k = string(k);
      else if (ch === '`') k = template(k);
      else if (ch === '/') {
        const before = previous(k);
        const starts =
          before.ch === '' || BEFORE_REGEX.has(before.ch) || KEYWORDS_BEFORE_REGEX.test(before.line);
        const end = starts ? regex(k) : -1;
        k = end < 0 ? k + 1 : end;
      } else if (ch === '{') {
        depth += 1;
        k += 1;
      } else if (ch === '}') {
        if (untilBrace && depth === 0) return k + 1;
        depth -= 1;
        k += 1;
      } else k += 1;
    }
    return k;
  };

  scan(0, false);
  return { code: code.join(''), bare: bare.join('') };
}

/** The line (from 1) of an offset into a text. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let k = text.indexOf('\n'); k >= 0 && k < offset; k = text.indexOf('\n', k + 1)) line += 1;
  return line;
}

/** How a file reaches another. */
export type ImportKind = 'import' | 'export' | 'dynamic import' | 'worker or asset URL' | 'glob';

/** One import of a file, with where it is written; `spec` is null when it is computed, not written out. */
export interface Import {
  readonly kind: ImportKind;
  readonly spec: string | null;
  readonly line: number;
}

/** Static `import … from`, `import type … from`, `export … from`, and `import '…'` for effects. */
const STATIC =
  /^[ \t]*(import|export)\b[^'"`;=()]*?\bfrom\s*(['"])([^'"]+)\2|^[ \t]*(import)\s*(['"])([^'"]+)\5/gm;

/** A plain string literal (quotes or a template without `${`) as the whole of an argument. */
const LITERAL = /^\s*(['"`])([^'"`$]*)\1\s*$/;

/** The text inside the parentheses opened at `open`, found in `bare` so that strings cannot confuse it. */
function argumentsAt(source: SourceText, open: number): string {
  let depth = 0;
  for (let k = open; k < source.bare.length; k++) {
    const ch = source.bare[k];
    if (ch === '(') depth += 1;
    else if (ch === ')') {
      depth -= 1;
      if (depth === 0) return source.code.slice(open + 1, k);
    }
  }
  return source.code.slice(open + 1);
}

/** Splits call arguments at top-level commas (in `bare` terms: no string holds a comma there). */
function splitArguments(args: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  const quiet = readSource(`(${args})`).bare.slice(1, -1);
  for (let k = 0; k < quiet.length; k++) {
    const ch = quiet[k];
    if (ch === '(' || ch === '[' || ch === '{') depth += 1;
    else if (ch === ')' || ch === ']' || ch === '}') depth -= 1;
    else if (ch === ',' && depth === 0) {
      parts.push(args.slice(from, k));
      from = k + 1;
    }
  }
  parts.push(args.slice(from));
  return parts;
}

/** The written-out string of an argument, or null if it is computed. */
function literal(argument: string | undefined): string | null {
  return LITERAL.exec(argument ?? '')?.[2] ?? null;
}

/**
 * Every way a file reaches another: static imports and re-exports, `import('…')` (also in a
 * type), `new URL('…', import.meta.url)` (so `new Worker(new URL(…))`), a `new Worker` given
 * anything else, and `import.meta.glob('…')` with one pattern or a list.
 */
export function importsOf(source: SourceText): Import[] {
  const found: Import[] = [];
  const at = (offset: number) => lineAt(source.code, offset);
  for (const m of source.code.matchAll(STATIC)) {
    // Text in a template that reads like an import is blank in `bare`.
    if (!/\b(?:import|export)\b/.test(source.bare.slice(m.index, m.index + m[0].length))) continue;
    const kind = (m[1] ?? m[4]) === 'export' ? 'export' : 'import';
    found.push({ kind, spec: m[3] ?? m[6] ?? null, line: at(m.index) });
  }
  // Found in `bare`, so the words inside a string or a regular expression are not calls.
  for (const m of source.bare.matchAll(/\bimport\s*\(/g)) {
    const args = splitArguments(argumentsAt(source, m.index + m[0].length - 1));
    found.push({ kind: 'dynamic import', spec: literal(args[0]), line: at(m.index) });
  }
  for (const m of source.bare.matchAll(/\bnew\s+URL\s*\(/g)) {
    const args = splitArguments(argumentsAt(source, m.index + m[0].length - 1));
    if (!/^\s*import\.meta\.url\s*$/.test(args[1] ?? '')) continue;
    found.push({ kind: 'worker or asset URL', spec: literal(args[0]), line: at(m.index) });
  }
  for (const m of source.bare.matchAll(/\bnew\s+(?:Shared)?Worker\s*\(/g)) {
    const first = splitArguments(argumentsAt(source, m.index + m[0].length - 1))[0] ?? '';
    // Counted above when it is `new URL('…', import.meta.url)`; anything else is not checked.
    if (!/^\s*new\s+URL\s*\(/.test(first))
      found.push({ kind: 'worker or asset URL', spec: null, line: at(m.index) });
  }
  for (const m of source.bare.matchAll(/\bimport\.meta\.glob\s*(?:<[^>]*>)?\s*\(/g)) {
    const first = splitArguments(argumentsAt(source, m.index + m[0].length - 1))[0] ?? '';
    const list = /^\s*\[([\s\S]*)\]\s*$/.exec(first);
    const patterns = list ? splitArguments(list[1] ?? '').map(literal) : [literal(first)];
    for (const spec of patterns) found.push({ kind: 'glob', spec, line: at(m.index) });
  }
  return found;
}
