/**
 * The teacher's game options in a real browser: set on the lesson planner, carried by the class
 * link, shown on the briefing, the table, the handout and the debrief, and kept in the result file
 * a student hands in, which verifies under them.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadScenario, parseResultFile, scenarioHash } from '../../src/scenario/index.ts';
import { verifyResult } from '../../src/sim/index.ts';
import { axe, launch, openPage, playPatientlyToEnd, SIZES, type SizeName, shot } from './harness.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const FILE = new URL('../../scenarios/2001-beijing-back-channel.yaml', import.meta.url);

/** The planner with the 2001 scenario, seed 77, and the options: sharp advisors, 4 turns, history shown. */
async function planWithOptions(page: Page): Promise<string> {
  await page.click('[data-key="to-class"]');
  await page.waitForSelector('h1:has-text("For teachers")');
  const value = await page.$eval('[data-key="lesson-scenario"]', (el) =>
    [...(el as HTMLSelectElement).options]
      .map((o) => o.value)
      .find((v) => v.startsWith('beijing-back-channel-2001:')),
  );
  await page.selectOption('[data-key="lesson-scenario"]', value ?? '');
  await page.fill('[data-key="lesson-seed"]', '77');
  await page.locator('[data-key="lesson-seed"]').blur();
  const turns = await page.$$eval('[data-key="lesson-turns"] option', (os) => os.map((o) => o.textContent));
  expect(turns).toEqual(['All 6 (to March 2001)', '5 (to February 2001)', '4 (to January 2001)']);
  await page.selectOption('[data-key="lesson-advisors"]', 'sharp');
  await page.selectOption('[data-key="lesson-turns"]', '4');
  await page.check('[data-key="lesson-history"]');
  return page.$eval('.lesson-link input', (el) => (el as HTMLInputElement).value);
}

describe.each(Object.keys(SIZES) as SizeName[])('the teacher’s options at %s size', (size) => {
  it('go from the planner through the link to the student’s briefing and table', async () => {
    const { page, problems, context } = await openPage(browser, size, { bypassCSP: true });
    const url = await planWithOptions(page);
    expect(url).toMatch(
      /#play=beijing-back-channel-2001&as=japan&seed=77&advisors=sharp&turns=4&history=each-turn$/,
    );
    await page.locator('.lesson-options').scrollIntoViewIfNeeded();
    await shot(page, `lesson-options-${size}`);
    expect(await axe(page)).toEqual([]);

    // A scenario that cannot be shortened says so instead of offering a choice.
    const fixed = await page.$eval('[data-key="lesson-scenario"]', (el) =>
      [...(el as HTMLSelectElement).options]
        .map((o) => o.value)
        .find((v) => v.startsWith('second-visit-2004:')),
    );
    await page.selectOption('[data-key="lesson-scenario"]', fixed ?? '');
    expect(await page.isVisible('[data-key="lesson-turns"]')).toBe(false);
    expect(await page.textContent('.lesson-options')).toContain(
      'This scenario is always played over its 6 turns.',
    );

    const student = await browser.newContext({ viewport: SIZES[size], bypassCSP: true });
    const tab = await student.newPage();
    await tab.goto(url);
    await tab.waitForSelector('h1:has-text("Briefing")');
    const briefing = await tab.$$eval('.brief-options li', (li) => li.map((l) => l.textContent));
    expect(briefing).toEqual([
      'Sharp advisors: their estimates of the other side are off by half as much as usual.',
      'A shorter game: 4 of the scenario’s 6 turns, ending with January 2001.',
      'History as you play: each turn shows what really happened then.',
    ]);
    expect(await tab.$$eval('.calendar li', (li) => li.length)).toBe(4);
    await shot(tab, `options-briefing-${size}`);
    await tab.click('[data-key="brief-go-top"]');
    await tab.waitForSelector('[role="tablist"]');
    expect(await tab.textContent('.status-turn')).toContain('Turn 1 of 4');
    const card = await tab.textContent('.history-card');
    expect(card).toContain('In history, this turn (Early October 2000)');
    await shot(tab, `options-table-${size}`);
    expect(await axe(tab)).toEqual([]);
    await student.close();
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('a game played under the options', () => {
  it('ends at its fourth turn, and its result file keeps the options and verifies under them', async () => {
    const { page, problems, context } = await openPage(browser, 'desktop', { bypassCSP: true });
    const url = await planWithOptions(page);
    // The handout's briefing says what the options are, and lists only the turns played.
    await page.emulateMedia({ media: 'print' });
    const handout = await page.$eval('.handout-page', (p) => ({
      options: [...p.querySelectorAll('li')]
        .map((li) => li.textContent)
        .filter((x) => x?.includes('shorter game')),
      text: p.textContent ?? '',
    }));
    expect(handout.options).toEqual([
      'A shorter game: 4 of the scenario’s 6 turns, ending with January 2001.',
    ]);
    expect(handout.text).toContain('January 2001');
    expect(handout.text).not.toContain('February 2001');
    await page.emulateMedia({ media: 'screen' });
    await page.goto('about:blank');
    await page.goto(url);
    await page.waitForSelector('h1:has-text("Briefing")');
    await page.click('[data-key="brief-go-top"]');
    await page.waitForSelector('[role="tablist"]');
    expect(await playPatientlyToEnd(page)).toBeGreaterThan(0);
    // The table's timeline shows history's line for every turn played, and no turn after the fourth.
    await page.click('#tab-table');
    const timeline = await page.$$eval('.calendar li', (li) => li.map((l) => l.textContent ?? ''));
    expect(timeline).toHaveLength(4);
    for (const turn of timeline) expect(turn).toContain('In history:');
    await page.click('#tab-move');
    await page.click('[data-key="to-debrief"]');
    await page.waitForSelector('h1:has-text("Debrief")');
    expect(await page.$$eval('.debrief-options li', (li) => li.length)).toBe(3);
    await shot(page, 'options-debrief');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-key="hand-in-result"]'),
    ]);
    const parsed = parseResultFile(readFileSync(await download.path(), 'utf8'));
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(parsed.value.options).toEqual({ advisors: 'sharp', turns: 4, history: 'each-turn' });
    expect(parsed.value.turns).toBe(4);
    const loaded = loadScenario(readFileSync(FILE, 'utf8'), 'scenario.yaml');
    if (!loaded.ok) throw new Error('the shipped scenario does not load');
    expect(verifyResult(loaded.value, scenarioHash(loaded.value), parsed.value).ok).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });
});
