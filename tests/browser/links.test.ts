import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launch, openPage } from './harness.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const LINK = '#play=road-to-pyongyang-2002&as=north_korea&seed=77';

/** Loads the page afresh at a fragment (a new document, as when a student opens the link). */
async function arrive(page: Page, fragment: string): Promise<void> {
  await page.goto('about:blank');
  await page.goto(`${baseUrl()}${fragment}`);
  await page.waitForSelector('h1');
}

/** The seeds and seats of the games saved in this browser. */
function savedGames(page: Page): Promise<{ seed: number; player: string; scenarioId: string }[]> {
  return page.evaluate(() =>
    // Each game has two rotating copies: one entry per game.
    [
      ...new Map(
        Object.keys(localStorage)
          .filter((k) => k.startsWith('give-and-take:game:'))
          .map((k) => {
            const save = JSON.parse(localStorage.getItem(k) ?? '{}');
            return [save.game, { seed: save.seed, player: save.summary.player, scenarioId: save.scenarioId }];
          }),
      ).values(),
    ],
  );
}

describe('class links', () => {
  it('open the briefing at the linked seat and seed, and offer to continue on a second visit', async () => {
    const { page, problems, context } = await openPage(browser, 'desktop');
    await arrive(page, LINK);
    await page.waitForSelector('h1:has-text("Briefing: North Korea")');
    // The link leaves the address for the game's own (src/store/route.ts), so a reload opens the
    // same briefing and does not start another game.
    expect(new URL(page.url()).hash).toMatch(/^#\/briefing\/g-[a-z0-9-]+$/);
    expect(await savedGames(page)).toEqual([
      { seed: 77, player: 'north_korea', scenarioId: 'road-to-pyongyang-2002' },
    ]);
    await page.reload();
    await page.waitForSelector('h1:has-text("Briefing: North Korea")');
    expect(await savedGames(page)).toHaveLength(1);

    // The same link again, while the game runs (a hashchange): continue it rather than start over.
    await page.goto(`${baseUrl()}${LINK}`);
    await page.waitForSelector('[data-key="link-continue"]');
    expect(await page.textContent('.link-box')).toContain('as North Korea');
    await page.click('[data-key="link-continue"]');
    await page.waitForSelector('[role="tablist"]');
    expect(await savedGames(page)).toHaveLength(1);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('explain a link cut short or garbled on the title screen, and never crash', async () => {
    const { page, problems, context } = await openPage(browser, 'desktop');
    const cases: [string, RegExp][] = [
      ['#play=road-to-pyongyang-2002&as=north_korea&se', /incomplete: its “se” part is missing or empty/],
      [
        '#play=road-to-pyon&as=japan&seed=3',
        /cut short: its scenario is the start of “road-to-pyongyang-2002”/,
      ],
      ['#play=road-to-pyongyang-2002&as=mongolia&seed=3', /“mongolia” is not a delegation you can play/],
      [`#play=${'x'.repeat(400)}`, /far longer than a class link/],
      ['#play=%E0%A4%A&as=japan&seed=1', /cannot be read/],
    ];
    for (const [fragment, message] of cases) {
      await arrive(page, fragment);
      await page.waitForSelector('.link-box[role="alert"]');
      expect(await page.textContent('.link-box'), fragment).toMatch(message);
      expect(await page.textContent('h1')).toBe('Give and Take');
    }
    await page.click('[data-key="link-dismiss"]');
    expect(await page.$('.link-box')).toBeNull();
    expect(await savedGames(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
