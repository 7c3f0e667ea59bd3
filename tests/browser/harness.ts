import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { inject } from 'vitest';
import { launchChromium } from './chromium.ts';

export const SIZES = { desktop: { width: 1280, height: 720 }, phone: { width: 390, height: 844 } } as const;
export type SizeName = keyof typeof SIZES;

const SHOTS = fileURLToPath(new URL('../screenshots/', import.meta.url));

export function launch(): Promise<Browser> {
  return launchChromium();
}

export function baseUrl(): string {
  return inject('baseUrl');
}

/** A page with problems collected: page errors, console errors and CSP refusals fail the tests. */
export async function openPage(
  browser: Browser,
  size: SizeName,
  options: {
    reducedMotion?: boolean;
    bypassCSP?: boolean;
    scale?: number;
    touch?: boolean;
    /** The browser's language (`navigator.languages`), English unless given. */
    locale?: string;
  } = {},
): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await browser.newContext({
    viewport: SIZES[size],
    locale: options.locale ?? 'en-US',
    deviceScaleFactor: options.scale ?? 1,
    hasTouch: options.touch ?? false,
    isMobile: options.touch ?? false,
    reducedMotion: options.reducedMotion === false ? 'no-preference' : 'reduce',
    bypassCSP: options.bypassCSP ?? false,
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  await page.goto(baseUrl());
  await page.waitForSelector('h1');
  return { context, page, problems };
}

/** Saves a screenshot under tests/screenshots (gitignored), named by screen and size. */
export async function shot(page: Page, name: string, fullPage = false): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  const { width, height } = page.viewportSize() ?? { width: 0, height: 0 };
  await page.screenshot({ path: `${SHOTS}${name}-${width}x${height}.png`, fullPage });
}

/** The `data-key` of the focused element, or its tag name. */
export function focusedKey(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return el?.dataset.key ?? el?.tagName.toLowerCase() ?? '';
  });
}

/**
 * Presses Tab (keyboard only, no clicks) until the focused element's key matches; fails after
 * `limit` presses. This is how the tests prove every control is reachable in a sensible order.
 */
export async function tabTo(page: Page, match: string | RegExp, limit = 250): Promise<string> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const key = await focusedKey(page);
    if (typeof match === 'string' ? key === match : match.test(key)) return key;
  }
  throw new Error(`Tab never reached ${String(match)} (last: ${await focusedKey(page)})`);
}

/** Runs axe-core on the page and returns the serious and critical violations. */
export async function axe(page: Page): Promise<string[]> {
  await page.addScriptTag({
    path: fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url)),
  });
  const result = await page.evaluate(async () => {
    const w = window as unknown as {
      axe: {
        run: (
          ctx: Document,
          opts: object,
        ) => Promise<{
          violations: { id: string; impact: string | null; nodes: { target: string[] }[]; help: string }[];
        }>;
      };
    };
    return w.axe.run(document, { resultTypes: ['violations'] });
  });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} at ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    );
}

/** Whether an element with this data-key is on the page. */
export async function has(page: Page, key: string): Promise<boolean> {
  return (await page.$(`[data-key="${key}"]`)) !== null;
}

/** The state hash the app publishes on #hud for tests (the engine's `stateHash`). */
export async function stateHashOf(page: Page): Promise<string> {
  await settled(page);
  return page.evaluate(() => document.getElementById('hud')?.dataset.stateHash ?? '');
}

/** Waits until the AI's moves are all made (they may come in slices): a person must act, or the game is over. */
export async function settled(page: Page): Promise<void> {
  await page.waitForSelector('#hud[data-settled="true"]', { state: 'attached' });
}

/**
 * Reads past the answer moment, if one is on show: skips to its last beat and continues. Returns
 * the beats' headlines as they were shown (the first, and the last after skipping).
 */
export async function closeAnswer(page: Page): Promise<string[]> {
  const seen: string[] = [];
  for (let i = 0; i < 3; i++) {
    const heading = await page.$('[data-key="answer-heading"]');
    if (!heading) return seen;
    seen.push((await heading.textContent()) ?? '');
    const key = (await has(page, 'answer-skip')) ? 'answer-skip' : 'answer-continue';
    // By keyboard: a notice toast may sit over the button, and a player can always press it so.
    await page.focus(`[data-key="${key}"]`);
    await page.keyboard.press('Enter');
  }
  return seen;
}

/** One patient move by mouse: refuse the offer on the table, or wait; returns when the state moved. */
export async function patientMove(page: Page): Promise<void> {
  await settled(page);
  await closeAnswer(page);
  // The answer may have been the last: once the talks are over there is no move to make.
  if (await has(page, 'to-debrief')) return;
  const before = await stateHashOf(page);
  await page.click((await has(page, 'do-reject')) ? '[data-key="do-reject"]' : '[data-key="do-wait"]');
  await page.waitForFunction((h) => document.getElementById('hud')?.dataset.stateHash !== h, before);
}

/**
 * Patient play to the end, driven inside the page (the keyboard test covers real input): refuse
 * what is offered, wait otherwise, as fast as the game answers, until the debrief is offered.
 * Returns the number of clicks it took (answers read included), or -1 if the talks had not ended after 200.
 */
export function playPatientlyToEnd(page: Page): Promise<number> {
  return page.evaluate(async () => {
    // Clicks are counted, not looks: while the AI moves in slices there is no button to press.
    let clicks = 0;
    for (let looks = 0; clicks < 200 && looks < 20_000; looks++) {
      if (document.querySelector('[data-key="to-debrief"]') && !document.querySelector('.answer-card'))
        return clicks;
      const button =
        document.querySelector<HTMLElement>('[data-key="answer-skip"]') ??
        document.querySelector<HTMLElement>('[data-key="answer-continue"]') ??
        document.querySelector<HTMLElement>('[data-key="do-reject"]') ??
        document.querySelector<HTMLElement>('[data-key="do-wait"]');
      if (button) {
        button.click();
        clicks++;
      }
      await new Promise((resolve) => setTimeout(resolve, button ? 0 : 5));
    }
    return -1;
  });
}

/**
 * Opens a class link (`#play=…`), starts at the table and plays patiently (refuse, wait) to the
 * end of the game, then opens its debrief.
 */
export async function playLinkToDebrief(page: Page, link: string): Promise<void> {
  await page.goto('about:blank');
  await page.goto(`${baseUrl()}${link}`);
  await page.waitForSelector('h1:has-text("Briefing")');
  await page.click('[data-key="brief-go-top"]');
  await page.waitForSelector('[role="tablist"]');
  if ((await playPatientlyToEnd(page)) <= 0) throw new Error(`the game of ${link} did not end`);
  await page.click('[data-key="to-debrief"]');
  await page.waitForSelector('h1:has-text("Debrief")');
}
