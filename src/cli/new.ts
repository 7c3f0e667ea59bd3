/**
 * `npm run scenario:new -- NAME [--dir DIR]`: writes `scenarios/NAME.yaml`, a commented starting
 * file (scenarios/template/scenario.yaml) that already checks and plays, and prints what to run
 * next. Never overwrites a file. Exit codes: 0 written; 1 the file exists or cannot be written;
 * 2 wrong usage (no name, or a name that cannot be a file name and an id).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { usageError } from './files.ts';
import { nextSteps, ROOT, renderNewScenario, scenarioIdFor, TEMPLATE } from './new-scenario.ts';

const USAGE = 'usage: npm run scenario:new -- NAME [--dir DIR]   (writes scenarios/NAME.yaml)';

function main(argv: readonly string[]): number {
  let values: { dir?: string; help?: boolean };
  let names: string[];
  try {
    const parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: { dir: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
    values = parsed.values;
    names = parsed.positionals;
  } catch (error) {
    return usageError(USAGE, `scenario:new: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (names.length !== 1) return usageError(USAGE, 'scenario:new: give one name, like 2007-ulaanbaatar');
  // `NAME.yaml` is what people often type; the extension is added anyway.
  const name = names[0]!.replace(/\.ya?ml$/, '');
  const id = scenarioIdFor(name);
  if (id === null) {
    return usageError(
      USAGE,
      `scenario:new: "${name}" cannot be a scenario name: use lower-case letters, digits, - and _ (at most 64), starting with a letter or a year, like 2007-ulaanbaatar`,
    );
  }
  const path = resolve(values.dir ?? join(ROOT, 'scenarios'), `${name}.yaml`);
  const nearby = relative(process.cwd(), path);
  const shown = nearby.startsWith('..') ? path : nearby;
  const text = renderNewScenario(readFileSync(TEMPLATE, 'utf8'), id, path);
  try {
    // `wx`: fail rather than replace a file that is already there, even one made a moment ago.
    writeFileSync(path, text, { flag: 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    process.stderr.write(
      code === 'EEXIST'
        ? `scenario:new: ${shown} already exists and was left as it is; choose another name, or delete the file first\n`
        : `scenario:new: cannot write ${shown} (${code ?? 'unknown error'})\n`,
    );
    return 1;
  }
  const shipped = resolve(path, '..') === join(ROOT, 'scenarios');
  process.stdout.write(nextSteps(shown, id, name, shipped));
  return 0;
}

process.exitCode = main(process.argv.slice(2));
