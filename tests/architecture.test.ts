import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The layering of docs/architecture (shared/design/architecture.md), checked by reading import
 * lines: arrows point down only, each folder is entered through its index.ts, the rules stay pure.
 */
const SRC = resolve(import.meta.dirname, '../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** The layer of a file: `engine`, `scenario`, `sim`, `store`, `ui/dom`, `ui/phaser`, `ui/viewmodel`, `cli`... */
function layerOf(file: string): string {
  const parts = relative(SRC, file).split(sep);
  if (parts[0] === 'ui' && parts.length > 2) return `ui/${parts[1]}`;
  return parts.length > 1 ? parts[0]! : '(root)';
}

/** Which layers each layer may import. */
const ALLOWED: Record<string, readonly string[]> = {
  engine: [],
  scenario: ['engine'],
  sim: ['engine', 'scenario'],
  store: ['engine', 'scenario', 'sim'],
  'ui/viewmodel': ['engine', 'scenario', 'sim', 'store', 'ui/strings'],
  'ui/dom': ['engine', 'scenario', 'sim', 'store', 'ui/viewmodel', 'ui/strings'],
  'ui/phaser': ['engine', 'scenario', 'sim', 'store', 'ui/viewmodel', 'ui/strings'],
  'ui/strings': [],
  cli: ['engine', 'scenario', 'sim'],
  ui: ['engine', 'scenario', 'sim', 'store', 'ui/viewmodel', 'ui/dom', 'ui/phaser', 'ui/strings'],
  app: ['engine', 'scenario', 'sim', 'store', 'ui/viewmodel', 'ui/dom', 'ui/phaser', 'ui/strings', 'ui'],
};

const IMPORT = /^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]/gm;

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(IMPORT)].map((m) => m[1] ?? m[2] ?? '');
}

const files = sourceFiles(SRC);

describe('architecture', () => {
  it('finds the source tree', () => {
    expect(files.some((f) => layerOf(f) === 'engine')).toBe(true);
    expect(files.some((f) => layerOf(f) === 'cli')).toBe(true);
  });

  it('imports point down the layers only, and enter another folder through its index.ts', () => {
    const problems: string[] = [];
    for (const file of files) {
      const from = layerOf(file);
      for (const spec of importsOf(file)) {
        // Packages, and assets such as stylesheets, are not layers.
        if (!spec.startsWith('.') || !spec.endsWith('.ts')) continue;
        const target = resolve(join(file, '..'), spec);
        const to = layerOf(target);
        if (to === from) continue;
        const allowed = ALLOWED[from] ?? [];
        if (!allowed.includes(to)) problems.push(`${relative(SRC, file)} imports ${spec} (${from} -> ${to})`);
        else if (!target.endsWith(`${sep}index.ts`))
          problems.push(`${relative(SRC, file)} imports ${spec}: go through ${to}/index.ts`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('the rules know nothing of Phaser, the store, the DOM, Node, the clock or Math.random', () => {
    const problems: string[] = [];
    const banned =
      /from ['"](phaser|zustand)|from ['"]node:|Math\.random|Date\.now|new Date\(|\bwindow\.|\bdocument\.|performance\.now/;
    for (const file of files.filter((f) => ['engine', 'scenario', 'sim'].includes(layerOf(f)))) {
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          const code = line.trim();
          const comment = code.startsWith('//') || code.startsWith('*') || code.startsWith('/*');
          if (banned.test(line) && !comment) {
            problems.push(`${relative(SRC, file)}:${i + 1}: ${line.trim()}`);
          }
        });
    }
    expect(problems).toEqual([]);
  });

  it('the DOM panels never import Phaser, and nothing writes HTML from strings', () => {
    const problems: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      if (layerOf(file) === 'ui/dom' && /from ['"]phaser['"]/.test(text))
        problems.push(`${relative(SRC, file)} imports phaser`);
      if (/\.innerHTML\s*=|insertAdjacentHTML|createFromHTML|outerHTML\s*=/.test(text)) {
        problems.push(`${relative(SRC, file)} writes HTML from a string`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('has no import cycles between files', () => {
    const graph = new Map<string, string[]>();
    for (const file of files) {
      graph.set(
        file,
        importsOf(file)
          .filter((s) => s.startsWith('.'))
          .map((s) => resolve(join(file, '..'), s)),
      );
    }
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (file: string, path: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        cycles.push([...path.slice(path.indexOf(file)), file].map((f) => relative(SRC, f)).join(' -> '));
        return;
      }
      state.set(file, 'open');
      for (const next of graph.get(file) ?? []) visit(next, [...path, file]);
      state.set(file, 'done');
    };
    for (const file of files) visit(file, []);
    expect(cycles).toEqual([]);
  });
});
