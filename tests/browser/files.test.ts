import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/scenario/index.ts';
import { limitScenario } from '../sim/limit-file.ts';
import { baseUrl, focusedKey, launch, openPage, patientMove, shot, stateHashOf, tabTo } from './harness.ts';
import { brokenFile, goodFile, MARKUP, OWN_ARTICLE, ownArticleFiles } from './scenario-files.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Waits for the check of an opened file to end; returns the result's heading. */
async function result(page: Page): Promise<string> {
  await page.waitForSelector('[data-key="open-result"]', { timeout: 30_000 });
  return (await page.textContent('[data-key="open-result"]')) ?? '';
}

describe('opening a file too large for the audit to play', () => {
  it('says what its findings rest on: the note that no test game was played', async () => {
    const { page, problems, context } = await openPage(browser, 'desktop');
    const dir = mkdtempSync(join(tmpdir(), 'gt-limit-note-'));
    const path = join(dir, 'at-the-limits.yaml');
    // 50 delegations and 100 turns: one game is more than the audit's whole budget.
    writeFileSync(
      path,
      limitScenario(LIMITS.actors, LIMITS.turns, { objectives: 1, outcomes: 1, mutual: true }),
    );
    await page.setInputFiles('.open-file input[type="file"]', path);
    await result(page);
    expect(await page.textContent('.check-note')).toMatch(
      /^Note: no test game was played: one game of this file \(100 turns of 50 delegations\) is [\d,]+ pair-turns of work, more than the audit's budget for all its games \(100,000\), so whether each objective can move and each outcome can happen was not tried; play it with `npm run sim` or `npm run balance` to find out\.$/,
    );
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('opening a scenario file in the browser', () => {
  it('checks a good file in a worker, lists its warning, plays it like a shipped one and resumes it after a reload', async () => {
    const { page, problems, context } = await openPage(browser, 'desktop');
    const sent: string[] = [];
    page.on('request', (r) => {
      if (r.method() !== 'GET') sent.push(`${r.method()} ${r.url()}`);
    });
    const file = goodFile();
    await page.setInputFiles('.open-file input[type="file"]', file.path);
    // The page answers while the worker checks.
    expect(await page.evaluate(() => document.querySelector('h1')?.textContent)).toBe('Give and Take');
    expect(await result(page)).toContain('“my-summit.yaml” can be played, with 1 warning.');
    // The result has focus, so a screen reader reads it and the page scrolls to it.
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.key)).toBe(
      'open-result',
    );
    const warning = await page.textContent('.file-problems li');
    expect(warning).toMatch(/Warning\s*Line 1, column 1/);
    expect(warning).toContain('How to fix it:');
    expect(await page.getAttribute('.file-problems', 'aria-label')).toBe('Problems in my-summit.yaml');

    // The card, marked as from the file; author markup shows as text and never runs.
    const card = page.locator('.card-file');
    expect(await card.locator('.card-badge').textContent()).toBe('From your file: my-summit.yaml');
    expect(await card.locator('.card-summary').textContent()).toContain(MARKUP);
    expect(await page.$('.card-file img')).toBeNull();

    await page.click('[data-key="play:file:my-summit:japan"]');
    await page.waitForSelector('h1:has-text("Briefing")');
    expect(await page.textContent('.lede')).toBe('My own summit');
    await page.click('[data-key="brief-go-top"]');
    await page.waitForSelector('[role="tablist"]');
    await patientMove(page);
    const hash = await stateHashOf(page);

    // The file is gone after a new visit; its text was kept, so the card and the game come back.
    // (A visit at the page's own address, the title: a reload would open the game's table again.)
    let workers = 0;
    page.on('worker', () => {
      workers += 1;
    });
    await page.goto(baseUrl());
    await page.waitForSelector('.card-file');
    // One checker worker serves the page: the kept file came back through it, and it checks the next file.
    await page.setInputFiles('.open-file input[type="file"]', brokenFile().path);
    expect(await result(page)).toContain('cannot be played until its errors are fixed');
    expect(workers).toBe(1);
    await page.click('[data-key^="continue:"]');
    await page.waitForSelector('[role="tablist"]');
    expect(await stateHashOf(page)).toBe(hash);

    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(sent).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('lists every problem of a broken file with its line, and offers no way to play it', async () => {
    const { page, problems, context } = await openPage(browser, 'desktop');
    // The keyboard reaches the file picker (the drop zone's alternative) with Tab alone.
    await tabTo(page, 'open-input');
    expect(await focusedKey(page)).toBe('open-input');
    const file = brokenFile();
    await page.setInputFiles('.open-file input[type="file"]', file.path);
    expect(await result(page)).toContain('cannot be played until its errors are fixed: 2 errors');
    const rows = await page.$$eval('.file-problems li', (lis) => lis.map((li) => li.textContent ?? ''));
    expect(
      rows.some((r) => r.includes(`Line ${file.typoLine},`) && r.includes('agilty') && /Error/.test(r)),
    ).toBe(true);
    expect(rows.some((r) => r.includes(`Line ${file.giverLine},`) && r.includes('north_kor'))).toBe(true);
    expect(rows.every((r) => r.includes('How to fix it:'))).toBe(true);
    expect(await page.$('.card-file')).toBeNull();
    expect(await page.$('[data-key^="play:file:"]')).toBeNull();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('checks a file dropped anywhere on the title screen, and refuses what is not a scenario file', async () => {
    const { page, problems, context } = await openPage(browser, 'desktop');
    const file = goodFile('dropped.yaml');
    const drop = (name: string, text: string) =>
      page.evaluate(
        ({ name, text }) => {
          const data = new DataTransfer();
          data.items.add(new File([text], name, { type: 'application/yaml' }));
          const init = { dataTransfer: data, bubbles: true, cancelable: true };
          document.querySelector('main')?.dispatchEvent(new DragEvent('dragenter', init));
          const shown = !document.querySelector<HTMLElement>('.drop-overlay')?.hidden;
          const event = new DragEvent('drop', init);
          document.querySelector('main')?.dispatchEvent(event);
          return { shown, taken: event.defaultPrevented };
        },
        { name, text },
      );
    expect(await drop(file.name, file.text)).toEqual({ shown: true, taken: true });
    expect(await page.isHidden('.drop-overlay')).toBe(true);
    expect(await result(page)).toContain('“dropped.yaml” can be played');
    await page.waitForSelector('[data-key="play:file:my-summit:japan"]');

    await drop('notes.pdf', '%PDF-1.4');
    await page.waitForFunction(() =>
      document.querySelector('[data-key="open-result"]')?.textContent?.includes('is not a scenario file'),
    );
    expect(problems).toEqual([]);
    await context.close();
  });

  it('opens a scenario together with its own article: checks its quotes, plays it, keeps both', async () => {
    const { page, problems, context } = await openPage(browser, 'desktop');
    const own = ownArticleFiles();
    const input = '.open-file input[type="file"]';
    // The article alone is not a scenario; the scenario alone cannot find its article.
    await page.setInputFiles(input, own.article.path);
    expect(await result(page)).toBe(
      `✖“${OWN_ARTICLE}” is an article, not a scenario: choose or drop the scenario file (.yaml) together with its articles.`,
    );
    await page.setInputFiles(input, own.scenario.path);
    expect(await result(page)).toContain('cannot be played until its errors are fixed: 1 error');
    expect(await page.textContent('.file-problems li')).toContain(
      `there is no article "${OWN_ARTICLE}": no file of that name beside the scenario, no shipped article, no \`text\``,
    );
    // A wrong quote is an error at its line, with the article's nearest passage.
    const wrong = ownArticleFiles(true);
    await page.setInputFiles(input, [wrong.scenario.path, wrong.article.path]);
    expect(await result(page)).toContain('cannot be played until its errors are fixed: 1 error');
    const row = (await page.textContent('.file-problems li')) ?? '';
    expect(row).toContain(`Line ${wrong.misquoteLine},`);
    expect(row).toContain(`this quote is not word for word in "${OWN_ARTICLE}"`);
    expect(row).toMatch(/How to fix it: the nearest passage there is ".*This did not cost Japan.*"/);

    await page.setInputFiles(input, [own.scenario.path, own.article.path]);
    expect(await result(page)).toBe('✔“own-article.yaml” is ready to play.');
    expect(await page.textContent('.check-result')).toContain(
      `Checked with the articles opened with it: ${OWN_ARTICLE}.`,
    );
    await page.click('[data-key="play:file:own-article:japan"]');
    await page.waitForSelector('h1:has-text("Briefing")');
    const source = page.locator('.sources li').first();
    expect(await source.locator('.source-title').textContent()).toMatch(/, Class reader, July 2004$/);
    expect(await source.locator('.source-address a').getAttribute('href')).toBe('https://example.org/reader');
    await source.scrollIntoViewIfNeeded();
    await shot(page, 'own-article-briefing');

    // A new visit: the scenario and its article were kept together, so the card loads again.
    await page.goto(baseUrl());
    await page.waitForSelector('[data-key="play:file:own-article:japan"]');
    expect(problems).toEqual([]);
    await context.close();
  });
});
