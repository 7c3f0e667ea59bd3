/**
 * `npm run bench`: figures for the browser game, printed, never failing on timing.
 *  1. Time to the first interactive screen, against a bare Phaser page built with the same Vite
 *     settings and served the same way, in the same run (ratio; aim 1.3 or less).
 *  2. Time from committing a move to the answer on screen, animation off (aim under 100 ms).
 *  3. Gzip size of the game's own code beside Phaser's chunk (aim under 150 kB).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { build, type PreviewServer, preview } from 'vite';
import { launchChromium } from '../browser/chromium.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const appOut = fileURLToPath(new URL('../.output/bench-app/', import.meta.url));
const bareOut = fileURLToPath(new URL('../.output/bench-bare/', import.meta.url));
const RUNS = 7;
const MOVES = 12;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0
    ? Number.NaN
    : (s[Math.floor((s.length - 1) / 2)]! + s[Math.ceil((s.length - 1) / 2)]!) / 2;
};
const ms = (x: number) => `${x.toFixed(1)} ms`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

async function serve(outDir: string, benchRoot: string): Promise<{ server: PreviewServer; url: string }> {
  const server = await preview({
    root: benchRoot,
    logLevel: 'warn',
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1' },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('no preview URL');
  return { server, url };
}

/** Milliseconds from navigation start to the page's `gat:interactive` mark, with a cold cache. */
async function timeToInteractive(browser: import('playwright-core').Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  await page.goto(url);
  const t = await page.waitForFunction(
    () => performance.getEntriesByName('gat:interactive')[0]?.startTime,
    null,
    {
      timeout: 30_000,
    },
  );
  const value = (await t.jsonValue()) as number;
  await context.close();
  return value;
}

/** How long the scenario files took to load and check on the title's critical path. */
async function catalogueTime(browser: import('playwright-core').Browser, url: string): Promise<number> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('gat:interactive').length > 0);
  const value = await page.evaluate(
    () => performance.getEntriesByName('gat:catalogue')[0]?.duration ?? Number.NaN,
  );
  await context.close();
  return value;
}

async function moveLatency(page: Page): Promise<{ dom: number[]; frame: number[] }> {
  const dom: number[] = [];
  const frame: number[] = [];
  for (let i = 0; i < MOVES; i++) {
    const key = (await page.$('[data-key="do-reject"]'))
      ? 'do-reject'
      : (await page.$('[data-key="do-wait"]'))
        ? 'do-wait'
        : null;
    if (!key) break;
    const result = await page.evaluate(async (k) => {
      performance.clearMeasures('gat:move');
      const start = performance.now();
      (document.querySelector(`[data-key="${k}"]`) as HTMLElement).click();
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const measure = performance.getEntriesByName('gat:move')[0];
      return { dom: measure?.duration ?? Number.NaN, frame: performance.now() - start };
    }, key);
    dom.push(result.dom);
    frame.push(result.frame);
  }
  return { dom, frame };
}

/** A chunk of the game's own code: its gzip size and whether the title screen loads it. */
interface Chunk {
  readonly name: string;
  readonly gz: number;
  readonly firstLoad: boolean;
}

function sizes(): { app: Chunk[]; worker: Chunk[]; phaser: number; css: number } {
  const dir = `${appOut}assets/`;
  // What the title screen loads: the chunks index.html names (its script and module preloads).
  const html = readFileSync(`${appOut}index.html`, 'utf8');
  const app: Chunk[] = [];
  const worker: Chunk[] = [];
  let phaser = 0;
  let css = 0;
  for (const name of readdirSync(dir)) {
    const gz = gzipSync(readFileSync(dir + name), { level: 9 }).length;
    const chunk = { name, gz, firstLoad: html.includes(`assets/${name}`) };
    if (name.endsWith('.css')) css += gz;
    else if (!name.endsWith('.js')) continue;
    else if (name.startsWith('phaser-'))
      phaser += gz; // the library; the game's scene chunk is table-*
    else if (name.startsWith('scenario-check-worker-'))
      worker.push(chunk); // the scenario checker, fetched when a file is opened
    else app.push(chunk);
  }
  return { app, worker, phaser, css };
}

async function main(): Promise<void> {
  await build({ root, logLevel: 'warn', build: { outDir: appOut, emptyOutDir: true } });
  await build({
    root: `${root}tests/bench/bare/`,
    configFile: `${root}vite.config.ts`,
    logLevel: 'warn',
    build: { outDir: bareOut, emptyOutDir: true },
  });
  const app = await serve(appOut, root);
  const bare = await serve(bareOut, `${root}tests/bench/bare/`);
  const browser = await launchChromium();
  try {
    const appTimes: number[] = [];
    const bareTimes: number[] = [];
    // Alternate the two pages so drift on a busy machine hits both alike.
    for (let i = 0; i < RUNS; i++) {
      bareTimes.push(await timeToInteractive(browser, bare.url));
      appTimes.push(await timeToInteractive(browser, app.url));
    }
    const context = await browser.newContext({
      viewport: { width: 1280, height: 720 },
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    await page.goto(app.url);
    const tableStart = Date.now();
    await page.click('[data-key^="play:"]');
    await page.click('[data-key="brief-go-top"]');
    await page.waitForFunction(() => document.body.dataset.renderer !== undefined, null, { timeout: 30_000 });
    const tableReady = Date.now() - tableStart;
    const latency = await moveLatency(page);
    await context.close();

    const s = sizes();
    const appTotal = s.app.reduce((sum, c) => sum + c.gz, 0);
    const ratio = median(appTimes) / median(bareTimes);
    const catalogueMs = await catalogueTime(browser, app.url);
    console.log('Give and Take: bench (figures only; timing never fails the run)\n');
    console.log('1. Time to the first interactive screen (median of %d cold loads)', RUNS);
    console.log(
      `   game title screen   ${ms(median(appTimes))}   [${appTimes.map((x) => x.toFixed(0)).join(', ')}]`,
    );
    console.log(
      `   bare Phaser page    ${ms(median(bareTimes))}   [${bareTimes.map((x) => x.toFixed(0)).join(', ')}]`,
    );
    console.log(`   ratio               ${ratio.toFixed(2)}   (aim <= 1.3)`);
    console.log(`   of which loading and checking the scenario files: ${ms(catalogueMs)}`);
    console.log(`   title -> table ready (Phaser started, WebGL): ${tableReady} ms\n`);
    console.log('2. Commit a move -> answer on screen (reduced motion, %d moves)', latency.dom.length);
    console.log(
      `   store + DOM update   median ${ms(median(latency.dom))}   max ${ms(Math.max(...latency.dom))}`,
    );
    console.log(`   to the next painted frame  median ${ms(median(latency.frame))}   (aim < 100 ms)\n`);
    console.log('3. Gzip size (level 9)');
    for (const c of [...s.app, ...s.worker]) {
      console.log(
        `   ${c.name.padEnd(36)} ${kb(c.gz).padStart(9)}   ${c.firstLoad ? 'first load' : 'loaded later'}`,
      );
    }
    const data = s.app.filter((c) => c.name.startsWith('scenarios-')).reduce((sum, c) => sum + c.gz, 0);
    const first = s.app.filter((c) => c.firstLoad).reduce((sum, c) => sum + c.gz, 0);
    const checker = s.worker.reduce((sum, c) => sum + c.gz, 0);
    console.log(
      `   game's own code      ${kb(appTotal - data)}   (aim < 150 kB; the title's code and the table scene)`,
    );
    console.log(
      `   + scenario data      ${kb(data)}   (the shipped scenarios as JSON, checked at build time)`,
    );
    console.log(
      `   first load, all JS   ${kb(first)}   (what the title screen fetches: code and scenario data)`,
    );
    console.log(
      `   scenario checker     ${kb(checker)}   (a worker fetched when a file is opened: YAML, loader, audit)`,
    );
    console.log(`   css                  ${kb(s.css)}`);
    console.log(`   phaser chunk         ${kb(s.phaser)}`);
  } finally {
    await browser.close();
    await app.server.close();
    await bare.server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
