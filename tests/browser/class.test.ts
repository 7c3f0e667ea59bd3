/**
 * The teacher's class page in a real browser: thirty result files made by the built-in
 * strategies (as thirty students might play), one of them edited, one a save handed in by
 * mistake, one named like a spreadsheet formula. The page verifies each by replay with the same
 * code as `sim --verify`, flags the edited one with its first difference, charts the class beside
 * history, sorts and exports the table with formula cells neutralised, and keeps the list across
 * a reload until it is cleared.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeResultFile } from '../../src/scenario/index.ts';
import { STRATEGY_NAMES } from '../../src/sim/index.ts';
import { scenario2004 } from '../sim/scenario-2004.ts';
import { simulatedResult } from '../sim/simulated-result.ts';
import { axe, launch, openPage, SIZES, type SizeName, shot } from './harness.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const scenario = scenario2004();
const STRATEGIES = STRATEGY_NAMES.filter((s) => s !== 'history');

/** Thirty students: each built-in strategy over six seeds, as Japan in 2004. */
function classFiles(): { name: string; mimeType: string; buffer: Buffer }[] {
  const files: { name: string; mimeType: string; buffer: Buffer }[] = [];
  for (let i = 0; i < 30; i++) {
    const strategy = STRATEGIES[i % STRATEGIES.length]!;
    const seed = 1 + Math.floor(i / STRATEGIES.length);
    // Two students gave their names at the debrief; the others only named their files.
    const result = simulatedResult(scenario, 'japan', seed, {
      strategy,
      student: ['Aiko Tanaka', '김민준'][i] ?? '',
    });
    const edited = i === 7 ? { ...result, scores: { ...result.scores, japan: 97 } } : result;
    const name = i === 12 ? '=HYPERLINK("http://x").json' : `student-${String(i + 1).padStart(2, '0')}.json`;
    files.push({ name, mimeType: 'application/json', buffer: Buffer.from(encodeResultFile(edited)) });
  }
  const save = JSON.stringify({ format: 2, checkpoint: 'ab', actions: [] });
  files.push({ name: 'my-save.json', mimeType: 'application/json', buffer: Buffer.from(save) });
  return files;
}

async function openClassPage(page: Page): Promise<void> {
  await page.click('[data-key="to-class"]');
  await page.waitForSelector('h1:has-text("For teachers")');
}

function readPage(page: Page) {
  return page.evaluate(() => {
    const text = (el: Element | null | undefined) => el?.textContent?.trim() ?? '';
    return {
      address: location.hash,
      counts: text(document.querySelector('.class-counts')),
      flagged: [...document.querySelectorAll('.class-flagged li')].map(text),
      groups: [...document.querySelectorAll('.class-group h3')].map(text),
      dots: document.querySelectorAll('.class-chart circle').length,
      history: text(document.querySelector('.class-history text')),
      moments: [...document.querySelectorAll('.class-moments li')].map(text),
      rows: [...document.querySelectorAll('.class-table tbody tr')].map((tr) =>
        [...tr.children].map((c) => text(c)),
      ),
    };
  });
}

describe.each(Object.keys(SIZES) as SizeName[])('the class page at %s size', (size) => {
  it('verifies thirty results, flags the edited one and the save, charts the class and keeps the list', async () => {
    const { page, problems, context } = await openPage(browser, size, { bypassCSP: true });
    await openClassPage(page);
    expect(await page.textContent('.class-empty')).toContain('Hand in your result');
    await page.setInputFiles('[data-key="class-input"]', classFiles());
    await page.waitForSelector('.class-counts');
    const seen = await readPage(page);
    expect(seen.address).toBe('#/class');
    expect(seen.counts).toBe('Results: 31. Genuine: 29. Altered: 1. Not checked: 1.');
    expect(seen.flagged).toEqual([
      expect.stringMatching(
        /^student-08\.json: Altered: Japan's score \(scores\.japan\) does not match its moves: the file says 97, replaying them gives [\d.]+\.$/,
      ),
      'my-save.json: Not a result file: this is a saved game, not a result file: open it with "Import a save" on the title screen.',
    ]);
    expect(seen.groups).toEqual(['The Second Visit, as Japan: 29 genuine games']);
    expect(seen.dots).toBe(29);
    expect(seen.history).toMatch(/^History: [\d.]+$/);
    expect(seen.moments.length).toBeGreaterThan(0);
    expect(seen.rows).toHaveLength(31);
    // A name given in the file stands for the student, with the file's name under it.
    expect(seen.rows.map((r) => r[0])).toContain('Aiko Tanakastudent-01.json');
    await shot(page, `class-page-${size}`, true);
    expect(await axe(page)).toEqual([]);

    // Beside the class, the built-in strategies from the same seat, played in the page's worker.
    await page.click('[data-key^="class-baseline:"]');
    await page.waitForSelector('p.class-baseline', { timeout: 180_000 });
    expect(await page.textContent('p.class-baseline')).toMatch(
      /^The class’s mean is [\d.]+\. Over 200 games each, the built-in strategies score: Balanced [\d.]+ \(from [\d.]+ to [\d.]+\); /,
    );
    expect(await page.$$eval('.class-band', (bands) => bands.length)).toBe(6);
    await page.locator('.class-group').scrollIntoViewIfNeeded();
    await shot(page, `class-baseline-${size}`);

    // Sorted by score, highest first; then by check, the altered file first.
    await page.click('[data-key="class-sort:score"]');
    const byScore = (await readPage(page)).rows.map((r) => Number.parseFloat(r[5] ?? ''));
    const scored = byScore.filter((n) => !Number.isNaN(n));
    expect(scored).toEqual([...scored].sort((a, b) => b - a));
    await page.click('[data-key="class-sort:status"]');
    expect((await readPage(page)).rows[0]?.[0]).toBe('student-08.json');

    // The table as CSV: the formula-like file name is text, not a formula.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-key="class-csv"]'),
    ]);
    const csv = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '');
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      '"Student","File","Check","Reason","Scenario","Delegation","Seed","Outcome","Score","Out of","Turns"',
    );
    expect(lines.some((l) => l.startsWith('"Aiko Tanaka","student-01.json","Genuine"'))).toBe(true);
    expect(lines.some((l) => l.startsWith('"김민준","student-02.json","Genuine"'))).toBe(true);
    expect(lines).toHaveLength(32);
    expect(csv).toContain('"","\'=HYPERLINK(""http://x"").json","Genuine"');
    expect(csv).not.toMatch(/(^|,)"?=/m);

    // Kept across a reload, at the same address; cleared only when asked twice.
    await page.reload();
    await page.waitForSelector('.class-counts');
    expect((await readPage(page)).counts).toBe('Results: 31. Genuine: 29. Altered: 1. Not checked: 1.');
    await page.click('[data-key="class-clear"]');
    await page.click('[data-key="class-clear-no"]');
    expect((await readPage(page)).rows).toHaveLength(31);
    await page.click('[data-key="class-clear"]');
    await page.click('[data-key="class-clear-yes"]');
    await page.waitForSelector('.class-empty');
    await page.reload();
    await page.waitForSelector('.class-empty');
    expect(problems).toEqual([]);
    await context.close();
  });
});
