/**
 * "What if" in a real browser: from the debrief of a finished game, play it again from a turn
 * with the same seed, play that turn differently, and read the two paths side by side with the
 * moment they parted. A result file imported from the title opens on its own debrief, where the
 * same can be done.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, closeAnswer, launch, openPage, playPatientlyToEnd, shot } from './harness.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function toDebrief(page: Page): Promise<void> {
  expect(await playPatientlyToEnd(page)).toBeGreaterThan(0);
  await page.click('[data-key="to-debrief"]');
  await page.waitForSelector('h1:has-text("Debrief")');
}

describe('what if', () => {
  it('plays the game again from a turn and sets the two paths side by side', async () => {
    const { page, problems, context } = await openPage(browser, 'desktop');
    await page.goto(`${baseUrl()}#play=second-visit-2004&as=japan&seed=1`);
    await page.waitForSelector('h1:has-text("Briefing")');
    await page.click('[data-key="brief-go-top"]');
    await page.waitForSelector('[role="tablist"]');
    await toDebrief(page);
    const firstScore = await page.textContent('.result .score');
    expect(await page.$('.paths')).toBeNull();

    await page.selectOption('[data-key="what-if-turn"]', '3');
    await page.click('[data-key="what-if-go"]');
    await page.waitForSelector('[role="tablist"]');
    expect(await page.textContent('.status-turn')).toContain('Turn 3');
    // This time, an offer: a visit and aid for the families, where the first game only waited.
    await closeAnswer(page);
    for (const key of ['offer:give:pm_visit:on', 'offer:give:food_aid:on', 'offer:ask:families:on']) {
      if (await page.$(`[data-key="${key}"]`)) await page.click(`[data-key="${key}"]`);
    }
    await page.click('[data-key="do-offer"]');
    if (await page.$('[data-key="confirm-go"]')) await page.click('[data-key="confirm-go"]');
    await toDebrief(page);
    await page.waitForSelector('.paths');
    const paths = await page.evaluate(() => ({
      hint: document.querySelector('.paths .hint')?.textContent ?? '',
      parted: document.querySelector('.paths-divergence')?.textContent ?? '',
      rows: document.querySelectorAll('.paths-table tbody tr').length,
      end: document.querySelector('.paths-end')?.textContent ?? '',
    }));
    expect(paths.hint).toContain('Played again from Turn 3 · Early June 2004.');
    expect(paths.parted).toMatch(
      /^Where the paths parted: Turn 3 · Early June 2004\.The first game: “Tokyo .+”\.This game: you played “Tokyo offers Pyongyang/,
    );
    expect(paths.rows).toBe(7);
    expect(paths.end).toContain(firstScore?.replace('Your score: ', '') ?? '?');
    await page.locator('.paths').scrollIntoViewIfNeeded();
    await shot(page, 'what-if-paths');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('opens a result file imported on the title as its finished game', async () => {
    const { page, problems, context } = await openPage(browser, 'desktop');
    await page.goto(`${baseUrl()}#play=beijing-back-channel-2001&as=japan&seed=5`);
    await page.waitForSelector('h1:has-text("Briefing")');
    await page.click('[data-key="brief-go-top"]');
    await page.waitForSelector('[role="tablist"]');
    await toDebrief(page);
    const score = await page.textContent('.result .score');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-key="hand-in-result"]'),
    ]);
    const text = readFileSync(await download.path(), 'utf8');
    await page.click('[data-key="nav:title"]');
    await page.setInputFiles('.import input[type="file"]', {
      name: 'result.json',
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
    await page.waitForSelector('h1:has-text("Debrief")');
    expect(await page.textContent('.result .score')).toBe(score);
    expect(await page.$('[data-key="what-if-go"]')).not.toBeNull();
    expect(problems).toEqual([]);
    await context.close();
  });
});
