import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, patientMove, playPatientlyToEnd, SIZES, shot, stateHashOf } from './harness.ts';
import { goodFile } from './scenario-files.ts';

/**
 * The built site served from a subfolder, as a school's web space or a project page serves it:
 * a plain static server that knows nothing of the game and answers only under FOLDER, so any
 * address that reaches for the origin's root fails. Then the address follows the screen: Back,
 * Forward and reload, on the real build in a real browser.
 */
const FOLDER = '/school/give-and-take/';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

/** Every path asked of the server, and those it had to refuse. */
const asked: string[] = [];
const refused: string[] = [];

function serveFolder(root: string): Promise<Server> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    asked.push(path);
    // A folder without its slash gets it, as static hosts do; then relative addresses resolve.
    if (`${path}/` === FOLDER) {
      response.writeHead(301, { location: FOLDER }).end();
      return;
    }
    const inside = path.startsWith(FOLDER) ? normalize(path.slice(FOLDER.length)) : null;
    if (inside === null || inside.startsWith('..')) {
      refused.push(path);
      response.writeHead(404).end();
      return;
    }
    const file = join(root, inside === '.' || inside === '' ? 'index.html' : inside);
    readFile(file).then(
      (body) =>
        response
          .writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
          .end(body),
      () => {
        refused.push(path);
        response.writeHead(404).end();
      },
    );
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

let browser: Browser;
let server: Server;
let site: string;
beforeAll(async () => {
  server = await serveFolder(inject('buildDir'));
  site = `http://127.0.0.1:${(server.address() as AddressInfo).port}${FOLDER}`;
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

/** A page that starts blank (so Back from the title has somewhere to leave to), problems collected. */
async function blankPage(): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await browser.newContext({ viewport: SIZES.desktop, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  // CSP refusals and failed loads are reported as console errors.
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  // Loads cut off by leaving the page (a reload while Phaser is fetched) are not failures.
  page.on('requestfailed', (r) => {
    const why = r.failure()?.errorText ?? '';
    if (why !== 'net::ERR_ABORTED') problems.push(`failed: ${r.url()} ${why}`);
  });
  return { context, page, problems };
}

const heading = (page: Page) => page.textContent('h1');
const fragment = (page: Page) => new URL(page.url()).hash;

/** Back or Forward inside the page, then waits for the screen it lands on (its heading). */
async function travel(page: Page, delta: -1 | 1, expected: string): Promise<void> {
  await page.evaluate((d) => history.go(d), delta);
  await page.waitForFunction((want) => document.querySelector('h1')?.textContent === want, expected);
}

describe('hosted in a subfolder, with the address following the screen', () => {
  it('loads from a subfolder, plays to the debrief, and Back, Forward and reload keep the game', async () => {
    const { page, problems, context } = await blankPage();
    await page.goto('about:blank');
    await page.goto(site.slice(0, -1)); // without its slash, as a teacher may type it
    await page.waitForSelector('h1');
    expect(page.url()).toBe(site);
    expect(await heading(page)).toBe('Give and Take');
    expect(fragment(page)).toBe('');
    expect(await page.$eval('.hero-emblem', (img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(
      0,
    );
    await shot(page, 'hosting-subfolder-title');

    // The checker's worker comes from the subfolder too.
    await page.setInputFiles('.open-file input[type="file"]', goodFile().path);
    await page.waitForSelector('[data-key="open-result"]', { timeout: 30_000 });
    expect(await page.textContent('[data-key="open-result"]')).toContain('can be played');

    // Each screen is an address of its own, naming the game.
    await page.click('[data-key^="play:road-to-pyongyang-2002:"]');
    await page.waitForSelector('h1:has-text("Briefing")');
    const briefing = await heading(page);
    expect(fragment(page)).toMatch(/^#\/briefing\/g-[a-z0-9-]+$/);
    const game = fragment(page).split('/')[2];
    await page.click('[data-key="brief-go-top"]');
    await page.waitForSelector('[role="tablist"]');
    expect(fragment(page)).toBe(`#/table/${game}`);
    const table = await heading(page);
    // The table (Phaser, its own chunk) draws from the subfolder.
    await page.waitForFunction(() => document.body.dataset.renderer !== undefined, null, { timeout: 30_000 });
    expect(await page.evaluate(() => document.body.dataset.renderer)).toBe('webgl');
    await patientMove(page);
    await patientMove(page);
    const hash = await stateHashOf(page);
    // Moves do not add history entries: Back is the briefing, not the move before.
    expect(fragment(page)).toBe(`#/table/${game}`);
    await shot(page, 'hosting-subfolder-table');

    await travel(page, -1, briefing ?? '');
    expect(fragment(page)).toBe(`#/briefing/${game}`);
    // Focus moves to the new screen's heading, as on any change of screen.
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.key)).toBe(
      'screen-heading',
    );
    await travel(page, -1, 'Give and Take');
    expect(page.url()).toBe(site);
    await travel(page, 1, briefing ?? '');
    await travel(page, 1, table ?? '');
    expect(await stateHashOf(page)).toBe(hash);

    // A reload on the table: the same game, in the same state, without passing the title.
    await page.reload();
    await page.waitForSelector('[role="tablist"]');
    expect(fragment(page)).toBe(`#/table/${game}`);
    expect(await stateHashOf(page)).toBe(hash);
    // History survives the reload: Back is still the briefing of this game.
    await travel(page, -1, briefing ?? '');
    await travel(page, 1, table ?? '');
    expect(await stateHashOf(page)).toBe(hash);

    expect(await playPatientlyToEnd(page)).toBeGreaterThan(0);
    const ended = await stateHashOf(page);
    await page.click('[data-key="to-debrief"]');
    await page.waitForSelector('h1:has-text("Debrief")');
    expect(fragment(page)).toBe(`#/debrief/${game}`);
    // The class link carries the subfolder, not the origin's root.
    const link = await page.inputValue('[data-key="share-link"]');
    expect(link).toMatch(new RegExp(`^${site}#play=road-to-pyongyang-2002&as=[a-z_]+&seed=\\d+$`));

    await page.reload();
    await page.waitForSelector('h1:has-text("Debrief")');
    expect(fragment(page)).toBe(`#/debrief/${game}`);
    expect(await stateHashOf(page)).toBe(ended);
    await travel(page, -1, table ?? '');
    await travel(page, 1, 'Debrief');

    // The class link, opened in the subfolder, starts its game there.
    await page.goto('about:blank');
    await page.goto(link.replace(/seed=\d+/, 'seed=5'));
    await page.waitForSelector('h1:has-text("Briefing")');
    expect(fragment(page)).toMatch(/^#\/briefing\/g-/);
    expect(fragment(page)).not.toBe(`#/briefing/${game}`);

    // From the title, Back leaves the game as it would leave any page.
    await page.goto('about:blank');
    await page.goto(site);
    await page.waitForSelector('h1');
    await page.goBack();
    expect(page.url()).toBe('about:blank');

    expect(problems).toEqual([]);
    expect(refused).toEqual([]);
    expect(asked.every((p) => p.startsWith(FOLDER) || `${p}/` === FOLDER)).toBe(true);
    await context.close();
  });

  it('reopens a game on a scenario file after a reload, and says so when an address names a game not here', async () => {
    const { page, problems, context } = await blankPage();
    await page.goto(site);
    await page.setInputFiles('.open-file input[type="file"]', goodFile().path);
    await page.waitForSelector('[data-key="open-result"]', { timeout: 30_000 });
    await page.click('[data-key="play:file:my-summit:japan"]');
    await page.click('[data-key="brief-go-top"]');
    await page.waitForSelector('[role="tablist"]');
    await patientMove(page);
    const hash = await stateHashOf(page);
    const address = page.url();

    // The file comes back through the worker first, then the game opens on it.
    await page.reload();
    await page.waitForSelector('[role="tablist"]');
    expect(page.url()).toBe(address);
    expect(await stateHashOf(page)).toBe(hash);

    // A game that is not in this browser (deleted, or played in another): the title says so.
    await page.goto('about:blank');
    await page.goto(`${site}#/table/g-not-here`);
    await page.waitForSelector('.notices [role="alert"]');
    expect(await heading(page)).toBe('Give and Take');
    expect(await page.textContent('.notices')).toContain('names a game that is not saved in this browser');
    expect(page.url()).toBe(site);
    expect(await page.$$('[data-key^="continue:"]')).toHaveLength(1);

    expect(problems).toEqual([]);
    expect(refused).toEqual([]);
    await context.close();
  });
});
