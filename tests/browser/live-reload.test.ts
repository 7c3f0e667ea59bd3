import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, SIZES } from './harness.ts';
import { lineOf } from './scenario-files.ts';

/**
 * `npm run dev` updates the running game when a scenario file changes. The dev server runs on a
 * temporary copy of the project (its source, assets and packages linked, a scenarios folder of its
 * own), so the test never touches the real scenarios/ that others may be editing.
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURE = readFileSync(`${ROOT}tests/fixtures/minimal.yaml`, 'utf8');
const TEXT = FIXTURE.replace('id: minimal_2004', 'id: live-edit').replace(
  'title: A second visit',
  'title: Live one',
);

let tmp = '';
let server: ViteDevServer | null = null;
let browser: Browser | null = null;
let file = '';

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'gat-live-'));
  for (const name of ['src', 'assets', 'node_modules']) symlinkSync(`${ROOT}${name}`, join(tmp, name), 'dir');
  writeFileSync(join(tmp, 'index.html'), readFileSync(`${ROOT}index.html`));
  writeFileSync(join(tmp, 'package.json'), readFileSync(`${ROOT}package.json`));
  mkdirSync(join(tmp, 'scenarios'));
  file = join(tmp, 'scenarios', 'live.yaml');
  writeFileSync(file, TEXT);
  server = await createServer({
    root: tmp,
    configFile: `${ROOT}vite.config.ts`,
    logLevel: 'silent',
    // Its own cache: the linked node_modules/.vite belongs to whoever runs `npm run dev` for real.
    cacheDir: join(tmp, '.vite'),
    optimizeDeps: { noDiscovery: true, include: [] },
    server: {
      port: 0,
      host: '127.0.0.1',
      strictPort: false,
      fs: { allow: [tmp, ROOT] },
      // Vite's own HMR tests poll for the same reason: chokidar's native watcher can miss an edit
      // made by a script soon after another (this test's second edit went unseen once in CI, on a
      // busy machine). Polling every 100 ms compares the file's stat, which every edit changes;
      // only the scenarios folder is watched, so that is a few stat calls, not one per source file.
      watch: {
        usePolling: true,
        interval: 100,
        ignored: ['**/src/**', '**/assets/**', '**/node_modules/**'],
      },
    },
  });
  await server.listen();
  await watching(server, file);
  browser = await launch();
});

/** Resolves once the dev server's watcher has `path` in its list, so that no edit comes before it looks. */
async function watching(dev: ViteDevServer, path: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  const listed = () =>
    Object.entries(dev.watcher.getWatched()).some(([dir, names]) =>
      names.some((name) => join(dir, name) === path),
    );
  while (!listed()) {
    if (Date.now() > deadline) throw new Error(`the dev server never watched ${path}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('live reload while authoring', () => {
  it('updates the card when the file changes, without a reload, and shows a broken edit with its line', async () => {
    const url = server?.resolvedUrls?.local[0];
    if (!browser || !url) throw new Error('the dev server did not start');
    const context = await browser.newContext({ viewport: SIZES.desktop });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
    await page.goto(url);
    await page.waitForSelector('.card h3:text-is("Live one")', { timeout: 30_000 });
    // A mark on the page's window: it survives a hot update, not a reload.
    await page.evaluate(() => Object.assign(window, { __samePage: true }));

    writeFileSync(file, TEXT.replace('title: Live one', 'title: Live two'));
    await page.waitForSelector('.card h3:text-is("Live two")', { timeout: 10_000 });
    expect(await page.evaluate(() => (window as { __samePage?: boolean }).__samePage)).toBe(true);

    const broken = TEXT.replace('agility: 0.8', 'agilty: 0.8');
    writeFileSync(file, broken);
    await page.waitForSelector('.broken', { timeout: 10_000 });
    const shown = await page.textContent('.broken');
    expect(shown).toContain('live.yaml cannot be played yet');
    expect(shown).toContain(`live.yaml:${lineOf(broken, 'agilty: 0.8')}:5: unknown key "agilty"`);
    expect(await page.isVisible('.broken .problems li')).toBe(true);
    expect(await page.$('.card h3:text-is("Live two")')).toBeNull();
    expect(await page.evaluate(() => (window as { __samePage?: boolean }).__samePage)).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });
});
