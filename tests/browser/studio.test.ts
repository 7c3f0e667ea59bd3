/**
 * The scenario studio (issue 16, point 5), as a teacher with only a browser uses it: completion
 * offers the file's own ids, a typo is underlined at its line with the words `scenario:check`
 * prints, "Play it" opens the briefing of the edited scenario, "Balance it" says what to change,
 * and a reload, a closed tab or a crash mid-edit loses nothing.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkText } from '../../src/cli/check-report.ts';
import { FIXTURE } from '../scenario/helpers.ts';
import { axe, baseUrl, launch, openPage, shot } from './harness.ts';
import { OWN_ARTICLE, ownArticleFiles } from './scenario-files.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** The fixture as an author's draft: its own id and title, so it never stands in for a shipped game. */
const DRAFT = FIXTURE.replace('id: minimal_2004', 'id: my_draft').replace(
  'title: A second visit',
  'title: My draft summit',
);

async function openStudio(page: Page): Promise<void> {
  await page.click('[data-key="to-studio"]');
  await page.waitForSelector('.studio .cm-content');
  // The template arrives with the draft list; wait for its text before editing.
  await page.waitForSelector('.cm-line:has-text("schema")');
}

/**
 * Replaces the editor's whole text, as pasting it does (typing it through the keyboard would take
 * minutes, and Chromium's insertText turns runs of spaces into no-break spaces).
 */
async function setText(page: Page, text: string): Promise<void> {
  await page.click('.cm-content');
  await page.keyboard.press('Control+A');
  await paste(page, text);
}

/** Pastes text at the cursor. */
async function paste(page: Page, text: string): Promise<void> {
  await page.evaluate((pasted) => {
    const data = new DataTransfer();
    data.setData('text/plain', pasted);
    // The editor lives in the shadow root of its box.
    document
      .querySelector('.studio-editor')
      ?.shadowRoot?.querySelector('.cm-content')
      ?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

/** The last line the editor shows, after moving to the end of the text. */
async function lastLine(page: Page): Promise<string> {
  await page.click('.cm-content');
  await page.keyboard.press('Control+End');
  return (await page.textContent('.cm-activeLine')) ?? '';
}

/** The text of the draft kept in this browser's storage (what a reload or a crash opens again). */
function keptText(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('give-and-take:studio:'))
      .map((k) => (JSON.parse(localStorage.getItem(k) ?? '{}') as { text: string }).text),
  );
}

describe('the scenario studio', () => {
  it('completes ids, underlines a typo with the checker’s words, plays the draft and balances it', async () => {
    const { page, problems, context } = await openPage(browser, 'desktop');
    await openStudio(page);
    // A first visit starts from the template, which checks clean.
    await page.waitForSelector('.studio-counts:has-text("No problems")');
    await shot(page, 'studio-template');

    await setText(page, DRAFT);
    await page.waitForSelector('.studio-counts:has-text("No problems")', { timeout: 20_000 });

    // Completion: after `giver:` the file's delegations. The draft is typed up to there.
    const giver = DRAFT.indexOf('giver: north_korea') + 'giver: '.length;
    await setText(page, DRAFT.slice(0, giver));
    await page.keyboard.press('Control+Space');
    await page.waitForSelector('.cm-tooltip-autocomplete');
    const offered = await page.$$eval('.cm-tooltip-autocomplete li .cm-completionLabel', (ls) =>
      ls.map((l) => l.textContent),
    );
    expect(offered).toEqual(['japan', 'north_korea']);
    await shot(page, 'studio-completion');
    // Typing narrows the list to the one that fits; Enter takes it.
    await page.keyboard.type('no');
    await page.waitForFunction(
      () =>
        [
          ...(document.querySelector('.studio-editor')?.shadowRoot?.querySelectorAll('.cm-completionLabel') ??
            []),
        ]
          .map((l) => l.textContent)
          .join() === 'north_korea',
    );
    await page.keyboard.press('Enter');
    await paste(page, DRAFT.slice(giver + 'north_korea'.length));
    expect(await keptText(page)).toEqual([DRAFT]);

    // A typo: underlined at its line, and listed with the words the command line prints.
    const typo = DRAFT.replace('agility: 0.8', 'agilty: 0.8');
    await setText(page, typo);
    await page.waitForSelector('.studio-problems li.sev-error', { timeout: 20_000 });
    const expected = checkText(typo, 'my-scenario.yaml', { seeds: 1 }).problems.filter(
      (p) => p.severity === 'error',
    );
    expect(expected).toHaveLength(1);
    const [error] = expected;
    const row = (await page.textContent('.studio-problems li.sev-error')) ?? '';
    expect(row).toBe(`Error, line ${error?.line}: ${error?.message} — ${error?.hint}`);
    // The problem's button takes the cursor to its line, where the typo is underlined.
    await page.click('.studio-problems li.sev-error button');
    expect(await page.textContent('.cm-activeLine')).toContain('agilty: 0.8');
    const underlined = page.locator('.cm-activeLine .cm-lintRange-error');
    expect(await underlined.textContent()).toBe('agilty: 0.8');
    await shot(page, 'studio-typo');
    // With an error, Play it and Balance it say why they wait.
    expect(await page.getAttribute('[data-key="studio-play"]', 'aria-disabled')).toBe('true');
    expect(await page.textContent('.studio-side .reason')).toBe(
      'Fix the errors above first (1 error): a file with errors cannot be played.',
    );

    // Pointing at a key shows what the field means, from the schema.
    const key = page.locator('.cm-line', { hasText: 'giver: japan' }).first();
    const box = await key.boundingBox();
    if (!box) throw new Error('no line box');
    // The key starts after four spaces of indentation.
    await page.mouse.move(box.x + 60, box.y + box.height / 2);
    await page.waitForSelector('.studio-hover', { timeout: 5_000 });
    expect(await page.textContent('.studio-hover')).toBe(
      'items › giver: stringThe actor who can give it, by id.',
    );
    await shot(page, 'studio-hover');

    // Fixed again, then balanced: the report's checks and each seat's difficulty.
    await setText(page, DRAFT);
    await page.waitForSelector('.studio-counts:has-text("No problems")', { timeout: 20_000 });
    await page.click('[data-key="studio-balance"]');
    await page.waitForSelector('.studio-balance', { timeout: 60_000 });
    const seats = await page.$$eval('.studio-balance > ul:first-of-type li', (ls) =>
      ls.map((l) => l.textContent ?? ''),
    );
    expect(seats.map((s) => s.slice(0, s.indexOf(':')))).toEqual(['Playing Japan']);
    expect(await page.$$eval('.studio-checks li', (ls) => ls.length)).toBeGreaterThan(0);
    await shot(page, 'studio-balance');

    // Play it: the briefing of the edited scenario, for the seat chosen.
    await page.selectOption('[data-key="studio-seat"]', 'japan');
    await page.click('[data-key="studio-play"]');
    await page.waitForSelector('h1:has-text("Briefing")', { timeout: 60_000 });
    expect(await page.textContent('.lede')).toBe('My draft summit');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('loses nothing on a reload, a closed tab or a crash mid-edit', async () => {
    const { page, problems, context } = await openPage(browser, 'desktop');
    await openStudio(page);
    await setText(page, `${DRAFT}# typed just now`);
    expect(await keptText(page)).toEqual([`${DRAFT}# typed just now`]);

    await page.reload();
    await page.waitForSelector('.studio .cm-content');
    expect(await lastLine(page)).toBe('# typed just now');

    // A closed tab: a new one finds the draft, with the last keystroke.
    await page.keyboard.insertText('!');
    await page.close();
    const again = await context.newPage();
    await again.goto(`${baseUrl()}#/studio`);
    await again.waitForSelector('.studio .cm-content');
    expect(await lastLine(again)).toBe('# typed just now!');

    // A crash of the page's process, right after a keystroke.
    await again.keyboard.insertText('?');
    const cdp = await context.newCDPSession(again);
    const crashed = again.waitForEvent('crash');
    // The command never answers: the page it would answer from is gone.
    void cdp.send('Page.crash').catch(() => undefined);
    await crashed;
    const after = await context.newPage();
    await after.goto(`${baseUrl()}#/studio`);
    await after.waitForSelector('.studio .cm-content');
    expect(await lastLine(after)).toBe('# typed just now!?');
    expect(await keptText(after)).toEqual([`${DRAFT}# typed just now!?`]);
    expect(problems.filter((p) => !p.includes('crash'))).toEqual([]);
    await context.close();
  });

  it('works at phone size, by keyboard, and is axe clean at both sizes', async () => {
    // axe is injected as a script, which the game's own policy forbids: this page lifts it.
    const desk = await openPage(browser, 'desktop', { bypassCSP: true });
    await openStudio(desk.page);
    await desk.page.waitForSelector('.studio-counts');
    expect(await axe(desk.page)).toEqual([]);
    await desk.context.close();
    const { page, problems, context } = await openPage(browser, 'phone', { bypassCSP: true });
    await openStudio(page);
    await page.waitForSelector('.studio-counts');
    await shot(page, 'studio-phone');
    // Tab leaves the editor (it never traps the keyboard).
    await page.click('.cm-content');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('.cm-editor') === null)).toBe(true);
    expect(await axe(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('builds on an article of the author’s own, starts from a shipped scenario, downloads and deletes', async () => {
    const { page, problems, context } = await openPage(browser, 'desktop');
    await openStudio(page);
    const own = ownArticleFiles();
    // The draft cites an article the game does not have: an error, until the article is added.
    await setText(page, own.scenario.text);
    await page.waitForSelector('.studio-problems li.sev-error', { timeout: 20_000 });
    expect(await page.textContent('.studio-problems li.sev-error')).toContain(
      `there is no article "${OWN_ARTICLE}"`,
    );
    await page.setInputFiles('[data-key="studio-articles-input"]', own.article.path);
    await page.waitForSelector('.studio-counts:has-text("No problems")', { timeout: 20_000 });
    expect(await page.textContent('.studio-articles li')).toContain(OWN_ARTICLE);
    // A quote changed to words the article does not have is caught as it is typed.
    const wrong = ownArticleFiles(true);
    await setText(page, wrong.scenario.text);
    await page.waitForSelector('.studio-problems li.sev-error', { timeout: 20_000 });
    expect(await page.textContent('.studio-problems li.sev-error')).toContain(
      `Error, line ${wrong.misquoteLine}: this quote is not word for word in "${OWN_ARTICLE}"`,
    );
    await shot(page, 'studio-own-article');

    // Download: the file as written.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-key="studio-export"]'),
    ]);
    expect(download.suggestedFilename()).toBe('my-scenario.yaml');
    const path = await download.path();
    expect(readFileSync(path, 'utf8')).toBe(wrong.scenario.text);

    // A new draft from a shipped scenario, under an id of its own: it checks clean.
    await page.selectOption('[data-key="studio-shipped"]', '2007-ulaanbaatar.yaml');
    await page.click('[data-key="studio-new"]');
    await page.waitForSelector('.studio-counts:has-text("No problems")', { timeout: 30_000 });
    expect(await page.$$eval('[data-key="studio-drafts"] option', (os) => os.length)).toBe(2);
    const kept = await keptText(page);
    expect(kept.some((text) => /^id: my_ulaanbaatar-2007$/m.test(text))).toBe(true);

    // Deleting asks first; the other draft opens.
    await page.click('[data-key="studio-delete"]');
    await page.click('[data-key="studio-delete-yes"]');
    await page.waitForFunction(
      () => document.querySelectorAll('[data-key="studio-drafts"] option').length === 1,
    );
    expect(await keptText(page)).toEqual([wrong.scenario.text]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
