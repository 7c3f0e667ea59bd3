import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The built site's folder, for tests that serve it some other way (from a subfolder). */
    buildDir: string;
  }
}

const root = fileURLToPath(new URL('../../', import.meta.url));
const outDir = fileURLToPath(new URL('../.output/browser-app/', import.meta.url));

/** Builds the game once and serves it for every browser test file. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  rmSync(outDir, { recursive: true, force: true });
  await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const server = await preview({
    root,
    logLevel: 'warn',
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1' },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  project.provide('baseUrl', url);
  project.provide('buildDir', outDir);
  return async () => {
    await server.close();
  };
}
