/**
 * What an editor offers while a scenario file is typed: the keys the format allows where the cursor
 * is, the values an enumeration allows, and the file's own ids where a field names an actor, an
 * item, an issue, a forum, an event, an outcome or a source. It reads the text by its indentation,
 * not by parsing it, because a file being typed is rarely valid YAML; the keys and their words come
 * from the JSON Schema the checker's own schema writes, so the editor can never offer a key the
 * checker refuses.
 */

/** A JSON Schema node, as far as completion reads one. */
export interface SchemaNode {
  readonly type?: string | readonly string[];
  readonly description?: string;
  readonly properties?: Readonly<Record<string, SchemaNode>>;
  readonly required?: readonly string[];
  readonly additionalProperties?: SchemaNode | boolean;
  readonly propertyNames?: SchemaNode;
  readonly items?: SchemaNode;
  readonly enum?: readonly unknown[];
  readonly const?: unknown;
  readonly oneOf?: readonly SchemaNode[];
  readonly anyOf?: readonly SchemaNode[];
  readonly allOf?: readonly SchemaNode[];
  readonly $ref?: string;
  readonly pattern?: string;
  readonly definitions?: Readonly<Record<string, SchemaNode>>;
}

/** One thing the editor may offer. */
export interface Suggestion {
  readonly label: string;
  /** What is inserted: a key with its colon and space, or the value as written. */
  readonly apply: string;
  readonly kind: 'key' | 'value' | 'id';
  /** A few words on what it is: the field's type, or which list the id comes from. */
  readonly detail: string;
  /** The field's description from the schema. */
  readonly info: string;
}

/** Suggestions for the word being typed, which starts at `from`. */
export interface Completions {
  readonly from: number;
  readonly options: readonly Suggestion[];
}

/** The kinds of id a field may name, and where the file defines them. */
export type IdKind = 'actor' | 'item' | 'issue' | 'forum' | 'event' | 'outcome' | 'source';

/** The top-level lists whose entries' `id` (or `file`, for sources) define ids of a kind. */
const SECTIONS: Readonly<Record<string, IdKind>> = {
  actors: 'actor',
  items: 'item',
  issues: 'issue',
  forums: 'forum',
  events: 'event',
  outcomes: 'outcome',
  sources: 'source',
};

/** The ids the file defines, by kind, read line by line so that a broken file still offers them. */
export function fileIds(text: string): Record<IdKind, string[]> {
  const out: Record<IdKind, string[]> = {
    actor: [],
    item: [],
    issue: [],
    forum: [],
    event: [],
    outcome: [],
    source: [],
  };
  let section: IdKind | null = null;
  for (const line of text.split('\n')) {
    const top = /^([A-Za-z_]\w*):/.exec(line);
    if (top) section = SECTIONS[top[1] ?? ''] ?? null;
    if (section === null) continue;
    // An entry's own id: `- id: x` or `id: x` at the entry's first level (two or four spaces in).
    const key = section === 'source' ? 'file' : 'id';
    const found = new RegExp(`^ {0,4}(?:- +)?${key}:\\s*['"]?([^\\s'"#,}]+)`).exec(line);
    if (found?.[1] && !out[section].includes(found[1])) out[section].push(found[1]);
  }
  return out;
}

/** One line as completion reads it: where its `- ` is, where its key starts, and the key. */
interface LineShape {
  readonly dash: number;
  readonly keyCol: number;
  readonly key: string | null;
}

function shape(line: string): LineShape | null {
  const m = /^( *)(- +)?(.*)$/.exec(line);
  const rest = m?.[3] ?? '';
  if (rest === '' || rest.startsWith('#'))
    return m?.[2]
      ? { dash: m[1]?.length ?? 0, keyCol: (m[1]?.length ?? 0) + (m[2]?.length ?? 0), key: null }
      : null;
  const indent = m?.[1]?.length ?? 0;
  const dash = m?.[2] ? indent : -1;
  const keyCol = indent + (m?.[2]?.length ?? 0);
  const key = /^([A-Za-z_][\w-]*)\s*:(?:\s|$)/.exec(rest)?.[1] ?? null;
  return { dash, keyCol, key };
}

/**
 * The keys from the top of the file down to a key at column `col` on line `row` ('[]' for an entry
 * of a list), read from the lines above by their indentation.
 */
function pathTo(lines: readonly string[], row: number, col: number, inItem: number): string[] {
  const path: string[] = [];
  let need = col;
  if (inItem >= 0) {
    path.unshift('[]');
    need = inItem;
  }
  for (let r = row - 1; r >= 0 && need > 0; r--) {
    const s = shape(lines[r] ?? '');
    if (s === null) continue;
    if (s.keyCol < need && s.key !== null) {
      path.unshift(s.key);
      if (s.dash >= 0) {
        path.unshift('[]');
        need = s.dash;
      } else need = s.keyCol;
    } else if (s.dash >= 0 && s.dash < need) {
      // The first line of the entry we are in: `- first_key: ...` with our key below its first.
      path.unshift('[]');
      need = s.dash;
    }
  }
  return path;
}

/** Follows `$ref`s into the schema's definitions. */
function deref(root: SchemaNode, node: SchemaNode | undefined): SchemaNode | undefined {
  let at = node;
  for (let k = 0; k < 10 && at?.$ref; k++) at = root.definitions?.[at.$ref.replace(/^#\/definitions\//, '')];
  return at;
}

/** The variants of a node: its `oneOf`/`anyOf` members, or the node itself. */
function variants(root: SchemaNode, node: SchemaNode | undefined): SchemaNode[] {
  const at = deref(root, node);
  if (!at) return [];
  // `allOf` wraps a definition to give it a description of its own (zod's `.describe` on a ref).
  const members = at.oneOf ?? at.anyOf ?? at.allOf;
  return members ? members.flatMap((m) => variants(root, m)) : [at];
}

/** The schema of what sits at `path`, every variant of it. */
function nodesAt(root: SchemaNode, path: readonly string[]): SchemaNode[] {
  let nodes = [root];
  for (const seg of path) {
    const next: SchemaNode[] = [];
    for (const node of nodes.flatMap((n) => variants(root, n))) {
      if (seg === '[]') {
        if (node.items) next.push(...variants(root, node.items));
      } else if (node.properties?.[seg]) next.push(...variants(root, node.properties[seg]));
      else if (typeof node.additionalProperties === 'object')
        next.push(...variants(root, node.additionalProperties));
    }
    nodes = next;
  }
  return nodes;
}

const ID_PATTERN_SOURCE = '^[a-z][a-z0-9_-]{0,63}$';

/** Which kind of id a field names, from its pattern and its words; null for a field that names none. */
export function idKindOf(key: string, node: SchemaNode): IdKind | null {
  if (key === 'id') return null;
  if (key === 'source') return 'source';
  if (key === 'outcome') return 'outcome';
  const target = node.items ?? node;
  if (target.pattern !== ID_PATTERN_SOURCE) return null;
  const words = (target.description ?? node.description ?? '').toLowerCase();
  const noun = /\b(actor|delegation|member|item|issue|forum|event|outcome)s?\b/.exec(words)?.[1];
  if (noun === undefined) return null;
  return noun === 'delegation' || noun === 'member' ? 'actor' : (noun as IdKind);
}

function typeWords(node: SchemaNode): string {
  if (node.enum) return node.enum.map(String).join(' | ');
  if (node.const !== undefined) return String(node.const);
  const type: string = typeof node.type === 'string' ? node.type : (node.type ?? []).join(' | ');
  if (type === 'array') return 'list';
  if (type === 'object') return node.properties ? 'mapping' : 'mapping by id';
  return type;
}

/** The keys already written in the mapping the cursor is in, so they are not offered again. */
function siblingKeys(lines: readonly string[], row: number, col: number): Set<string> {
  const keys = new Set<string>();
  const walk = (step: number) => {
    for (let r = row + step; r >= 0 && r < lines.length; r += step) {
      const s = shape(lines[r] ?? '');
      if (s === null) continue;
      if (s.keyCol < col) {
        // The entry's own first line (`- key:` at our column) belongs to the mapping; then stop.
        if (s.dash >= 0 && s.keyCol === col && s.key) keys.add(s.key);
        return;
      }
      if (s.keyCol === col && s.key) {
        // Below, `- key:` at our column starts the next entry; above, it starts ours.
        if (s.dash >= 0 && step > 0) return;
        keys.add(s.key);
        if (s.dash >= 0) return;
      }
    }
  };
  walk(-1);
  walk(1);
  return keys;
}

function keySuggestions(
  root: SchemaNode,
  nodes: readonly SchemaNode[],
  ids: Record<IdKind, string[]>,
  taken: ReadonlySet<string>,
): Suggestion[] {
  const out = new Map<string, Suggestion>();
  for (const node of nodes) {
    for (const [key, child] of Object.entries(node.properties ?? {})) {
      if (taken.has(key) || out.has(key)) continue;
      const at = deref(root, child) ?? child;
      const required = node.required?.includes(key) ? 'required' : 'optional';
      out.set(key, {
        label: key,
        apply: `${key}: `,
        kind: 'key',
        detail: `${typeWords(at)}, ${required}`,
        info: at.description ?? child.description ?? '',
      });
    }
    // A mapping by id (objectives, an item's value): the keys are ids the file defines.
    if (!node.properties && node.propertyNames && typeof node.additionalProperties === 'object') {
      const kind = idKindOf('', { ...node.propertyNames, pattern: node.propertyNames.pattern ?? '' });
      for (const id of kind ? ids[kind] : []) {
        if (taken.has(id) || out.has(id)) continue;
        out.set(id, {
          label: id,
          apply: `${id}: `,
          kind: 'id',
          detail: `${kind} id`,
          info: node.description ?? '',
        });
      }
    }
  }
  return [...out.values()];
}

function valueSuggestions(
  key: string,
  nodes: readonly SchemaNode[],
  ids: Record<IdKind, string[]>,
  sources: readonly string[],
): Suggestion[] {
  const out = new Map<string, Suggestion>();
  const add = (s: Suggestion) => {
    if (!out.has(s.label)) out.set(s.label, s);
  };
  for (const node of nodes) {
    const info = node.description ?? '';
    const target = node.items ?? node;
    for (const value of target.enum ?? [])
      add({
        label: String(value),
        apply: String(value),
        kind: 'value',
        detail: 'one of the allowed values',
        info,
      });
    if (target.const !== undefined)
      add({
        label: String(target.const),
        apply: String(target.const),
        kind: 'value',
        detail: 'the only value',
        info,
      });
    if (target.type === 'boolean')
      for (const b of ['true', 'false'])
        add({ label: b, apply: b, kind: 'value', detail: 'yes or no', info });
    const kind = idKindOf(key, node);
    if (kind === null) continue;
    const known = kind === 'source' ? [...new Set([...ids.source, ...sources])] : ids[kind];
    for (const id of known)
      add({
        label: id,
        apply: id,
        kind: 'id',
        detail: kind === 'source' ? 'article file' : `${kind} id`,
        info,
      });
  }
  return [...out.values()];
}

/**
 * What to offer at `offset` in `text`: keys where a key is being typed, values after `key: `, ids
 * where the field names one. `sources` are article files the file may cite beyond its own list
 * (the shipped five). Null where nothing fits (inside a text, a number, a comment).
 */
export function completeAt(
  schema: SchemaNode,
  text: string,
  offset: number,
  sources: readonly string[] = [],
): Completions | null {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const before = text.slice(lineStart, offset);
  const lines = text.split('\n');
  const row = text.slice(0, lineStart).split('\n').length - 1;
  const ids = fileIds(text);
  if (before.includes('#')) return null;

  // Inside a flow mapping or list on this line: `cite: {source: 00` or `members: [japan, no`.
  const flow = /([A-Za-z_][\w-]*):\s*[[{][^\]}]*?(?:([A-Za-z_][\w-]*):\s*)?([^\s,:{}[\]]*)$/.exec(before);
  const block = /^( *)(- +)?([A-Za-z_][\w-]*):\s+['"]?([^\s'"#]*)$/.exec(before);
  const keyAt = /^( *)(- +)?([A-Za-z_][\w-]*)?$/.exec(before);

  if (block) {
    // A value after `key: ` on a block line.
    const indent = block[1]?.length ?? 0;
    const col = indent + (block[2]?.length ?? 0);
    const key = block[3] ?? '';
    const path = [...pathTo(lines, row, col, block[2] ? indent : -1), key];
    const prefix = block[4] ?? '';
    const options = valueSuggestions(key, nodesAt(schema, path), ids, sources).filter((s) =>
      s.label.startsWith(prefix),
    );
    return options.length > 0 ? { from: offset - prefix.length, options } : null;
  }
  if (flow && (before.includes('{') || before.includes('['))) {
    const m = /^( *)(- +)?([A-Za-z_][\w-]*):/.exec(before);
    const indent = m?.[1]?.length ?? 0;
    const col = indent + (m?.[2]?.length ?? 0);
    const outer = flow[1] ?? '';
    const inner = flow[2];
    const prefix = flow[3] ?? '';
    const base = [...pathTo(lines, row, col, m?.[2] ? indent : -1), outer];
    const insideMap = before.lastIndexOf('{') > before.lastIndexOf('}');
    if (inner !== undefined) {
      const options = valueSuggestions(inner, nodesAt(schema, [...base, inner]), ids, sources).filter((s) =>
        s.label.startsWith(prefix),
      );
      return options.length > 0 ? { from: offset - prefix.length, options } : null;
    }
    const nodes = nodesAt(schema, base);
    const options = (
      insideMap ? keySuggestions(schema, nodes, ids, new Set()) : valueSuggestions(outer, nodes, ids, sources)
    ).filter((s) => s.label.startsWith(prefix));
    return options.length > 0 ? { from: offset - prefix.length, options } : null;
  }
  if (keyAt) {
    const indent = keyAt[1]?.length ?? 0;
    const col = indent + (keyAt[2]?.length ?? 0);
    const prefix = keyAt[3] ?? '';
    const path = pathTo(lines, row, col, keyAt[2] ? indent : -1);
    const nodes = nodesAt(schema, path);
    // An entry of a list of ids (`order:`, `members:` written as a block list) takes a value.
    const parentKey = path.at(-2);
    if (keyAt[2] && parentKey !== undefined) {
      const listNodes = nodesAt(schema, path.slice(0, -1));
      const values = valueSuggestions(parentKey, listNodes, ids, sources).filter((s) =>
        s.label.startsWith(prefix),
      );
      if (values.length > 0) return { from: offset - prefix.length, options: values };
    }
    const taken = siblingKeys(lines, row, col);
    taken.delete(prefix);
    const options = keySuggestions(schema, nodes, ids, taken).filter((s) => s.label.startsWith(prefix));
    return options.length > 0 ? { from: offset - prefix.length, options } : null;
  }
  return null;
}

/** What the key under `offset` is, for a tooltip: its path, its type and its description. */
export function describeAt(
  schema: SchemaNode,
  text: string,
  offset: number,
): { readonly from: number; readonly to: number; readonly title: string; readonly text: string } | null {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const lineEnd = text.indexOf('\n', offset);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
  const m = /^( *)(- +)?([A-Za-z_][\w-]*)\s*:/.exec(line);
  if (!m) return null;
  const indent = m[1]?.length ?? 0;
  const col = indent + (m[2]?.length ?? 0);
  const key = m[3] ?? '';
  const at = offset - lineStart;
  if (at < col || at > col + key.length) return null;
  const lines = text.split('\n');
  const row = text.slice(0, lineStart).split('\n').length - 1;
  const path = [...pathTo(lines, row, col, m[2] ? indent : -1), key];
  const node = nodesAt(schema, path)[0];
  if (!node) return null;
  // The field's own words first: a wrapped definition describes itself in general terms.
  const own = nodesAt(schema, path.slice(0, -1))
    .flatMap((parent) => variants(schema, parent))
    .map((parent) => parent.properties?.[key]?.description)
    .find((d) => d !== undefined);
  return {
    from: lineStart + col,
    to: lineStart + col + key.length,
    title: `${path.filter((p) => p !== '[]').join(' › ')}: ${typeWords(node)}`,
    text: own ?? node.description ?? '',
  };
}
