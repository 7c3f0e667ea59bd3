/**
 * Results a teacher can trust, in a real browser: the debrief's result file is the game just played
 * (the command line's `verifyResult` finds it genuine, and an edit of it altered), its CSV holds
 * the measures turn by turn, and the printed debrief is one page holding the sheet alone.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fmt } from '../../src/engine/index.ts';
import { loadScenario, parseResultFile, scenarioHash } from '../../src/scenario/index.ts';
import { verifyResult } from '../../src/sim/index.ts';
import { launch, openPage, playLinkToDebrief, shot } from './harness.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const LINK = '#play=second-visit-2004&as=japan&seed=1';
const FILE = new URL('../../scenarios/2004-koizumi-second-visit.yaml', import.meta.url);

/** Clicks a download button and returns the file's name and text. */
async function download(page: Page, key: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(`[data-key="${key}"]`)]);
  const path = await file.path();
  return { name: file.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

/** How many pages a PDF has: its page objects (the page tree's own node is `/Pages`). */
function pdfPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0;
}

describe('the result of a finished game', () => {
  it('downloads as a file that replays to the same score, and an edit of it is caught', async () => {
    const { page, problems, context } = await openPage(browser, 'desktop');
    await playLinkToDebrief(page, LINK);
    const shown = await page.textContent('.result .score');
    await page.locator('.hand-in').scrollIntoViewIfNeeded();
    await shot(page, 'debrief-hand-in');

    await page.fill('[data-key="hand-in-name"]', ' Aiko  Tanaka ');
    const file = await download(page, 'hand-in-result');
    expect(file.name).toBe('give-and-take-second-visit-2004-japan-seed-1-Aiko-Tanaka.json');
    const parsed = parseResultFile(file.text);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const result = parsed.value;
    expect(result.seed).toBe(1);
    expect(result.player).toBe('japan');
    expect(result.seats.japan).toBe('person');
    expect(result.student).toBe('Aiko  Tanaka');
    expect(shown).toBe(`Your score: ${fmt(result.scores.japan ?? Number.NaN)} of 100`);

    const loaded = loadScenario(readFileSync(FILE, 'utf8'), 'scenario.yaml');
    if (!loaded.ok) throw new Error('the shipped scenario does not load');
    const hash = scenarioHash(loaded.value);
    // The browser's catalogue and the command line hash the same loaded scenario.
    expect(result.scenario.hash).toBe(hash);
    const verified = verifyResult(loaded.value, hash, result);
    expect(verified.ok).toBe(true);

    const edited = { ...result, scores: { ...result.scores, japan: 99 } };
    const refused = verifyResult(loaded.value, hash, edited);
    expect(refused.ok ? null : refused.fault.code).toBe('result/claim');

    const csv = await download(page, 'hand-in-csv');
    expect(csv.name).toBe('give-and-take-second-visit-2004-japan-seed-1-Aiko-Tanaka-measures.csv');
    const lines = csv.text
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toMatch(/^"Turn","Turn label","Tension",/);
    // One row per turn of the six, each with as many cells as the heading.
    expect(lines).toHaveLength(7);
    const width = lines[0]!.split(',').length;
    for (const line of lines.slice(1)) expect(line.match(/"[^"]*"|[^,]+|(?<=,)(?=,|$)/g)).toHaveLength(width);

    // The class page takes the file and the edited copy: the browser verifies with the same code.
    await page.click('[data-key="nav:title"]');
    await page.click('[data-key="to-class"]');
    await page.setInputFiles('[data-key="class-input"]', [
      { name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text) },
      { name: 'edited.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(edited)) },
    ]);
    await page.waitForSelector('.class-counts');
    expect(await page.textContent('.class-counts')).toBe(
      'Results: 2. Genuine: 1. Altered: 1. Not checked: 0.',
    );
    expect(await page.textContent('.class-flagged li')).toBe(
      `Aiko  Tanaka: Altered: ${refused.ok ? '' : refused.fault.message}.`,
    );
    expect(problems).toEqual([]);
    await context.close();
  });

  it('prints as one page: the sheet for the gradebook, without the controls', async () => {
    const { page, problems, context } = await openPage(browser, 'desktop');
    await playLinkToDebrief(page, LINK);
    expect(await page.isVisible('.print-sheet')).toBe(false);
    await page.emulateMedia({ media: 'print' });
    const seen = await page.evaluate(() => {
      const visible = (el: Element | null) => el !== null && (el as HTMLElement).offsetParent !== null;
      return {
        sheet: visible(document.querySelector('.print-sheet')),
        topbar: visible(document.querySelector('.topbar')),
        handIn: visible(document.querySelector('.hand-in')),
        buttons: [...document.querySelectorAll('button')].filter(visible).length,
        text: document.querySelector('.print-sheet')?.textContent ?? '',
        rows: document.querySelectorAll('.print-measures tbody tr').length,
      };
    });
    expect(seen).toMatchObject({ sheet: true, topbar: false, handIn: false, buttons: 0, rows: 6 });
    expect(seen.text).toContain('The Second Visit');
    expect(seen.text).toContain('Played as Japan, seed 1.');
    await shot(page, 'debrief-print', true);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdfPages(pdf)).toBe(1);
    const letter = await page.pdf({ format: 'Letter' });
    expect(pdfPages(letter)).toBe(1);
    expect(problems).toEqual([]);
    await context.close();
  });
});
