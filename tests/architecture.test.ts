import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Import, importsOf, readSource, type SourceText } from './source-text.ts';

/**
 * The layering of the README's "How it is built", checked by reading every way a file reaches
 * another (static imports and re-exports, `import()`, worker and asset URLs, `import.meta.glob`):
 * every file sits in a folder on the map, arrows point down only, each folder is entered through
 * its index.ts, each layer uses only its own packages, there are no cycles, and the rules, the
 * loader and the strategies stay pure. This is the one import checker; each problem names its
 * file and line.
 */
const ROOT = resolve(import.meta.dirname, '..');
const SRC = join(ROOT, 'src');

/** Which layers each layer may import. Nothing may import `app` or `cli`. */
const ALLOWED: Record<string, readonly string[]> = {
  engine: [],
  scenario: ['engine'],
  sim: ['engine', 'scenario'],
  // The class protocol and its tables: read by the class server and by the pages' seat.
  class: ['engine', 'scenario', 'sim'],
  store: ['engine', 'scenario', 'sim'],
  // The class server's browser clients (socket.io): only the class page reaches them.
  net: ['engine', 'class'],
  'ui/strings': [],
  'ui/viewmodel': ['engine', 'scenario', 'sim', 'class', 'store', 'ui/strings'],
  'ui/dom': ['engine', 'scenario', 'sim', 'store', 'ui/viewmodel', 'ui/strings'],
  'ui/phaser': ['engine', 'scenario', 'sim', 'store', 'ui/viewmodel', 'ui/strings'],
  // The scenario studio: the editor, loaded only when the studio opens (the app hands it to ui/dom).
  'ui/studio': ['engine', 'scenario', 'sim', 'store', 'ui/viewmodel', 'ui/dom', 'ui/strings'],
  // The networked class's pages, loaded by class.html only.
  'ui/class-room': ['engine', 'scenario', 'class', 'net', 'ui/viewmodel', 'ui/dom', 'ui/strings'],
  ui: ['engine', 'scenario', 'sim', 'store', 'ui/viewmodel', 'ui/dom', 'ui/phaser', 'ui/strings'],
  cli: ['engine', 'scenario', 'sim'],
  // The class server: Node, like the command line; nothing imports it.
  server: ['engine', 'scenario', 'sim', 'class'],
  app: [
    'engine',
    'scenario',
    'sim',
    'store',
    'ui/viewmodel',
    'ui/dom',
    'ui/phaser',
    'ui/strings',
    'ui',
    'ui/studio',
    'ui/class-room',
  ],
};

/**
 * The packages each layer may import. The scenario loader runs in the browser too, so it has no
 * `node:`; only the table draws with Phaser; only the command line touches Node.
 */
const PACKAGES: Record<string, readonly string[]> = {
  engine: [],
  scenario: ['zod', 'yaml'],
  sim: [],
  class: ['zod'],
  store: ['zod', 'zustand/vanilla', 'zustand/middleware'],
  net: ['socket.io-client'],
  'ui/class-room': [],
  'ui/strings': [],
  'ui/viewmodel': [],
  'ui/dom': ['qrcode-generator'],
  'ui/phaser': ['phaser'],
  'ui/studio': [
    'codemirror',
    '@codemirror/autocomplete',
    '@codemirror/lang-yaml',
    '@codemirror/lint',
    '@codemirror/state',
    '@codemirror/view',
  ],
  ui: [],
  cli: ['node:*'],
  server: ['node:*', 'socket.io', '@socket.io/redis-streams-adapter', 'better-sqlite3', 'redis', 'zod'],
  app: [],
};

/** The layers that must give the same result for the same input on any machine. */
const PURE = ['engine', 'scenario', 'sim', 'class'];

/**
 * What a pure layer may not touch: the host's globals, randomness, the clock, timers and the
 * host's locale data. Matched in code only (comments, strings and regular expressions blanked),
 * and never as a property (`x.document` is some object's field).
 */
const BANNED: readonly { readonly what: string; readonly pattern: RegExp }[] = [
  { what: 'globalThis', pattern: /(?<![\w$.])globalThis(?![\w$])/ },
  { what: 'window', pattern: /(?<![\w$.])window(?![\w$])/ },
  { what: 'document', pattern: /(?<![\w$.])document(?![\w$])/ },
  { what: 'crypto', pattern: /(?<![\w$.])crypto(?![\w$])/ },
  {
    what: 'a timer',
    pattern:
      /(?<![\w$.])(?:setTimeout|setInterval|setImmediate|queueMicrotask|requestAnimationFrame|requestIdleCallback)(?![\w$])/,
  },
  { what: 'Intl', pattern: /(?<![\w$.])Intl(?![\w$])/ },
  { what: 'toLocale… or localeCompare', pattern: /\.\s*(?:toLocale\w*|localeCompare)(?![\w$])/ },
  { what: 'Date', pattern: /(?<![\w$.])Date(?![\w$])/ },
  { what: 'Math.random', pattern: /(?<![\w$.])Math\s*\.\s*random(?![\w$])/ },
  { what: 'performance', pattern: /(?<![\w$.])performance(?![\w$])/ },
];

/** Ways of turning a string into HTML; author text goes in with `textContent` only. */
const WRITES_HTML =
  /\.\s*(?:innerHTML|outerHTML)(?![\w$])|\b(?:insertAdjacentHTML|createFromHTML|createContextualFragment|DOMParser)\b|\bdocument\s*\.\s*write(?:ln)?\b/;

/** Every file under `dir`. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

/** The layer of a path under src/: `engine`, `ui/dom`, `ui` (for src/ui/index.ts)... or `(root)`. */
function layerOf(path: string): string {
  const parts = relative(SRC, path).split(sep);
  if (parts[0] === 'ui' && parts.length > 2) return `ui/${parts[1]}`;
  return parts.length > 1 ? parts[0]! : '(root)';
}

const inSrc = (path: string) => path.startsWith(`${SRC}${sep}`);
const name = (path: string) => relative(ROOT, path).split(sep).join('/');

interface SourceFile {
  readonly path: string;
  /** The lines as written, for the messages. */
  readonly lines: readonly string[];
  readonly layer: string;
  readonly source: SourceText;
  readonly imports: readonly Import[];
}

const everyFile = filesUnder(SRC);
const files: SourceFile[] = everyFile
  .filter((path) => path.endsWith('.ts'))
  .map((path) => {
    const text = readFileSync(path, 'utf8');
    const source = readSource(text);
    return { path, lines: text.split('\n'), layer: layerOf(path), source, imports: importsOf(source) };
  });

/** Where an import's spec points: a file or folder, resolved as Vite does (`/` is the project). */
function targetOf(file: SourceFile, spec: string): string | null {
  if (spec.startsWith('/')) return join(ROOT, spec);
  if (spec.startsWith('.')) return resolve(file.path, '..', spec);
  return null;
}

/** The problems of one import between layers, in words. */
function layerProblems(file: SourceFile, entry: Import): string[] {
  const where = `${name(file.path)}:${entry.line}`;
  if (entry.spec === null)
    return [`${where}: a ${entry.kind} of a computed path cannot be checked; write it out`];
  const target = targetOf(file, entry.spec);
  if (target === null) {
    const allowed = PACKAGES[file.layer] ?? [];
    const ok = allowed.includes(entry.spec) || (entry.spec.startsWith('node:') && allowed.includes('node:*'));
    return ok
      ? []
      : [
          `${where}: imports the package ${entry.spec} (${file.layer} may import ${allowed.join(', ') || 'none'})`,
        ];
  }
  if (!inSrc(target)) return [];
  if (entry.kind !== 'glob' && !/\.[a-z]+$/.test(entry.spec)) {
    return [`${where}: ${entry.kind} ${entry.spec}: name the file, with its .ts, so it can be checked`];
  }
  const to = layerOf(target);
  if (!(to in ALLOWED)) return [`${where}: ${entry.kind} ${entry.spec} reaches ${to}, which is on no map`];
  if (to === file.layer) return [];
  if (!(ALLOWED[file.layer] ?? []).includes(to)) {
    return [`${where}: ${entry.kind} ${entry.spec} (${file.layer} -> ${to}: imports point down only)`];
  }
  // Stylesheets and other assets are not modules: only the layer rule holds for them.
  const isAsset = /\.[a-z]+$/.test(entry.spec) && !/\.[cm]?[jt]sx?$/.test(entry.spec);
  if (!isAsset && target !== join(SRC, to, 'index.ts')) {
    return [`${where}: ${entry.kind} ${entry.spec}: enter ${to} through its index.ts`];
  }
  return [];
}

/** The file an import reaches inside src/, if it names one (a glob or a package does not). */
function fileReached(file: SourceFile, entry: Import): string | null {
  if (entry.spec === null || entry.kind === 'glob') return null;
  const target = targetOf(file, entry.spec);
  return target !== null && inSrc(target) && target.endsWith('.ts') ? target : null;
}

describe('the architecture test reads source as the compiler does', () => {
  const text = [
    "import { a } from './a.ts'; // import { z } from '../ui/index.ts'",
    "/* import { y } from './y.ts' */ export * from './b.ts';",
    "const t = `import { x } from './x.ts'`; const re = /['\"]\\/from/; const half = 1 / 2;",
    "const page = import('./c.ts'); const w = new Worker(new URL('./d.ts', import.meta.url));",
    "const g = import.meta.glob<string>(['/e/*.ts', './f/*.ts'], { eager: true });",
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the source text under test holds a template.
    "const named = `${window.name}` + 'Date.now()'; import(where);",
    'const doc = `',
    "import { q } from './q.ts';",
    '`;',
  ].join('\n');
  const source = readSource(text);

  it('blanks comments in code, and strings and regular expressions too in bare, keeping every line', () => {
    expect(source.code.length).toBe(text.length);
    expect(source.code.split('\n')).toHaveLength(9);
    expect(source.code).not.toContain('../ui/index.ts');
    expect(source.code).not.toContain("'./y.ts'");
    expect(source.bare).toContain('window.name');
    expect(source.bare).not.toContain('Date.now');
    expect(source.bare).not.toMatch(/x\.ts|q\.ts|\\\/from/);
    expect(source.bare).toContain('const half = 1 / 2;');
  });

  it('finds static imports, re-exports, import(), worker URLs and globs, with their lines', () => {
    expect(importsOf(source).map((i) => `${i.line} ${i.kind} ${i.spec}`)).toEqual([
      '1 import ./a.ts',
      '2 export ./b.ts',
      '4 dynamic import ./c.ts',
      '6 dynamic import null',
      '4 worker or asset URL ./d.ts',
      '5 glob /e/*.ts',
      '5 glob ./f/*.ts',
    ]);
  });
});

describe('architecture', () => {
  it('finds the source tree and its imports of every kind', () => {
    // A reader blind to one kind would pass every rule about it: the tree has each kind today.
    const kinds = new Set(files.flatMap((f) => f.imports.map((i) => i.kind)));
    expect([...kinds].sort()).toEqual(['dynamic import', 'export', 'glob', 'import', 'worker or asset URL']);
    for (const layer of Object.keys(ALLOWED))
      expect(
        files.some((f) => f.layer === layer),
        layer,
      ).toBe(true);
  });

  it("every file of src/ sits in a folder on the map, and the README's map names every folder", () => {
    const problems = everyFile
      .filter((path) => !(layerOf(path) in ALLOWED))
      .map(
        (path) =>
          `${name(path)}: ${layerOf(path)} is on no map; move it into one of ${Object.keys(ALLOWED).join(', ')}`,
      );
    expect(problems).toEqual([]);
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const map = readme.slice(readme.indexOf('## How it is built'));
    const mapped = [
      ...map.slice(0, map.indexOf('```', map.indexOf('```') + 3)).matchAll(/^src\/([\w-]+)\//gm),
    ];
    const folders = new Set(Object.keys(ALLOWED).map((layer) => layer.split('/')[0]));
    expect(
      mapped.map((m) => m[1]).sort(),
      "the README's map (How it is built) has a src/ line per folder",
    ).toEqual([...folders].sort());
  });

  it('imports point down the layers only, enter another folder through its index.ts, and use only their packages', () => {
    const problems = files.flatMap((file) => file.imports.flatMap((entry) => layerProblems(file, entry)));
    expect(problems).toEqual([]);
  });

  it('the rules, the loader and the strategies know nothing of the host, the clock, chance or locale', () => {
    const problems: string[] = [];
    for (const file of files.filter((f) => PURE.includes(f.layer))) {
      const lines = file.source.bare.split('\n');
      lines.forEach((line, i) => {
        for (const { what, pattern } of BANNED) {
          if (pattern.test(line))
            problems.push(`${name(file.path)}:${i + 1}: uses ${what}: ${file.lines[i]?.trim()}`);
        }
      });
    }
    expect(problems).toEqual([]);
  });

  it('nothing writes HTML from a string', () => {
    const problems = files.flatMap((file) =>
      file.source.bare
        .split('\n')
        .flatMap((line, i) =>
          WRITES_HTML.test(line) ? [`${name(file.path)}:${i + 1}: ${file.lines[i]?.trim()}`] : [],
        ),
    );
    expect(problems).toEqual([]);
  });

  it('has no import cycles between files', () => {
    const graph = new Map(
      files.map((file) => [
        file.path,
        file.imports.map((entry) => fileReached(file, entry)).filter((t): t is string => t !== null),
      ]),
    );
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (path: string, trail: string[]) => {
      if (state.get(path) === 'done') return;
      if (state.get(path) === 'open') {
        cycles.push([...trail.slice(trail.indexOf(path)), path].map(name).join(' -> '));
        return;
      }
      state.set(path, 'open');
      for (const next of graph.get(path) ?? []) visit(next, [...trail, path]);
      state.set(path, 'done');
    };
    for (const file of files) visit(file.path, []);
    expect(cycles).toEqual([]);
  });
});
