import type { Scenario } from '../engine/index.ts';
import { type Issue, pathLocator } from '../scenario/index.ts';
import { itemFindings } from './audit-items.ts';
import { AUDIT_GAME_BUDGET, auditPlan, type PlayStats, playAudit, playFindings } from './audit-play.ts';
import type { AuditCode, AuditFinding } from './audit-types.ts';
import { zoneFindings } from './audit-zone.ts';
import { STRATEGY_NAMES } from './strategies.ts';

/**
 * The scenario audit: checks that go beyond the format, on a scenario that has already loaded.
 * Can a deal be struck at all? Can each objective be moved and each outcome reached? Can every
 * item be given and used? Pure and deterministic (the same file always gets the same findings),
 * so `npm run scenario:check` and the browser's "Open a scenario file" run the same audit.
 */

/** One finding: a loader `Issue` with an `audit/` code, so the two lists show together. */
export type AuditIssue = Issue & { readonly code: AuditCode };

export interface AuditOptions {
  /** The file's text, so findings can name their line; without it they sit at 1:1. */
  readonly text?: string;
  /** The file name to put in the findings. */
  readonly file?: string;
  /**
   * Games per built-in strategy and playable delegation: fewer is faster and less sure. Default 20,
   * fewer when there are more than two playable delegations. However many are asked for, the audit
   * plays at most `AUDIT_GAME_BUDGET` (240) games; past 40 playable seats, one seed of the first
   * strategies fills it.
   */
  readonly seeds?: number;
  /** The first seed (default 1). */
  readonly firstSeed?: number;
  /**
   * Called after each game the audit plays, with the games played and the most it may play (it
   * stops early once everything has been reached), so a page can show progress.
   */
  readonly onGame?: (played: number, atMost: number) => void;
}

export interface AuditReport {
  /** Errors and warnings, by line. */
  readonly issues: readonly AuditIssue[];
  /** What the games did: endings, and how far each objective got. */
  readonly play: PlayStats;
}

/** The default number of seeds: enough to find a way to every objective, fast enough to run on save. */
export const AUDIT_SEEDS = 20;

/**
 * Seeds per strategy and seat when none are asked for: `AUDIT_SEEDS`, fewer when there are more
 * than two playable delegations, so that every seed fits in the budget; at least one.
 */
export function auditSeeds(scenario: Scenario): number {
  const seats = Math.max(1, scenario.actors.filter((a) => a.playable).length) * STRATEGY_NAMES.length;
  return Math.max(1, Math.min(AUDIT_SEEDS, Math.floor(AUDIT_GAME_BUDGET / seats)));
}

const SCHEMA_LINE = /^(?:\uFEFF)?# yaml-language-server: \$schema=\S*schema\.json\s*$/;

/** Editors find the schema (completion, descriptions, red squiggles) through the first line. */
function schemaLineFinding(text: string): AuditFinding | null {
  const first = text.split(/\r?\n/, 1)[0] ?? '';
  if (SCHEMA_LINE.test(first)) return null;
  return {
    code: 'audit/schema-line',
    severity: 'warning',
    path: [],
    message: 'the first line does not point editors to the scenario schema',
    hint: 'make the first line `# yaml-language-server: $schema=./schema.json` (the path from this file to scenarios/schema.json), so editors complete and explain every field',
  };
}

/** Runs every audit check on a loaded scenario. */
export function auditScenario(scenario: Scenario, options: AuditOptions = {}): AuditReport {
  const plan = auditPlan(scenario, options.seeds ?? auditSeeds(scenario), options.firstSeed ?? 1);
  const play = playAudit(scenario, plan, options.onGame);
  const findings: AuditFinding[] = [
    ...zoneFindings(scenario),
    ...itemFindings(scenario),
    ...playFindings(scenario, play),
  ];
  const schemaLine = options.text === undefined ? null : schemaLineFinding(options.text);
  const locate = pathLocator(options.text);
  const file = options.file ?? '';
  const issues: AuditIssue[] = findings.map((f) => {
    let place = locate(f.path);
    if (!place.found && f.fallback !== undefined) place = locate(f.fallback);
    const { code, severity, message, hint } = f;
    return { code, severity, file, line: place.line, column: place.column, path: place.path, message, hint };
  });
  if (schemaLine) {
    const { code, severity, message, hint } = schemaLine;
    issues.push({ code, severity, file, line: 1, column: 1, path: '', message, hint });
  }
  issues.sort((a, b) => a.line - b.line || a.column - b.column);
  return { issues, play };
}
