/**
 * Two people at one screen (hotseat) in a real browser: Japan and North Korea each led by a
 * person, the rest by the AI. Between one person's move and the other's the table is covered,
 * with nothing of the last delegation's view on screen (no map, no panel, no estimates), until
 * the next person takes it; each sees their own view, and the debrief gives everyone's score and
 * each person's own debrief. The game saves and opens again as the same two-person game.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  axe,
  closeAnswer,
  has,
  launch,
  openPage,
  SIZES,
  type SizeName,
  shot,
  stateHashOf,
} from './harness.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** What is on screen while covered: the heading, and whether anything of the table shows. */
function coverSeen(page: Page) {
  return page.evaluate(() => {
    const visible = (el: Element | null) =>
      el !== null &&
      (el as HTMLElement).offsetParent !== null &&
      getComputedStyle(el).visibility !== 'hidden';
    return {
      screen: document.documentElement.dataset.screen,
      heading: document.querySelector('main h1')?.textContent ?? '',
      map: !(document.getElementById('game') as HTMLElement).hidden,
      overlay: visible(document.querySelector('.map-overlay')),
      panel: document.querySelector('[role="tablist"]') !== null,
      main: document.querySelector('main')?.textContent ?? '',
    };
  });
}

async function startHotseat(page: Page): Promise<void> {
  await page.click('[data-key^="hotseat:second-visit-2004:"]');
  const ticked = await page.$$eval('.hotseat-form input[type="checkbox"]', (boxes) =>
    boxes.map((b) => (b as HTMLInputElement).checked),
  );
  expect(ticked).toEqual([true, true]);
  await page.click('[data-key^="hotseat-start:second-visit-2004:"]');
  await page.waitForSelector('h1:has-text("Briefing")');
  await page.click('[data-key="brief-go-top"]');
}

describe.each(Object.keys(SIZES) as SizeName[])('two people at one screen, at %s size', (size) => {
  it('covers the table between their moves, shows each their own view, and debriefs both', async () => {
    const { page, problems, context } = await openPage(browser, size, { bypassCSP: true });
    await startHotseat(page);
    const handovers: string[] = [];
    let shotTaken = false;
    for (let n = 0; n < 120; n++) {
      await page.waitForSelector('[role="tablist"], .handover');
      if (await page.$('.handover')) {
        const seen = await coverSeen(page);
        expect(seen).toMatchObject({ screen: 'handover', map: false, overlay: false, panel: false });
        // Nothing of the last delegation's private view: no estimates, no walk-away values.
        expect(seen.main).not.toMatch(/expect|walk-away|estimate|±/i);
        handovers.push(seen.heading);
        if (!shotTaken) {
          await shot(page, `hotseat-handover-${size}`);
          expect(await axe(page)).toEqual([]);
          shotTaken = true;
        }
        await page.click('[data-key="handover-take"]');
        continue;
      }
      await closeAnswer(page);
      if (await has(page, 'to-debrief')) break;
      if (await page.$('.handover')) continue;
      const before = await stateHashOf(page);
      await page.click((await has(page, 'do-reject')) ? '[data-key="do-reject"]' : '[data-key="do-wait"]');
      await page.waitForFunction((h) => document.getElementById('hud')?.dataset.stateHash !== h, before);
    }
    // Both people took the screen, by turns.
    expect(handovers).toContain('Pass the screen to North Korea');
    expect(handovers).toContain('Pass the screen to Japan');
    expect(handovers.length).toBeGreaterThanOrEqual(4);

    await page.click('[data-key="to-debrief"]');
    await page.waitForSelector('h1:has-text("Debrief")');
    // A finished game has six screens in the top bar: all of them in view, Settings included.
    const outside = await page.$$eval('.topbar .nav-btn', (buttons) =>
      buttons.filter((b) => b.getBoundingClientRect().right > window.innerWidth).map((b) => b.textContent),
    );
    expect(outside).toEqual([]);
    const scores = await page.textContent('.people p');
    expect(scores).toMatch(/^Everyone’s score: Japan [\d.]+ of 100; North Korea [\d.]+ of 100\.$/);
    // The debrief shown is the last mover's; the other person's is a button away, and back.
    const other = (await page.getAttribute('[data-key^="view-as:"]', 'data-key'))!.slice('view-as:'.length);
    const first = other === 'japan' ? 'north_korea' : 'japan';
    const names: Record<string, string> = { japan: 'Japan', north_korea: 'North Korea' };
    const score = async () =>
      (await page.textContent('.result .score'))?.replace(/^Your score: | of 100$/g, '');
    expect(scores).toContain(`${names[first]} ${await score()} of 100`);
    await page.click(`[data-key="view-as:${other}"]`);
    await page.waitForSelector(`[data-key="view-as:${first}"]`);
    expect(scores).toContain(`${names[other]} ${await score()} of 100`);
    await page.locator('.people').scrollIntoViewIfNeeded();
    await shot(page, `hotseat-debrief-${size}`);

    // Saved as the same two-person game: a reload opens it again, people and all.
    await page.reload();
    await page.waitForSelector('h1:has-text("Debrief")');
    expect(await page.textContent('.people p')).toBe(scores);
    expect(problems).toEqual([]);
    await context.close();
  });
});
