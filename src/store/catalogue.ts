import type { Scenario } from '../engine/index.ts';
import { scenarioHash } from '../scenario/index.ts';

/** A scenario file as the game found it: ready to play, or with the problems that stop it. */
export type CatalogueEntry =
  | { readonly ok: true; readonly file: string; readonly scenario: Scenario; readonly hash: string }
  | { readonly ok: false; readonly file: string; readonly problems: readonly string[] };

/** What a scenario loader returns (the shape of `loadScenario` in `src/scenario`). */
export type LoadResult<I> =
  | { readonly ok: true; readonly value: Scenario }
  | { readonly ok: false; readonly error: readonly I[] };

/** The scenario loader and its issue formatter, injected so the store can be tested with fixtures. */
export interface ScenarioLoader<I> {
  readonly load: (text: string, fileName: string) => LoadResult<I>;
  readonly format: (issue: I) => string;
}

/** Loads every file; files that fail stay in the list with their problems, for the title screen. */
export function buildCatalogue<I>(
  files: Readonly<Record<string, string>>,
  loader: ScenarioLoader<I>,
): CatalogueEntry[] {
  const entries: CatalogueEntry[] = [];
  for (const path of Object.keys(files).sort()) {
    const text = files[path] ?? '';
    const file = path.slice(path.lastIndexOf('/') + 1);
    let result: LoadResult<I>;
    try {
      result = loader.load(text, file);
    } catch (error) {
      // The loader promises not to throw; if it ever does, one bad file must not blank the title.
      entries.push({ ok: false, file, problems: [`${file}: ${String(error)}`] });
      continue;
    }
    if (result.ok) entries.push(scenarioEntry(file, result.value));
    else entries.push({ ok: false, file, problems: result.error.map(loader.format) });
  }
  return entries;
}

/** A scenario file as the build delivers it: loaded and checked, or the problems, worded. */
export type CompiledScenario =
  | { readonly ok: true; readonly scenario: Scenario }
  | { readonly ok: false; readonly problems: readonly string[] };

/** The catalogue from files checked at build time, keyed by path, in file order. */
export function catalogueOf(files: Readonly<Record<string, CompiledScenario>>): CatalogueEntry[] {
  return Object.keys(files)
    .sort()
    .flatMap((path) => {
      const compiled = files[path];
      if (!compiled) return [];
      const file = path.slice(path.lastIndexOf('/') + 1);
      return [
        compiled.ok
          ? scenarioEntry(file, compiled.scenario)
          : { ok: false as const, file, problems: compiled.problems },
      ];
    });
}

/** A playable entry for a scenario already built (tests, fixtures). */
export function scenarioEntry(file: string, scenario: Scenario): CatalogueEntry {
  return { ok: true, file, scenario, hash: scenarioHash(scenario) };
}

/**
 * The playable scenario with this id, if this copy of the game has it. With a `hash`, the version
 * with that content wins: a scenario opened from a file may share its id with a shipped one (a
 * teacher's edit of it), and a save must go back to the version it was played on.
 */
export function findScenario(
  catalogue: readonly CatalogueEntry[],
  id: string,
  hash?: string,
): { scenario: Scenario; hash: string } | null {
  let first: { scenario: Scenario; hash: string } | null = null;
  for (const entry of catalogue) {
    if (!entry.ok || entry.scenario.id !== id) continue;
    if (hash === undefined || entry.hash === hash) return { scenario: entry.scenario, hash: entry.hash };
    first ??= { scenario: entry.scenario, hash: entry.hash };
  }
  return first;
}
