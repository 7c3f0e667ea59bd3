/// <reference types="vitest/config" />
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { marked, Renderer } from 'marked';
import { defineConfig, type Plugin } from 'vite';
import { articlesFor } from './src/cli/files.ts';
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

/** The early script's file, beside index.html (a fixed name: index.html asks for it by content hash). */
export const EARLY_TABLE_FILE = 'early-table.js';

/**
 * When the address names a game's table (a reload, a saved or shared link), the table needs
 * Phaser (about 345 kB gzip) before it can draw; the page would only ask for it once its own
 * code had loaded, run and mounted the interface, one load after another. This tiny classic
 * script, in the head before the game's module, asks for the table's chunks at once (as
 * `modulepreload`, so they are fetched and compiled beside the game's own code) and does nothing
 * on any other address: a player opening the title downloads nothing more. A file, not inline
 * code, so the CSP keeps `script-src 'self'`.
 */
function earlyTable(): Plugin {
  const tableChunks = (bundle: Record<string, { type: string; fileName: string }>) =>
    Object.values(bundle)
      .filter((c) => c.type === 'chunk' && /^assets\/(phaser|table)-/.test(c.fileName))
      .map((c) => c.fileName)
      .sort();
  const source = (files: readonly string[]) =>
    [
      '// Written by the build (vite.config.ts, earlyTable): preloads the table on a table address.',
      '(function () {',
      '  if (!/^#\\/table\\//.test(location.hash)) return;',
      `  ${JSON.stringify(files)}.forEach(function (file) {`,
      "    var link = document.createElement('link');",
      "    link.rel = 'modulepreload';",
      // As the game's module script asks: a preload in another mode would be fetched twice.
      "    link.crossOrigin = '';",
      '    link.href = file;',
      '    document.head.appendChild(link);',
      '  });',
      '})();',
      '',
    ].join('\n');
  return {
    name: 'give-and-take-early-table',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        // Only the game's page opens on a table address.
        if (!ctx.bundle || !ctx.path.endsWith('index.html')) return html;
        const files = tableChunks(ctx.bundle);
        if (files.length === 0) return html;
        // The content's hash in the address: a new build's list is never read from a stale cache.
        const version = createHash('sha256').update(source(files)).digest('hex').slice(0, 10);
        return {
          html,
          tags: [
            { tag: 'script', attrs: { src: `./${EARLY_TABLE_FILE}?v=${version}` }, injectTo: 'head-prepend' },
          ],
        };
      },
    },
    generateBundle(_options, bundle) {
      const files = tableChunks(bundle);
      if (files.length > 0)
        this.emitFile({ type: 'asset', fileName: EARLY_TABLE_FILE, source: source(files) });
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
      // The same articles the command line checks it against: the shipped five, and any beside it.
      const result = decoded.ok
        ? loadScenario(decoded.value, basename(file), {
            knownSources: ARTICLE_FILES,
            articles: articlesFor(file),
          })
        : { ok: false as const, error: [decodeIssue(basename(file), decoded.error)] };
      const compiled = result.ok
        ? { ok: true, scenario: result.value }
        : { ok: false, problems: result.error.map(formatIssue) };
      // JSON.parse of a string literal is faster for engines than an equally large object literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(compiled))});`;
    },
  };
}

/** The teaching guide's page in the built site, beside index.html. */
const TEACHING_PAGE = 'teaching.html';

/**
 * docs/teaching.md as a page of the site (`teaching.html`, linked from the title screen), made at
 * build time so that a school's copy of the game carries its lesson plans and the game ships no
 * Markdown code. Links to other files of the repository are not in the site: their text stays,
 * without the link. The page has the game's policy: no script, its own stylesheet, nothing inline.
 */
function teachingPage(): Plugin {
  const source = new URL('./docs/teaching.md', import.meta.url);
  const page = async (icon: string | null) => {
    const renderer = new Renderer();
    const plain = renderer.link.bind(renderer);
    renderer.link = (link) =>
      /^(https?:|mailto:|#)/.test(link.href) ? plain(link) : renderer.parser.parseInline(link.tokens);
    // Ids as GitHub makes them, so the guide's own contents links work on the page too.
    renderer.heading = ({ tokens, depth, text }) => {
      const id = text
        .toLowerCase()
        .replace(/[^\p{L}\p{N}\s-]/gu, '')
        .replace(/\s/g, '-');
      return `<h${depth} id="${id}">${renderer.parser.parseInline(tokens)}</h${depth}>\n`;
    };
    const body = await marked.parse(await readFile(source, 'utf8'), { renderer, gfm: true });
    return [
      '<!doctype html>',
      '<html lang="en">',
      '<head>',
      '<meta charset="utf-8">',
      '<meta name="viewport" content="width=device-width, initial-scale=1">',
      `<meta http-equiv="Content-Security-Policy" content="${CSP_BUILD.replace("script-src 'self'", "script-src 'none'")}">`,
      '<title>Teaching with Give and Take</title>',
      ...(icon ? [`<link rel="icon" href="./${icon}" type="image/svg+xml">`] : []),
      '<link rel="stylesheet" href="./teaching.css">',
      '</head>',
      '<body>',
      '<p class="back"><a href="./">← Give and Take</a></p>',
      '<main>',
      body,
      '</main>',
      '</body>',
      '</html>',
      '',
    ].join('\n');
  };
  const css = () => readFile(new URL('./docs/teaching.css', import.meta.url), 'utf8');
  return {
    name: 'give-and-take-teaching-page',
    async generateBundle(_options, bundle) {
      this.addWatchFile(fileURLToPath(source));
      // The game's emblem, as the build named it, for the page's icon.
      const icon = Object.values(bundle).find((f) => f.type === 'asset' && f.names.includes('emblem.svg'));
      this.emitFile({ type: 'asset', fileName: TEACHING_PAGE, source: await page(icon?.fileName ?? null) });
      this.emitFile({ type: 'asset', fileName: 'teaching.css', source: await css() });
    },
    configureServer(server) {
      server.middlewares.use(async (req, res, next) => {
        const path = req.url?.split('?')[0] ?? '';
        if (path.endsWith(`/${TEACHING_PAGE}`)) {
          res.setHeader('Content-Type', 'text/html; charset=utf-8');
          res.end(await page('assets/emblem.svg'));
        } else if (path.endsWith('/teaching.css')) {
          res.setHeader('Content-Type', 'text/css; charset=utf-8');
          res.end(await css());
        } else next();
      });
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
  // A language's interface table and the engine's, one chunk: choosing Japanese is one fetch.
  const language = /\/src\/(?:ui\/strings|engine\/messages)\/(ja|ko)\.ts$/.exec(id);
  if (language) return language[1];
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
  plugins: [contentSecurityPolicy(), scenarioFiles(), teachingPage(), earlyTable()],
  // The scenario checker's worker (src/app/scenario-check-worker.ts) is an ES module like the page.
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1600,
    rolldownOptions: {
      // The game, and the networked class's page (served by `npm run class`).
      input: { index: 'index.html', class: 'class.html' },
      output: { manualChunks, chunkFileNames },
    },
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
