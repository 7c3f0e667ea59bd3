import { type Browser, chromium } from 'playwright-core';

/** Debian's Chromium: Playwright cannot download its own browser on these machines. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** The flags these machines need for headless Chromium with WebGL through SwiftShader. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
] as const;

/** Starts the browser the tests and the bench share. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_FLAGS] });
}
