import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axe, focusedKey, launch, openPage, playLinkToDebrief, SIZES } from './harness.ts';

/**
 * "Play my strategy 1,000 times" from the debrief: the games run in a Web Worker while the page
 * answers clicks. The page's responsiveness is measured, never asserted (timing on a shared
 * machine proves nothing): the longest gap between animation frames and the delay from a click's
 * timestamp to its handler, idle and during the run, are printed and written beside the
 * screenshots, in a folder of the system's temporary directory.
 */

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const OUT = join(tmpdir(), 'give-and-take-monte-carlo');
mkdirSync(OUT, { recursive: true });

async function shot(page: Page, name: string): Promise<void> {
  const { width, height } = page.viewportSize() ?? { width: 0, height: 0 };
  await page.screenshot({ path: join(OUT, `${name}-${width}x${height}.png`) });
}

/**
 * Starts recording in the page: the gaps between animation frames, and for every click the time
 * from the event's timestamp (when the browser took the input) to its first handler, and to the
 * next frame after it (the debrief re-renders in a microtask after the handler, so this covers the
 * handler, the new screen and the wait for a frame).
 */
function startProbe(page: Page): Promise<void> {
  return page.evaluate(() => {
    const probe = {
      gaps: [] as number[],
      delays: [] as number[],
      toFrame: [] as number[],
      last: performance.now(),
      on: true,
    };
    const w = window as unknown as { probe?: typeof probe; probeListening?: boolean };
    w.probe = probe;
    const frame = (now: number) => {
      if (!probe.on) return;
      probe.gaps.push(now - probe.last);
      probe.last = now;
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
    if (w.probeListening) return;
    w.probeListening = true;
    document.addEventListener(
      'click',
      (e) => {
        const current = w.probe;
        if (!current?.on) return;
        current.delays.push(performance.now() - e.timeStamp);
        requestAnimationFrame(() => current.toFrame.push(performance.now() - e.timeStamp));
      },
      { capture: true },
    );
  });
}

interface Figures {
  readonly frames: number;
  readonly longestGap: number;
  readonly p99Gap: number;
  readonly clicks: number;
  readonly maxDelay: number;
  readonly medianDelay: number;
  readonly maxToFrame: number;
  readonly medianToFrame: number;
}

/** Stops the probe and reads its figures (ms, rounded to a tenth). */
function readProbe(page: Page): Promise<Figures> {
  return page.evaluate(async () => {
    // The last click's frame.
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    const probe = (
      window as unknown as { probe: { gaps: number[]; delays: number[]; toFrame: number[]; on: boolean } }
    ).probe;
    probe.on = false;
    const r = (x: number) => Math.round(x * 10) / 10;
    const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
    const gaps = sorted(probe.gaps);
    const delays = sorted(probe.delays);
    const toFrame = sorted(probe.toFrame);
    return {
      frames: gaps.length,
      longestGap: r(gaps[gaps.length - 1] ?? 0),
      p99Gap: r(gaps[Math.floor(gaps.length * 0.99)] ?? 0),
      clicks: delays.length,
      maxDelay: r(delays[delays.length - 1] ?? 0),
      medianDelay: r(delays[Math.floor(delays.length / 2)] ?? 0),
      maxToFrame: r(toFrame[toFrame.length - 1] ?? 0),
      medianToFrame: r(toFrame[Math.floor(toFrame.length / 2)] ?? 0),
    };
  });
}

/** What of the panel reaches past the window's right edge (run in the page). */
const beyondRight = () =>
  [...document.querySelectorAll('.monte-carlo *')]
    .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1)
    .map((el) => `${el.tagName.toLowerCase()}.${el.getAttribute('class')}`)
    .slice(0, 5);

/** Scrolls an element to just below the sticky top bar. */
async function scrollTo(page: Page, selector: string): Promise<void> {
  await page.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (el) window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 72);
  }, selector);
}

/** Clicks the debrief's turn stepper back and forth (each click re-renders the debrief). */
async function clickStepper(page: Page, n: number): Promise<void> {
  const key = n % 2 === 0 ? 'step-prev' : 'step-next';
  await page.click(`[data-key="${key}"]`);
}

/** What the panel shows, as a reader sees it. */
function readPanel(page: Page) {
  return page.evaluate(() => {
    const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    const panel = document.querySelector('.monte-carlo');
    return {
      lede: text(panel?.querySelector('.mc-row-line .mc-place')),
      summary: text(panel?.querySelector('.mc-summary')),
      done: text(panel?.querySelector('.mc-done')),
      rows: [...(panel?.querySelectorAll('.mc-row') ?? [])].map((row) => ({
        key: row.getAttribute('data-row'),
        name: text(row.querySelector('h3')),
        stats: text(row.querySelector('.mc-stats')),
        place: text(row.querySelector('.mc-place')),
        markers: row.querySelectorAll('.mc-histogram .mc-marker').length,
        marker: text(row.querySelector('.mc-marker-label')),
        bars: row.querySelectorAll('.mc-histogram rect').length,
        label: row.querySelector('.mc-histogram')?.getAttribute('aria-label') ?? '',
        outcomes: [...row.querySelectorAll('.mc-outcomes li')].map(text),
        skipped: text(row.querySelector('.mc-skipped')),
      })),
    };
  });
}

const LINK_2004 = '#play=second-visit-2004&as=japan&seed=1';

describe('play my strategy 1,000 times', () => {
  it('plays 1,000 games of the line and of each strategy in a worker while the page answers clicks', async () => {
    const { page, problems, context } = await openPage(browser, 'desktop', { bypassCSP: true });
    await playLinkToDebrief(page, LINK_2004);
    const start = page.locator('[data-key="mc-control"]');
    await expect(start.textContent()).resolves.toBe('Play my strategy 1,000 times');

    // Idle: the page alone, then the same clicks as during the run.
    await startProbe(page);
    await page.waitForTimeout(2000);
    const idleQuiet = await readProbe(page);
    await startProbe(page);
    for (let i = 0; i < 8; i++) {
      await clickStepper(page, i);
      await page.waitForTimeout(250);
    }
    const idleClicks = await readProbe(page);

    // By keyboard: Enter on the button starts the games, and focus stays on the panel's control (Stop).
    await page.focus('[data-key="mc-control"]');
    const began = Date.now();
    await page.keyboard.press('Enter');
    await page.waitForSelector('progress.mc-bar');
    expect(await focusedKey(page)).toBe('mc-control');
    await expect(start.textContent()).resolves.toBe('Stop');
    expect(await page.getByRole('progressbar', { name: 'Games played' }).count()).toBe(1);
    await page.waitForFunction(
      () => Number(document.querySelector<HTMLProgressElement>('progress.mc-bar')?.value) > 0,
    );
    await scrollTo(page, '.monte-carlo');
    await shot(page, 'mc-progress');

    // During the run: three seconds of the page alone (the bar moving), then a click on the
    // stepper every quarter second until the games are over.
    await startProbe(page);
    await page.waitForTimeout(3000);
    const runQuiet = await readProbe(page);
    await startProbe(page);
    let clicks = 0;
    while (!(await page.$('.mc-done'))) {
      await clickStepper(page, clicks++);
      await page.waitForTimeout(250);
      if (Date.now() - began > 280_000) throw new Error('the games did not finish in 280 s');
    }
    const runClicks = await readProbe(page);
    const wall = Date.now() - began;

    // The same clicks once the games are over, the chart on the page.
    await startProbe(page);
    for (let i = 0; i < 8; i++) {
      await clickStepper(page, i);
      await page.waitForTimeout(250);
    }
    const afterClicks = await readProbe(page);

    expect(runQuiet.frames).toBeGreaterThan(0);
    expect(runClicks.clicks).toBeGreaterThan(0);

    const seen = await readPanel(page);
    // The run's worker was ended with the run.
    expect(page.workers().filter((w) => w.url().includes('monte-carlo-worker'))).toEqual([]);
    expect(seen.rows.map((r) => r.key)).toEqual([
      'line',
      'balanced',
      'generous',
      'stingy',
      'pressure',
      'random',
      'history',
    ]);
    expect(seen.lede).toMatch(
      /^Your game scored [\d.]+: (better than (<1|>99|\d+)% of the 1,000 games played with your line(, and level with (<1|\d+)%)?|every one of the 1,000 games played with your line scored more|better than every one of the 1,000 games played with your line)\.$/,
    );
    expect(seen.summary).toBe('1,000 games of each, on the same seeds, 1 to 1,000.');
    expect(seen.done).toMatch(/^Played in [\d.]+ s\.$/);
    for (const row of seen.rows) {
      expect(row.place, row.name).toContain('1,000 games');
      expect(row.label, row.name).toMatch(/: the scores of 1,000 games, from 0 to 100: mean /);
      expect(row.markers, row.name).toBe(1);
      expect(row.marker).toBe(seen.rows[0]!.marker);
      expect(row.bars, row.name).toBe(20);
      expect(row.outcomes.length, row.name).toBeGreaterThan(0);
    }
    // The line's own seed, 1, replays the game itself: the line scores level with it at least once.
    expect(seen.rows[0]!.place).toMatch(/level with/);
    expect(seen.rows[0]!.skipped).toMatch(
      /^(Every move of your line could be made|In [\d,]+ of the 1,000 games)/,
    );
    // The page's live region said where the game falls.
    expect(
      await page.evaluate(() => document.querySelector('[aria-live="polite"].sr-only')?.textContent),
    ).toMatch(/^All games played\. Your game scored/);

    const found = (await axe(page)).map((v) => `monte carlo: ${v}`);
    await scrollTo(page, '.mc-summary');
    await shot(page, 'mc-chart');
    await scrollTo(page, '.mc-row[data-row="stingy"]');
    await shot(page, 'mc-chart-more');
    await page.setViewportSize(SIZES.phone);
    await scrollTo(page, '.mc-summary');
    await shot(page, 'mc-chart');
    await scrollTo(page, '.mc-row[data-row="balanced"]');
    await shot(page, 'mc-chart-more');
    await scrollTo(page, '.mc-row[data-row="random"]');
    await shot(page, 'mc-chart-end');
    expect(await page.evaluate(beyondRight)).toEqual([]);
    found.push(...(await axe(page)).map((v) => `monte carlo, phone: ${v}`));
    // The largest text size: the cards still fit the phone.
    await page.click('[data-key="nav:settings"]');
    await page.click('[data-key="textSize:150"]');
    await page.keyboard.press('Escape');
    await scrollTo(page, '.mc-row[data-row="stingy"]');
    await shot(page, 'mc-chart-large-text');
    expect(await page.evaluate(beyondRight)).toEqual([]);

    const figures = {
      scenario: 'second-visit-2004 as japan',
      wall,
      worker: seen.done,
      idleQuiet,
      idleClicks,
      runQuiet,
      runClicks,
      afterClicks,
    };
    writeFileSync(join(OUT, 'responsiveness-2004.json'), `${JSON.stringify(figures, null, 2)}\n`);
    console.log(`monte carlo responsiveness: ${JSON.stringify(figures)}`);
    expect(found).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  }, 360_000);

  it('stops on request, with the figures of the games played, and starts again', async () => {
    const { page, problems, context } = await openPage(browser, 'phone');
    await playLinkToDebrief(page, '#play=beijing-back-channel-2001&as=japan&seed=3');
    await page.click('[data-key="mc-control"]');
    // Once the line is played its figures are drawn while the strategies go on.
    await page.waitForSelector('.mc-row-line .mc-histogram', { timeout: 120_000 });
    await scrollTo(page, '.monte-carlo');
    await shot(page, 'mc-line-done');
    await page.setViewportSize(SIZES.desktop);
    await scrollTo(page, '.monte-carlo');
    await shot(page, 'mc-line-done');
    await page.click('[data-key="mc-control"]');
    await page.waitForSelector('.mc-done');
    const seen = await readPanel(page);
    expect(seen.summary).toMatch(
      /^So far: 1,000 of 1,000 games of your line, [\d,]+ of 1,000 of each built-in strategy\.$/,
    );
    expect(seen.rows[0]!.place).toContain('of the 1,000 games played with your line');
    expect(await page.textContent('[data-key="mc-control"]')).toBe('Play all 1,000 again');
    // The live region said so.
    expect(
      await page.evaluate(() => document.querySelector('[aria-live="polite"].sr-only')?.textContent),
    ).toMatch(/^Stopped\. So far:/);
    // Each run has a worker of its own; a new game ends the one in progress.
    const [worker] = await Promise.all([page.waitForEvent('worker'), page.click('[data-key="mc-control"]')]);
    expect(worker.url()).toMatch(/monte-carlo-worker/);
    await page.waitForSelector('progress.mc-bar');
    const closed = new Promise<void>((resolve) => worker.on('close', () => resolve()));
    await page.click('[data-key="again"]');
    await closed;
    await page.waitForSelector('h1:has-text("Briefing")');
    expect(problems).toEqual([]);
    await context.close();
  }, 240_000);
});
