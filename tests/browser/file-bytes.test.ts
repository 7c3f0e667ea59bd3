import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage } from './harness.ts';
import { bytesFile, utf16File } from './scenario-files.ts';

/**
 * An opened file's bytes are read as the command line reads them (issue #10: a UTF-16 file was
 * "ready to play" in the browser but "a single value" in the terminal, and a binary file echoed
 * its raw bytes into the page).
 */

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function open(page: Page, path: string): Promise<{ head: string; rows: string[] }> {
  await page.evaluate(() => document.querySelector('[data-key="open-result"]')?.remove());
  await page.setInputFiles('.open-file input[type="file"]', path);
  await page.waitForSelector('[data-key="open-result"]', { timeout: 30_000 });
  return {
    head: (await page.textContent('[data-key="open-result"]')) ?? '',
    rows: await page.$$eval('.file-problems li', (lis) => lis.map((li) => li.textContent ?? '')),
  };
}

describe('the bytes of an opened file', () => {
  it('read as UTF-16 like the command line, and a binary or Latin-1 file is named, not shown', async () => {
    const { page, problems, context } = await openPage(browser, 'desktop');
    const utf16 = await open(page, utf16File().path);
    expect(utf16.head).toContain('“my-summit-utf16.yaml” can be played, with 1 warning.');

    const binary = await open(
      page,
      bytesFile(
        'photo.yaml',
        Uint8Array.from({ length: 256 }, (_, i) => i),
      ).path,
    );
    expect(binary.head).toContain('cannot be played until its errors are fixed: 1 error');
    expect(binary.rows).toHaveLength(1);
    expect(binary.rows[0]).toContain('Line 1, column 1');
    expect(binary.rows[0]).toContain(
      'the file holds a control character (U+0000) that text files do not have, so it is probably not a text file',
    );
    // None of the file's bytes reached the page: no control characters, no replacement marks.
    const text = (await page.textContent('body')) ?? '';
    const strays = [...text].filter((c) => {
      const code = c.charCodeAt(0);
      return (code < 0x20 && c !== '\n' && c !== '\t' && c !== '\r') || code === 0xfffd;
    });
    expect(strays).toEqual([]);

    const latin1 = await open(
      page,
      bytesFile(
        'latin1.yaml',
        Uint8Array.from('place: Pyöngyang\n', (c) => c.charCodeAt(0)),
      ).path,
    );
    expect(latin1.rows[0]).toContain('Line 1, column 10');
    expect(latin1.rows[0]).toContain('the file is not UTF-8 text: byte 0xF6 here');
    expect(problems).toEqual([]);
    await context.close();
  });
});
