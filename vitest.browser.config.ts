import { defineConfig } from 'vitest/config';

/**
 * The browser tests: one production build served by `vite preview`, driven by Debian's Chromium
 * through playwright-core. Run after the unit tests (`npm run test:browser`).
 */
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    globalSetup: ['tests/browser/global-setup.ts'],
    testTimeout: 90_000,
    hookTimeout: 60_000,
    // One Chromium at a time keeps SwiftShader's CPU use (and the timings) steady.
    fileParallelism: false,
  },
});
