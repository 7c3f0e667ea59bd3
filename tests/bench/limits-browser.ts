/**
 * A player's move on a file at every documented limit, in a real browser (docs/performance.md,
 * "A move at the limits in the browser"): the file opened through "Open a scenario file", played
 * from the first seat with 49 AI delegations, a few patient moves. Prints how long the check took,
 * how long each move took (click to the new state, and to the next decision), the longest the
 * page took to answer a trivial script meanwhile (the page frozen), and the profile's top entries.
 *
 *   npx vite build --outDir DIR && npx vite preview --outDir DIR --port 4174
 *   npx tsx tests/bench/limits-browser.ts http://localhost:4174/
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LIMITS } from '../../src/scenario/index.ts';
import { launchChromium } from '../browser/chromium.ts';
import { limitScenario } from '../sim/limit-file.ts';

const url = process.argv[2] ?? 'http://localhost:4174/';
const moves = Number(process.argv[3] ?? 3);
const file = join(mkdtempSync(join(tmpdir(), 'gt-limits-browser-')), 'limits.yaml');
writeFileSync(
  file,
  limitScenario(LIMITS.actors, LIMITS.turns, {
    items: LIMITS.items,
    tiers: 10,
    forums: LIMITS.forums,
    issues: LIMITS.issues,
    events: LIMITS.events,
    objectives: 3,
    outcomes: 4,
    mutual: true,
  }),
);

/**
 * From outside the page: the longest round trip of a trivial script while `until` runs (a script
 * waits for the task in front of it, so a blocked main thread shows as a long round trip), and
 * the time at which each long one (over 200 ms) ended.
 */
async function probe(
  page: import('playwright-core').Page,
  ms: number,
): Promise<{ longest: number; long: number[] }> {
  const start = Date.now();
  let longest = 0;
  const long: number[] = [];
  while (Date.now() - start < ms) {
    const t = Date.now();
    await page.evaluate(() => 0);
    const trip = Date.now() - t;
    longest = Math.max(longest, trip);
    if (trip > 200) long.push(Date.now() - start);
    await new Promise((r) => setTimeout(r, 20));
  }
  return { longest, long };
}

const browser = await launchChromium();
try {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 720 },
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('h1').waitFor();
  const opened = Date.now();
  await page.setInputFiles('.open-file input[type="file"]', file);
  await page.locator('[data-key="open-result"]').waitFor({ timeout: 600_000 });
  const checkMs = Date.now() - opened;
  console.log(`check: ${checkMs} ms; ${await page.textContent('[data-key="open-result"]')}`);
  const started = Date.now();
  await page.click('[data-key="play:file:at_the_limits:a1"]');
  await page.locator('[data-key="brief-go-top"]').waitFor({ timeout: 600_000 });
  await page.click('[data-key="brief-go-top"]');
  await page.locator('[role="tablist"]').waitFor({ timeout: 600_000 });
  console.log(`briefing and table: ${Date.now() - started} ms`);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
  await cdp.send('Profiler.start');
  const ready = () =>
    page
      .waitForFunction(
        () =>
          document.querySelector('[data-key="answer-heading"]') !== null ||
          document.querySelector('[data-key="do-wait"]:not([disabled])') !== null ||
          document.querySelector('[data-key="do-reject"]:not([disabled])') !== null ||
          document.querySelector('[data-key="to-debrief"]') !== null,
        undefined,
        { timeout: 240_000, polling: 50 },
      )
      .then((handle) => handle.dispose());
  for (let m = 0; m < moves; m++) {
    // Answers first (reading them is not the move's cost), then a patient move.
    for (let i = 0; i < 5 && (await page.locator('[data-key="answer-heading"]').count()) > 0; i++) {
      const key =
        (await page.locator('[data-key="answer-skip"]').count()) > 0 ? 'answer-skip' : 'answer-continue';
      await page.focus(`[data-key="${key}"]`);
      await page.keyboard.press('Enter');
    }
    await ready();
    const hash = await page.evaluate(() => document.getElementById('hud')?.dataset.stateHash ?? '');
    const key = (await page.locator('[data-key="do-reject"]').count()) > 0 ? 'do-reject' : 'do-wait';
    const t0 = Date.now();
    // Round trips from the click on: the longest is how long the page could not answer.
    const during = probe(page, 4_000);
    await page.click(`[data-key="${key}"]`);
    const readyAfter = page
      .waitForFunction((h) => document.getElementById('hud')?.dataset.stateHash !== h, hash, {
        timeout: 240_000,
        polling: 20,
      })
      .then((handle) => handle.dispose())
      .then(ready)
      .then(() => Date.now() - t0);
    await page
      .waitForFunction((h) => document.getElementById('hud')?.dataset.stateHash !== h, hash, {
        timeout: 240_000,
        polling: 50,
      })
      .then((handle) => handle.dispose());
    const answeredMs = Date.now() - t0;
    const blocked = await during;
    const moveMs = await readyAfter;
    console.log(
      `move ${m + 1} (${key}): the state changed ${answeredMs} ms after the click, the next move could be made after ${moveMs} ms; the longest the page did not answer: ${blocked.longest} ms`,
    );
  }
  const { profile } = (await cdp.send('Profiler.stop')) as {
    profile: {
      nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
      samples: number[];
    };
  };
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  for (const id of profile.samples) {
    const frame = byNode.get(id)?.callFrame;
    const name = `${frame?.functionName || '(anonymous)'} ${(frame?.url ?? '').split('/').pop()}:${frame?.lineNumber}`;
    self.set(name, (self.get(name) ?? 0) + 1);
  }
  const total = profile.samples.length;
  console.log('profile, own time (top 15):');
  for (const [name, n] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 15))
    console.log(`  ${((n / total) * 100).toFixed(1)}%  ${name}`);
  await context.close();
} finally {
  await browser.close();
}
