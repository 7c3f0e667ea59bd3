import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axe, baseUrl, launch, openPage, playPatientlyToEnd, SIZES, type SizeName, shot } from './harness.ts';
import { brokenFile, goodFile } from './scenario-files.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** A shipped scenario, opened as a file: large enough that its check shows progress for a while. */
const LARGE = fileURLToPath(new URL('../../scenarios/2002-road-to-pyongyang.yaml', import.meta.url));

/** Screenshot of the part of the page that matters, then axe on the whole page. */
async function check(page: Page, name: string, selector: string): Promise<string[]> {
  await page.evaluate((s) => document.querySelector(s)?.scrollIntoView({ block: 'start' }), selector);
  await page.evaluate(() => window.scrollBy(0, -64)); // clear of the sticky top bar
  await shot(page, name);
  return (await axe(page)).map((v) => `${name}: ${v}`);
}

async function arrive(page: Page, fragment: string): Promise<void> {
  await page.goto('about:blank');
  await page.goto(`${baseUrl()}${fragment}`);
  await page.waitForSelector('h1');
}

describe.each(Object.keys(SIZES) as SizeName[])('the screens for files and links at %s size', (size) => {
  it('have no serious or critical axe violations, and are photographed', async () => {
    // bypassCSP only so axe can be injected; files.test.ts and links.test.ts run under the real policy.
    const { page, problems, context } = await openPage(browser, size, { bypassCSP: true });
    const found: string[] = [];

    // A long check: stopped at once, then photographed while it runs.
    const large = {
      name: 'road-to-pyongyang-copy.yaml',
      mimeType: 'application/yaml',
      buffer: readFileSync(LARGE),
    };
    await page.setInputFiles('.open-file input[type="file"]', large);
    await page.click('[data-key="open-stop"]');
    await page.waitForFunction(() =>
      document.querySelector('[data-key="open-result"]')?.textContent?.includes('was stopped'),
    );
    await page.setInputFiles('.open-file input[type="file"]', large);
    await page.waitForFunction(() => (document.querySelector('progress')?.max ?? 0) > 1);
    found.push(...(await check(page, 'title-file-checking', '.open-file')));
    // Stop it, or, if it ended meanwhile, forget the file it added (in the page: no race with the worker).
    await page.evaluate(() => {
      document.querySelector<HTMLElement>('[data-key="open-stop"]')?.click();
      document.querySelector<HTMLElement>('[data-key="forget:road-to-pyongyang-2002"]')?.click();
    });

    await page.setInputFiles('.open-file input[type="file"]', brokenFile().path);
    await page.waitForFunction(() =>
      document.querySelector('[data-key="open-result"]')?.textContent?.includes('cannot be played'),
    );
    found.push(...(await check(page, 'title-file-problems', '.check-result')));

    await page.setInputFiles('.open-file input[type="file"]', goodFile().path);
    await page.waitForSelector('.card-file');
    found.push(...(await check(page, 'title-file-ready', '.check-result')));

    // The drop zone over the page while a file is dragged in.
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.items.add(new File(['schema: 1'], 'x.yaml'));
      window.scrollTo(0, 0);
      document.body.dispatchEvent(new DragEvent('dragenter', { dataTransfer: data, bubbles: true }));
    });
    await shot(page, 'title-drop');
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.items.add(new File([''], 'x.yaml'));
      document.body.dispatchEvent(new DragEvent('dragleave', { dataTransfer: data, bubbles: true }));
    });
    expect(await page.isHidden('.drop-overlay')).toBe(true);

    // The opened file played to its debrief, where the game can be shared.
    await page.click('[data-key="play:file:my-summit:japan"]');
    await page.click('[data-key="brief-go-top"]');
    await page.waitForSelector('[role="tablist"]');
    expect(await playPatientlyToEnd(page)).toBeGreaterThan(0);
    await page.click('[data-key="to-debrief"]');
    await page.waitForSelector('.share');
    const link = await page.inputValue('[data-key="share-link"]');
    expect(link).toMatch(/#play=my-summit&as=japan&seed=\d+$/);
    expect(await page.inputValue('[data-key="share-result"]')).toMatch(
      /^My own summit \(May-July 2004\), as Japan, seed \d+: [^.]+\.$/,
    );
    if (size === 'desktop') {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
        origin: new URL(baseUrl()).origin,
      });
      await page.click('[data-key="copy-link"]');
      await page.waitForSelector('.copy-status');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
    }
    found.push(...(await check(page, 'debrief-share', '.share')));

    // Class links: a problem, and a game from the link to continue.
    await arrive(page, '#play=road-to-pyongyang-2002&as=japan&se');
    found.push(...(await check(page, 'title-link-problem', '.link-box')));
    await arrive(page, '#play=road-to-pyongyang-2002&as=japan&seed=5');
    await page.waitForSelector('h1:has-text("Briefing")');
    await arrive(page, '#play=road-to-pyongyang-2002&as=japan&seed=5');
    await page.waitForSelector('[data-key="link-continue"]');
    found.push(...(await check(page, 'title-link-resume', '.link-box')));

    expect(found).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
