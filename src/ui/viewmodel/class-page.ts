import type { ActorId, GameOptions, Scenario } from '../../engine/index.ts';
import type { ResultFile } from '../../scenario/index.ts';
import {
  csvCell,
  historicalRun,
  type MonteCarloReport,
  maxScoreOf,
  type StrategyName,
} from '../../sim/index.ts';
import type { ClassResult } from '../../store/index.ts';
import { t, tn } from '../strings/index.ts';
import { actorName, vp } from './format.ts';
import { decidingMoments } from './moments.ts';
import { optionLines } from './options.ts';

/** What the class page says of one file. */
export type ClassStatus = 'genuine' | 'altered' | 'unreadable' | 'no-scenario';

/** One row of the class's table: a file handed in. */
export interface ClassRow {
  readonly id: number;
  /** The file's name, as the student saved it. */
  readonly file: string;
  /** The name the student gave in the file, or empty. */
  readonly student: string;
  readonly status: ClassStatus;
  /** "Genuine", "Altered: the file says 99, replaying gives 31", …: in words. */
  readonly statusText: string;
  readonly scenario: string;
  readonly seat: string;
  readonly seed: number | null;
  readonly outcome: string;
  /** The score the file claims (for an altered file, what it claims; the replay disagrees). */
  readonly score: number | null;
  readonly max: number;
  readonly turns: number | null;
}

/** The columns a teacher can sort the table by. */
export const CLASS_SORT_KEYS = ['file', 'status', 'seat', 'seed', 'outcome', 'score'] as const;
export type ClassSortKey = (typeof CLASS_SORT_KEYS)[number];

/** How the table is sorted. */
export interface ClassSort {
  readonly key: ClassSortKey;
  readonly descending: boolean;
}

/** The genuine games of one scenario played from one seat: one chart. */
export interface ClassGroup {
  readonly key: string;
  /** The scenario and seat, for a run of the built-in strategies beside the class. */
  readonly scenarioRef: Scenario;
  readonly player: ActorId;
  /** The teacher's options these games were played under: results with other options are another group. */
  readonly options: GameOptions;
  /** Those options in words (none for games as written). */
  readonly optionLines: readonly string[];
  /** The class's mean score. */
  readonly mean: number;
  readonly scenario: string;
  readonly seat: string;
  readonly max: number;
  /** The scores of the class's genuine games, in the order handed in. */
  readonly scores: readonly number[];
  /** How often each outcome came, most frequent first, with the historical one marked. */
  readonly outcomes: readonly {
    readonly title: string;
    readonly count: number;
    readonly historical: boolean;
  }[];
  /** What the scenario's historical line scores from this seat, with the seed the class played most. */
  readonly history: { readonly score: number; readonly outcome: string; readonly seed: number } | null;
  /** The moments that decided most of these games, most frequent first. */
  readonly moments: readonly { readonly headline: string; readonly lesson: string; readonly count: number }[];
  /** One sentence for screen readers and the caption. */
  readonly summary: string;
}

/** Everything the class page shows. */
export interface ClassView {
  readonly rows: readonly ClassRow[];
  readonly counts: Readonly<Record<ClassStatus, number>>;
  readonly groups: readonly ClassGroup[];
}

/** At most this many deciding moments per chart. */
const MOMENTS_SHOWN = 3;

export function classView(results: readonly ClassResult[], sort: ClassSort): ClassView {
  const rows = results.map(rowOf);
  const counts: Record<ClassStatus, number> = { genuine: 0, altered: 0, unreadable: 0, 'no-scenario': 0 };
  for (const row of rows) counts[row.status]++;
  return { rows: sortRows(rows, sort), counts, groups: groupsOf(results) };
}

/**
 * The groups of a list of results, worked out once per list: each replays history and finds every
 * game's deciding moments, and the page re-renders often (a baseline's progress, a sort), while
 * the store hands over a new list only when files are added or removed.
 */
const groupsByList = new WeakMap<readonly ClassResult[], ClassGroup[]>();

function rowOf(r: ClassResult): ClassRow {
  const v = r.verdict;
  const blank = {
    id: r.id,
    file: r.name,
    student: '',
    seed: null,
    score: null,
    max: 0,
    turns: null,
    outcome: '',
    seat: '',
  };
  switch (v.kind) {
    case 'unreadable':
      return {
        ...blank,
        status: 'unreadable',
        statusText: t('class.status.unreadable', { reason: v.problem.message }),
        scenario: '',
      };
    case 'no-scenario':
      return {
        ...blank,
        student: v.result.student,
        status: 'no-scenario',
        statusText: v.otherVersion
          ? t('class.status.otherVersion', { title: v.result.scenario.title })
          : t('class.status.noScenario', { title: v.result.scenario.title }),
        scenario: v.result.scenario.title,
        seat: v.result.player,
        seed: v.result.seed,
        outcome: v.result.outcome.title,
        score: v.result.scores[v.result.player] ?? null,
      };
    case 'genuine':
    case 'altered': {
      const { result, scenario } = v;
      return {
        id: r.id,
        file: r.name,
        student: result.student,
        status: v.kind,
        statusText:
          v.kind === 'genuine'
            ? withPeople(scenario, result, t('class.status.genuine'))
            : t('class.status.altered', { reason: v.fault.message }),
        scenario: scenario.title,
        seat: actorName(scenario, result.player),
        seed: result.seed,
        outcome: result.outcome.title,
        score: result.scores[result.player] ?? null,
        max: maxScoreOf(scenario, result.player),
        turns: result.turns,
      };
    }
  }
}

/**
 * A genuine result in which other delegations were led by people (a hotseat game) says so: their
 * moves are people's, checked by the rules only, where the AI's would have been recomputed.
 */
function withPeople(scenario: Scenario, result: ResultFile, text: string): string {
  const others = scenario.actors.filter((a) => a.id !== result.player && result.seats[a.id] === 'person');
  if (others.length === 0) return text;
  return `${text} ${t('class.status.people', { names: others.map((a) => a.name).join(', ') })}`;
}

/** Altered files first when sorting by status: they are what a teacher looks for. */
const STATUS_ORDER: Record<ClassStatus, number> = { altered: 0, unreadable: 1, 'no-scenario': 2, genuine: 3 };

function sortRows(rows: readonly ClassRow[], sort: ClassSort): ClassRow[] {
  const value = (row: ClassRow): string | number => {
    switch (sort.key) {
      case 'status':
        return STATUS_ORDER[row.status];
      case 'seed':
        return row.seed ?? Number.NEGATIVE_INFINITY;
      case 'score':
        return row.score ?? Number.NEGATIVE_INFINITY;
      case 'file':
        return (row.student || row.file).toLowerCase();
      default:
        return row[sort.key].toLowerCase();
    }
  };
  const sign = sort.descending ? -1 : 1;
  // The order handed in breaks ties, so the table never shuffles between renders.
  return [...rows].sort((a, b) => {
    const x = value(a);
    const y = value(b);
    return (x < y ? -1 : x > y ? 1 : 0) * sign || a.id - b.id;
  });
}

function groupsOf(results: readonly ClassResult[]): ClassGroup[] {
  const known = groupsByList.get(results);
  if (known) return known;
  const groups = groupsOfList(results);
  groupsByList.set(results, groups);
  return groups;
}

function groupsOfList(results: readonly ClassResult[]): ClassGroup[] {
  const byKey = new Map<string, Extract<ClassResult['verdict'], { kind: 'genuine' }>[]>();
  for (const r of results) {
    if (r.verdict.kind !== 'genuine') continue;
    const { scenario: played, player, options = {} } = r.verdict.result;
    const key = `${played.id}:${played.hash}:${player}:${JSON.stringify(options)}`;
    byKey.set(key, [...(byKey.get(key) ?? []), r.verdict]);
  }
  return [...byKey.entries()].map(([key, games]) => groupOf(key, games));
}

function groupOf(
  key: string,
  games: readonly Extract<ClassResult['verdict'], { kind: 'genuine' }>[],
): ClassGroup {
  const { scenario, result } = games[0]!;
  const player = result.player;
  const seed = mostCommon(games.map((g) => g.result.seed));
  const options = result.options ?? {};
  const run = historicalRun(scenario, seed, options);
  const history = run ? { score: run.result.scores[player] ?? 0, outcome: run.result.title, seed } : null;
  const outcomeCounts = new Map<string, number>();
  for (const g of games)
    outcomeCounts.set(g.result.outcome.title, (outcomeCounts.get(g.result.outcome.title) ?? 0) + 1);
  const momentCounts = new Map<string, { headline: string; lesson: string; count: number }>();
  for (const g of games) {
    // A kind of moment counts once per game, however often that game showed it.
    const seen = new Set<string>();
    for (const m of decidingMoments(scenario, g.state, player)) {
      const k = `${m.kind}:${m.lesson.title}`;
      if (seen.has(k)) continue;
      seen.add(k);
      const entry = momentCounts.get(k) ?? { headline: m.headline, lesson: m.lesson.title, count: 0 };
      momentCounts.set(k, { ...entry, count: entry.count + 1 });
    }
  }
  const scores = games.map((g) => g.result.scores[player] ?? 0);
  const max = maxScoreOf(scenario, player);
  const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
  return {
    key,
    scenarioRef: scenario,
    player,
    options,
    optionLines: optionLines(scenario, options),
    mean,
    scenario: scenario.title,
    seat: actorName(scenario, player),
    max,
    scores,
    outcomes: [...outcomeCounts.entries()]
      .map(([title, count]) => ({ title, count, historical: history?.outcome === title }))
      .sort((a, b) => b.count - a.count || a.title.localeCompare(b.title)),
    history,
    moments: [...momentCounts.values()]
      .sort((a, b) => b.count - a.count || a.headline.localeCompare(b.headline))
      .slice(0, MOMENTS_SHOWN),
    summary: tn('class.chartSummary', scores.length, {
      seat: actorName(scenario, player),
      mean: vp(mean),
      min: vp(Math.min(...scores)),
      max: vp(Math.max(...scores)),
      of: max,
      history: history ? vp(history.score) : '–',
    }),
  };
}

function mostCommon(values: readonly number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = values[0] ?? 1;
  for (const [v, n] of counts)
    if (n > (counts.get(best) ?? 0) || (n === counts.get(best) && v < best)) best = v;
  return best;
}

/** The table as CSV for a gradebook: every text cell neutralised against formula injection. */
export function classCsv(rows: readonly ClassRow[]): string {
  const header = t('class.csvHeading').split(',');
  const lines = [
    header.map(csvCell).join(','),
    ...rows.map((r) =>
      [
        r.student,
        r.file,
        t(`class.statusShort.${r.status}`),
        r.statusText,
        r.scenario,
        r.seat,
        r.seed ?? '',
        r.outcome,
        r.score ?? '',
        r.max || '',
        r.turns ?? '',
      ]
        .map((c) => csvCell(c))
        .join(','),
    ),
  ];
  return `${lines.join('\r\n')}\r\n`;
}

/** One built-in strategy beside the class: its spread over the games played for the baseline. */
export interface BaselineRow {
  readonly key: StrategyName;
  readonly name: string;
  readonly mean: number;
  readonly min: number;
  readonly max: number;
  readonly runs: number;
}

/** The built-in strategies' rows of a Monte Carlo report (its line row, unused here, left out). */
export function baselineRows(report: MonteCarloReport): BaselineRow[] {
  return report.rows.flatMap((row) =>
    row.key === 'line' || row.summary === null
      ? []
      : [
          {
            key: row.key,
            name: t(`mc.strategy.${row.key}`),
            mean: row.summary.meanScore,
            min: row.summary.minScore,
            max: row.summary.maxScore,
            runs: row.runs,
          },
        ],
  );
}

/** The baseline in a sentence: "Over 200 games each: balanced 85.6 (45 to 100), …". */
export function baselineSentence(rows: readonly BaselineRow[], classMean: number): string {
  if (rows.length === 0) return '';
  return t('class.baselineSentence', {
    runs: Math.min(...rows.map((r) => r.runs)),
    mean: vp(classMean),
    rows: rows
      .map((r) => t('class.baselineRow', { name: r.name, mean: vp(r.mean), min: vp(r.min), max: vp(r.max) }))
      .join('; '),
  });
}
