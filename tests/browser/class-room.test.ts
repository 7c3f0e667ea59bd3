/**
 * The networked class in a real browser: a teacher's page and two students' pages in one
 * Chromium, on the real class server serving the built game. The teacher opens a class, the
 * students join by the code (one from the QR code's address, one typing it), the teacher starts,
 * and the students play their table to its end by clicking; every page ends on the same result
 * the server holds.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { fmt } from '../../src/engine/index.ts';
import { type ClassServer, startClassServer } from '../../src/server/index.ts';
import { axe, launch, SIZES, type SizeName, shot } from './harness.ts';

let browser: Browser;
let server: ClassServer;
let folder: string;
const contexts: BrowserContext[] = [];
const problems: string[] = [];

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'class-room-'));
  server = await startClassServer({
    port: 0,
    host: '127.0.0.1',
    database: join(folder, 'class.sqlite'),
    site: inject('buildDir'),
  });
  browser = await launch();
});
afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await server?.close();
  rmSync(folder, { recursive: true, force: true });
});

/** A page of the class server; axe needs its script let in, so the CSP is bypassed for it alone. */
async function open(path: string, size: SizeName, bypassCSP = false): Promise<Page> {
  const context = await browser.newContext({ viewport: SIZES[size], reducedMotion: 'reduce', bypassCSP });
  contexts.push(context);
  const page = await context.newPage();
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  await page.goto(`${server.url}${path}`);
  await page.waitForSelector('h1');
  return page;
}

const status = (page: Page) => page.locator('.class-status').innerText();

/** One step of a student's play: offer on the first move, accept any offer, otherwise wait. */
async function playStep(page: Page, offered: { done: boolean }): Promise<boolean> {
  const kind = await page.locator('.class-status').getAttribute('class');
  if (kind?.includes('class-status-answer')) {
    await page.getByRole('button', { name: /accepts$/ }).click();
    return true;
  }
  if (!kind?.includes('class-status-yours')) return false;
  if (!offered.done && (await page.locator('summary', { hasText: 'Make an offer' }).count()) > 0) {
    offered.done = true;
    const builder = page.locator('.class-builder').first();
    await builder.locator('summary').click();
    // One choice an item: the first item given at its first listed way, the same asked for.
    const firstWay = async (side: number) => {
      const select = builder.locator('fieldset').nth(side).locator('select').first();
      await select.selectOption({ index: 1 });
    };
    await firstWay(0);
    await firstWay(1);
    // The offer's choices are labelled controls, as the rest of the page (Aiko's page lets axe in).
    expect(await axe(page)).toEqual([]);
    await shot(page, 'class-room-student-builder', true);
    await builder.getByRole('button', { name: 'Propose this package' }).click();
    return true;
  }
  await page.locator('.class-others summary').click();
  await page.getByRole('button', { name: /waits$/ }).click();
  return true;
}

describe('a class on the class server, in the browser', () => {
  it('a teacher opens it, two students join and play their table to its end', async () => {
    const teacher = await open('/class.html#teach', 'desktop', true);
    expect(await teacher.locator('h1').innerText()).toBe('Open a class');
    await teacher.selectOption('#teach-scenario', 'beijing-back-channel-2001');
    // Two minutes a move: the class plays well within it, and every page shows the clock running.
    await teacher.selectOption('#teach-time', '120');
    await shot(teacher, 'class-room-teacher-create', true);
    await teacher.getByRole('button', { name: 'Open the class' }).click();
    await teacher.waitForSelector('.join-code');
    const code = (await teacher.locator('.join-code').innerText()).trim();
    expect(code).toMatch(/^[A-Z2-9]{6}$/);
    expect(await teacher.locator('svg.qr').count()).toBe(1);
    expect(await axe(teacher)).toEqual([]);
    await shot(teacher, 'class-room-teacher-lobby');

    // One student from the QR code's address (the code filled in), one typing it in small letters.
    const aiko = await open(`/class.html#code=${code}`, 'phone', true);
    expect(await aiko.locator('#join-code').inputValue()).toBe(code);
    await aiko.fill('#join-name', 'Aiko');
    await aiko.getByRole('button', { name: 'Join' }).click();
    await aiko.waitForSelector('.class-status');
    expect(await status(aiko)).toContain('The game starts when your teacher starts the class');
    expect(await axe(aiko)).toEqual([]);
    await shot(aiko, 'class-room-student-lobby');
    const bora = await open('/class.html', 'phone');
    await bora.fill('#join-code', code.toLowerCase());
    await bora.getByRole('button', { name: 'Join' }).click();
    await bora.waitForSelector('.class-status');
    expect(await bora.locator('.eyebrow').innerText()).toMatch(/TABLE 1 · YOU LEAD NORTH KOREA/i);

    await teacher.getByText('Students seated: 2 of 2.').waitFor();
    await teacher.getByRole('button', { name: 'Start the class' }).click();
    await aiko.locator('.class-status-yours').waitFor();
    expect(await status(bora)).toBe('Waiting for Japan: a classmate is choosing.');
    expect(await aiko.locator('.class-clock').innerText()).toMatch(/^Time left for your move: (2:00|1:5\d)$/);
    expect(await bora.locator('.class-clock').innerText()).toMatch(/^Time left for Japan: (2:00|1:5\d)$/);
    expect(await teacher.locator('.class-clock').innerText()).toMatch(
      /^Time left for this move: (2:00|1:5\d)$/,
    );
    // It counts down by itself, between the server's messages.
    const first = await aiko.locator('.clock').innerText();
    await expect.poll(() => aiko.locator('.clock').innerText(), { timeout: 3_000 }).not.toBe(first);
    await shot(aiko, 'class-room-student-move');

    const offered = { done: false };
    // The teacher's page keeps its class (and token) in the browser, as it would after a reload.
    const kept = await teacher.evaluate(() => localStorage.getItem('gat.classTeacher'));
    const classId = kept?.split(' ')[0] ?? '';
    const table = () => server.classroom.tableState(classId, 0);
    let steps = 0;
    for (let i = 0; i < 400 && table().state.status !== 'ended'; i++) {
      const before = table().actions.length;
      const moved = (await playStep(aiko, offered)) || (await playStep(bora, { done: true }));
      if (moved) {
        steps++;
        // The move reached the server, and both pages show the table it left, before the next look.
        await expect.poll(() => table().actions.length, { timeout: 10_000 }).toBeGreaterThan(before);
        for (const page of [aiko, bora]) {
          await page.locator(`.class-status[data-length="${table().actions.length}"]`).waitFor();
        }
        if (steps === 2) await shot(aiko, 'class-room-student-answer');
      } else await new Promise((r) => setTimeout(r, 50));
    }
    const result = table().state.result;
    expect(result).not.toBeNull();
    // The offer made on the first move was answered, and Japan's page said so.
    expect(table().actions[0]).toMatchObject({ type: 'offer', actor: 'japan', to: 'north_korea' });
    expect(table().actions[1]).toEqual({ type: 'accept', actor: 'north_korea' });

    for (const page of [aiko, bora]) {
      await page.locator('.class-ended').waitFor();
      expect(await page.locator('.class-ended h2').innerText()).toBe(result?.title);
      const scores = await page.locator('.class-ended li').allInnerTexts();
      // Rounded to a tenth, as the game's debrief shows scores.
      expect(scores).toEqual([
        `Japan: ${fmt(result?.scores.japan ?? Number.NaN)} points`,
        `North Korea: ${fmt(result?.scores.north_korea ?? Number.NaN)} points`,
      ]);
      expect(await page.getByRole('button', { name: 'Download your result file' }).count()).toBe(1);
    }
    await shot(aiko, 'class-room-student-ended', true);
    await teacher.getByText(`Finished: ${result?.title}.`).waitFor();
    const rows = await teacher.locator('.class-seat-table tbody tr').allInnerTexts();
    expect(rows.map((r) => r.split('\t').slice(0, 2))).toEqual([
      ['Japan', 'Aiko'],
      ['North Korea', 'a classmate'],
    ]);
    await shot(teacher, 'class-room-teacher-ended', true);

    // Aiko opens her debrief: the game's own, on the game's page, from the server's result.
    await aiko.getByRole('button', { name: 'Open your debrief' }).click();
    await aiko.waitForSelector('h1:has-text("Debrief")');
    expect(aiko.url()).toMatch(/#\/debrief\/r-[0-9a-f]{8}-japan$/);
    expect(await aiko.textContent('.result .score')).toContain(
      `Your score: ${fmt(result?.scores.japan ?? Number.NaN)} of`,
    );
    await shot(aiko, 'class-room-student-debrief');

    // The teacher's class debrief: both students' results, each verified by replay on the game's
    // class page; and any of them opens at its own debrief, from North Korea's seat here.
    await teacher.getByRole('button', { name: 'Open the class debrief' }).click();
    await teacher.waitForURL(/\/#\/class$/);
    await teacher.waitForSelector('.class-table .verdict');
    const handedIn = await teacher
      .locator('.class-table tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [...tr.children].slice(0, 3).map((c) => (c as HTMLElement).innerText.trim())),
      );
    expect(handedIn.map(([who, check, seat]) => [who?.split('\n')[0], check, seat])).toEqual([
      ['Aiko', 'Genuine', 'Japan'],
      [`class ${code} table 1 North Korea.json`, 'Genuine', 'North Korea'],
    ]);
    expect(await axe(teacher)).toEqual([]);
    await shot(teacher, 'class-room-class-debrief', true);
    await teacher
      .getByRole('button', { name: `Open the debrief of class ${code} table 1 North Korea.json` })
      .click();
    await teacher.waitForSelector('h1:has-text("Debrief")');
    expect(await teacher.textContent('.result .score')).toContain(
      `Your score: ${fmt(result?.scores.north_korea ?? Number.NaN)} of`,
    );
    // Back on the teacher's page (its class kept in the browser), a table's seat opens straight
    // at its debrief.
    await teacher.goto(`${server.url}/class.html#teach`);
    await teacher.getByRole('button', { name: 'Open the debrief of table 1, Japan' }).click();
    await teacher.waitForSelector('h1:has-text("Debrief")');
    expect(teacher.url()).toBe(aiko.url());
    expect(problems).toEqual([]);
  });

  it('a wrong code is refused in words, and the page keeps what was typed', async () => {
    const page = await open('/class.html', 'phone');
    await page.fill('#join-code', 'ZZZZZZ');
    await page.getByRole('button', { name: 'Join' }).click();
    await expect
      .poll(() => page.getByRole('alert').innerText())
      .toBe('No class has this code: check it on the board.');
    expect(await page.locator('#join-code').inputValue()).toBe('ZZZZZZ');
    expect(problems).toEqual([]);
  });
});
