import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/ui/strings/en.ts';
import { ja } from '../../src/ui/strings/ja.ts';
import { ko } from '../../src/ui/strings/ko.ts';
import {
  axe,
  baseUrl,
  closeAnswer,
  launch,
  openPage,
  playPatientlyToEnd,
  SIZES,
  settled,
  shot,
} from './harness.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** The scripts the page fetched, by file name (`ja-abc123.js`). */
function scriptsOf(page: Page): string[] {
  const names: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') names.push(new URL(r.url()).pathname.split('/').pop() ?? '');
  });
  return names;
}

/** A language table's chunk among the fetched scripts: `ja-…js`, `ko-…js`. */
const tableChunks = (scripts: readonly string[]) =>
  scripts.filter((s) => /^(ja|ko)-[\w-]+\.js$/.test(s)).map((s) => s.slice(0, 2));

const htmlLang = (page: Page) => page.evaluate(() => document.documentElement.lang);

describe('languages', () => {
  it('fetch no other table for an English player, and switch every text at once when one is chosen', async () => {
    const { page, problems, context } = await openPage(browser, 'desktop', { bypassCSP: true });
    const scripts = scriptsOf(page);
    await page.reload();
    await page.waitForSelector('h1');
    expect(await htmlLang(page)).toBe('en');
    expect(await page.textContent('[data-key="nav:settings"]')).toBe(en['nav.settings']);
    expect(tableChunks(scripts)).toEqual([]);

    await page.click('[data-key="nav:settings"]');
    await page.selectOption('[data-key="language"]', 'ja');
    await page.waitForFunction(() => document.documentElement.lang === 'ja');
    expect(tableChunks(scripts)).toEqual(['ja']);
    expect(await page.textContent('#dialog-h')).toBe(ja['settings.heading']);
    await shot(page, 'language-settings-ja');
    await page.keyboard.press('Escape');
    expect(await page.textContent('[data-key="nav:settings"]')).toBe(ja['nav.settings']);
    expect(await page.textContent('.lede')).toBe(ja['title.lede']);
    expect(await page.textContent('.card .card-place')).toContain(
      ja['title.turns#other']!.replace('{count}', ''),
    );

    // The choice is kept: a reload opens in Japanese, and fetches Japanese only.
    scripts.length = 0;
    await page.reload();
    await page.waitForFunction(() => document.documentElement.lang === 'ja');
    expect(await page.textContent('[data-key="nav:settings"]')).toBe(ja['nav.settings']);
    expect(tableChunks(scripts)).toEqual(['ja']);
    expect(await axe(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  for (const size of Object.keys(SIZES) as (keyof typeof SIZES)[]) {
    it(`open a first visit in the browser’s language (${size})`, async () => {
      const { page, problems, context } = await openPage(browser, size, { locale: 'ko-KR', bypassCSP: true });
      await page.waitForFunction(() => document.documentElement.lang === 'ko');
      expect(await page.textContent('.lede')).toBe(ko['title.lede']);
      expect(await axe(page)).toEqual([]);
      await shot(page, 'language-title-ko');
      expect(problems).toEqual([]);
      await context.close();
    });
  }

  it('follow a class link’s language into the briefing, in an English browser', async () => {
    const { page, problems, context } = await openPage(browser, 'desktop');
    await page.goto('about:blank');
    await page.goto(`${baseUrl()}#play=road-to-pyongyang-2002&as=japan&seed=5&lang=ko`);
    await page.waitForSelector('[data-key="brief-go-top"]');
    expect(await htmlLang(page)).toBe('ko');
    expect(await page.textContent('[data-key="brief-go-top"]')).toBe(ko['briefing.start']);
    await shot(page, 'language-briefing-ko');
    expect(problems).toEqual([]);
    await context.close();
  });
  // Every screen of one game, in each language at each size: looked at in the screenshots, and
  // each one's interface text (the headings a student steers by) from the language's table.
  for (const [code, table] of [
    ['ja', ja],
    ['ko', ko],
  ] as const) {
    for (const size of Object.keys(SIZES) as (keyof typeof SIZES)[]) {
      it(`play a game through in ${code} (${size})`, async () => {
        const { page, problems, context } = await openPage(browser, size, { bypassCSP: true });
        await page.goto('about:blank');
        await page.goto(`${baseUrl()}#play=road-to-pyongyang-2002&as=japan&seed=5&lang=${code}`);
        await page.waitForSelector('[data-key="brief-go-top"]');
        const found: string[] = (await axe(page)).map((v) => `briefing: ${v}`);
        await shot(page, `language-${code}-briefing`);
        await page.click('[data-key="brief-go-top"]');
        await page.waitForSelector('[role="tablist"]');
        await settled(page);
        await closeAnswer(page);
        await shot(page, `language-${code}-table`);
        found.push(...(await axe(page)).map((v) => `table: ${v}`));
        await page.click('[data-key="do-wait"]');
        await page.waitForSelector('[data-key="answer-heading"]');
        await shot(page, `language-${code}-answer`);
        expect(await page.textContent('[data-key="nav:settings"]')).toBe(table['nav.settings']);
        expect(await playPatientlyToEnd(page)).toBeGreaterThan(0);
        await page.click('[data-key="to-debrief"]');
        await page.waitForSelector(`h1:has-text("${table['debrief.heading']}")`);
        await shot(page, `language-${code}-debrief`);
        await shot(page, `language-${code}-debrief-full`, true);
        found.push(...(await axe(page)).map((v) => `debrief: ${v}`));
        expect(found).toEqual([]);
        expect(problems).toEqual([]);
        await context.close();
      });
    }
  }
});
