import { z } from 'zod';
import { MovesSchema } from './actions.ts';
import { SCHEMA_VERSION } from './migrate.ts';
import { ID_PATTERN } from './primitives.ts';
import { ScenarioSchema } from './schema.ts';

/** A JSON Schema node, as far as the reference generator reads one. */
interface Node {
  readonly $ref?: string;
  readonly type?: string;
  readonly description?: string;
  readonly default?: unknown;
  readonly const?: unknown;
  readonly enum?: readonly unknown[];
  readonly pattern?: string;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly exclusiveMinimum?: number;
  readonly exclusiveMaximum?: number;
  readonly minItems?: number;
  readonly items?: Node;
  readonly properties?: Readonly<Record<string, Node>>;
  readonly required?: readonly string[];
  readonly additionalProperties?: Node | boolean;
  readonly oneOf?: readonly Node[];
  readonly anyOf?: readonly Node[];
  readonly allOf?: readonly Node[];
  readonly definitions?: Readonly<Record<string, Node>>;
}

/**
 * The JSON Schema for scenario files (draft-07, which yaml-language-server and most editors read),
 * generated from the zod schema so the two cannot drift. Describes the file as written: fields with
 * defaults are optional.
 */
export function scenarioJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(ScenarioSchema, { target: 'draft-07', io: 'input', unrepresentable: 'any' });
}

/** The text of `scenarios/schema.json`. */
export function renderJsonSchema(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}

const refName = (ref: string): string => ref.replace(/^#\/definitions\//, '');
const anchor = (name: string): string => name.toLowerCase().replace(/[^a-z0-9-]/g, '');
const code = (value: unknown): string => `\`${typeof value === 'string' ? value : JSON.stringify(value)}\``;
const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

function bounds(node: Node): string {
  const low =
    node.exclusiveMinimum !== undefined
      ? `more than ${node.exclusiveMinimum}`
      : node.minimum !== undefined && Math.abs(node.minimum) < Number.MAX_SAFE_INTEGER
        ? `at least ${node.minimum}`
        : '';
  const high =
    node.exclusiveMaximum !== undefined
      ? `below ${node.exclusiveMaximum}`
      : node.maximum !== undefined && Math.abs(node.maximum) < Number.MAX_SAFE_INTEGER
        ? `at most ${node.maximum}`
        : '';
  const both = [low, high].filter((part) => part !== '').join(', ');
  return both === '' ? '' : ` (${both})`;
}

/** zod wraps an optional reference as `allOf: [{$ref}]`; read it as the reference. */
function unwrap(node: Node): Node {
  const only = node.allOf?.length === 1 ? node.allOf[0] : undefined;
  return only === undefined
    ? node
    : { ...only, ...(node.description === undefined ? {} : { description: node.description }) };
}

/** A short description of a node's type, linking to the section of a named definition. */
function typeOf(wrapped: Node): string {
  const node = unwrap(wrapped);
  if (node.$ref !== undefined) {
    const name = refName(node.$ref);
    return `[${name}](#${anchor(name)})`;
  }
  const options = node.oneOf ?? node.anyOf;
  if (options !== undefined) return options.map(typeOf).join(' or ');
  if (node.const !== undefined) return code(node.const);
  if (node.enum !== undefined) return `one of ${node.enum.map(code).join(', ')}`;
  switch (node.type) {
    case 'string':
      return node.pattern === ID_PATTERN.source ? 'id' : node.pattern !== undefined ? 'file name' : 'text';
    case 'number':
      return `number${bounds(node)}`;
    case 'integer':
      return `whole number${bounds(node)}`;
    case 'boolean':
      return '`true` or `false`';
    case 'array':
      return `list of ${node.items === undefined ? 'values' : typeOf(node.items)}`;
    case 'object':
      if (node.properties !== undefined) return 'mapping (below)';
      if (typeof node.additionalProperties === 'object')
        return `map from id to ${typeOf(node.additionalProperties)}`;
      return 'mapping';
    default:
      return 'value';
  }
}

function describeField(wrapped: Node, definitions: Readonly<Record<string, Node>>): string {
  const node = unwrap(wrapped);
  if (node.description !== undefined) return node.description;
  if (node.$ref !== undefined) return definitions[refName(node.$ref)]?.description ?? '';
  if (node.items?.$ref !== undefined) return definitions[refName(node.items.$ref)]?.description ?? '';
  return '';
}

/** A Markdown table with padded columns, laid out as the repository's formatter (Biome) lays it out. */
function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const widths = header.map((title, column) =>
    Math.max(3, title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: readonly string[]): string =>
    `| ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ')} |`;
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)];
}

/** A table of an object's fields, then a subsection for each field that is an inline mapping. */
function renderObject(
  title: string,
  level: number,
  node: Node,
  definitions: Readonly<Record<string, Node>>,
): string[] {
  const out = [`${'#'.repeat(level)} ${title}`, ''];
  if (node.description !== undefined) out.push(node.description, '');
  const variants = node.oneOf ?? node.anyOf;
  if (variants !== undefined) {
    out.push(`One of: ${variants.map(typeOf).join(', ')}.`, '');
    return out;
  }
  const properties = Object.entries(node.properties ?? {});
  if (properties.length === 0) {
    out.push(`Type: ${typeOf(node)}.`, '');
    return out;
  }
  const required = new Set(node.required ?? []);
  const rows: string[][] = [];
  const nested: [string, Node][] = [];
  for (const [name, field] of properties) {
    const need = required.has(name)
      ? 'required'
      : field.default !== undefined
        ? code(field.default)
        : 'optional';
    rows.push([`\`${name}\``, cell(typeOf(field)), need, cell(describeField(field, definitions))]);
    if (field.type === 'object' && field.properties !== undefined) nested.push([name, field]);
  }
  out.push(...table(['Field', 'Type', 'Required or default', 'What it is'], rows), '');
  for (const [name, field] of nested)
    out.push(...renderObject(`${title}: \`${name}\``, level + 1, field, definitions));
  return out;
}

/** Definitions in the order a reader meets them, walking the schema from the top. */
function definitionOrder(root: Node, definitions: Readonly<Record<string, Node>>): string[] {
  const order: string[] = [];
  const visit = (wrapped: Node | boolean | undefined): void => {
    if (typeof wrapped !== 'object') return;
    const node = unwrap(wrapped);
    if (node.$ref !== undefined) {
      const name = refName(node.$ref);
      if (order.includes(name)) return;
      order.push(name);
      visit(definitions[name]);
      return;
    }
    for (const child of Object.values(node.properties ?? {})) visit(child);
    visit(node.items);
    visit(node.additionalProperties);
    for (const option of node.oneOf ?? node.anyOf ?? []) visit(option);
  };
  visit(root);
  return order;
}

const INTRO = `# Scenario file format

<!-- Generated by \`npm run schema\` from src/scenario (the zod schema and its descriptions). Do not edit by hand. -->

A scenario is a YAML file in \`scenarios/\`. This reference lists every field; the editor shows the
same descriptions when the file starts with

\`\`\`yaml
# yaml-language-server: $schema=./schema.json
schema: ${SCHEMA_VERSION}
\`\`\`

Check a file with \`npm run scenario:check -- scenarios/FILE.yaml\`: it prints every problem with its
line and column and a hint, or \`ok\`.

## Rules that hold everywhere

- **Keys** are written exactly as below (camelCase). An unknown key is an error, with a suggestion
  when it is close to a real one.
- **Ids** start with a lower-case letter, then lower-case letters, digits, \`_\` or \`-\` (64 at
  most): \`japan\`, \`rice_aid\`. Each thing is named once; everything else refers to it by id.
  Ids that differ only in case (\`Japan\`, \`japan\`) count as the same and are refused.
- **Citations**: every item, event, election, red line, issue, forum, lesson and historical step has
  a \`cite:\` naming an article listed under \`sources\` (and, where it helps, a short \`quote\`).
  Facts no article gives (a date, a name) say \`addedContext: true\` instead.
- **Numbers** are plain numbers: no quotes, no \`.inf\` or \`.nan\`. Turn numbers count from 1 and
  must fall within \`turns\`.
- **Text** is shown to players as plain text, never as HTML. Names may not contain invisible
  direction-changing characters.
- **Plain YAML only**: one document per file; no anchors or aliases (\`&\`, \`*\`), no \`<<\` merge
  keys, no tags (\`!include\`, \`!!binary\`), no \`%YAML\` lines; indent with spaces. Files are at most
  1,000,000 characters, 64 levels deep and 25,000 entries long.
- **Defaults**: a field marked with a value in the third column may be left out; the loader fills
  it in. Defaults that depend on other fields are given in the field's description.
`;

const MOVES = `## Moves files

A \`--moves\` file (for the simulator) is JSON: a list with one entry per turn, each entry a list of
[Action](#action)s, for example:

\`\`\`json
[[{ "type": "summit", "actor": "japan", "with": "north_korea" }, { "type": "wait", "actor": "japan" }]]
\`\`\`
`;

/** The text of `docs/scenario-format.md`: the field-by-field reference, from the same schema. */
export function renderFormatDoc(): string {
  const root = scenarioJsonSchema() as Node;
  const definitions = root.definitions ?? {};
  const out = [INTRO, ...renderObject('The top level', 2, root, definitions)];
  for (const name of definitionOrder(root, definitions)) {
    const definition = definitions[name];
    if (definition !== undefined) out.push(...renderObject(name, 2, definition, definitions));
  }
  out.push(MOVES);
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}

/** The moves schema, for tools that want it. */
export function movesJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(MovesSchema, { target: 'draft-07', io: 'input', unrepresentable: 'any' });
}
