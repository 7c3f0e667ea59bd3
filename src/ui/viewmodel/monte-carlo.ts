import type { Scenario } from '../../engine/index.ts';
import { type MonteCarloReport, type MonteCarloRow, SCORE_BINS } from '../../sim/index.ts';
import { t } from '../strings/index.ts';
import { vp } from './format.ts';

/**
 * What "Play my strategy 1,000 times" shows: for the player's line and each built-in strategy,
 * the spread of scores as a histogram with the player's own game marked, the share of each
 * outcome, and where the player's game falls, in words. Pure: the figures come from the worker's
 * `MonteCarloReport`; nothing is played here.
 */

/** A whole number as the reader reads it: "1,000". */
export function wholeNumber(value: number): string {
  const digits = String(Math.round(Math.abs(value)));
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, t('number.group'));
  return value < 0 ? `-${grouped}` : grouped;
}

/**
 * A share in whole percent that never says 0 or 100 when it is not: one game of a thousand is
 * "<1", all but one ">99".
 */
export function sharePercent(part: number, whole: number): string {
  if (whole <= 0 || part <= 0) return '0';
  if (part >= whole) return '100';
  const p = Math.round((part / whole) * 100);
  if (p < 1) return '<1';
  if (p > 99) return '>99';
  return String(p);
}

export interface HistogramBar {
  /** The slice's scores: from `from` to just under `to` (the last slice holds `to` too). */
  readonly from: number;
  readonly to: number;
  readonly count: number;
  /** Its height, as a share of the row's tallest slice (0 to 1). */
  readonly height: number;
  /** Whether every score of the slice is below the player's. */
  readonly below: boolean;
}

export interface OutcomeShare {
  readonly id: string;
  readonly title: string;
  readonly count: number;
  /** 0 to 1. */
  readonly share: number;
  /** The share in words: "45%". */
  readonly text: string;
  /** Its place in the legend, the same in every row (for its colour and pattern). */
  readonly slot: number;
}

export interface DistributionRow {
  readonly key: MonteCarloRow['key'];
  readonly name: string;
  readonly hint: string;
  readonly runs: number;
  /** "Mean 55.2 · lowest 12 · highest 88"; empty before the row's first game. */
  readonly stats: string;
  readonly bars: readonly HistogramBar[];
  /** Where the player's score sits along the axis, 0 to 1. */
  readonly marker: number;
  /** Where the player's game falls among these games, in a sentence. */
  readonly place: string;
  readonly outcomes: readonly OutcomeShare[];
  /** For the line: how many of its moves other games refused; null for a strategy. */
  readonly skipped: string | null;
  /** The histogram in words, for screen readers. */
  readonly label: string;
}

export interface DistributionView {
  /** What was played, in a sentence. */
  readonly summary: string;
  /** Every outcome some row reached, in the scenario's order, then the forced ends. */
  readonly legend: readonly { readonly id: string; readonly title: string; readonly slot: number }[];
  /** The axis: 0, a quarter, half, three quarters and the seat's most points. */
  readonly ticks: readonly { readonly value: string; readonly at: number }[];
  readonly rows: readonly DistributionRow[];
  /** The player's score, as shown. */
  readonly score: string;
}

const FORCED_ENDS = ['stalemate', 'collapse', 'ousted'] as const;

function outcomeTitle(scenario: Scenario, id: string): string {
  const named = scenario.outcomes.find((o) => o.id === id)?.title;
  if (named) return named;
  if ((FORCED_ENDS as readonly string[]).includes(id))
    return t(`mc.outcome.${id as (typeof FORCED_ENDS)[number]}`);
  return id;
}

function rowName(key: MonteCarloRow['key']): { name: string; hint: string } {
  if (key === 'line') return { name: t('mc.row.line'), hint: '' };
  return { name: t(`mc.strategy.${key}`), hint: t(`mc.strategyHint.${key}`) };
}

function placeSentence(row: MonteCarloRow, score: string): string {
  const values = {
    score,
    runs: wholeNumber(row.runs),
    below: sharePercent(row.below, row.runs),
    level: sharePercent(row.level, row.runs),
  };
  const who = row.key === 'line' ? 'Line' : 'Strategy';
  // "Better than 0%" and "better than 100%" say less than the plain words.
  if (row.below === 0 && row.above === 0) return t(`mc.place${who}AllLevel`, values);
  if (row.below === 0 && row.level === 0) return t(`mc.place${who}AllAbove`, values);
  if (row.below === 0) return t(`mc.place${who}LevelRestAbove`, values);
  if (row.above === 0 && row.level === 0) return t(`mc.place${who}AllBelow`, values);
  return t(row.level > 0 ? `mc.place${who}Level` : `mc.place${who}`, values);
}

/** The debrief's view of a Monte Carlo report, finished or not. */
export function distributionView(scenario: Scenario, report: MonteCarloReport): DistributionView {
  const max = report.maxScore;
  const width = max / SCORE_BINS;
  const score = vp(report.mark);
  const order = [...scenario.outcomes.map((o) => o.id), ...FORCED_ENDS];
  const reached = new Set(report.rows.flatMap((r) => Object.keys(r.summary?.outcomes ?? {})));
  const legend = [
    ...order.filter((id) => reached.has(id)),
    ...[...reached].filter((id) => !order.includes(id)),
  ].map((id, slot) => ({ id, title: outcomeTitle(scenario, id), slot }));
  const rows = report.rows.map((row): DistributionRow => {
    const { name, hint } = rowName(row.key);
    const tallest = Math.max(1, ...row.histogram);
    const bars = row.histogram.map((count, i) => ({
      from: i * width,
      to: (i + 1) * width,
      count,
      height: count / tallest,
      below: (i + 1) * width <= report.mark,
    }));
    const s = row.summary;
    const outcomes = legend.flatMap((l) => {
      const count = s?.outcomes[l.id] ?? 0;
      return count > 0
        ? [
            {
              id: l.id,
              title: l.title,
              count,
              share: count / row.runs,
              text: `${sharePercent(count, row.runs)}%`,
              slot: l.slot,
            },
          ]
        : [];
    });
    const stats = s ? t('mc.stats', { mean: vp(s.meanScore), min: vp(s.minScore), max: vp(s.maxScore) }) : '';
    return {
      key: row.key,
      name,
      hint: row.key === 'line' ? t('mc.row.lineHint', { moves: wholeNumber(report.lineMoves) }) : hint,
      runs: row.runs,
      stats,
      bars,
      marker: max > 0 ? Math.max(0, Math.min(1, report.mark / max)) : 0,
      place: row.runs > 0 ? placeSentence(row, score) : t('mc.notYet'),
      outcomes,
      skipped:
        row.key !== 'line' || row.runs === 0
          ? null
          : row.gamesWithSkips === 0
            ? t('mc.noSkips')
            : t('mc.skipped', {
                games: wholeNumber(row.gamesWithSkips),
                runs: wholeNumber(row.runs),
                moves: wholeNumber(row.skippedMoves),
              }),
      label: s
        ? t('mc.histogramLabel', {
            name,
            runs: wholeNumber(row.runs),
            top: vp(max),
            mean: vp(s.meanScore),
            min: vp(s.minScore),
            max: vp(s.maxScore),
            score,
          })
        : t('mc.notYet'),
    };
  });
  const line = report.rows.find((r) => r.key === 'line');
  const strategies = report.rows.filter((r) => r.key !== 'line');
  const seeds = strategies.length > 0 ? Math.min(...strategies.map((r) => r.runs)) : 0;
  const planned = wholeNumber(report.plannedRuns);
  const complete = (line?.runs ?? 0) === report.plannedRuns && seeds === report.plannedRuns;
  const summary = complete
    ? t('mc.summary', { runs: planned, last: wholeNumber(report.firstSeed + report.plannedRuns - 1) })
    : t('mc.summaryPartial', {
        line: wholeNumber(line?.runs ?? 0),
        seeds: wholeNumber(seeds),
        runs: planned,
      });
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((at) => ({ value: vp(at * max), at }));
  return { summary, legend, ticks, rows, score };
}

/**
 * How far a run is, in words: the line's games first, then the strategies' (`monteCarloSteps`
 * plays them in that order). `runs` is the seeds asked for per row.
 */
export function progressText(done: number, total: number, runs: number): string {
  if (total === 0) return t('mc.starting');
  if (done < runs) return t('mc.playingLine', { done: wholeNumber(done), runs: wholeNumber(runs) });
  const rows = Math.max(1, total / runs - 1);
  return t('mc.playingStrategies', {
    done: wholeNumber(done - runs),
    total: wholeNumber(total - runs),
    seeds: wholeNumber(Math.floor((done - runs) / rows)),
    runs: wholeNumber(runs),
    count: rows,
  });
}
