/**
 * `npm run schema`: writes `scenarios/schema.json` (for editors), `docs/scenario-format.md` (for
 * authors) and the field index in `docs/authoring.md` from the zod schema in src/scenario, so none
 * can drift from what the loader accepts.
 * With `--check`, writes nothing and exits 1 if either file is out of date.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderFormatDoc, renderJsonSchema } from '../scenario/index.ts';
import { spliceFieldIndex } from './field-index.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The generated files, relative to the repository root, with their contents. */
export const GENERATED: readonly (readonly [string, () => string])[] = [
  ['scenarios/schema.json', renderJsonSchema],
  ['docs/scenario-format.md', renderFormatDoc],
  // The guide is written by hand around its index: only the part between the markers is generated.
  ['docs/authoring.md', () => spliceFieldIndex(readFileSync(resolve(ROOT, 'docs/authoring.md'), 'utf8'))],
];

function read(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

function main(args: readonly string[]): number {
  const unknown = args.filter((arg) => arg !== '--check');
  if (unknown.length > 0) {
    console.error(`schema: unknown argument ${unknown[0]}`);
    console.error('usage: npm run schema [-- --check]');
    return 2;
  }
  const check = args.includes('--check');
  let stale = 0;
  for (const [file, render] of GENERATED) {
    const path = resolve(ROOT, file);
    const text = render();
    if (read(path) === text) {
      console.log(`${file}: up to date`);
      continue;
    }
    if (check) {
      console.log(`${file}: out of date — run \`npm run schema\``);
      stale += 1;
      continue;
    }
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    console.log(`${relative(ROOT, path)}: written`);
  }
  return stale > 0 ? 1 : 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  console.error(`schema: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
