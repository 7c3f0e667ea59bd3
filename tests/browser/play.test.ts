import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { focusedKey, has, launch, openPage, shot, tabTo } from './harness.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Focuses a control by key with Tab alone (no-op when it already has focus). */
async function reach(page: Page, key: string): Promise<void> {
  if ((await focusedKey(page)) !== key) await tabTo(page, key);
}

describe('keyboard play', () => {
  it('plays a scenario from the title screen to the debrief by keyboard alone', async () => {
    const { page, problems, context } = await openPage(browser, 'desktop', { reducedMotion: false });

    // Title: the first "Play as" button of the first card.
    const seat = await tabTo(page, /^play:/);
    await page.keyboard.press('Enter');
    await page.waitForSelector('h1:has-text("Briefing")');
    expect(await focusedKey(page)).toBe('screen-heading');

    // Settings open and close with the keyboard; Escape returns focus to the opener.
    await tabTo(page, 'nav:settings');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.querySelector('dialog')?.open)).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.querySelector('dialog')?.open)).toBe(false);
    expect(await focusedKey(page)).toBe('nav:settings');

    await tabTo(page, 'brief-go-top');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[role="tablist"]');

    // The table is WebGL.
    await page.waitForFunction(() => document.body.dataset.renderer !== undefined, null, { timeout: 30_000 });
    expect(await page.evaluate(() => document.body.dataset.renderer)).toBe('webgl');
    const gl = await page.evaluate(() => {
      const canvas = document.querySelector('#game canvas') as HTMLCanvasElement | null;
      return canvas ? Boolean(canvas.getContext('webgl2') ?? canvas.getContext('webgl')) : false;
    });
    expect(gl).toBe(true);

    // Build an offer by keyboard: tick the first thing to give and the first to ask, read the preview.
    if (await has(page, 'do-wait')) {
      await tabTo(page, /^offer:give:.*:on$/);
      await page.keyboard.press('Space');
      await tabTo(page, /^offer:ask:.*:on$/);
      await page.keyboard.press('Space');
      await page.waitForSelector('.preview h4');
      expect(await page.textContent('.preview')).toMatch(/public/i);
      await tabTo(page, 'do-offer');
      if ((await page.getAttribute('[data-key="do-offer"]', 'aria-disabled')) === null) {
        await page.keyboard.press('Enter');
        // An offer our public would reject asks first; the keyboard confirms it too.
        if (await page.$('.confirm-dialog[open]')) {
          expect(await focusedKey(page)).toBe('confirm-cancel');
          await tabTo(page, 'confirm-go', 3);
          await page.keyboard.press('Enter');
        }
        await page.waitForSelector('.answer-card');
        expect(await page.textContent('.answer-card')).toMatch(/accepted|turned down/);
      }
    }

    // Then play patiently: reject what is offered, wait otherwise, until the talks end.
    let moves = 0;
    for (; moves < 200 && !(await has(page, 'to-debrief')); moves++) {
      // Read the answer moment by keyboard too: skip to its last beat, then continue.
      const key = (await has(page, 'answer-skip'))
        ? 'answer-skip'
        : (await has(page, 'answer-continue'))
          ? 'answer-continue'
          : (await has(page, 'do-reject'))
            ? 'do-reject'
            : 'do-wait';
      await reach(page, key);
      await page.keyboard.press('Enter');
    }
    expect(moves).toBeLessThan(200);
    const narrated = await page.evaluate(
      () => document.querySelector('[aria-live="polite"].sr-only')?.textContent ?? '',
    );
    expect(narrated.length).toBeGreaterThan(10);

    await reach(page, 'to-debrief');
    await page.keyboard.press('Enter');
    await page.waitForSelector('h1:has-text("Debrief")');
    expect(await focusedKey(page)).toBe('screen-heading');
    expect(await page.$$('svg.chart')).not.toHaveLength(0);
    // Step back through the turns by keyboard.
    await tabTo(page, 'step-prev');
    const before = await page.textContent('.step-label');
    await page.keyboard.press('Enter');
    expect(await page.textContent('.step-label')).not.toBe(before);
    await shot(page, 'keyboard-debrief');

    expect(seat).toMatch(/^play:/);
    expect(problems).toEqual([]);
    await context.close();
  });
});
