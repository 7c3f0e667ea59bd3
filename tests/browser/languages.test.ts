import { readdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ENGINE_MESSAGES_JA } from '../../src/engine/messages/ja.ts';
import { ENGINE_MESSAGES_KO } from '../../src/engine/messages/ko.ts';
import { en } from '../../src/ui/strings/en.ts';
import { ja } from '../../src/ui/strings/ja.ts';
import { ko } from '../../src/ui/strings/ko.ts';
import {
  axe,
  baseUrl,
  closeAnswer,
  launch,
  openPage,
  playPatientlyToEnd,
  SIZES,
  settled,
  shot,
} from './harness.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** The scripts the page fetched, by file name (`ja-abc123.js`). */
function scriptsOf(page: Page): string[] {
  const names: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') names.push(new URL(r.url()).pathname.split('/').pop() ?? '');
  });
  return names;
}

/** A language table's chunk among the fetched scripts: `ja-…js`, `ko-…js`. */
const tableChunks = (scripts: readonly string[]) =>
  scripts.filter((s) => /^(ja|ko)-[\w-]+\.js$/.test(s)).map((s) => s.slice(0, 2));

const htmlLang = (page: Page) => page.evaluate(() => document.documentElement.lang);

/** Every string in a parsed YAML value: the scenario's own words (its text is English until translated). */
function stringsOf(value: unknown, into: string[] = []): string[] {
  if (typeof value === 'string') into.push(value);
  else if (Array.isArray(value)) for (const v of value) stringsOf(v, into);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) stringsOf(v, into);
  return into;
}

const latin = /[A-Za-z][A-Za-z’'-]*[A-Za-z]/g;

/**
 * What the translation rules keep as written (docs/translation.md): the game's name, abbreviations,
 * file types, and the commands a teacher or author types.
 */
const KEPT = [
  'Give',
  'and',
  'Take',
  'VP',
  'CSV',
  'PDF',
  'QR',
  'URL',
  'USB',
  'json',
  'yaml',
  'txt',
  'npm',
  'run',
];

/** The scenario format's field names (and its true, false, FILE), which an author types as they are. */
function fieldNames(): string[] {
  const names = new Set(['true', 'false', 'FILE']);
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) for (const n of node) walk(n);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === 'properties' && value && typeof value === 'object')
          for (const field of Object.keys(value)) names.add(field);
        walk(value);
      }
    }
  };
  walk(JSON.parse(readFileSync(new URL('../../scenarios/schema.json', import.meta.url), 'utf8')));
  return [...names];
}

/**
 * Words the page may show in Latin script in another language: the scenario's own text (names,
 * briefings, news; English until scenarios are translated) and the articles' titles, the game's
 * name and abbreviations. Anything else is text the language's tables did not reach: the
 * interface's or the engine's.
 */
function allowedWords(scenarioFile: string): Set<string> {
  const scenario = parse(readFileSync(new URL(`../../scenarios/${scenarioFile}`, import.meta.url), 'utf8'));
  const titles = Object.entries(en).filter(([key]) => key.startsWith('source.article'));
  const texts = [...stringsOf(scenario), ...titles.map(([, v]) => v)];
  const words = texts.flatMap((s) => s.match(latin) ?? []);
  // A seal on the map shows its capital's first letters (PY for Pyongyang).
  const seals = words.map((w) => w.slice(0, 2).toUpperCase());
  return new Set([...words, ...seals, ...KEPT]);
}

/** The words of every shipped scenario, for the title screen's list. */
function everyScenarioWord(): string[] {
  const folder = new URL('../../scenarios/', import.meta.url);
  return readdirSync(folder)
    .filter((f) => f.endsWith('.yaml'))
    .flatMap((f) => [...allowedWords(f)]);
}

/**
 * The Latin-script words on the page, visible or read aloud, that are not in `allowed`: interface
 * text the language's table did not reach (a string built once before the table loaded, say).
 */
async function strayEnglish(page: Page, allowed: ReadonlySet<string>): Promise<string[]> {
  const texts = await page.evaluate(() => {
    // Each text with where it sits (tag, key or class), so a failure says where to look.
    const where = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.getAttribute('data-key') ? `[${el.getAttribute('data-key')}]` : el.className ? `.${String(el.className).split(' ')[0]}` : ''}`;
    const parts: [string, string][] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      // Quotes from the articles say they are English (lang="en") and stay so.
      // The studio's editor holds YAML, whose field names stay English.
      if (!el || el.closest('script, style, [hidden], dialog:not([open]), [lang="en"], .cm-editor')) continue;
      if (!el.checkVisibility() && !el.closest('.sr-only')) continue;
      parts.push([n.textContent ?? '', where(el)]);
    }
    for (const el of document.querySelectorAll('[aria-label], [title], [placeholder]'))
      for (const a of ['aria-label', 'title', 'placeholder'])
        if (el.hasAttribute(a)) parts.push([el.getAttribute(a) ?? '', `${where(el)}@${a}`]);
    return parts;
  });
  const stray = new Map<string, string>();
  for (const [text, where] of texts)
    for (const word of text.match(latin) ?? [])
      if (!allowed.has(word) && !stray.has(word)) stray.set(word, where);
  return [...stray].map(([word, where]) => `${word} (${where})`).sort();
}

describe('languages', () => {
  it('fetch no other table for an English player, and switch every text at once when one is chosen', async () => {
    const { page, problems, context } = await openPage(browser, 'desktop', { bypassCSP: true });
    const scripts = scriptsOf(page);
    await page.reload();
    await page.waitForSelector('h1');
    expect(await htmlLang(page)).toBe('en');
    expect(await page.textContent('[data-key="nav:settings"]')).toBe(en['nav.settings']);
    expect(tableChunks(scripts)).toEqual([]);

    await page.click('[data-key="nav:settings"]');
    await page.selectOption('[data-key="language"]', 'ja');
    await page.waitForFunction(() => document.documentElement.lang === 'ja');
    expect(tableChunks(scripts)).toEqual(['ja']);
    expect(await page.textContent('#dialog-h')).toBe(ja['settings.heading']);
    await shot(page, 'language-settings-ja');
    await page.keyboard.press('Escape');
    expect(await page.textContent('[data-key="nav:settings"]')).toBe(ja['nav.settings']);
    expect(await page.textContent('.lede')).toBe(ja['title.lede']);
    expect(await page.textContent('.card .card-place')).toContain(
      ja['title.turns#other']!.replace('{count}', ''),
    );

    // The choice is kept: a reload opens in Japanese, and fetches Japanese only.
    scripts.length = 0;
    await page.reload();
    await page.waitForFunction(() => document.documentElement.lang === 'ja');
    expect(await page.textContent('[data-key="nav:settings"]')).toBe(ja['nav.settings']);
    expect(tableChunks(scripts)).toEqual(['ja']);
    expect(await axe(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  for (const size of Object.keys(SIZES) as (keyof typeof SIZES)[]) {
    it(`open a first visit in the browser’s language (${size})`, async () => {
      const { page, problems, context } = await openPage(browser, size, { locale: 'ko-KR', bypassCSP: true });
      await page.waitForFunction(() => document.documentElement.lang === 'ko');
      expect(await page.textContent('.lede')).toBe(ko['title.lede']);
      expect(await axe(page)).toEqual([]);
      await shot(page, 'language-title-ko');
      expect(problems).toEqual([]);
      await context.close();
    });
  }

  it('follow a class link’s language into the briefing, in an English browser', async () => {
    const { page, problems, context } = await openPage(browser, 'desktop');
    await page.goto('about:blank');
    await page.goto(`${baseUrl()}#play=road-to-pyongyang-2002&as=japan&seed=5&lang=ko`);
    await page.waitForSelector('[data-key="brief-go-top"]');
    expect(await htmlLang(page)).toBe('ko');
    expect(await page.textContent('[data-key="brief-go-top"]')).toBe(ko['briefing.start']);
    await shot(page, 'language-briefing-ko');
    expect(problems).toEqual([]);
    await context.close();
  });
  // The teacher's and the author's screens: the class page and the scenario studio.
  for (const [code, locale, table] of [
    ['ja', 'ja-JP', ja],
    ['ko', 'ko-KR', ko],
  ] as const) {
    it(`speak ${code} on the teacher's and the author's screens`, async () => {
      const { page, problems, context } = await openPage(browser, 'desktop', { locale, bypassCSP: true });
      await page.waitForFunction((c) => document.documentElement.lang === c, code);
      const allowed = new Set(everyScenarioWord());
      const found: string[] = [];
      const stray: string[] = [];
      await page.click('[data-key="to-class"]');
      await page.waitForSelector('[data-key="lesson-scenario"]');
      await shot(page, `language-${code}-class`, true);
      found.push(...(await axe(page)).map((v) => `class: ${v}`));
      stray.push(...(await strayEnglish(page, allowed)).map((w) => `class: ${w}`));
      await page.click('[data-key="nav:title"]');
      await page.click('[data-key="to-studio"]');
      await page.waitForSelector('.studio .cm-content');
      await page.waitForFunction(() => (document.querySelector('.studio-counts')?.textContent ?? '') !== '');
      expect(await page.textContent('[data-key="nav:settings"]')).toBe(table['nav.settings']);
      await shot(page, `language-${code}-studio`);
      found.push(...(await axe(page)).map((v) => `studio: ${v}`));
      const authoring = new Set([...allowed, ...fieldNames()]);
      stray.push(...(await strayEnglish(page, authoring)).map((w) => `studio: ${w}`));
      expect(found).toEqual([]);
      expect(stray).toEqual([]);
      expect(problems).toEqual([]);
      await context.close();
    });
  }

  // Every screen of one game, in each language at each size: looked at in the screenshots, and
  // each one's interface text (the headings a student steers by) from the language's table.
  for (const [code, table, engine] of [
    ['ja', ja, ENGINE_MESSAGES_JA],
    ['ko', ko, ENGINE_MESSAGES_KO],
  ] as const) {
    for (const size of Object.keys(SIZES) as (keyof typeof SIZES)[]) {
      it(`play a game through in ${code} (${size})`, async () => {
        const { page, problems, context } = await openPage(browser, size, { bypassCSP: true });
        await page.goto('about:blank');
        await page.goto(`${baseUrl()}#play=road-to-pyongyang-2002&as=japan&seed=5&lang=${code}`);
        await page.waitForSelector('[data-key="brief-go-top"]');
        const allowed = allowedWords('2002-road-to-pyongyang.yaml');
        const found: string[] = (await axe(page)).map((v) => `briefing: ${v}`);
        const stray: string[] = (await strayEnglish(page, allowed)).map((w) => `briefing: ${w}`);
        await shot(page, `language-${code}-briefing`);
        await page.click('[data-key="brief-go-top"]');
        await page.waitForSelector('[role="tablist"]');
        await settled(page);
        await closeAnswer(page);
        await shot(page, `language-${code}-table`);
        found.push(...(await axe(page)).map((v) => `table: ${v}`));
        stray.push(...(await strayEnglish(page, allowed)).map((w) => `table: ${w}`));
        // The advisors' preview of a draft offer: the engine's words in the language too.
        const give = '[data-key^="offer:give:"][type="checkbox"]:not([disabled])';
        await page.click(give);
        await page.waitForSelector('.preview h4');
        await page.evaluate(() => document.querySelector('.preview')?.scrollIntoView());
        await shot(page, `language-${code}-preview`);
        stray.push(...(await strayEnglish(page, allowed)).map((w) => `preview: ${w}`));
        await page.click(give);
        // The dialogs over the table, each looked at and read.
        for (const key of ['nav:help', 'nav:saves', 'nav:settings', 'map-legend']) {
          if (!(await page.isVisible(`[data-key="${key}"]`))) continue;
          await page.click(`[data-key="${key}"]`);
          await page.waitForSelector('dialog[open]');
          await shot(page, `language-${code}-${key.replace(':', '-')}`);
          found.push(...(await axe(page)).map((v) => `${key}: ${v}`));
          stray.push(...(await strayEnglish(page, allowed)).map((w) => `${key}: ${w}`));
          await page.keyboard.press('Escape');
          await page.waitForSelector('dialog[open]', { state: 'detached' }).catch(() => undefined);
        }
        await page.click('[data-key="do-wait"]');
        await page.waitForSelector('[data-key="answer-heading"]');
        await shot(page, `language-${code}-answer`);
        stray.push(...(await strayEnglish(page, allowed)).map((w) => `answer: ${w}`));
        // The reasons come from the engine's table in the same language: Tokyo's wait, worded.
        await page.click('[data-key="tab:why"]');
        await settled(page);
        await shot(page, `language-${code}-why`);
        const waited = engine.events['table.wait'].replace('{actor:capital}', 'Tokyo');
        expect(await page.textContent('#main')).toContain(waited);
        stray.push(...(await strayEnglish(page, allowed)).map((w) => `why: ${w}`));
        for (const tab of ['news', 'table']) {
          await page.click(`[data-key="tab:${tab}"]`);
          await settled(page);
          await shot(page, `language-${code}-tab-${tab}`);
          stray.push(...(await strayEnglish(page, allowed)).map((w) => `${tab} tab: ${w}`));
        }
        await page.click('[data-key="tab:move"]');
        expect(await page.textContent('[data-key="nav:settings"]')).toBe(table['nav.settings']);
        expect(await playPatientlyToEnd(page)).toBeGreaterThan(0);
        await page.click('[data-key="to-debrief"]');
        await page.waitForSelector(`h1:has-text("${table['debrief.heading']}")`);
        await shot(page, `language-${code}-debrief`);
        await shot(page, `language-${code}-debrief-full`, true);
        found.push(...(await axe(page)).map((v) => `debrief: ${v}`));
        stray.push(...(await strayEnglish(page, allowed)).map((w) => `debrief: ${w}`));
        await page.click('[data-key="nav:title"]');
        await page.waitForSelector('.lede');
        await shot(page, `language-${code}-title`);
        found.push(...(await axe(page)).map((v) => `title: ${v}`));
        // The title lists every scenario: their names and places are theirs to keep.
        const titleAllowed = new Set([...allowed, ...everyScenarioWord()]);
        stray.push(...(await strayEnglish(page, titleAllowed)).map((w) => `title: ${w}`));
        expect(found).toEqual([]);
        expect(stray).toEqual([]);
        expect(problems).toEqual([]);
        await context.close();
      });
    }
  }
});
