import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launch, openPage, patientMove, stateHashOf } from './harness.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function continueFirstGame(page: Page): Promise<void> {
  await page.click('[data-key^="continue:"]');
  await page.waitForSelector('[role="tablist"]');
}

describe('saves in the browser', () => {
  it('resumes the same state after a reload, and falls back to the older copy when the newest is damaged', async () => {
    const { page, problems, context } = await openPage(browser, 'desktop');
    await page.click('[data-key^="play:"]');
    await page.click('[data-key="brief-go-top"]');
    await page.waitForSelector('[role="tablist"]');
    await patientMove(page);
    const earlier = await stateHashOf(page);
    await patientMove(page);
    const latest = await stateHashOf(page);
    expect(latest).not.toBe(earlier);

    // The address names the game's table, so a reload opens it again at once.
    await page.reload();
    await page.waitForSelector('[role="tablist"]');
    expect(await stateHashOf(page)).toBe(latest);

    // Damage the newest copy: the game opens from the other one and says so.
    await page.evaluate(() => {
      const keys = Object.keys(localStorage).filter((k) => k.startsWith('give-and-take:game:'));
      const newest = keys
        .map((k) => ({
          k,
          serial: (JSON.parse(localStorage.getItem(k) ?? '{}') as { serial?: number }).serial ?? -1,
        }))
        .sort((a, b) => b.serial - a.serial)[0];
      if (newest) localStorage.setItem(newest.k, '{"format":1,"cut short');
    });
    // A fresh visit at the page's own address: the title, and its Continue.
    await page.goto(baseUrl());
    await page.waitForSelector('[data-key^="continue:"]');
    await continueFirstGame(page);
    expect(await stateHashOf(page)).toBe(earlier);
    expect(await page.textContent('.notices')).toMatch(/damaged/);
    const kept = await page.evaluate(
      () => Object.keys(localStorage).filter((k) => k.startsWith('give-and-take:damaged:')).length,
    );
    expect(kept).toBe(1);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('asks for the table code as the page starts on a table address, once, and not on the title', async () => {
    const { page, problems, context } = await openPage(browser, 'desktop');
    // The module preloads in the document when its parsing ends, before any of the game's own
    // code has run (module scripts run after): only the early script can have added them.
    await context.addInitScript(() => {
      document.addEventListener('readystatechange', () => {
        if (document.readyState !== 'interactive') return;
        // The build's own preloads (the game's first chunks) are in the page on every address.
        const links = [...document.querySelectorAll('link[rel="modulepreload"]')];
        (window as { early?: string[] }).early = links
          .map((l) => l.getAttribute('href') ?? '')
          .filter((href) => /assets\/(phaser|table)-/.test(href));
      });
    });
    const early = () => page.evaluate(() => (window as { early?: string[] }).early);
    const phaserRequests = () =>
      page.evaluate(
        () => performance.getEntriesByType('resource').filter((e) => /\/assets\/phaser-/.test(e.name)).length,
      );
    await page.goto(baseUrl());
    await page.waitForSelector('h1');
    expect(await early()).toEqual([]);

    await page.click('[data-key^="play:"]');
    await page.click('[data-key="brief-go-top"]');
    await page.waitForSelector('.map-seat');
    const hash = await stateHashOf(page);
    await page.reload();
    await page.waitForSelector('.map-seat');
    const asked = await early();
    expect(asked?.map((href) => href.replace(/-[\w-]+\.js$/, '.js')).sort()).toEqual([
      'assets/phaser.js',
      'assets/table.js',
    ]);
    // Fetched once: the preload is the same request the game's own import then uses.
    expect(await phaserRequests()).toBe(1);
    expect(await stateHashOf(page)).toBe(hash);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('exports a game to a file and imports it beside the original', async () => {
    const { page, problems, context } = await openPage(browser, 'desktop');
    await page.click('[data-key^="play:"]');
    await page.click('[data-key="brief-go-top"]');
    await page.waitForSelector('[role="tablist"]');
    await patientMove(page);
    const hash = await stateHashOf(page);
    await page.click('[data-key="nav:saves"]');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-key="export"]')]);
    expect(download.suggestedFilename()).toMatch(/^give-and-take-.*-turn\d\d\.json$/);
    const file = await download.path();
    await page.keyboard.press('Escape');
    await page.click('[data-key="nav:title"]');
    await page.setInputFiles('.import input[type="file"]', file);
    await page.waitForSelector('[role="tablist"]');
    expect(await stateHashOf(page)).toBe(hash);
    await page.click('[data-key="nav:title"]');
    expect(await page.$$('[data-key^="continue:"]')).toHaveLength(2);
    expect(problems).toEqual([]);
    await context.close();
  });
});
