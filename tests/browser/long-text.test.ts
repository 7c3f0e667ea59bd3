import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage, playPatientlyToEnd, SIZES, type SizeName, shot } from './harness.ts';
import { longWordFile } from './scenario-files.ts';

/**
 * Long text wraps on every screen (issue #10: one unbroken 5,000-character word made the page
 * 37,000 px wide). A file whose every text is one long word is opened, played to its debrief, and
 * on each screen the page is exactly as wide as the window.
 */

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * The page's width beside the window's, and the first element wider than its place: one that
 * reaches past the window, or a scrolling panel whose text runs sideways out of it. Only what is
 * designed to scroll sideways on narrow screens may: a wide table in its `.table-wrap`, and the
 * top bar's buttons (fixed words of the game, not author text).
 */
function widths(page: Page) {
  return page.evaluate(() => {
    const root = document.documentElement;
    const name = (el: Element) => `${el.tagName.toLowerCase()}.${el.className}`;
    let widest = '';
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      if (el.closest('.table-wrap, .topbar nav')) continue;
      const sideways = ['auto', 'scroll'].includes(getComputedStyle(el).overflowX);
      const past = el.getBoundingClientRect().right > root.clientWidth + 1;
      if (past || (sideways && el.scrollWidth > el.clientWidth + 1)) {
        widest = `${el.parentElement ? `${name(el.parentElement)} > ` : ''}${name(el)}`;
        break;
      }
    }
    return { page: root.scrollWidth, window: root.clientWidth, widest };
  });
}

/** Checks the screen's width; the screenshot (tests/screenshots) shows `selector`, a long text. */
async function fits(page: Page, screen: string, selector: string): Promise<void> {
  await page.evaluate((s) => document.querySelector(s)?.scrollIntoView(), selector);
  await shot(page, `long-words-${screen}`);
  const { page: width, window, widest } = await widths(page);
  expect({ screen, width, widest }).toEqual({ screen, width: window, widest: '' });
}

describe.each(Object.keys(SIZES) as SizeName[])('a file of 5,000-letter words, at %s size', (size) => {
  it('keeps every screen as wide as the window, from the title to the debrief', async () => {
    const { page, problems, context } = await openPage(browser, size);
    expect(await page.evaluate(() => document.documentElement.clientWidth)).toBe(SIZES[size].width);
    await page.setInputFiles('.open-file input[type="file"]', longWordFile().path);
    await page.waitForSelector('[data-key="open-result"]', { timeout: 30_000 });
    await page.waitForSelector('.card-file');
    await fits(page, 'title', '.card-file');

    await page.click('.card-file [data-key^="play:file:"]');
    await page.waitForSelector('h1:has-text("Briefing")');
    await fits(page, 'briefing', 'h1');

    await page.click('[data-key="brief-go-top"]');
    await page.waitForSelector('[role="tablist"]');
    await fits(page, 'table', 'h1');
    await page.click('[data-key="tab:news"]');
    await fits(page, 'table-news', '[role="tabpanel"]');
    await page.click('[data-key="tab:move"]');

    expect(await playPatientlyToEnd(page)).toBeGreaterThan(0);
    await page.click('[data-key="to-debrief"]');
    await page.waitForSelector('h1:has-text("Debrief")');
    await fits(page, 'debrief', 'h2 + p');
    expect(problems).toEqual([]);
    await context.close();
  });
});
