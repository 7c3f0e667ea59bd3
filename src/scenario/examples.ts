import type { z } from 'zod';
import { ARTICLE_FILES } from './articles.ts';
import { FILE_NAME_PATTERN, ID_PATTERN } from './primitives.ts';

/**
 * The smallest value a schema accepts, written as one line of YAML (`{source: …, quote: "…"}`),
 * for the hint of a missing field: worked out from the schema itself, so it cannot drift from
 * the format. Only required fields are written; texts are `"..."`, numbers their lowest allowed.
 */
export function minimalExample(schema: z.core.$ZodType | undefined, depth = 0): string | null {
  if (schema === undefined || depth > 4) return null;
  const def = schema._zod.def as unknown as Def;
  switch (def.type) {
    case 'optional':
    case 'default':
    case 'prefault':
    case 'nullable':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return minimalExample(def.innerType, depth);
    case 'pipe':
      return minimalExample(def.in, depth);
    case 'lazy':
      return def.getter ? minimalExample(def.getter(), depth) : null;
    case 'string':
      return stringExample(def);
    case 'number':
    case 'int':
      return String(lowest(def));
    case 'boolean':
      return 'false';
    case 'literal':
      return def.values?.[0] === undefined ? null : String(def.values[0]);
    case 'enum':
      return def.entries ? (Object.values(def.entries)[0]?.toString() ?? null) : null;
    case 'array': {
      const least = (def.checks ?? []).some((c) => (c._zod.def as unknown as Def).check === 'min_length');
      if (!least) return '[]';
      const item = minimalExample(def.element, depth + 1);
      return item === null ? null : `[${item}]`;
    }
    case 'record':
      return '{}';
    case 'union':
      return minimalExample(def.options?.[0], depth);
    case 'object': {
      const fields = Object.entries(def.shape ?? {});
      const required = fields.filter(([, field]) => {
        const kind = (field._zod.def as unknown as Def).type;
        return kind !== 'optional' && kind !== 'default' && kind !== 'prefault';
      });
      // A mapping whose fields are each optional, but not all at once (a citation: a source and a
      // quote, or `addedContext`), is shown with its first two, the usual way to fill it.
      const shown = required.length > 0 ? required : fields.slice(0, 2);
      const parts: string[] = [];
      for (const [key, field] of shown) {
        const value = minimalExample(field, depth + 1);
        if (value === null) return null;
        parts.push(`${key}: ${value}`);
      }
      return `{${parts.join(', ')}}`;
    }
    default:
      return null;
  }
}

/** What this module reads of a zod schema's definition. */
interface Def {
  readonly type: string;
  readonly check?: string;
  readonly innerType?: z.core.$ZodType;
  readonly in?: z.core.$ZodType;
  readonly getter?: () => z.core.$ZodType;
  readonly element?: z.core.$ZodType;
  readonly options?: readonly z.core.$ZodType[];
  readonly shape?: Readonly<Record<string, z.core.$ZodType>>;
  readonly values?: readonly unknown[];
  readonly entries?: Readonly<Record<string, string | number>>;
  readonly checks?: readonly { readonly _zod: { readonly def: unknown } }[];
  readonly pattern?: RegExp;
  readonly value?: number;
  readonly minimum?: number;
}

function stringExample(def: Def): string {
  for (const check of def.checks ?? []) {
    const pattern = (check._zod.def as unknown as Def).pattern;
    if (pattern === undefined) continue;
    if (String(pattern) === String(ID_PATTERN)) return 'an_id';
    if (String(pattern) === String(FILE_NAME_PATTERN)) return ARTICLE_FILES[0] ?? 'article.txt';
  }
  return '"..."';
}

function lowest(def: Def): number {
  let least: number | null = null;
  for (const check of def.checks ?? []) {
    const c = check._zod.def as unknown as Def;
    if (c.check === 'greater_than' && typeof c.value === 'number') least = c.value;
  }
  return least !== null && least > 0 ? least : 0;
}
