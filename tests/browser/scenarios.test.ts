import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage, playPatientlyToEnd } from './harness.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('every shipped scenario', () => {
  it('plays from its card to its debrief, alternating the delegation played', async () => {
    const { page, problems, context } = await openPage(browser, 'desktop');
    const seats = await page.$$eval('[data-key^="play:"]', (els) =>
      els.map((e) => (e as HTMLElement).dataset.key ?? ''),
    );
    expect(seats.length).toBeGreaterThan(0);
    for (const seat of seats) {
      await page.click('[data-key="nav:title"]');
      await page.click(`[data-key="${seat}"]`);
      await page.click('[data-key="brief-go-top"]');
      await page.waitForSelector('[role="tablist"]');
      const moves = await playPatientlyToEnd(page);
      expect(moves, seat).toBeGreaterThan(0);
      await page.click('[data-key="to-debrief"]');
      await page.waitForSelector('h1:has-text("Debrief")');
      expect(await page.$$('svg.chart'), seat).not.toHaveLength(0);
    }
    expect(problems).toEqual([]);
    await context.close();
  });
});
