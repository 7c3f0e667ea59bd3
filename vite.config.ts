/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import {
  ARTICLE_FILES,
  decodeIssue,
  decodeScenarioBytes,
  formatIssue,
  loadScenario,
} from './src/scenario/index.ts';

/**
 * The Content Security Policy: no inline script anywhere. `data:`/`blob:` images are Phaser's
 * built-in textures. The dev server adds what its HMR client needs (inline styles, a websocket).
 */
const CSP_BUILD = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
const CSP_DEV = CSP_BUILD.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'").replace(
  "connect-src 'self'",
  "connect-src 'self' ws: wss:",
);

/** Writes the policy into index.html's meta tag, per build or dev server. */
function contentSecurityPolicy(): Plugin {
  let dev = false;
  return {
    name: 'give-and-take-csp',
    configResolved(config) {
      dev = config.command === 'serve' && !config.isProduction;
    },
    transformIndexHtml(html) {
      return html.replace('__CSP__', dev ? CSP_DEV : CSP_BUILD);
    },
  };
}

/** Marks an import of a scenario file that should arrive already loaded and checked. */
const SCENARIO_QUERY = '?scenario';

/**
 * Scenario files imported with `?scenario` (the glob in src/app/scenario-files.ts) are loaded and
 * checked here, with the same `loadScenario` the CLI uses, and reach the browser as JSON: the
 * loaded `Scenario`, or the problems found, worded for the title screen. Parsing YAML and checking
 * a schema in the browser would cost the title screen most of a second with four files, and ship
 * the YAML parser for nothing. The dev server re-runs this when a file changes (HMR).
 */
function scenarioFiles(): Plugin {
  return {
    name: 'give-and-take-scenarios',
    async load(id) {
      if (!id.endsWith(SCENARIO_QUERY)) return null;
      const file = id.slice(0, -SCENARIO_QUERY.length);
      this.addWatchFile(file);
      // Read as the command line and an opened file are (UTF-8 or UTF-16), or named as not text.
      const decoded = decodeScenarioBytes(await readFile(file));
      // The same article list the browser checks opened files against (the CLI lists the folder).
      const result = decoded.ok
        ? loadScenario(decoded.value, basename(file), { knownSources: ARTICLE_FILES })
        : { ok: false as const, error: [decodeIssue(basename(file), decoded.error)] };
      const compiled = result.ok
        ? { ok: true, scenario: result.value }
        : { ok: false, problems: result.error.map(formatIssue) };
      // JSON.parse of a string literal is faster for engines than an equally large object literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(compiled))});`;
    },
  };
}

/**
 * Phaser does not tree-shake and changes less often than the game, so it gets its own chunk.
 * Rolldown needs the function form of `manualChunks`.
 */
export function manualChunks(id: string): string | undefined {
  if (id.includes('/node_modules/phaser/')) return 'phaser';
  // Scenario data is loaded with the title, but kept apart from code so sizes read clearly.
  if (id.includes('/scenarios/') && id.endsWith(SCENARIO_QUERY)) return 'scenarios';
  return undefined;
}

/**
 * Chunk file names; the lazily loaded table scene (src/ui/phaser) would otherwise be named after
 * its folder and be mistaken for the Phaser library chunk.
 */
export function chunkFileNames(chunk: { name: string; moduleIds: readonly string[] }): string {
  const vendor = chunk.moduleIds.some((id) => id.includes('/node_modules/phaser/'));
  return chunk.name === 'phaser' && !vendor ? 'assets/table-[hash].js' : 'assets/[name]-[hash].js';
}

/** The game's version (package.json's), written into result files so a teacher knows which copy played. */
const GAME_VERSION = (
  JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string }
).version;

export default defineConfig({
  define: { __GAME_VERSION__: JSON.stringify(GAME_VERSION) },
  // Relative addresses: the built site works from any folder of any web server (a school's web
  // space, a project page), not only at the root. Code chunks, the worker and images are found
  // from `import.meta.url`; the game's own address lives in the fragment (src/store/route.ts).
  base: './',
  plugins: [contentSecurityPolicy(), scenarioFiles()],
  // The scenario checker's worker (src/app/scenario-check-worker.ts) is an ES module like the page.
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1600,
    rolldownOptions: { output: { manualChunks, chunkFileNames } },
  },
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/browser/**', 'node_modules/**'],
    // Measured on a 2-core machine with two other CPU-heavy jobs running: the slowest test on
    // the default limit took 2.5 s (300 games of 2006). Vitest's 5 s default leaves too little
    // room; tests that start processes or play thousands of games set their own limits.
    testTimeout: 30_000,
  },
});
