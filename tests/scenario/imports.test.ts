/**
 * The layering rules, checked by reading import lines so they hold whatever the linter does:
 * src/scenario runs in the browser too, so it imports only the engine (through its index), zod,
 * yaml and its own files, never node:*; and its files import each other without cycles.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const DIR = fileURLToPath(new URL('../../src/scenario/', import.meta.url));
const files = readdirSync(DIR).filter((name) => name.endsWith('.ts'));
const importsOf = (name: string): string[] =>
  [...readFileSync(`${DIR}${name}`, 'utf8').matchAll(/^(?:import|export)[^;]*?from '([^']+)'/gms)].map(
    (match) => match[1] as string,
  );

describe('src/scenario imports', () => {
  it('only the engine index, zod, yaml and its own files', () => {
    const allowed = (target: string): boolean =>
      target === '../engine/index.ts' ||
      target === 'zod' ||
      target === 'yaml' ||
      /^\.\/[a-z-]+\.ts$/.test(target);
    const bad = files.flatMap((name) =>
      importsOf(name)
        .filter((target) => !allowed(target))
        .map((t) => `${name}: ${t}`),
    );
    expect(bad).toEqual([]);
  });

  it('has no import cycles', () => {
    const graph = new Map(
      files.map((name) => [
        name,
        importsOf(name)
          .filter((t) => t.startsWith('./'))
          .map((t) => t.slice(2)),
      ]),
    );
    const cycles: string[] = [];
    const visit = (name: string, trail: string[]): void => {
      if (trail.includes(name)) {
        cycles.push([...trail.slice(trail.indexOf(name)), name].join(' -> '));
        return;
      }
      for (const next of graph.get(name) ?? []) visit(next, [...trail, name]);
    };
    for (const name of files) visit(name, []);
    expect(cycles).toEqual([]);
  });
});
