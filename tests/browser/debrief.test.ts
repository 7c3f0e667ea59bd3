import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axe, launch, openPage, playLinkToDebrief, SIZES, type SizeName, shot } from './harness.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** The game the unit tests tell too (tests/ui/debrief-moments.test.ts): patient play of 2004, seed 1. */
const LINK = '#play=second-visit-2004&as=japan&seed=1';

/** An article's file name, as the sources folder stores it: never shown to a reader. */
const FILE_NAME = /\d{3}_[0-9a-f]{16}\.txt/;

/** Scrolls the debrief's section holding `selector` to the top of the window, below the top bar. */
async function showSection(page: Page, selector: string): Promise<void> {
  await page.evaluate((sel) => document.querySelector(sel)?.closest('section')?.scrollIntoView(), selector);
}

/** What the debrief says about this game, as a reader sees it. */
function readDebrief(page: Page) {
  return page.evaluate(() => {
    const text = (el: Element | null) => el?.textContent?.trim() ?? '';
    return {
      main: text(document.querySelector('main')),
      moments: [...document.querySelectorAll('.moment')].map((m) => ({
        when: text(m.querySelector('.moment-when')),
        headline: text(m.querySelector('h3')),
        quote: text(m.querySelector('blockquote')),
        article: text(m.querySelector('.cite')),
      })),
      // Each score line as read aloud: the objective, its points, and why.
      scores: [...document.querySelectorAll('.objectives li')].map((li) =>
        [...li.children].map(text).join(' '),
      ),
      path: document.querySelectorAll('.path > li').length,
      shown: [...document.querySelectorAll('.lesson-mark')].map(text),
    };
  });
}

describe.each(Object.keys(SIZES) as SizeName[])('the personal debrief at %s size', (size) => {
  it('names the moments of this game with their turns and cited passages, and stays accessible', async () => {
    // bypassCSP only so axe can be injected.
    const { page, problems, context } = await openPage(browser, size, { bypassCSP: true });
    await playLinkToDebrief(page, LINK);
    const seen = await readDebrief(page);
    expect(seen.moments.map((m) => [m.when, m.headline])).toEqual([
      ['Turn 4 · Late June 2004', 'An offer you turned down'],
      ['Turn 1 · Early May 2004', 'Firmness tempered expectations'],
      ['Turn 6 · Mid July 2004', 'Through the election'],
    ]);
    for (const m of seen.moments) {
      expect(m.quote.length).toBeGreaterThan(20);
      expect(m.article).toContain('"Sumo diplomacy": an untitled analysis essay on the June 2004 talks');
    }
    expect(seen.main).not.toMatch(FILE_NAME);
    expect(seen.main).not.toContain('measured');
    expect(seen.scores[1]).toBe(
      'Keep the public behind you through the Upper House election 11.9 of 25 points ' +
        'Your approval ended at 46.1%, above the 42% the Upper House election needed. Points start above 38% and are full at 55%.',
    );
    expect(seen.path).toBe(6);
    expect(seen.shown).toContain('Your game showed this on turn 4.');

    const found = (await axe(page)).map((v) => `debrief: ${v}`);
    await shot(page, 'debrief-personal');
    await showSection(page, '.moments');
    await shot(page, 'debrief-moments');
    await showSection(page, '.path');
    await shot(page, 'debrief-path');
    await page.evaluate(() => {
      const lessons = document.querySelector('.lessons');
      if (lessons) window.scrollTo(0, lessons.getBoundingClientRect().top + window.scrollY - 120);
    });
    await shot(page, 'debrief-lessons');
    await shot(page, 'debrief-personal-full', true);

    // The largest text size: the root font is 150%, and the debrief still reads.
    await page.click('[data-key="nav:settings"]');
    await page.click('[data-key="textSize:150"]');
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('24px');
    await page.waitForSelector('h1:has-text("Debrief")');
    found.push(...(await axe(page)).map((v) => `debrief, large text: ${v}`));
    await showSection(page, '.moments');
    await shot(page, 'debrief-moments-large-text');
    await showSection(page, '.objectives');
    await shot(page, 'debrief-scores-large-text');
    await showSection(page, '.path');
    await shot(page, 'debrief-path-large-text');
    // Nothing of the debrief reaches past the right edge (a table may scroll inside its own frame).
    const beyond = await page.evaluate(() =>
      [...document.querySelectorAll('main *')]
        .filter(
          (el) => el.getBoundingClientRect().right > window.innerWidth + 1 && !el.closest('.table-wrap'),
        )
        .map((el) => `${el.tagName.toLowerCase()}.${el.className}`)
        .slice(0, 5),
    );
    expect(beyond).toEqual([]);

    expect(found).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
