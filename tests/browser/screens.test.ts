import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axe, has, launch, openPage, patientMove, SIZES, type SizeName, shot } from './harness.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Screenshot and axe on the current screen; returns the violations found. */
async function check(page: Page, name: string, fullPage = false): Promise<string[]> {
  await shot(page, name, fullPage);
  return (await axe(page)).map((v) => `${name}: ${v}`);
}

describe.each(Object.keys(SIZES) as SizeName[])('every screen at %s size', (size) => {
  it('has no serious or critical axe violations, and is photographed', async () => {
    // bypassCSP only so axe can be injected; the keyboard test runs under the real policy.
    const { page, problems, context } = await openPage(browser, size, { bypassCSP: true });
    const found: string[] = [];
    found.push(...(await check(page, 'title')));

    await page.click('[data-key="nav:settings"]');
    found.push(...(await check(page, 'settings')));
    // Text scales: the largest setting makes the root font 150%, and the page still reads.
    await page.click('[data-key="textSize:150"]');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('24px');
    await page.keyboard.press('Escape');
    found.push(...(await check(page, 'title-large-text')));
    await page.click('[data-key="nav:settings"]');
    await page.click('[data-key="textSize:100"]');
    await page.keyboard.press('Escape');

    await page.click('[data-key^="play:"]');
    await page.waitForSelector('h1:has-text("Briefing")');
    found.push(...(await check(page, 'briefing')));

    await page.click('[data-key="brief-go-top"]');
    await page.waitForFunction(() => document.body.dataset.renderer !== undefined, null, { timeout: 30_000 });
    await page.waitForTimeout(300);
    found.push(...(await check(page, 'table-move')));
    await page.click('[data-key^="offer:give:"][type="checkbox"]:not([disabled])');
    await page.waitForSelector('.preview h4');
    await page.evaluate(() => document.querySelector('.preview')?.scrollIntoView());
    found.push(...(await check(page, 'table-offer-preview')));
    await page.evaluate(() => document.querySelector('[data-key="do-wait"]')?.scrollIntoView());
    found.push(...(await check(page, 'table-side-moves')));

    // Wait for an offer to answer; with a random seed a short scenario can end before one comes.
    for (let i = 0; i < 12 && !(await has(page, 'do-reject')) && !(await has(page, 'to-debrief')); i++) {
      await patientMove(page);
    }
    if (await has(page, 'do-reject')) found.push(...(await check(page, 'table-respond')));

    await page.click('[data-key="tab:why"]');
    found.push(...(await check(page, 'table-why')));
    await page.click('[data-key="tab:news"]');
    found.push(...(await check(page, 'table-news')));
    await page.click('[data-key="tab:table"]');
    found.push(...(await check(page, 'table-delegations')));
    await page.click('[data-key="tab:move"]');

    await page.click('[data-key="nav:saves"]');
    found.push(...(await check(page, 'saves')));
    await page.keyboard.press('Escape');

    for (let i = 0; i < 80 && !(await has(page, 'to-debrief')); i++) await patientMove(page);
    found.push(...(await check(page, 'table-ended')));
    await page.click('[data-key="to-debrief"]');
    await page.waitForSelector('h1:has-text("Debrief")');
    found.push(...(await check(page, 'debrief')));
    await page.evaluate(() => document.querySelector('.charts')?.scrollIntoView());
    await shot(page, 'debrief-charts');
    await page.evaluate(() => document.querySelector('.hidden-numbers')?.scrollIntoView());
    await shot(page, 'debrief-hidden');
    await shot(page, 'debrief-full', true);

    expect(found).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
