import { parseArgs } from 'node:util';
import type { Scenario } from '../engine/index.ts';
import { issueLine, loadScenarioFile, usageError } from './files.ts';

/** What a command that plays many games of some scenario files is asked for. */
export interface ManyGamesArgs {
  readonly files: readonly string[];
  /** How many games (or seeds) per scenario. */
  readonly count: number;
  /** The first seed. */
  readonly seed: number;
  /** Where to write the report; null: print it on standard output (see docs/sim.md). */
  readonly out: string | null;
  /** Draw the progress bar even when standard error is not a terminal. */
  readonly progress: boolean;
}

/**
 * Reads `FILE... [--COUNT N] [--seed N] [--out PATH] [--progress]`, the shape the balance report and the
 * preview calibration share. Returns the exit code instead when it has printed the usage (0 for
 * `--help`, 2 for a mistake).
 */
export function parseManyGames(
  argv: readonly string[],
  usage: string,
  countFlag: 'runs' | 'seeds',
  defaults: { readonly count: number },
): ManyGamesArgs | number {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        [countFlag]: { type: 'string' },
        seed: { type: 'string' },
        out: { type: 'string' },
        progress: { type: 'boolean' },
        help: { type: 'boolean' },
      },
    });
  } catch (error) {
    return usageError(usage, error instanceof Error ? error.message : String(error));
  }
  const text = (name: string): string | undefined => {
    const v = parsed.values[name];
    return typeof v === 'string' ? v : undefined;
  };
  if (parsed.values.help === true) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  const files = parsed.positionals;
  if (files.length === 0) return usageError(usage, 'give at least one scenario file');
  const count = Number(text(countFlag) ?? String(defaults.count));
  const seed = Number(text('seed') ?? '1');
  if (!Number.isSafeInteger(count) || count < 1 || !Number.isSafeInteger(seed)) {
    return usageError(usage, `--${countFlag} and --seed take whole numbers`);
  }
  return { files, count, seed, out: text('out') ?? null, progress: parsed.values.progress === true };
}

/**
 * Loads every file; prints the problems of those that do not load. Returns the scenarios with
 * their files, or null when some file did not load.
 */
export function loadScenarios(
  files: readonly string[],
): { readonly file: string; readonly scenario: Scenario }[] | null {
  const loaded: { file: string; scenario: Scenario }[] = [];
  let loadedAll = true;
  for (const file of files) {
    const result = loadScenarioFile(file);
    if (!result.ok) {
      for (const issue of result.error) process.stdout.write(`${issueLine(issue)}\n`);
      loadedAll = false;
      continue;
    }
    loaded.push({ file, scenario: result.value });
  }
  return loadedAll ? loaded : null;
}
