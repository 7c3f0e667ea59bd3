/**
 * The bench's browser part (tests/bench/index.ts runs it): the production build in headless
 * Chromium, one browser at a time, every ratio against a baseline measured in the same run.
 *  1. The first Phaser table (a cold load of a saved game's table screen, to the first painted
 *     frame after its map is laid out) against a bare Phaser page built with the same Vite
 *     settings, served the same way, loaded alternately.
 *  2. Click (a real input event) to the painted answer of a move, by the browser's Event Timing,
 *     beside clicks in the same page that do no engine work (the answer's next beat, the heading).
 *  3. 1,000 whole games in a Web Worker (a bench-only page, tests/bench/mc), with the gaps
 *     between the page's frames meanwhile beside its idle frames.
 *  4. The page's JavaScript heap over 500 turns of play, after a garbage collection each time.
 *  5. Gzip sizes of the game's chunks, the workers and the scenario data listed, beside Phaser's.
 * Servers, browser and contexts are closed in `finally`; the harness holds no element handles
 * (it asks the page with `evaluate` and clicks through selectors), so the heap is the game's.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { build, type PreviewServer, preview } from 'vite';
import { launchChromium } from '../browser/chromium.ts';
import { type GoalRow, quantile, round, rounded, type Spread, spread } from './stats.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const outDir = (name: string) => fileURLToPath(new URL(`../.output/bench-${name}/`, import.meta.url));
const VIEWPORT = { width: 1280, height: 720 };
/** Cold loads of each page after one of each not counted. */
const LOADS = 5;
/** Committed moves timed per scenario, after `WARM_MOVES` not counted. */
const MOVES = 16;
const WARM_MOVES = 2;
const MC_GAMES = 1000;
const MC_RUNS = 3;
const MC_FILE = '2004-koizumi-second-visit.yaml';
const HEAP_TURNS = 500;
const HEAP_STEP = 100;
const HEAP_WARM_TURNS = 10;
/** The table the cold loads open: 2004's second visit, as Japan. */
const TABLE_PLAY = 'second-visit-2004:japan';
/** The heap's game: 2007, whose turns take the fewest clicks (the AI makes fewer offers to answer). */
const HEAP_PLAY = 'ulaanbaatar-2007:japan';
const LATENCY_PLAYS = ['second-visit-2004:japan', 'six-party-third-round-2004:japan'] as const;

/** The buttons that move a game on, in the order a patient player presses them. */
const COMMIT_KEYS = ['do-reject', 'do-wait'] as const;
const STEP_KEYS = ['answer-skip', 'answer-continue', 'answer-next'] as const;
const ROUND_KEYS = ['tour-skip', 'to-debrief', 'again', 'brief-go-top'] as const;
const PLAY_KEYS = [...COMMIT_KEYS, ...STEP_KEYS, ...ROUND_KEYS];

type Say = (line?: string) => void;
type Quantiles = { readonly p50: number; readonly p90: number };

export interface BrowserFigures {
  readonly ttiRatio: {
    /** Median first table / median bare page. */
    readonly ratio: number;
    /** Each cold load's pair (table / bare of the same round). */
    readonly pairRatios: Spread;
    readonly firstTableMs: Spread;
    readonly barePhaserMs: Spread;
    /** In the same loads: the DOM interface up (`gat:interactive`) and the scenario catalogue. */
    readonly domInteractiveMs: Spread;
    readonly catalogueMs: Spread;
    /**
     * The same cold loads over an emulated school network (`SCHOOL_NETWORK`): the table, the table
     * without its early preload (vite.config.ts, earlyTable), the bare page, and the ratio.
     */
    readonly network: {
      readonly firstTableMs: Spread;
      readonly withoutPreloadMs: Spread;
      readonly barePhaserMs: Spread;
      readonly ratio: number;
    };
  };
  readonly moveLatencyMs: Record<
    string,
    {
      readonly moves: number;
      /** Event Timing's duration of the click: from the input event to the next paint. */
      readonly p50: number;
      readonly p90: number;
      readonly max: number;
      /** The click's handlers (the game's code: the move, the AI's answer, the DOM). */
      readonly handlers: Quantiles;
      /** From the handlers' end to the paint (the frame: style, layout, paint, the canvas). */
      readonly waitForFrame: Quantiles;
      /** The store's commit to the DOM's answer (`gat:move`), the part of the move in the game's code. */
      readonly storeToDom: Quantiles;
      /** A check from inside the page: to the end of the first frame after the click. */
      readonly firstFrameEnd: Quantiles;
      /** Baseline: the answer's next beat (Skip, Continue), a click with no engine work. */
      readonly answerStep: Quantiles;
      /** Baseline: a click on the heading of the same page, no work but the focus. */
      readonly idleClick: Quantiles & { readonly underThreshold: number; readonly clicks: number };
    }
  >;
  readonly browserMonteCarloMs: {
    readonly scenario: string;
    readonly games: number;
    /** From the page's request to the worker's answer. */
    readonly wall: Spread;
    /** The games alone, timed inside the worker. */
    readonly worker: Spread;
    /** The longest gap between two of the page's frames while the worker ran, per run. */
    readonly longestFrameGapMs: Spread;
    /** The baseline: the same page's frames over one idle second. */
    readonly idleFrameGapMs: { readonly median: number; readonly max: number };
  };
  readonly heapGrowthBytes: {
    readonly bytes: number;
    readonly turns: number;
    readonly clicks: number;
    /** Used heap after a garbage collection, every `HEAP_STEP` turns from the warm-up's end. */
    readonly usedBytesByTurns: Record<string, number>;
    readonly domNodes: { readonly before: number; readonly after: number };
    readonly listeners: { readonly before: number; readonly after: number };
    /** The saves and settings in the page's storage (keys, and characters of keys and values). */
    readonly localStorage: {
      readonly before: { readonly keys: number; readonly chars: number };
      readonly after: { readonly keys: number; readonly chars: number };
    };
    readonly scenario: string;
  };
  readonly appGzipBytes: {
    readonly total: number;
    /** The game's own code: the title's and the table scene's chunks. */
    readonly code: number;
    readonly scenarioData: number;
    readonly workers: number;
    readonly css: number;
    /** What the title screen fetches (the chunks index.html names). */
    readonly firstLoad: number;
    readonly chunks: readonly {
      readonly file: string;
      readonly kind: string;
      readonly gzipBytes: number;
      readonly firstLoad: boolean;
    }[];
  };
  readonly phaserGzipBytes: number;
}

async function serve(dir: string, benchRoot: string): Promise<{ server: PreviewServer; url: string }> {
  const server = await preview({
    root: benchRoot,
    configFile: false,
    logLevel: 'warn',
    build: { outDir: dir },
    preview: { port: 0, host: '127.0.0.1' },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) {
    await server.close();
    throw new Error('no preview URL');
  }
  return { server, url };
}

/** Runs `fn` in a new context (a cold cache), closed whatever happens. */
async function inContext<T>(
  browser: Browser,
  options: Parameters<Browser['newContext']>[0],
  fn: (context: BrowserContext, page: Page) => Promise<T>,
): Promise<T> {
  const context = await browser.newContext({ viewport: VIEWPORT, ...options });
  try {
    return await fn(context, await context.newPage());
  } finally {
    await context.close();
  }
}

/** Waits until `fn` is true in the page, and lets go of the handle the wait returns. */
async function until<A extends number | null>(
  page: Page,
  fn: (arg: A) => boolean,
  arg: A,
  timeout = 60_000,
): Promise<void> {
  const handle = await page.waitForFunction(fn as (arg: unknown) => boolean, arg, { timeout });
  await handle.dispose();
}

/** The bench's own fields on the page's window. */
type BenchWindow = Window & {
  __benchDrawn?: number;
  __benchClicks?: Click[];
  monteCarloBench?: {
    idleFrames(ms: number): Promise<number[]>;
    run(file: string, games: number): Promise<McRun>;
  };
};

/** The first of `keys` whose enabled button the page shows, or null. */
function firstKey(page: Page, keys: readonly string[]): Promise<string | null> {
  return page.evaluate(
    (ks) => ks.find((k) => document.querySelector(`[data-key="${k}"]:not([disabled])`)) ?? null,
    keys,
  );
}

/**
 * Before any script of the page: notes the time of the first painted frame after an element
 * matching `selector` appears (a frame's callbacks run before its paint, a task queued from
 * them after it).
 */
function drawnScript(selector: string): string {
  return `(() => {
    const observer = new MutationObserver(() => {
      if (!document.querySelector(${JSON.stringify(selector)})) return;
      observer.disconnect();
      requestAnimationFrame(() => setTimeout(() => { window.__benchDrawn = performance.now(); }, 0));
    });
    observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-table'] });
  })();`;
}

/** Event Timing reports no event shorter than this (its smallest `durationThreshold`). */
const EVENT_THRESHOLD_MS = 16;

/**
 * Before any script of the page: for each click, the browser's own figure from the input event
 * to the next paint after its handlers (Event Timing, as INP counts it), split into the wait
 * before the handlers, the handlers, and the wait for the frame; the game's own `gat:move`
 * measure (the store's commit to the DOM's answer); and, as a check, the time to the end of the
 * first frame after the click seen from the page (a frame callback, then a task queued from it).
 * `timing` stays undefined until the entry comes, and becomes null if none comes within 300 ms
 * of that frame: the click took less than the threshold.
 */
const CLICK_SCRIPT = `(() => {
  const clicks = [];
  window.__benchClicks = clicks;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.name !== 'click') continue;
      const click = clicks.find((c) => c.timing === undefined && Math.abs(c.start - e.startTime) < 0.5);
      if (click) click.timing = { ms: e.duration, wait: e.processingStart - e.startTime, handlers: e.processingEnd - e.processingStart, frame: e.startTime + e.duration - e.processingEnd };
    }
  }).observe({ type: 'event', durationThreshold: ${EVENT_THRESHOLD_MS}, buffered: true });
  addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target.closest('[data-key]') : null;
    const click = { key: target ? target.getAttribute('data-key') : '', start: event.timeStamp, timing: undefined, frameEnd: null, store: null };
    clicks.push(click);
    requestAnimationFrame(() => setTimeout(() => {
      click.frameEnd = performance.now() - click.start;
      const move = performance.getEntriesByName('gat:move');
      click.store = move.length ? move[move.length - 1].duration : null;
      performance.clearMeasures('gat:move');
      setTimeout(() => { if (click.timing === undefined) click.timing = null; }, 300);
    }, 0));
  }, true);
})();`;

/** Starts a game of `play` (`scenario:seat`) from the title and waits for its table's map. */
async function openTable(page: Page, url: string, play: string): Promise<void> {
  await page.goto(url);
  await page.click(`[data-key="play:${play}"]`);
  await page.click('[data-key="brief-go-top"]');
  await page.locator('.map-seat').first().waitFor({ timeout: 60_000 });
}

/** A class on a school's Wi-Fi: 10 Mbit/s down, 40 ms round trips (Chromium's emulation). */
const SCHOOL_NETWORK = {
  offline: false,
  latency: 40,
  downloadThroughput: 10e6 / 8,
  uploadThroughput: 5e6 / 8,
};
/** Rounds of the network loads (each a table, a table without preload and a bare page). */
const NETWORK_LOADS = 4;

async function timeToTable(say: Say, browser: Browser, app: string, bare: string) {
  say(
    '1. First Phaser table against a bare Phaser page (cold loads, alternated; ms to the first painted frame)',
  );
  // A saved game, so that a cold load of its address opens the table at once.
  const saved = await inContext(browser, {}, async (context, page) => {
    await openTable(page, app, TABLE_PLAY);
    return { storageState: await context.storageState(), fragment: new URL(page.url()).hash };
  });
  if (!saved.fragment.startsWith('#/table/')) throw new Error(`no table address: ${saved.fragment}`);
  const load = (
    url: string,
    selector: string,
    storageState?: typeof saved.storageState,
    how: { network?: boolean; noPreload?: boolean } = {},
  ) =>
    inContext(browser, storageState ? { storageState } : {}, async (context, page) => {
      await context.addInitScript(drawnScript(selector));
      if (how.noPreload) {
        await page.route('**/early-table.js*', (route) =>
          route.fulfill({ body: '', contentType: 'text/javascript' }),
        );
      }
      if (how.network) {
        const cdp = await context.newCDPSession(page);
        await cdp.send('Network.enable');
        await cdp.send('Network.emulateNetworkConditions', SCHOOL_NETWORK);
      }
      await page.goto(url);
      await until(page, () => (window as BenchWindow).__benchDrawn !== undefined, null);
      return page.evaluate(() => ({
        drawn: (window as BenchWindow).__benchDrawn!,
        interactive: performance.getEntriesByName('gat:interactive')[0]?.startTime ?? Number.NaN,
        catalogue: performance.getEntriesByName('gat:catalogue')[0]?.duration ?? Number.NaN,
      }));
    });
  const table = () => load(app + saved.fragment, '.map-seat', saved.storageState);
  const baseline = () => load(bare, 'body[data-table]');
  await baseline();
  await table();
  const tables: { drawn: number; interactive: number; catalogue: number }[] = [];
  const bares: number[] = [];
  for (let i = 0; i < LOADS; i++) {
    // Alternated, so that drift on a busy machine hits both alike.
    bares.push((await baseline()).drawn);
    tables.push(await table());
  }
  const netTables: number[] = [];
  const netWithout: number[] = [];
  const netBares: number[] = [];
  await load(app + saved.fragment, '.map-seat', saved.storageState, { network: true });
  for (let i = 0; i < NETWORK_LOADS; i++) {
    netBares.push((await load(bare, 'body[data-table]', undefined, { network: true })).drawn);
    netTables.push(
      (await load(app + saved.fragment, '.map-seat', saved.storageState, { network: true })).drawn,
    );
    netWithout.push(
      (await load(app + saved.fragment, '.map-seat', saved.storageState, { network: true, noPreload: true }))
        .drawn,
    );
  }
  const nt = spread(netTables);
  const nb = spread(netBares);
  const network = {
    firstTableMs: rounded(nt),
    withoutPreloadMs: rounded(spread(netWithout)),
    barePhaserMs: rounded(nb),
    ratio: round(nt.median / nb.median),
  };
  const t = spread(tables.map((x) => x.drawn));
  const b = spread(bares);
  const figures: BrowserFigures['ttiRatio'] = {
    ratio: round(t.median / b.median),
    pairRatios: rounded(spread(tables.map((x, i) => x.drawn / bares[i]!))),
    firstTableMs: rounded(t),
    barePhaserMs: rounded(b),
    domInteractiveMs: rounded(spread(tables.map((x) => x.interactive))),
    catalogueMs: rounded(spread(tables.map((x) => x.catalogue))),
    network,
  };
  const c = (s: Spread) => `${s.min} / ${s.median} / ${s.max}`;
  say(`   first table (${TABLE_PLAY}, saved game)  ${c(figures.firstTableMs)}`);
  say(`   bare Phaser page                       ${c(figures.barePhaserMs)}`);
  say(`   ratio of medians ${figures.ratio} (each round's: ${c(figures.pairRatios)}); goal <= 1.3`);
  say(
    `   in the same loads: DOM interface up ${c(figures.domInteractiveMs)}; scenario catalogue ${c(figures.catalogueMs)}`,
  );
  say('   on a school network (10 Mbit/s, 40 ms round trips):');
  say(`   first table ${c(network.firstTableMs)}; without the early preload ${c(network.withoutPreloadMs)}`);
  say(`   bare Phaser page ${c(network.barePhaserMs)}; ratio of medians ${network.ratio}`);
  return figures;
}

interface Click {
  readonly key: string;
  readonly start: number;
  /** Event Timing's figures in ms; null when the click took less than its threshold. */
  readonly timing: { ms: number; wait: number; handlers: number; frame: number } | null | undefined;
  readonly frameEnd: number | null;
  readonly store: number | null;
}

/** Clicks the button of `key` as a person would, and returns what the page measured. */
async function click(page: Page, key: string): Promise<Click> {
  const n = await page.evaluate(() => (window as BenchWindow).__benchClicks!.length);
  await page.click(`[data-key="${key}"]`);
  await until(
    page,
    (i) => {
      const c = (window as BenchWindow).__benchClicks![i];
      return c !== undefined && c.timing !== undefined && c.frameEnd !== null;
    },
    n,
  );
  const result = await page.evaluate((i) => (window as BenchWindow).__benchClicks![i]!, n);
  await settle(page);
  return result;
}

/**
 * Waits until the page is quiet (three frames in a row under 25 ms apart, at most 2 s), as a
 * person reads an answer before the next click: the map's own redraw after a move is done.
 */
function settle(page: Page): Promise<void> {
  return page.evaluate(async () => {
    let last = performance.now();
    let quiet = 0;
    const end = last + 2000;
    while (quiet < 3 && last < end) {
      const t = await new Promise<number>((resolve) => requestAnimationFrame(resolve));
      quiet = t - last < 25 ? quiet + 1 : 0;
      last = t;
    }
  });
}

/** Percentiles of click figures; a click under the threshold counts as the threshold (its bound). */
function clickQuantiles(clicks: readonly Click[], pick: (c: Click) => number | null | undefined) {
  const values = clicks.map(pick).filter((v): v is number => v !== null && v !== undefined);
  return { p50: round(quantile(values, 0.5)), p90: round(quantile(values, 0.9)) };
}
const eventMs = (c: Click) => c.timing?.ms ?? EVENT_THRESHOLD_MS;

async function moveLatency(say: Say, browser: Browser, app: string) {
  say('');
  say(`2. Click to the painted answer (real clicks, reduced motion; ${MOVES} moves after ${WARM_MOVES})`);
  const out: Record<string, BrowserFigures['moveLatencyMs'][string]> = {};
  for (const play of LATENCY_PLAYS) {
    out[play] = await inContext(browser, { reducedMotion: 'reduce' }, async (context, page) => {
      await context.addInitScript(CLICK_SCRIPT);
      await openTable(page, app, play);
      const commits: Click[] = [];
      const steps: Click[] = [];
      const idle: Click[] = [];
      let moves = 0;
      // Every move and every fourth move's first answer beat and heading are real clicks, timed;
      // the other beats and the rounds between games are clicked from inside the page (the same
      // handlers, without the input pipeline's round trips), to keep the bench short.
      let sample = false;
      for (let guard = 0; commits.length < MOVES && guard < 50 * MOVES; guard++) {
        const key = await firstKey(page, PLAY_KEYS);
        if (key === null) throw new Error(`${play}: no button to move the game on`);
        const isCommit = (COMMIT_KEYS as readonly string[]).includes(key);
        const isStep = (STEP_KEYS as readonly string[]).includes(key);
        if (isCommit) {
          const result = await click(page, key);
          if (++moves <= WARM_MOVES) continue;
          commits.push(result);
          sample = moves % 4 === 0;
          // The baseline in the same page: a click on the heading, which changes nothing but the focus.
          if (sample && (await firstKey(page, ['screen-heading'])))
            idle.push(await click(page, 'screen-heading'));
        } else if (isStep && sample) {
          steps.push(await click(page, key));
          sample = false;
        } else {
          await page.evaluate((k) => document.querySelector<HTMLElement>(`[data-key="${k}"]`)?.click(), key);
          await settle(page);
        }
      }
      return {
        moves: commits.length,
        ...clickQuantiles(commits, eventMs),
        max: round(Math.max(...commits.map(eventMs))),
        handlers: clickQuantiles(commits, (c) => c.timing?.handlers),
        waitForFrame: clickQuantiles(commits, (c) => c.timing?.frame),
        storeToDom: clickQuantiles(commits, (c) => c.store),
        firstFrameEnd: clickQuantiles(commits, (c) => c.frameEnd),
        answerStep: clickQuantiles(steps, eventMs),
        idleClick: {
          ...clickQuantiles(idle, eventMs),
          underThreshold: idle.filter((c) => c.timing === null).length,
          clicks: idle.length,
        },
      };
    });
    const r = out[play]!;
    const pair = (x: { p50: number; p90: number }) => `p50 ${x.p50} p90 ${x.p90}`;
    say(`   ${play}: a move ${pair(r)} max ${r.max} ms (goal p90 < 100)`);
    say(`     of which its handlers ${pair(r.handlers)}, the wait for the frame ${pair(r.waitForFrame)}`);
    say(
      `     the game's store-to-DOM measure ${pair(r.storeToDom)}; end of the first frame seen from the page ${pair(r.firstFrameEnd)}`,
    );
    say(
      `     baselines in the same page: the answer's next beat ${pair(r.answerStep)}; a click on the heading ${pair(r.idleClick)} (${r.idleClick.underThreshold} of ${r.idleClick.clicks} under ${EVENT_THRESHOLD_MS} ms)`,
    );
  }
  return out;
}

interface McRun {
  readonly wallMs: number;
  readonly workerMs: number;
  readonly games: number;
  readonly scoreSum: number;
  readonly frameGapsMs: readonly number[];
}

async function monteCarlo(say: Say, browser: Browser, url: string) {
  say('');
  say(
    `3. ${MC_GAMES} games in a Web Worker (${MC_FILE}, every strategy in turn), ${MC_RUNS} runs after a warm-up`,
  );
  return inContext(browser, {}, async (_context, page) => {
    await page.goto(url);
    await until(page, () => (window as BenchWindow).monteCarloBench !== undefined, null);
    const idle = await page.evaluate(() => (window as BenchWindow).monteCarloBench!.idleFrames(1000));
    const run = (games: number) =>
      page.evaluate(([file, g]) => (window as BenchWindow).monteCarloBench!.run(file, g), [
        MC_FILE,
        games,
      ] as const);
    await run(100);
    const runs: McRun[] = [];
    for (let i = 0; i < MC_RUNS; i++) runs.push(await run(MC_GAMES));
    if (new Set(runs.map((r) => r.scoreSum)).size !== 1)
      throw new Error('the same games gave different scores');
    const idleSpread = spread(idle);
    const figures: BrowserFigures['browserMonteCarloMs'] = {
      scenario: MC_FILE.replace(/\.yaml$/, ''),
      games: MC_GAMES,
      wall: rounded(spread(runs.map((r) => r.wallMs))),
      worker: rounded(spread(runs.map((r) => r.workerMs))),
      longestFrameGapMs: rounded(spread(runs.map((r) => Math.max(...r.frameGapsMs)))),
      idleFrameGapMs: { median: round(idleSpread.median), max: round(idleSpread.max) },
    };
    const c = (s: Spread) => `${s.min} / ${s.median} / ${s.max}`;
    say(`   request to answer ${c(figures.wall)} ms (goal < 1000); in the worker ${c(figures.worker)} ms`);
    say(
      `   longest frame gap meanwhile ${c(figures.longestFrameGapMs)} ms; idle frames of the same page: median ${figures.idleFrameGapMs.median}, longest ${figures.idleFrameGapMs.max} ms`,
    );
    return figures;
  });
}

/** The used heap after two garbage collections, the DOM's counters, and what is saved. */
async function heapNow(cdp: CDPSession, page: Page) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const { nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
  const storage = await page.evaluate(() => ({
    keys: localStorage.length,
    chars: Object.keys(localStorage).reduce(
      (sum, k) => sum + k.length + (localStorage.getItem(k)?.length ?? 0),
      0,
    ),
  }));
  return { used: usedSize, nodes, listeners: jsEventListeners, storage };
}

/**
 * Plays `turns` turns in the page as a patient player (wait or refuse, skip the answers), game
 * after game, clicking from inside the page. Between two clicks it lets the page's queued
 * microtasks run (the DOM's render), and at every new turn it waits for a painted frame, so the
 * map redraws once a turn: 500 turns then fit in the bench's time (a frame after every click
 * costs about 100 ms here, see docs/performance.md).
 */
function playTurns(page: Page, turns: number) {
  return page.evaluate(
    async ([keys, wanted]) => {
      let done = 0;
      let clicks = 0;
      let label = document.querySelector('.status-turn')?.textContent ?? '';
      while (done < wanted) {
        const key = keys.find((k) => document.querySelector(`[data-key="${k}"]:not([disabled])`));
        if (!key || clicks > wanted * 50) {
          const shown = [...document.querySelectorAll('[data-key]')].map((e) => e.getAttribute('data-key'));
          return { done, clicks, error: `no way on after ${clicks} clicks: ${shown.join(' ')}` };
        }
        (document.querySelector(`[data-key="${key}"]`) as HTMLElement).click();
        clicks++;
        await Promise.resolve();
        const now = document.querySelector('.status-turn')?.textContent ?? label;
        if (now !== label) {
          done++;
          label = now;
          await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
        }
      }
      return { done, clicks, error: null };
    },
    [PLAY_KEYS, turns] as const,
  );
}

async function heapGrowth(say: Say, browser: Browser, app: string) {
  say('');
  say(
    `4. JavaScript heap over ${HEAP_TURNS} turns of play (${HEAP_PLAY}; after ${HEAP_WARM_TURNS} turns to warm up; GC before each figure)`,
  );
  return inContext(browser, { reducedMotion: 'reduce' }, async (context, page) => {
    const cdp = await context.newCDPSession(page);
    try {
      await openTable(page, app, HEAP_PLAY);
      const warm = await playTurns(page, HEAP_WARM_TURNS);
      if (warm.error) throw new Error(warm.error);
      const first = await heapNow(cdp, page);
      const usedBytesByTurns: Record<string, number> = { 0: first.used };
      let last = first;
      let turns = 0;
      let clicks = 0;
      while (turns < HEAP_TURNS) {
        const played = await playTurns(page, HEAP_STEP);
        if (played.error) throw new Error(played.error);
        turns += played.done;
        clicks += played.clicks;
        last = await heapNow(cdp, page);
        usedBytesByTurns[String(turns)] = last.used;
        say(
          `   ${String(turns).padStart(4)} turns  ${(last.used / 1e6).toFixed(2)} MB used, ${last.nodes} DOM nodes`,
        );
      }
      const figures: BrowserFigures['heapGrowthBytes'] = {
        bytes: last.used - first.used,
        turns,
        clicks,
        usedBytesByTurns,
        domNodes: { before: first.nodes, after: last.nodes },
        listeners: { before: first.listeners, after: last.listeners },
        localStorage: { before: first.storage, after: last.storage },
        scenario: HEAP_PLAY,
      };
      say(
        `   growth ${((last.used - first.used) / 1e6).toFixed(2)} MB over ${turns} turns (${clicks} clicks; goal < 5 MB); listeners ${first.listeners} -> ${last.listeners}; saved ${first.storage.keys} keys, ${first.storage.chars} chars -> ${last.storage.keys}, ${last.storage.chars}`,
      );
      return figures;
    } finally {
      await cdp.detach();
    }
  });
}

function sizes(say: Say, dir: string): Pick<BrowserFigures, 'appGzipBytes' | 'phaserGzipBytes'> {
  const assets = `${dir}assets/`;
  // What the title screen loads: the chunks index.html names (its script and module preloads).
  const html = readFileSync(`${dir}index.html`, 'utf8');
  const chunks: { file: string; kind: string; gzipBytes: number; firstLoad: boolean }[] = [];
  let phaser = 0;
  for (const file of readdirSync(assets).sort()) {
    if (!file.endsWith('.js') && !file.endsWith('.css')) continue;
    const gzipBytes = gzipSync(readFileSync(assets + file), { level: 9 }).length;
    if (file.startsWith('phaser-')) {
      phaser += gzipBytes; // the library; the game's own scene chunk is table-*
      continue;
    }
    const kind = file.endsWith('.css')
      ? 'css'
      : file.startsWith('scenarios-')
        ? 'scenario data'
        : file.includes('worker')
          ? 'worker'
          : 'code';
    chunks.push({ file, kind, gzipBytes, firstLoad: html.includes(`assets/${file}`) });
  }
  const sum = (kind: string) => chunks.filter((c) => c.kind === kind).reduce((s, c) => s + c.gzipBytes, 0);
  const appGzipBytes: BrowserFigures['appGzipBytes'] = {
    total: chunks.reduce((s, c) => s + c.gzipBytes, 0),
    code: sum('code'),
    scenarioData: sum('scenario data'),
    workers: sum('worker'),
    css: sum('css'),
    firstLoad: chunks.filter((c) => c.firstLoad).reduce((s, c) => s + c.gzipBytes, 0),
    chunks,
  };
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
  say('');
  say('5. Gzip sizes (level 9)');
  for (const c of chunks)
    say(
      `   ${c.file.padEnd(40)} ${kb(c.gzipBytes).padStart(9)}  ${c.kind}${c.firstLoad ? ', first load' : ''}`,
    );
  say(
    `   game's own code ${kb(appGzipBytes.code)} (aim < 150 kB); scenario data ${kb(appGzipBytes.scenarioData)};`,
  );
  say(`   workers ${kb(appGzipBytes.workers)}; css ${kb(appGzipBytes.css)}; all ${kb(appGzipBytes.total)}`);
  say(`   first load ${kb(appGzipBytes.firstLoad)}; Phaser ${kb(phaser)}`);
  return { appGzipBytes, phaserGzipBytes: phaser };
}

/** The goal rows the browser's figures answer. */
export function browserGoals(figures: BrowserFigures): GoalRow[] {
  const mc = figures.browserMonteCarloMs;
  const tti = figures.ttiRatio;
  const latency = Object.entries(figures.moveLatencyMs);
  const heap = figures.heapGrowthBytes;
  return [
    {
      measure: `${mc.games} games in a Web Worker, page responsive`,
      goal: '< 1000 ms, frame gap < 100 ms',
      figure: `${mc.wall.median} ms; longest frame gap ${mc.longestFrameGapMs.max} ms (idle ${mc.idleFrameGapMs.max} ms)`,
      met: mc.wall.median < 1000 && mc.longestFrameGapMs.max < 100,
    },
    {
      measure: 'first Phaser table / bare Phaser page',
      goal: '<= 1.3×',
      figure: `${tti.ratio}× (${tti.firstTableMs.median} ms / ${tti.barePhaserMs.median} ms)`,
      met: tti.ratio <= 1.3,
    },
    {
      measure: 'the same on a school network (10 Mbit/s, 40 ms)',
      goal: '<= 1.3×',
      figure: `${tti.network.ratio}× (${tti.network.firstTableMs.median} ms / ${tti.network.barePhaserMs.median} ms; ${tti.network.withoutPreloadMs.median} ms without the early preload)`,
      met: tti.network.ratio <= 1.3,
    },
    ...latency.map(([play, l]) => ({
      measure: `click -> painted answer, p90, ${play}`,
      goal: '< 100 ms',
      figure: `${l.p90} ms (p50 ${l.p50}; idle click ${l.idleClick.p90})`,
      met: l.p90 < 100,
    })),
    {
      measure: `heap growth over ${heap.turns} turns`,
      goal: '< 5 MB',
      figure: `${(heap.bytes / 1e6).toFixed(2)} MB`,
      met: heap.bytes < 5e6,
    },
    {
      measure: "game's own code, gzip",
      goal: '< 150 kB',
      figure: `${(figures.appGzipBytes.code / 1024).toFixed(1)} kB (+ ${(figures.appGzipBytes.scenarioData / 1024).toFixed(1)} kB scenario data)`,
      met: figures.appGzipBytes.code < 150 * 1024,
      note: "the old bench's aim; the issue's table has no size goal",
    },
  ];
}

/** Builds the three pages, serves them, and runs every browser measure in one Chromium. */
export async function browserBench(say: Say): Promise<BrowserFigures> {
  say('Building the game, the bare Phaser page and the Monte Carlo page (vite build)...');
  const config = `${root}vite.config.ts`;
  await build({ root, logLevel: 'error', build: { outDir: outDir('app'), emptyOutDir: true } });
  for (const page of ['bare', 'mc']) {
    await build({
      root: `${root}tests/bench/${page}/`,
      configFile: config,
      logLevel: 'error',
      build: { outDir: outDir(page), emptyOutDir: true },
    });
  }
  const servers: PreviewServer[] = [];
  let browser: Browser | null = null;
  try {
    const app = await serve(outDir('app'), root);
    servers.push(app.server);
    const bare = await serve(outDir('bare'), `${root}tests/bench/bare/`);
    servers.push(bare.server);
    const mc = await serve(outDir('mc'), `${root}tests/bench/mc/`);
    servers.push(mc.server);
    browser = await launchChromium();
    say(
      `Chromium ${browser.version()} (headless, WebGL through SwiftShader), viewport ${VIEWPORT.width}×${VIEWPORT.height}`,
    );
    say('');
    const timed = async <T>(fn: () => Promise<T>): Promise<T> => {
      const start = performance.now();
      const value = await fn();
      say(`   (${((performance.now() - start) / 1000).toFixed(0)} s)`);
      return value;
    };
    const b = browser;
    const ttiRatio = await timed(() => timeToTable(say, b, app.url, bare.url));
    const moveLatencyMs = await timed(() => moveLatency(say, b, app.url));
    const browserMonteCarloMs = await timed(() => monteCarlo(say, b, mc.url));
    const heapGrowthBytes = await timed(() => heapGrowth(say, b, app.url));
    return {
      ttiRatio,
      moveLatencyMs,
      browserMonteCarloMs,
      heapGrowthBytes,
      ...sizes(say, outDir('app')),
    };
  } finally {
    await browser?.close();
    for (const server of servers) await server.close();
  }
}
