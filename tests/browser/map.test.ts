import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  axe,
  baseUrl,
  closeAnswer,
  focusedKey,
  launch,
  openPage,
  SIZES,
  type SizeName,
  shot,
  tabTo,
} from './harness.ts';

/**
 * The map reads well (issue #8): every issue on it by its whole name and no label over another at
 * either size and at the largest text; drawn at the device's pixel ratio; redrawn when the text
 * size changes; folded away on a phone with the status kept in view; a legend for its marks; a
 * card for each delegation by pointer, tap and keyboard. The canvas publishes the texts it drew
 * (`data-labels` on the canvas), since a canvas is opaque to a test.
 */

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const SCENARIOS: readonly [string, string][] = [
  ['beijing-back-channel-2001', 'japan'],
  ['road-to-pyongyang-2002', 'japan'],
  ['second-visit-2004', 'japan'],
  ['six-party-third-round-2004', 'usa'],
  ['after-the-test-2006', 'japan'],
  ['ulaanbaatar-2007', 'japan'],
];

interface Drawn {
  readonly kind: string;
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The harness's page, with a pixel ratio and touch where asked, and the text size set. */
async function open(
  size: SizeName,
  options: { scale?: number; touch?: boolean; bypassCSP?: boolean; textSize?: 100 | 150 } = {},
): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const opened = await openPage(browser, size, options);
  if (options.textSize === 150) await setTextSize(opened.page, 150);
  return opened;
}

async function setTextSize(page: Page, size: 100 | 150): Promise<void> {
  await page.click('[data-key="nav:settings"]');
  await page.click(`[data-key="textSize:${size}"]`);
  await page.keyboard.press('Escape');
}

/** Opens a scenario's table through a class link (a fixed seed) and waits for the map to draw it. */
async function table(page: Page, id: string, actor: string): Promise<void> {
  // Read at once, without waiting: before the first table there is no canvas yet.
  const before = await page.evaluate(
    () => document.querySelector('#game canvas')?.getAttribute('data-labels') ?? '',
  );
  await page.goto(`${baseUrl()}#play=${id}&as=${actor}&seed=7`);
  await page.click('[data-key="brief-go-top"]');
  await page.waitForSelector('[role="tablist"]');
  await page.mouse.move(1, 1);
  await drawnAfter(page, before);
  await settled(page);
}

/** Waits until the canvas fills its box and what it drew has not changed for a moment. */
async function settled(page: Page): Promise<Drawn[]> {
  let last = '';
  for (let i = 0; i < 60; i++) {
    const now = await page.evaluate(() => {
      const c = document.querySelector<HTMLCanvasElement>('#game canvas');
      const box = document.getElementById('game')?.getBoundingClientRect();
      const fits =
        c && box && Math.abs(c.clientWidth - box.width) < 1 && Math.abs(c.clientHeight - box.height) < 1;
      return fits ? (c.dataset.labels ?? '') : '';
    });
    if (now !== '' && now === last) return JSON.parse(now);
    last = now;
    await page.waitForTimeout(250);
  }
  throw new Error('the map never settled');
}

/** Waits until the canvas has drawn something other than `before`; returns what it drew. */
async function drawnAfter(page: Page, before: string): Promise<Drawn[]> {
  await page.waitForFunction(
    (b) => {
      const labels = document.querySelector<HTMLCanvasElement>('#game canvas')?.dataset.labels;
      return labels !== undefined && labels !== b;
    },
    before,
    { timeout: 30_000 },
  );
  return drawn(page);
}

async function drawn(page: Page): Promise<Drawn[]> {
  return JSON.parse(
    await page.evaluate(() => document.querySelector('#game canvas')?.getAttribute('data-labels') ?? '[]'),
  );
}

/** Pairs of labels that overlap (by more than half a pixel), and labels that leave the canvas. */
async function clashes(page: Page, labels: readonly Drawn[]): Promise<string[]> {
  const { width, height } = await page.evaluate(() => {
    const c = document.querySelector('#game canvas') as HTMLCanvasElement;
    return { width: c.clientWidth, height: c.clientHeight };
  });
  const found: string[] = [];
  const e = 0.5;
  for (const [i, a] of labels.entries()) {
    if (a.x < -e || a.y < -e || a.x + a.width > width + e || a.y + a.height > height + e)
      found.push(`${a.kind} "${a.text}" leaves the ${width}x${height} canvas`);
    for (const b of labels.slice(i + 1)) {
      if (
        a.x + e < b.x + b.width &&
        b.x + e < a.x + a.width &&
        a.y + e < b.y + b.height &&
        b.y + e < a.y + a.height
      )
        found.push(`${a.kind} "${a.text}" overlaps ${b.kind} "${b.text}"`);
    }
  }
  return found;
}

/** The issues the status strip names ("Issues: a: 0% · b: 10%"), to find on the map. */
async function issueNames(page: Page): Promise<string[]> {
  const text = (await page.textContent('.status-issues')) ?? '';
  return text
    .replace(/^[^:]*:\s*/, '')
    .split(' · ')
    .map((part) => part.replace(/:\s*\d+%\s*$/, '').trim())
    .filter(Boolean);
}

/** Whether each issue's whole name is on the map (its lines joined). */
function onMap(labels: readonly Drawn[], names: readonly string[]): Record<string, boolean> {
  const joined = labels
    .filter((l) => l.kind === 'issue')
    .map((l) => l.text)
    .join(' ');
  return Object.fromEntries(names.map((n) => [n, joined.includes(n)]));
}

async function canvasScale(page: Page) {
  return page.evaluate(() => {
    const c = document.querySelector('#game canvas') as HTMLCanvasElement;
    return {
      x: c.width / c.clientWidth,
      y: c.height / c.clientHeight,
      ratio: devicePixelRatio,
      css: c.clientWidth,
    };
  });
}

describe('the map', () => {
  for (const [size, textSize] of [
    ['desktop', 100],
    ['phone', 100],
    ['desktop', 150],
    ['phone', 150],
  ] as const) {
    it(`names every issue of every scenario whole, no label over another (${size}, text ${textSize}%)`, {
      timeout: 180_000,
    }, async () => {
      const { page, problems, context } = await open(size, { textSize });
      for (const [id, actor] of SCENARIOS) {
        await table(page, id, actor);
        // Every screen of the top bar is in view, Settings included, whatever the text size.
        const hidden = await page.$$eval('.nav-btn', (buttons) =>
          buttons
            .filter((b) => {
              const r = b.getBoundingClientRect();
              return r.left < 0 || r.right > window.innerWidth + 0.5;
            })
            .map((b) => b.textContent),
        );
        expect(hidden, id).toEqual([]);
        // A phone with larger text folds the map at first; it is shown here to be read.
        if ((await page.getAttribute('html', 'data-map')) === 'folded') {
          await page.click('[data-key="map-toggle"]');
          await settled(page);
        }
        const labels = await settled(page);
        const names = await issueNames(page);
        expect(names.length, id).toBeGreaterThan(0);
        expect(onMap(labels, names), id).toEqual(Object.fromEntries(names.map((n) => [n, true])));
        expect(await clashes(page, labels), id).toEqual([]);
        if (id === 'six-party-third-round-2004')
          await shot(page, `map-table${textSize === 150 ? '-larger-text' : ''}`);
      }
      expect(problems).toEqual([]);
      await context.close();
    });
  }

  it('draws at the pixel ratio, redraws for a new text size without a reload, and has a legend', async () => {
    const { page, problems, context } = await open('desktop', { scale: 2, bypassCSP: true });
    await table(page, 'road-to-pyongyang-2002', 'japan');
    const scale = await canvasScale(page);
    expect(scale.ratio).toBe(2);
    expect(Math.abs(scale.x - 2)).toBeLessThan(0.01);
    expect(Math.abs(scale.y - 2)).toBeLessThan(0.01);

    // Larger text: the map's text grows and the map fits its new place, on the same page.
    await page.evaluate(() => {
      (window as unknown as { __samePage: boolean }).__samePage = true;
    });
    const before = await drawn(page);
    const cssBefore = scale.css;
    await setTextSize(page, 150);
    await drawnAfter(page, JSON.stringify(before));
    const after = await settled(page);
    const heightOf = (labels: readonly Drawn[]) =>
      Math.max(...labels.filter((l) => l.kind === 'seat').map((l) => l.height));
    expect(heightOf(after)).toBeGreaterThan(heightOf(before) * 1.3);
    expect(await page.evaluate(() => (window as unknown as { __samePage?: boolean }).__samePage)).toBe(true);
    await page.waitForFunction(
      (w) => (document.querySelector('#game canvas') as HTMLCanvasElement).clientWidth < w,
      cssBefore,
    );
    const fitted = await page.evaluate(() => {
      const c = document.querySelector('#game canvas') as HTMLCanvasElement;
      const box = document.getElementById('game')!.getBoundingClientRect();
      return { canvas: c.clientWidth, box: box.width, scale: c.width / c.clientWidth };
    });
    expect(Math.abs(fitted.canvas - fitted.box)).toBeLessThan(1);
    expect(Math.abs(fitted.scale - 2)).toBeLessThan(0.01);
    expect(await clashes(page, after)).toEqual([]);
    await setTextSize(page, 100);
    await settled(page);

    // The legend: a dialog of every mark, clean for axe, and focus back on its button.
    await closeAnswer(page);
    expect(await axe(page)).toEqual([]);
    await page.click('[data-key="map-legend"]');
    await page.waitForSelector('.legend-dialog[open]');
    const legend = await page.innerText('.legend-dialog');
    for (const words of [
      'Tension',
      'approval',
      'issue',
      'double ring',
      'trust',
      'E:',
      'T:',
      'envelope',
      'ballot box',
      'gold dots',
      '“limited”: they can make only small concessions yet',
    ])
      expect(legend).toContain(words);
    expect(await page.$$eval('.legend-dialog .legend-mark', (marks) => marks.length)).toBeGreaterThanOrEqual(
      14,
    );
    expect(await axe(page)).toEqual([]);
    await shot(page, 'map-legend');
    // Both words a lock can put under a delegation, each with its meaning.
    await page.evaluate(() => {
      const word = [...document.querySelectorAll('.legend-dialog li')].find((li) =>
        li.textContent?.includes('“limited”'),
      );
      word?.scrollIntoView({ block: 'center' });
    });
    await shot(page, 'map-legend-locks');
    await page.keyboard.press('Escape');
    expect(await focusedKey(page)).toBe('map-legend');

    // A seat's card by pointer: shown on hover, gone when the pointer leaves.
    const seat = page.locator('.map-seat').first();
    const box = (await seat.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForSelector('.seat-card:not([hidden])');
    await page.mouse.move(1, 1);
    await page.waitForSelector('.seat-card[hidden]', { state: 'attached' });

    // And by keyboard: the seats are one stop; arrows move between them; Escape closes the card.
    await tabTo(page, /^seat:/);
    await page.waitForSelector('.seat-card:not([hidden])');
    const first = await page.innerText('.seat-card');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(
      (f) => document.querySelector<HTMLElement>('.seat-card')?.innerText !== f,
      first,
    );
    const card = await page.innerText('.seat-card');
    const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
    expect(card).toContain(focused.split(', in ')[0]);
    expect(card).toMatch(/What your advisors estimate|In the background|Your delegation/);
    expect(await axe(page)).toEqual([]);
    await shot(page, 'map-seat-card');
    await page.keyboard.press('Escape');
    await page.waitForSelector('.seat-card[hidden]', { state: 'attached' });
    expect(await focusedKey(page)).toMatch(/^seat:/);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('on a phone: sharp, a card by tap, folds away with the status kept in view, and the panel stays put', async () => {
    // Under the game's real CSP: the seat buttons are placed through the CSSOM, which it allows.
    const { page, problems, context } = await open('phone', { scale: 3, touch: true });
    await table(page, 'second-visit-2004', 'japan');
    const scale = await canvasScale(page);
    expect(Math.abs(scale.x - 3)).toBeLessThan(0.01);
    expect(await clashes(page, await drawn(page))).toEqual([]);
    await shot(page, 'map-phone');

    // A tap on a seal opens its card; a tap elsewhere closes it.
    const tapped = page.locator('.map-seat').nth(1);
    await tapped.tap();
    await page.waitForSelector('.seat-card:not([hidden])');
    expect(await page.innerText('.seat-card')).toContain(
      ((await tapped.textContent()) ?? '').split(', in ')[0],
    );
    await shot(page, 'map-phone-card');
    await page.tap('.status-turn');
    await page.waitForSelector('.seat-card[hidden]', { state: 'attached' });

    // Folded: no map, the panel moves up, and stays folded after a reload (the same visit).
    await page.tap('[data-key="map-toggle"]');
    await page.waitForFunction(() => document.getElementById('game')!.getBoundingClientRect().height === 0);
    expect(await page.textContent('[data-key="map-toggle"]')).toBe('Show the map');
    const sideTop = await page.evaluate(() => document.querySelector('.side')!.getBoundingClientRect().top);
    expect(sideTop).toBeLessThan(150);
    await closeAnswer(page);
    await shot(page, 'map-phone-folded');
    await page.reload();
    await page.waitForSelector('[role="tablist"]');
    expect(await page.getAttribute('html', 'data-map')).toBe('folded');

    // Scrolled to the end of the move panel, the turn and the tension stay in view.
    await closeAnswer(page);
    await page.evaluate(() => document.querySelector('[data-key="do-wait"]')?.scrollIntoView());
    const inView = () =>
      page.evaluate(() => {
        const side = document.querySelector('.side')!.getBoundingClientRect();
        const turn = document.querySelector('.status-turn')!.getBoundingClientRect();
        const tension = document.querySelector('.status-list')!.getBoundingClientRect();
        return {
          scrolled: document.querySelector('.side')!.scrollTop > 100,
          turn: turn.top >= side.top - 1 && turn.bottom <= innerHeight,
          tension: tension.top >= side.top - 1 && tension.bottom <= innerHeight,
        };
      });
    expect(await inView()).toEqual({ scrolled: true, turn: true, tension: true });

    // After the move the answer's top is in view under the status, not where the panel was.
    await page.tap('[data-key="do-wait"]');
    await page.waitForSelector('.answer-card');
    const answer = await page.evaluate(() => {
      const head = document.querySelector('.side-head')!.getBoundingClientRect();
      const card = document.querySelector('.answer-card')!.getBoundingClientRect();
      return { below: card.top >= head.bottom - 1, visible: card.top < innerHeight - 100 };
    });
    expect(answer).toEqual({ below: true, visible: true });

    // Shown again, the map fits the width at the ratio and draws again.
    await page.tap('[data-key="map-toggle"]');
    await page.waitForFunction(() => document.getElementById('game')!.getBoundingClientRect().height > 100);
    expect(await clashes(page, await settled(page))).toEqual([]);
    const shown = await canvasScale(page);
    expect(shown.css).toBe(SIZES.phone.width);
    expect(Math.abs(shown.x - 3)).toBeLessThan(0.01);
    expect(problems).toEqual([]);
    await context.close();
  });
});
