import { it } from 'vitest';
import { FIXTURE } from '../scenario/helpers.ts';
import { launch, openPage } from './harness.ts';

it('dbg', async () => {
  const browser = await launch();
  const { page, problems } = await openPage(browser, 'desktop');
  page.on('pageerror', (e) => console.log('STACK', e.stack));
  await page.click('[data-key="to-studio"]');
  await page.waitForSelector('.studio .cm-content');
  await page.waitForFunction(() => (document.querySelector('.cm-content')?.textContent ?? '').length > 0);
  await page.click('.cm-content');
  await page.keyboard.press('Control+A');
  await page.evaluate(
    (pasted) => {
      const data = new DataTransfer();
      data.setData('text/plain', pasted);
      document
        .querySelector('.cm-content')
        ?.dispatchEvent(
          new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
        );
    },
    FIXTURE.replace('agility: 0.8', 'agilty: 0.8'),
  );
  await page.waitForTimeout(3000);
  console.log(await page.textContent('.studio-side'));
  console.log(
    await page.evaluate(() => document.querySelectorAll('.cm-lintRange').length),
    await page.evaluate(() =>
      [...document.querySelectorAll('[style]')]
        .map((e) => e.className + ':' + e.getAttribute('style'))
        .slice(0, 10),
    ),
  );
  console.log(problems);
  await browser.close();
});
