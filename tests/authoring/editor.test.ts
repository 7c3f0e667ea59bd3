/**
 * Editor completion, for real: the yaml-language-server that VS Code's YAML extension runs reads the
 * `# yaml-language-server: $schema=./schema.json` line of a scenario file, offers the schema's field
 * names with their descriptions inside an actor, and flags a value the schema does not allow.
 * docs/authoring.md shows a transcript of this exchange; the last test keeps the two in step.
 */
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, lineOf, ROOT, readRepo } from './helpers.ts';
import { type CompletionItem, type Diagnostic, YamlServer } from './yaml-server.ts';

interface SchemaNode {
  readonly description?: string;
  readonly properties?: Record<string, SchemaNode>;
  readonly definitions?: Record<string, SchemaNode>;
}

const schema = JSON.parse(readRepo('scenarios/schema.json')) as SchemaNode;
const actorFields = schema.definitions?.Actor?.properties ?? {};
const { text } = fixture('tutorial/mongolia-2007.yaml');
// The editor's documents live in scenarios/, where `./schema.json` is; they need not exist on disk.
const uri = (name: string) => pathToFileURL(`${ROOT}scenarios/${name}`).href;

/** The scenario with an empty, indented line inside Japan's actor, where the cursor is. */
const cursorLine = text.split('\n').indexOf('    playable: true') + 1; // Japan's comes first
const editing = (() => {
  const lines = text.split('\n');
  lines.splice(cursorLine, 0, '    ');
  return lines.join('\n');
})();
/** The scenario with a concession style the schema does not know. */
const typo = text.replace('      style: boulware ', '      style: bulldozer');

let server: YamlServer;
let completions: CompletionItem[];
let clean: Diagnostic[];
let flagged: Diagnostic[];

beforeAll(async () => {
  server = new YamlServer();
  await server.initialize(pathToFileURL(ROOT).href);
  const cleanDiagnostics = server.diagnostics(uri('mongolia-2007.yaml'), true);
  server.open(uri('mongolia-2007.yaml'), editing);
  completions = await server.complete(uri('mongolia-2007.yaml'), cursorLine, 4);
  clean = await cleanDiagnostics;
  const typoDiagnostics = server.diagnostics(uri('mongolia-2007-typo.yaml'));
  server.open(uri('mongolia-2007-typo.yaml'), typo);
  flagged = await typoDiagnostics;
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

const doc = (item: CompletionItem) =>
  typeof item.documentation === 'string' ? item.documentation : (item.documentation?.value ?? '');

describe('yaml-language-server with the scenario schema', () => {
  it('offers the actor fields not yet written, each with the description from the schema', () => {
    const labels = completions.map((item) => item.label);
    // Japan's actor already has id, name, capital, playable, leader, successors, public, briefing.
    expect(labels).toEqual(expect.arrayContaining(['background', 'agility', 'patrons', 'stance']));
    expect(labels).not.toContain('name');
    for (const item of completions) {
      const field = actorFields[item.label];
      expect(field, `${item.label} is not an actor field`).toBeDefined();
      if (field?.description !== undefined) expect(doc(item)).toBe(field.description);
    }
    expect(doc(completions.find((item) => item.label === 'agility')!)).toBe(
      'How well this actor steps aside from pressure by turning to its patrons, 0 to 1.',
    );
  });

  it('finds nothing wrong with the tutorial scenario', () => {
    expect(clean).toEqual([]);
  });

  it('flags a value the schema does not allow, on its line, with the values it does', () => {
    expect(flagged).toHaveLength(1);
    const [problem] = flagged;
    expect(problem?.message).toBe(
      'Value is not accepted. Valid values: "boulware", "linear", "conceder", "hardliner".',
    );
    expect(problem?.range.start.line).toBe(lineOf(typo, 'style: bulldozer') - 1);
    expect(problem?.severity).toBe(1);
  });

  it('is what docs/authoring.md shows', () => {
    const guide = readRepo('docs/authoring.md');
    for (const item of completions) expect(guide).toContain(`"label":"${item.label}"`);
    expect(guide).toContain(JSON.stringify(flagged[0]?.message).slice(1, -1).replaceAll('\\"', '\\"'));
    expect(guide).toContain(`"line":${cursorLine},"character":4`);
  });
});
