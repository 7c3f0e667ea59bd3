import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage } from './harness.ts';

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
      // Patient play driven inside the page (the keyboard test covers real input): reject what
      // is offered, wait otherwise, until the talks end.
      const moves = await page.evaluate(async () => {
        for (let n = 0; n < 200; n++) {
          if (document.querySelector('[data-key="to-debrief"]')) return n;
          const button =
            document.querySelector<HTMLElement>('[data-key="do-reject"]') ??
            document.querySelector<HTMLElement>('[data-key="do-wait"]');
          button?.click();
          await new Promise((resolve) => setTimeout(resolve, 0));
        }
        return -1;
      });
      expect(moves, seat).toBeGreaterThan(0);
      await page.click('[data-key="to-debrief"]');
      await page.waitForSelector('h1:has-text("Debrief")');
      expect(await page.$$('svg.chart'), seat).not.toHaveLength(0);
    }
    expect(problems).toEqual([]);
    await context.close();
  });
});
