import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  axe,
  baseUrl,
  closeAnswer,
  focusedKey,
  has,
  launch,
  openPage,
  patientMove,
  type SizeName,
  shot,
} from './harness.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** The 2004 second visit as Japan: a class link, so the table is the same each run. */
const LINK = '#play=second-visit-2004&as=japan&seed=7';

async function startGame(page: Page, link = LINK): Promise<void> {
  await page.goto(`${baseUrl()}${link}`);
  await page.click('[data-key="brief-go-top"]');
  await page.waitForSelector('[role="tablist"]');
  await page.waitForFunction(() => document.body.dataset.renderer !== undefined, null, { timeout: 30_000 });
}

async function setTextSize(page: Page, size: 100 | 150): Promise<void> {
  await page.click('[data-key="nav:settings"]');
  await page.click(`[data-key="textSize:${size}"]`);
  await page.keyboard.press('Escape');
}

/** The id of the focused element. */
function focusedId(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.id ?? '');
}

/** The glossary entry the dialog is open at, as its heading reads. */
async function currentEntry(page: Page): Promise<string> {
  return (await page.textContent('dialog[open] .gloss-entry.is-current h4')) ?? '';
}

async function tourHeading(page: Page): Promise<string> {
  return (await page.textContent('.tour-card h3')) ?? '';
}

const sizes: readonly [SizeName, 100 | 150][] = [
  ['desktop', 100],
  ['phone', 100],
  ['desktop', 150],
];

/** Focus goes back to the word that opened a dialog on its close event, a task after Escape. */
async function focusReturnsTo(page: Page, key: string): Promise<void> {
  await page
    .waitForFunction((k) => (document.activeElement as HTMLElement | null)?.dataset.key === k, key, {
      timeout: 5_000,
    })
    .catch(() => undefined);
  expect(await focusedKey(page)).toBe(key);
}

describe('plain words: the glossary and the first-game tour', () => {
  for (const [size, textSize] of sizes) {
    it(`shows the tour on a first game, opens the glossary at a word, and is axe-clean (${size}, text ${textSize}%)`, async () => {
      const { page, problems, context } = await openPage(browser, size, { bypassCSP: true });
      const name = `${textSize === 100 ? '' : '-larger-text'}`;
      if (textSize !== 100) await setTextSize(page, textSize);
      await startGame(page);
      const found: string[] = [];

      // The tour is a card above the move: the move panel is there at once, under it.
      await page.waitForSelector('.tour-card');
      expect(await has(page, 'do-wait')).toBe(true);
      expect(await page.textContent('.tour-card')).toContain('step 1 of 5');
      expect(await tourHeading(page)).toBe('The table');
      await page.evaluate(() => document.querySelector('.tour-card')?.scrollIntoView({ block: 'nearest' }));
      await shot(page, `help-tour${name}`);
      found.push(...(await axe(page)));

      // Next moves on and keeps the keyboard on Next; the goals step lists the player's goals.
      await page.click('[data-key="tour-next"]');
      expect(await tourHeading(page)).toBe('What you want');
      expect(await focusedKey(page)).toBe('tour-next');
      expect(await page.$$('.tour-card li')).not.toHaveLength(0);
      await page.evaluate(() => document.querySelector('.tour-card')?.scrollIntoView({ block: 'nearest' }));
      await shot(page, `help-tour-goals${name}`);
      await page.click('[data-key="tour-next"]');
      expect(await tourHeading(page)).toBe('Build an offer');

      // A word in the tour opens the glossary at its entry.
      await page.click('.tour-card [data-term="vp"]');
      await page.waitForSelector('dialog[open]');
      expect(await currentEntry(page)).toBe('Value points (VP)');
      await page.keyboard.press('Escape');
      await focusReturnsTo(page, 'term:vp:tour');

      // A word in the advisors' preview opens the glossary at that entry; Escape returns to it.
      await page.click('[data-key="offer:give:pm_visit:on"]');
      await page.click('[data-key="offer:ask:families:on"]');
      await page.waitForSelector('.preview [data-term="estimates"], .preview [data-term="vp"]');
      const term = (await has(page, 'term:estimates:preview')) ? 'estimates' : 'vp';
      // The give list says once what its options mean.
      expect(await page.$('.package-give [data-term="promised"]')).not.toBeNull();
      await page.evaluate(() => document.querySelector('.package-give')?.scrollIntoView({ block: 'start' }));
      await shot(page, `help-give-options${name}`);
      await page.evaluate(() => document.querySelector('.preview')?.scrollIntoView({ block: 'nearest' }));
      await shot(page, `help-preview${name}`);
      await page.click(`[data-key="term:${term}:preview"]`);
      await page.waitForSelector('dialog[open]');
      expect(await focusedId(page)).toBe(`gloss-${term}`);
      expect(await currentEntry(page)).toBe(
        term === 'vp' ? 'Value points (VP)' : 'Your advisors’ estimates (±)',
      );
      expect(await page.isVisible(`#gloss-${term}`)).toBe(true);
      await shot(page, `help-glossary${name}`);
      found.push(...(await axe(page)));
      // "See also" moves within the dialog, which still returns to the word that opened it.
      await page.click('dialog[open] .gloss-entry.is-current .gloss-related .term-link');
      expect(await currentEntry(page)).not.toBe('');
      expect(await focusedId(page)).toMatch(/^gloss-/);
      await page.keyboard.press('Escape');
      expect(await page.evaluate(() => document.querySelector('dialog.dialog')?.hasAttribute('open'))).toBe(
        false,
      );
      await focusReturnsTo(page, `term:${term}:preview`);

      // The preview's labels and the status strip link their words too.
      await page.click('[data-key="term:ratification:preview"]');
      expect(await currentEntry(page)).toBe('Ratification at home (the two-level game)');
      await page.keyboard.press('Escape');
      await page.click('[data-key="term:approval:status"]');
      expect(await currentEntry(page)).toBe('Approval and what you need');
      await page.keyboard.press('Escape');
      await focusReturnsTo(page, 'term:approval:status');
      await page.click('[data-key="term:tension:status"]');
      expect(await page.textContent('dialog[open] .gloss-entry.is-current')).toMatch(
        /calm.*tense.*high.*crisis/,
      );
      await page.keyboard.press('Escape');

      // The Delegations tab's labels.
      await page.click('[data-key="tab:table"]');
      await shot(page, `help-delegations${name}`);
      await page.click('[data-key="term:walkAway:north_korea"]');
      expect(await currentEntry(page)).toBe('Walk-away value');
      await page.keyboard.press('Escape');
      await focusReturnsTo(page, 'term:walkAway:north_korea');
      found.push(...(await axe(page)));
      await page.click('[data-key="tab:move"]');

      // Skip the tour: it goes, and the keyboard lands on the move's heading.
      await page.click('[data-key="tour-skip"]');
      expect(await has(page, 'tour-next')).toBe(false);
      expect(await focusedKey(page)).toBe('move-heading');

      // Help in the header opens the dialog at its top.
      await page.click('[data-key="nav:help"]');
      await page.waitForSelector('dialog[open]');
      expect(await focusedId(page)).toBe('dialog-h');
      expect(await page.textContent('dialog[open] h2')).toBe('Help and glossary');
      await shot(page, `help-dialog${name}`);
      found.push(...(await axe(page)));
      await page.keyboard.press('Escape');
      await focusReturnsTo(page, 'nav:help');

      expect(found).toEqual([]);
      expect(problems).toEqual([]);
      await context.close();
    });
  }

  it('remembers the tour: not again after a reload or in a new game, and Help shows it again', async () => {
    const { page, problems, context } = await openPage(browser, 'desktop');
    await startGame(page);
    await page.waitForSelector('.tour-card');

    // A reload reopens the table without the tour.
    await page.reload();
    await page.waitForSelector('[role="tablist"]');
    await page.waitForSelector('[data-key="do-wait"]');
    expect(await has(page, 'tour-next')).toBe(false);

    // A new game: no tour either.
    await startGame(page, '#play=second-visit-2004&as=japan&seed=8');
    await page.waitForSelector('[data-key="do-wait"]');
    expect(await has(page, 'tour-next')).toBe(false);

    // Help, by keyboard: "Show the tour again" closes the dialog and puts the keyboard on the tour.
    await page.focus('[data-key="nav:help"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('dialog[open]');
    await page.focus('[data-key="tour-again"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.tour-card');
    await page.waitForFunction(
      () => (document.activeElement as HTMLElement | null)?.dataset.key === 'tour-heading',
    );
    expect(await tourHeading(page)).toBe('The table');

    // All the way through; Back goes back; Finish closes it.
    await page.click('[data-key="tour-next"]');
    await page.click('[data-key="tour-back"]');
    expect(await tourHeading(page)).toBe('The table');
    expect(await focusedKey(page)).toBe('tour-next');
    const seen: string[] = [];
    for (let i = 0; i < 5; i++) {
      seen.push(await tourHeading(page));
      await page.click('[data-key="tour-next"]');
    }
    expect(seen).toEqual(['The table', 'What you want', 'Build an offer', 'Side moves', 'After your move']);
    expect(await has(page, 'tour-next')).toBe(false);

    // Shown again and left open, it stays for the turn (below the answer to a move), then goes.
    await page.click('[data-key="nav:help"]');
    await page.click('[data-key="tour-again"]');
    await page.waitForSelector('.tour-card');
    await page.click('[data-key="do-wait"]');
    await page.waitForSelector('.answer-card');
    // North Korea answers within turn 1: the tour waits under the answer card, its headline first.
    expect(await page.innerText('.status')).toContain('Turn 1 of');
    expect(await page.$('.answer-card ~ .tour-card')).not.toBeNull();
    await shot(page, 'help-tour-under-answer');
    // North Korea's offer: what accepting means at home links its words too.
    await closeAnswer(page);
    await page.waitForSelector('[data-key="do-reject"]');
    expect(await page.$('.offer-card [data-term="ratification"]')).not.toBeNull();
    await page.evaluate(() =>
      document.querySelector('.offer-card .home')?.scrollIntoView({ block: 'center' }),
    );
    await shot(page, 'help-respond');
    for (let i = 0; i < 10 && (await page.innerText('.status')).includes('Turn 1 of'); i++) {
      if (await has(page, 'answer-next')) {
        // Between the beats of turn 1 the tour waits under the answer card.
        expect(await page.$('.answer-card ~ .tour-card')).not.toBeNull();
      }
      await patientMove(page);
    }
    await closeAnswer(page);
    expect(await page.innerText('.status')).toContain('Turn 2 of');
    expect(await has(page, 'tour-next')).toBe(false);

    // Asked for on the title screen with a game in progress, it opens that game's table.
    await page.click('[data-key="nav:title"]');
    await page.waitForSelector('[data-key^="play:"]');
    await page.click('[data-key="nav:help"]');
    await page.click('[data-key="tour-again"]');
    await page.waitForSelector('.tour-card');
    await page.waitForFunction(
      () => (document.activeElement as HTMLElement | null)?.dataset.key === 'tour-heading',
    );
    expect(await tourHeading(page)).toBe('The table');

    expect(problems).toEqual([]);
    await context.close();
  });

  it('says, before any game, that the tour comes with the first table', async () => {
    const { page, problems, context } = await openPage(browser, 'desktop');
    await page.click('[data-key="nav:help"]');
    await page.click('[data-key="tour-again"]');
    expect(await page.textContent('dialog[open] .help-tour')).toContain('next sit at the table');
    await page.keyboard.press('Escape');
    await focusReturnsTo(page, 'nav:help');
    await startGame(page);
    await page.waitForSelector('.tour-card');
    expect(problems).toEqual([]);
    await context.close();
  });
});
