/**
 * The teacher's lesson planner in a real browser: a scenario, a seed and a seat plan make one
 * class link per delegation, each with a QR code; two students opening the same link get the same
 * game at the planned seat; a numbered plan lists the class; and the handout prints each
 * delegation's briefing on its own page, then the glossary and the questions.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axe, launch, openPage, SIZES, type SizeName, shot, stateHashOf } from './harness.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function planner(page: Page): Promise<void> {
  await page.click('[data-key="to-class"]');
  await page.waitForSelector('h1:has-text("For teachers")');
  const value = await page.$eval('[data-key="lesson-scenario"]', (el) =>
    [...(el as HTMLSelectElement).options]
      .map((o) => o.value)
      .find((v) => v.startsWith('second-visit-2004:')),
  );
  await page.selectOption('[data-key="lesson-scenario"]', value ?? '');
  await page.fill('[data-key="lesson-seed"]', '4242');
  await page.press('[data-key="lesson-seed"]', 'Enter');
  await page.locator('[data-key="lesson-seed"]').blur();
}

function links(page: Page) {
  return page.$$eval('.lesson-link', (items) =>
    items.map((li) => ({
      seat: li.querySelector('h4')?.textContent ?? '',
      who: li.querySelector('p')?.textContent ?? '',
      url: (li.querySelector('input') as HTMLInputElement | null)?.value ?? '',
      qr: li.querySelector('svg.qr path')?.getAttribute('d')?.length ?? 0,
    })),
  );
}

describe.each(Object.keys(SIZES) as SizeName[])('the lesson planner at %s size', (size) => {
  it('makes a checked link and QR code per delegation, and a numbered class list', async () => {
    const { page, problems, context } = await openPage(browser, size, { bypassCSP: true });
    await planner(page);
    expect(await links(page)).toEqual([
      {
        seat: 'Japan',
        who: 'Everyone',
        url: expect.stringMatching(/#play=second-visit-2004&as=japan&seed=4242$/),
        qr: expect.any(Number),
      },
    ]);
    await page.check('[data-key="lesson-plan:alternate"]');
    await page.selectOption('[data-key="lesson-seat-b"]', 'north_korea');
    const pair = await links(page);
    expect(pair.map((l) => [l.seat, l.who, l.url.split('#')[1]])).toEqual([
      ['Japan', 'Odd numbers on the class list', 'play=second-visit-2004&as=japan&seed=4242'],
      ['North Korea', 'Even numbers on the class list', 'play=second-visit-2004&as=north_korea&seed=4242'],
    ]);
    for (const l of pair) expect(l.qr).toBeGreaterThan(1000);
    await page.locator('.lesson-links').scrollIntoViewIfNeeded();
    await shot(page, `lesson-links-${size}`);
    expect(await axe(page)).toEqual([]);

    await page.check('[data-key="lesson-plan:numbered"]');
    await page.fill('[data-key="lesson-students"]', '5');
    await page.locator('[data-key="lesson-students"]').blur();
    const roster = await page.$$eval('.lesson-roster tbody tr', (rows) =>
      rows.map((r) => [...r.children].map((c) => c.textContent ?? '')),
    );
    expect(roster.map((r) => r[0])).toEqual(['1', '2', '3', '4', '5']);
    // In turn down the list through the delegations ticked (all of them at first).
    const seats = (await links(page)).map((l) => l.seat);
    expect(roster.map((r) => r[1])).toEqual([1, 2, 3, 4, 5].map((n) => seats[(n - 1) % seats.length]));
    expect(problems).toEqual([]);

    // Two students open the North Korea link: the same game, at the planned seat.
    const url = pair[1]!.url;
    const hashes: string[] = [];
    for (let student = 0; student < 2; student++) {
      const other = await browser.newContext({ viewport: SIZES[size] });
      const tab = await other.newPage();
      await tab.goto(url);
      await tab.waitForSelector('h1:has-text("Briefing")');
      expect(await tab.textContent('main')).toContain('North Korea');
      await tab.click('[data-key="brief-go-top"]');
      await tab.waitForSelector('[role="tablist"]');
      hashes.push(await stateHashOf(tab));
      await other.close();
    }
    expect(hashes[0]).toBe(hashes[1]);
    await context.close();
  });
});

describe('the lesson plans', () => {
  it('are a page of the site, linked from the title screen, whose contents links all lead somewhere', async () => {
    const { page, problems, context } = await openPage(browser, 'phone');
    await page.click('[data-key="to-teaching"]');
    await page.waitForSelector('h1:has-text("Teaching with Give and Take")');
    const seen = await page.evaluate(() => {
      const ids = new Set([...document.querySelectorAll('[id]')].map((e) => e.id));
      const anchors = [...document.querySelectorAll('a[href^="#"]')].map((a) =>
        a.getAttribute('href')!.slice(1),
      );
      return {
        lessons: [...document.querySelectorAll('h2')]
          .map((h) => h.textContent)
          .filter((t) => /^\d\. /.test(t ?? '')),
        broken: anchors.filter((a) => !ids.has(a)),
        anchors: anchors.length,
        wide: document.documentElement.scrollWidth > window.innerWidth + 1,
        scripts: document.scripts.length,
      };
    });
    expect(seen.lessons).toHaveLength(6);
    expect(seen.anchors).toBeGreaterThan(5);
    expect(seen.broken).toEqual([]);
    expect(seen).toMatchObject({ wide: false, scripts: 0 });
    await shot(page, 'teaching-page');
    await page.click('a:has-text("← Give and Take")');
    await page.waitForSelector('h1:has-text("Give and Take")');
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('the handout', () => {
  it('prints each delegation’s briefing on its own page with its link, then the glossary and the questions', async () => {
    const { page, problems, context } = await openPage(browser, 'desktop');
    await planner(page);
    await page.check('[data-key="lesson-plan:alternate"]');
    await page.selectOption('[data-key="lesson-seat-b"]', 'north_korea');
    expect(await page.isVisible('.handout')).toBe(false);
    await page.emulateMedia({ media: 'print' });
    const seen = await page.evaluate(() => {
      const visible = (el: Element) => (el as HTMLElement).offsetParent !== null;
      return {
        pages: [...document.querySelectorAll('.handout-page')]
          .filter(visible)
          .map((p) => p.querySelector('h1')?.textContent),
        qr: document.querySelectorAll('.handout .qr').length,
        planner: [...document.querySelectorAll('.lesson-planner > :not(.handout)')].filter(visible).length,
        results: visible(document.querySelector('.class-results-h')!),
        urls: [...document.querySelectorAll('.handout-url')].map((u) => u.textContent),
      };
    });
    expect(seen).toMatchObject({
      pages: ['Briefing: Japan', 'Briefing: North Korea', 'Glossary', 'Questions for the debrief'],
      qr: 2,
      planner: 0,
      results: false,
    });
    expect(seen.urls.map((u) => u?.split('#')[1])).toEqual([
      'play=second-visit-2004&as=japan&seed=4242',
      'play=second-visit-2004&as=north_korea&seed=4242',
    ]);
    await shot(page, 'lesson-handout', true);
    const pdf = await page.pdf({ format: 'A4' });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0;
    // A page per briefing at least, the glossary, the questions.
    expect(pages).toBeGreaterThanOrEqual(4);
    expect(problems).toEqual([]);
    await context.close();
  });
});
