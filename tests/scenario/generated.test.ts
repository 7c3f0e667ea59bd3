import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderFormatDoc, renderJsonSchema, scenarioJsonSchema } from '../../src/scenario/index.ts';

const read = (path: string): string =>
  readFileSync(fileURLToPath(new URL(`../../${path}`, import.meta.url)), 'utf8');

interface Node {
  readonly $ref?: string;
  readonly description?: string;
  readonly properties?: Record<string, Node>;
  readonly allOf?: readonly Node[];
  readonly definitions?: Record<string, Node>;
}

describe('generated files', () => {
  it('scenarios/schema.json is in step with the zod schema (run `npm run schema` if not)', () => {
    expect(read('scenarios/schema.json')).toBe(renderJsonSchema());
  });

  it('docs/scenario-format.md is in step with the zod schema (run `npm run schema` if not)', () => {
    expect(read('docs/scenario-format.md')).toBe(renderFormatDoc());
  });

  it('is draft-07 JSON Schema', () => {
    expect(scenarioJsonSchema().$schema).toBe('http://json-schema.org/draft-07/schema#');
  });

  it('describes every field for the editor, directly or through its definition', () => {
    const schema = scenarioJsonSchema() as Node;
    const definitions = schema.definitions ?? {};
    const missing: string[] = [];
    const check = (where: string, node: Node): void => {
      for (const [name, field] of Object.entries(node.properties ?? {})) {
        const target = field.allOf?.[0] ?? field;
        const ref = target.$ref?.replace('#/definitions/', '');
        const described =
          field.description ?? (ref === undefined ? undefined : definitions[ref]?.description);
        if (described === undefined || described === '') missing.push(`${where}.${name}`);
        check(`${where}.${name}`, field);
      }
    };
    check('(top)', schema);
    for (const [name, definition] of Object.entries(definitions)) {
      if (definition.description === undefined) missing.push(name);
      check(name, definition);
    }
    expect(missing).toEqual([]);
  });
});
