import type { Scenario } from '../engine/index.ts';
import { type Issue, pathLocator } from '../scenario/index.ts';
import { historyFindings } from './audit-history.ts';
import { itemFindings } from './audit-items.ts';
import {
  AUDIT_WORK_BUDGET,
  anythingToPlayFor,
  auditGameLimit,
  auditPlan,
  dealPlayer,
  gameWork,
  type PlannedGame,
  type PlayStats,
  playAuditSteps,
  playFindings,
} from './audit-play.ts';
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
   * plays at most `AUDIT_GAME_BUDGET` (240) games, and games of at most `AUDIT_WORK_BUDGET`
   * pair-turns in all (`auditGameLimit`); past 40 playable seats, one seed of the first strategies
   * fills it. When a budget cuts the games, the report's `notes` say so.
   */
  readonly seeds?: number;
  /** The first seed (default 1). */
  readonly firstSeed?: number;
  /**
   * Called after each game the audit plays, with the games played and the most it may play (it
   * stops early once everything has been reached), so a page can show progress.
   */
  readonly onGame?: (played: number, atMost: number) => void;
  /** Asked before each game: true stops play, and the report says what the games so far found. */
  readonly stop?: () => boolean;
}

export interface AuditReport {
  /** Errors and warnings, by line. */
  readonly issues: readonly AuditIssue[];
  /** What the games did: endings, and how far each objective got. */
  readonly play: PlayStats;
  /**
   * How sure the findings of play are, in words, when a budget or a stop cut the games short
   * (none for a file whose games all fit, such as the shipped scenarios).
   */
  readonly notes: readonly string[];
}

/** The default number of seeds: enough to find a way to every objective, fast enough to run on save. */
export const AUDIT_SEEDS = 20;

/**
 * Seeds per strategy and seat when none are asked for: `AUDIT_SEEDS`, fewer when there are more
 * than two playable delegations, so that every seed fits in the budget; at least one.
 */
export function auditSeeds(scenario: Scenario): number {
  const seats = Math.max(1, scenario.actors.filter((a) => a.playable).length) * STRATEGY_NAMES.length;
  return Math.max(1, Math.min(AUDIT_SEEDS, Math.floor(auditGameLimit(scenario) / seats)));
}

/** A whole number with commas between thousands, as the checker's other messages write them. */
const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const plural = (n: number, what: string) => `${grouped(n)} ${what}${n === 1 ? '' : 's'}`;

/** What the findings of play rest on, when less than the whole plan asked for was played. */
export function auditNotes(
  scenario: Scenario,
  seeds: number,
  plan: readonly PlannedGame[],
  play: PlayStats,
): string[] {
  if (!anythingToPlayFor(scenario)) return [];
  const size = `${plural(scenario.turns.length, 'turn')} of ${plural(scenario.actors.length, 'delegation')}`;
  if (play.stopped) {
    return [
      `stopped after ${plural(play.games, 'test game')} of ${grouped(plan.length)}: what play found (objectives that never moved, outcomes never reached) is from those games only`,
    ];
  }
  if (plan.length === 0) {
    return [
      `no test game was played: one game of this file (${size}) is ${grouped(gameWork(scenario))} pair-turns of work, more than the audit's budget for all its games (${grouped(AUDIT_WORK_BUDGET)}), so whether each objective can move and each outcome can happen was not tried; play it with \`npm run sim\` or \`npm run balance\` to find out`,
    ];
  }
  const seats = scenario.actors.filter((a) => a.playable).length;
  const asked = seeds * STRATEGY_NAMES.length * seats;
  if (plan.length >= asked) return [];
  return [
    `the audit's budget allows ${plural(plan.length, 'test game')} of this file (${size}), not the ${grouped(asked)} of every strategy from every seat over ${plural(seeds, 'seed')}: an objective or outcome it says was never reached may be reachable in games it did not play`,
  ];
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

/**
 * Every audit check on a loaded scenario, as a generator that yields before the first test game
 * and after each (the games played and the most it may play) and returns the report: for a caller that shows
 * progress or must keep its event loop turning (the command line, for Ctrl-C).
 */
export function* auditSteps(
  scenario: Scenario,
  options: AuditOptions = {},
): Generator<readonly [played: number, atMost: number], AuditReport, void> {
  const seeds = options.seeds ?? auditSeeds(scenario);
  const plan = auditPlan(scenario, seeds, options.firstSeed ?? 1);
  const play = yield* playAuditSteps(scenario, plan, options.stop);
  const findings: AuditFinding[] = [
    ...zoneFindings(
      scenario,
      dealPlayer(scenario, () => play.stopped || (options.stop?.() ?? false)),
    ),
    ...itemFindings(scenario),
    ...playFindings(scenario, play),
    ...historyFindings(scenario),
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
  return { issues, play, notes: auditNotes(scenario, seeds, plan, play) };
}

/** Runs every audit check on a loaded scenario (`auditSteps` to its end, `onGame` after each game). */
export function auditScenario(scenario: Scenario, options: AuditOptions = {}): AuditReport {
  const steps = auditSteps(scenario, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (step.value[0] > 0) options.onGame?.(...step.value);
  }
}
