import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axe, baseUrl, has, launch, openPage, type SizeName, shot } from './harness.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** The 2004 second visit as Japan, seed 7: a class link, so every answer below is the same each run. */
const LINK = '#play=second-visit-2004&as=japan&seed=7';

async function startGame(page: Page, textSize: 100 | 150 = 100): Promise<void> {
  if (textSize !== 100) {
    await page.click('[data-key="nav:settings"]');
    await page.click(`[data-key="textSize:${textSize}"]`);
    await page.keyboard.press('Escape');
  }
  await page.goto(`${baseUrl()}${LINK}`);
  await page.click('[data-key="brief-go-top"]');
  await page.waitForSelector('[role="tablist"]');
}

async function tick(page: Page, key: string): Promise<void> {
  await page.click(`[data-key="${key}"]`);
}

/** The visible text of the answer card, as one line. */
async function card(page: Page): Promise<string> {
  return (await page.innerText('.answer-card')).replace(/\s+/g, ' ');
}

async function status(page: Page): Promise<string> {
  return (await page.innerText('.status')).replace(/\s+/g, ' ');
}

/**
 * axe is injected as a script, which the game's CSP refuses, so its runs bypass the CSP; one run
 * keeps the CSP to prove the answer card needs nothing it forbids (inline styles included).
 */
const sizes: readonly [SizeName, 100 | 150, 'axe' | 'csp'][] = [
  ['desktop', 100, 'csp'],
  ['desktop', 100, 'axe'],
  ['phone', 100, 'axe'],
  ['desktop', 150, 'axe'],
];

describe('every move gets an answer on the page', () => {
  for (const [size, textSize, check] of sizes) {
    it(`answers an offer, shows the AI's moves, then the turn's summary (${size}, text ${textSize}%, ${check})`, async () => {
      const { page, problems, context } = await openPage(browser, size, { bypassCSP: check === 'axe' });
      const audit = async () => (check === 'axe' ? axe(page) : []);
      await startGame(page, textSize);
      const name = textSize === 100 ? '' : '-larger-text';
      const found: string[] = [];

      // Offer the visit for the families: North Korea counters, and says so on the page.
      await tick(page, 'offer:give:pm_visit:on');
      await tick(page, 'offer:ask:families:on');
      await page.click('[data-key="do-offer"]');
      await page.waitForSelector('.answer-card');
      expect(await page.isVisible('.answer-card')).toBe(true);
      const answer = await card(page);
      expect(answer).toContain('North Korea turned down your offer and answered with a counter-offer.');
      expect(answer).toMatch(/It holds out for more: your advisors reckon it wanted about [\d.]+ VP more/);
      expect(answer).toContain('Gives the release of five relatives of the former abductees');
      // The answer comes before anything else: still turn 1, and no move can be made under it.
      expect(await status(page)).toContain('Turn 1 of 6');
      expect(await has(page, 'do-accept')).toBe(false);
      if (check === 'axe') await shot(page, `answer-moment${name}`);
      found.push(...(await audit()));

      // Continue leads to the counter-offer, to answer.
      await page.click('[data-key="answer-continue"]');
      await page.waitForSelector('[data-key="do-reject"]');
      await page.click('[data-key="do-reject"]');
      await page.waitForSelector('.answer-card');
      expect(await card(page)).toContain("You turned down North Korea's counter-offer.");
      expect(await card(page)).toMatch(/Tension 43 → 42/);
      if (check === 'axe') await shot(page, `answer-shift${name}`);
      // The AI delegation's own offer between the player's moves is shown the same way.
      await page.click('[data-key="answer-next"]');
      expect(await card(page)).toContain('North Korea made an offer to you.');
      await page.click('[data-key="answer-continue"]');

      // Refusing again ends the turn: the summary names the others, the public and what is coming.
      await page.click('[data-key="do-reject"]');
      await page.waitForSelector('[data-key="answer-skip"]');
      await page.click('[data-key="answer-skip"]');
      const summary = await card(page);
      expect(summary).toContain('Turn 2 of 6 begins: Late May 2004');
      expect(summary).toContain('Approval 47%: above the 42% you need.');
      expect(summary).toContain('Upper House election in 4 turns.');
      expect(summary).toContain('United States: no offer this turn.');
      if (check === 'axe') await shot(page, `answer-summary${name}`);
      found.push(...(await audit()));
      // The map's legend is a dialog too: clean at this size and text.
      if (check === 'axe') {
        await page.click('[data-key="map-legend"]');
        await page.waitForSelector('.legend-dialog[open]');
        found.push(...(await audit()));
        await shot(page, `answer-legend${name}`);
        await page.keyboard.press('Escape');
        await page.waitForSelector('.legend-dialog:not([open])', { state: 'attached' });
      }
      await page.click('[data-key="answer-continue"]');
      await page.waitForSelector('[data-key="do-offer"]');
      expect(await status(page)).toContain('Turn 2 of 6');

      expect(found).toEqual([]);
      expect(problems).toEqual([]);
      await context.close();
    });
  }

  for (const [size, textSize] of [
    ['desktop', 100],
    ['phone', 100],
    ['desktop', 150],
  ] as const) {
    it(`asks before an offer the public would reject and before a walk-out, and Think again keeps the move (${size}, text ${textSize}%)`, async () => {
      const { page, problems, context } = await openPage(browser, size, { bypassCSP: true });
      await startGame(page, textSize);
      const name = `${textSize === 100 ? '' : '-larger-text'}`;
      // Give a lot and ask nothing: the advisors say our public would reject it.
      await tick(page, 'offer:give:pm_visit:on');
      await tick(page, 'offer:give:food_aid:on');
      await tick(page, 'offer:give:normalization_talks:on');
      await page.waitForSelector('.preview h4');
      expect(await page.textContent('.preview')).toMatch(/Our public would reject it/);
      const before = await page.evaluate(() => document.getElementById('hud')?.dataset.stateHash);
      await page.click('[data-key="do-offer"]');
      await page.waitForSelector('.confirm-dialog[open]');
      const text = (await page.innerText('.confirm-dialog')).replace(/\s+/g, ' ');
      expect(text).toContain('Your public would probably reject this deal');
      expect(text).toContain('If North Korea accepts, the deal falls through at home');
      // The safe choice has the focus: Enter thinks again.
      expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.key)).toBe(
        'confirm-cancel',
      );
      await shot(page, `confirm-public-reject${name}`);
      expect(await axe(page)).toEqual([]);
      await page.keyboard.press('Enter');
      await page.waitForSelector('.confirm-dialog:not([open])', { state: 'attached' });
      expect(await page.evaluate(() => document.getElementById('hud')?.dataset.stateHash)).toBe(before);
      expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.key)).toBe(
        'do-offer',
      );

      // Making it anyway makes it.
      await page.click('[data-key="do-offer"]');
      await page.click('[data-key="confirm-go"]');
      await page.waitForSelector('.answer-card');
      expect(await page.evaluate(() => document.getElementById('hud')?.dataset.stateHash)).not.toBe(before);

      // A walk-out asks too.
      for (let i = 0; i < 4 && !(await has(page, 'do-walkout')); i++) {
        if (await has(page, 'answer-skip')) await page.click('[data-key="answer-skip"]');
        if (await has(page, 'answer-continue')) await page.click('[data-key="answer-continue"]');
        if (await has(page, 'do-reject')) await page.click('[data-key="do-reject"]');
      }
      await page.click('[data-key="do-walkout"]');
      await page.waitForSelector('.confirm-dialog[open]');
      expect(await page.innerText('.confirm-dialog h2')).toBe('Walk out on North Korea?');
      await page.keyboard.press('Escape');
      expect(await has(page, 'do-walkout')).toBe(true);
      expect(problems).toEqual([]);
      await context.close();
    });
  }
});
