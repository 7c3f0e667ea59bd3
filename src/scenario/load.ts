import type { Scenario } from '../engine/index.ts';
import { buildScenario } from './build.ts';
import { type Draft, draftOf, salvage } from './draft.ts';
import { indexIds } from './ids.ts';
import { type KnownKeys, recordKnownKeys, schemaFindings } from './messages.ts';
import { migrate, type RawDocument } from './migrate.ts';
import { parseYaml } from './parse.ts';
import { type Locator, NOWHERE } from './positions.ts';
import { LIMITS } from './primitives.ts';
import { type Finding, formatPath, type Issue } from './result.ts';
import { ScenarioSchema } from './schema.ts';
import { checkScenario } from './semantic.ts';

/** At most this many problems are reported for one file; the rest are counted in a last line. */
export const MAX_ISSUES = 100;

export interface LoadOptions {
  /** The article files that exist; when given, every listed source must be one of them or carry `text`. */
  readonly knownSources?: readonly string[];
  /**
   * The words of articles the check can read, by file name (the shipped five, files beside the
   * scenario): each counts as existing, and every quote citing one is checked against it.
   */
  readonly articles?: Readonly<Record<string, string>>;
}

/** A loaded scenario with any warnings, or every problem found (errors and warnings). */
export type LoadResult =
  | { readonly ok: true; readonly value: Scenario; readonly warnings: Issue[] }
  | { readonly ok: false; readonly error: Issue[] };

/** Gives each finding its place in the file, sorts them by place and drops repeats. */
export function placeFindings(findings: readonly Finding[], locator: Locator, file: string): Issue[] {
  const seen = new Set<string>();
  const issues: Issue[] = [];
  for (const finding of findings) {
    const { line, column } = finding.position ?? locator.locate(finding.path, finding.at);
    const path = formatPath(finding.path);
    const key = `${line}:${column}:${finding.code}:${path}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const { code, severity, message, hint } = finding;
    issues.push({ code, severity, file, line, column, path, message, hint });
  }
  issues.sort((a, b) => a.line - b.line || a.column - b.column);
  if (issues.length <= MAX_ISSUES) return issues;
  const shown = issues.slice(0, MAX_ISSUES - 1);
  const next = issues[MAX_ISSUES - 1] as Issue;
  shown.push({
    ...next,
    code: 'scenario/too-many-problems',
    severity: 'error',
    path: '',
    message: `${issues.length - shown.length} more problems are not shown`,
    hint: 'fix the ones above and check the file again',
  });
  return shown;
}

/** The longest each top-level list may be; longer lists are reported and only their start is checked. */
const LIST_LIMITS: Readonly<Record<string, number>> = {
  sources: LIMITS.sources,
  turns: LIMITS.turns,
  actors: LIMITS.actors,
  order: LIMITS.actors,
  relations: LIMITS.actors * LIMITS.actors,
  items: LIMITS.items,
  issues: LIMITS.issues,
  forums: LIMITS.forums,
  events: LIMITS.events,
  outcomes: 50,
};

/**
 * Cuts over-long top-level lists down to their limit, reporting each, so that the schema and the
 * checks after it do a bounded amount of work however large the file.
 */
function boundLists(doc: RawDocument, findings: Finding[]): RawDocument {
  const out: RawDocument = Object.create(null);
  for (const [key, value] of Object.entries(doc)) {
    const limit = LIST_LIMITS[key];
    if (limit !== undefined && Array.isArray(value) && value.length > limit) {
      findings.push({
        code: 'schema/too-long',
        severity: 'error',
        path: [key],
        message: `\`${key}\` has ${value.length} entries; at most ${limit} are allowed`,
        hint: 'remove some entries; only the first ones were checked',
      });
      out[key] = value.slice(0, limit);
    } else out[key] = value;
  }
  return out;
}

function topLevel(data: unknown): Finding | undefined {
  if (data === null || data === undefined) {
    return {
      code: 'schema/empty',
      severity: 'error',
      path: [],
      message: 'the file has no scenario in it',
      hint: 'start with the line `schema: 1`, then the other fields (see docs/scenario-format.md)',
      position: { line: 1, column: 1 },
    };
  }
  if (typeof data !== 'object' || Array.isArray(data)) {
    return {
      code: 'schema/not-a-mapping',
      severity: 'error',
      path: [],
      message: `the file holds ${Array.isArray(data) ? 'a list' : 'a single value'}, not a scenario`,
      hint: 'a scenario is a set of `key: value` lines starting with `schema: 1`, not a list of `- ` lines',
    };
  }
  return undefined;
}

/**
 * Reads a scenario file: YAML text in, a `Scenario` with every default filled in out, or every
 * problem found, each with its line, column, path and a hint. Never throws on bad input. Reads no
 * files itself: the caller passes the text and, optionally, the names of the article files.
 */
export function loadScenario(text: string, fileName: string, opts: LoadOptions = {}): LoadResult {
  const parsed = parseYaml(text);
  if (!parsed.ok) return { ok: false, error: placeFindings(parsed.error, NOWHERE, fileName) };
  const { data, locator, findings: early } = parsed.value;
  const shape = topLevel(data);
  if (shape !== undefined) return { ok: false, error: placeFindings([shape], locator, fileName) };
  const migrated = migrate(data as RawDocument);
  if (!migrated.ok) return { ok: false, error: placeFindings(migrated.error, locator, fileName) };
  const findings: Finding[] = [...early];
  const doc = boundLists(migrated.value, findings);
  const indexed = indexIds(doc);
  const ids = indexed.ids;
  findings.push(...indexed.findings);
  const known: KnownKeys = new Map();
  const result = ScenarioSchema.safeParse(doc, { error: recordKnownKeys(known) });
  let draft: Draft;
  if (result.success) draft = draftOf(result.data);
  else {
    findings.push(...schemaFindings(result.error.issues, doc, known));
    draft = salvage(doc);
  }
  const articles = new Map(Object.entries(opts.articles ?? {}));
  const sources =
    opts.knownSources === undefined && opts.articles === undefined
      ? undefined
      : [...new Set([...(opts.knownSources ?? []), ...articles.keys()])];
  findings.push(...checkScenario(doc, draft, ids, sources, articles));
  const issues = placeFindings(findings, locator, fileName);
  if (!result.success || issues.some((issue) => issue.severity === 'error'))
    return { ok: false, error: issues };
  return { ok: true, value: buildScenario(result.data), warnings: issues };
}
