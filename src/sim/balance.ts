import { type ActorId, actorOf, bestOutcomeFor, type GameState, type Scenario } from '../engine/index.ts';
import { playOutcome } from './outcome.ts';
import { type Steps, type Summary, summaryTally } from './report.ts';
import { STRATEGY_NAMES, type StrategyName } from './strategies.ts';

/**
 * The balance of a scenario: every built-in strategy over many seeds from every playable seat,
 * and the checks an author (and docs/balance.md) cares about: does history reproduce what
 * happened, do concessions of similar value pay, is any strategy a solved puzzle.
 */
export interface BalanceRow {
  readonly actor: ActorId;
  readonly strategy: StrategyName;
  readonly summary: Summary;
  /** For `pressure` only: share of runs in which the pressed side gave this one anything (else NaN). */
  readonly concessionShare: number;
}

export interface BalanceCheck {
  readonly name: string;
  readonly pass: boolean;
  readonly detail: string;
  /** For a check that fails: what to change in the file, and which way (empty when it holds). */
  readonly hint: string;
}

export interface BalanceReport {
  readonly scenario: Scenario;
  /** Seeds played per row. */
  readonly runs: number;
  /** Seeds asked for: more than `runs` when the work was stopped early. */
  readonly plannedRuns: number;
  readonly firstSeed: number;
  readonly rows: readonly BalanceRow[];
  readonly checks: readonly BalanceCheck[];
}

/**
 * Whether, in this run of `pressure`, the delegation it played received anything from a
 * delegation it pressed. The pressing strategy gives nothing, so whatever it got, pressure won.
 */
function gotConcession(final: GameState, actor: ActorId): boolean {
  const pressed = new Set(
    final.log.flatMap((entry) =>
      entry.action?.type === 'pressure' && entry.action.actor === actor ? [entry.action.target] : [],
    ),
  );
  return final.log.some((entry) =>
    entry.events.some(
      (e) => e.type === 'itemDelivered' && e.target === actor && e.actor !== null && pressed.has(e.actor),
    ),
  );
}

export function balanceReport(
  scenario: Scenario,
  options: { runs: number; firstSeed?: number; strategies?: readonly StrategyName[] },
): BalanceReport {
  const steps = balanceSteps(scenario, options);
  while (steps.step()) {}
  return steps.result();
}

/**
 * `balanceReport` one seed a step: each step plays that seed for every seat and strategy, so a
 * report read after fewer steps is the whole report over fewer seeds (every row on the same
 * seeds), not some rows finished and others missing. Each game depends only on its seat,
 * strategy and seed, so the order of play changes no figure.
 */
export function balanceSteps(
  scenario: Scenario,
  options: { runs: number; firstSeed?: number; strategies?: readonly StrategyName[] },
): Steps<BalanceReport> {
  const firstSeed = options.firstSeed ?? 1;
  const strategies = options.strategies ?? STRATEGY_NAMES;
  const cells = scenario.actors
    .filter((a) => a.playable)
    .flatMap((actor) =>
      strategies.map((strategy) => ({
        actor: actor.id,
        strategy,
        tally: summaryTally(scenario, actor.id, strategy, firstSeed, options.runs),
        concessions: 0,
      })),
    );
  let done = 0;
  return {
    get done() {
      return done;
    },
    total: options.runs,
    step() {
      if (done >= options.runs) return false;
      const seed = firstSeed + done;
      for (const cell of cells) {
        const game = playOutcome({
          scenario,
          player: cell.actor,
          seed,
          play: { kind: 'strategy', name: cell.strategy },
        });
        cell.tally.add(game);
        if (cell.strategy === 'pressure' && gotConcession(game.final, cell.actor)) cell.concessions++;
      }
      done++;
      return true;
    },
    result() {
      const rows: BalanceRow[] = cells.map((cell) => ({
        actor: cell.actor,
        strategy: cell.strategy,
        summary: cell.tally.summary(),
        concessionShare: cell.strategy === 'pressure' ? cell.concessions / done : Number.NaN,
      }));
      return {
        scenario,
        runs: done,
        plannedRuns: options.runs,
        firstSeed,
        rows,
        checks: checksFor(scenario, rows),
      };
    },
  };
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** "a", "a and b", "a, b and c". */
function inWords(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** A check, with its hint kept only when it fails. */
function check(name: string, pass: boolean, detail: string, hint: string): BalanceCheck {
  return { name, pass, detail, hint: pass ? '' : hint };
}

/** The outcome a row ends in most often, with its share. */
function commonest(summary: Summary, runs: number): { id: string; share: number } | null {
  const [id, count] = Object.entries(summary.outcomes).sort((a, b) => b[1] - a[1])[0] ?? [];
  return id === undefined || count === undefined ? null : { id, share: count / Math.max(1, runs) };
}

function checksFor(scenario: Scenario, rows: readonly BalanceRow[]): BalanceCheck[] {
  const checks: BalanceCheck[] = [];
  const row = (actor: ActorId, strategy: StrategyName) =>
    rows.find((r) => r.actor === actor && r.strategy === strategy);
  const history = row(scenario.history.player, 'history');
  if (history) {
    const most = commonest(history.summary, history.summary.runs);
    checks.push(
      check(
        'The historical line reproduces the historical outcome in most seeds',
        history.summary.historicalOutcomeShare > 0.5,
        `${pct(history.summary.historicalOutcomeShare)} of seeds end in "${scenario.history.outcome}"`,
        `history's own line ends most often in "${most?.id ?? 'none'}" (${pct(most?.share ?? 0)}): check its steps (\`npm run scenario:check\` names any the rules refuse) and the \`when\` of "${scenario.history.outcome}" and of the outcomes before it (the first whose condition holds is the ending)`,
      ),
    );
  }
  for (const actor of scenario.actors.filter((a) => a.playable)) {
    const name = actor.name;
    const id = `\`${actor.id}\``;
    const gives = scenario.items.filter((i) => i.giver === actor.id).map((i) => `\`${i.id}\``);
    const others = scenario.actors.filter((a) => a.id !== actor.id && !a.background).map((a) => a.name);
    const balanced = row(actor.id, 'balanced');
    for (const rival of ['generous', 'stingy'] as const) {
      const other = row(actor.id, rival);
      if (!balanced || !other) continue;
      checks.push(
        check(
          `${name}: balanced scores higher on average than ${rival}`,
          balanced.summary.meanScore > other.summary.meanScore,
          `${balanced.summary.meanScore} against ${other.summary.meanScore}`,
          rival === 'generous'
            ? `giving more than a fair share pays from this seat: raise the \`cost\` of what ${name} gives (${gives.join(', ') || 'nothing yet'}), or let gifts raise what the others expect more (\`params.giftRaise\`, \`params.alphaUp\`)`
            : `giving little pays as well as a fair package: raise what the others hold out for from ${name} (their \`reservation\` toward ${id} in \`relations\`), so that small offers are refused`,
        ),
      );
    }
    const random = row(actor.id, 'random');
    if (balanced && random) {
      checks.push(
        check(
          `${name}: random loses clearly to balanced`,
          balanced.summary.meanScore - random.summary.meanScore >= 5,
          `${random.summary.meanScore} against ${balanced.summary.meanScore}`,
          `this seat's score hardly depends on its moves: its objectives may measure what happens anyway (events, the others' moves); make them measure what its deals change (\`received\`, \`given\`, progress on an issue its items advance), or narrow their \`zero\` to \`full\``,
        ),
      );
    }
    const pressing = row(actor.id, 'pressure');
    if (pressing && !Number.isNaN(pressing.concessionShare)) {
      checks.push(
        check(
          `${name}: pressure alone wins no concession from the side it presses in most seeds`,
          pressing.concessionShare <= 0.2,
          `it got something in ${pct(pressing.concessionShare)} of seeds`,
          `pressure pays on its own: give the sides ${name} presses somewhere to turn (\`patrons\` with some \`patronGenerosity\`, and more \`agility\`), so that they step aside from pressure instead of giving in`,
        ),
      );
    }
    const solved = rows.filter(
      (r) => r.actor === actor.id && r.strategy !== 'history' && r.summary.bestOutcomeShare > 0.9,
    );
    const best = bestOutcomeFor(scenario, actor.id);
    checks.push(
      check(
        `${name}: no built-in strategy reaches the best outcome in more than 90% of seeds`,
        solved.length === 0,
        solved.length
          ? solved.map((r) => `${r.strategy} ${pct(r.summary.bestOutcomeShare)}`).join(', ')
          : 'none does',
        `${name}'s ${inWords(solved.map((r) => `${r.strategy} (${pct(r.summary.bestOutcomeShare)} of seeds)`))} ${solved.length === 1 ? 'line reaches' : 'lines reach'} "${best ?? 'the best outcome'}", a solved puzzle: raise what ${others.join(', ') || 'the others'} ${others.length === 1 ? 'expects' : 'expect'} of ${name} (\`expectation\` and \`reservation\` toward ${id} in \`relations\`) or the \`cost\` of the items that reach it, or make "${best ?? 'its'}"'s \`when\` ask for more`,
      ),
    );
  }
  return checks;
}

/**
 * How hard a seat is, for a teacher: by the share of seeds in which its best built-in strategy
 * reaches its best ending, with that strategy's mean score and history's where it has a line.
 */
export function seatDifficulty(report: BalanceReport, actor: ActorId): string {
  const name = actorOf(report.scenario, actor).name;
  const mine = report.rows.filter((r) => r.actor === actor && r.strategy !== 'history');
  const top = [...mine].sort(
    (a, b) =>
      b.summary.bestOutcomeShare - a.summary.bestOutcomeShare || b.summary.meanScore - a.summary.meanScore,
  )[0];
  if (!top) return `Playing ${name}: no games played.`;
  const share = top.summary.bestOutcomeShare;
  const level = share >= 0.7 ? 'easy' : share >= 0.3 ? 'moderate' : share > 0 ? 'hard' : 'very hard';
  const history = report.rows.find((r) => r.actor === actor && r.strategy === 'history');
  // A teacher reads the ending's title; the checks' hints name its id, for the author.
  const bestId = bestOutcomeFor(report.scenario, actor);
  const best = report.scenario.outcomes.find((o) => o.id === bestId)?.title ?? bestId;
  return `Playing ${name}: ${level}. The best built-in strategy (${top.strategy}) reaches "${best ?? 'the best outcome'}" in ${pct(share)} of seeds and scores ${top.summary.meanScore} on average${history ? `; history's line scores ${history.summary.meanScore}` : ''}.`;
}

/** The report as Markdown: per seat, a table of strategies; then the checks. */
export function balanceMarkdown(report: BalanceReport, chartPath: string | null): string {
  const { scenario } = report;
  const out: string[] = [`## ${scenario.title} (${scenario.period})`, ''];
  out.push(`\`${scenario.id}\`: ${report.runs} seeds per strategy from seed ${report.firstSeed}.`, '');
  if (report.runs < report.plannedRuns) {
    out.push(`**Partial**: stopped after ${report.runs} of ${report.plannedRuns} seeds.`, '');
  }
  if (chartPath) out.push(`![Outcomes by strategy for ${scenario.title}](${chartPath})`, '');
  for (const actor of scenario.actors.filter((a) => a.playable)) {
    out.push(`### Playing ${actor.name}`, '', seatDifficulty(report, actor.id), '');
    out.push(
      '| strategy | mean score | min–max | best outcome | historical outcome | pressed side gave | outcomes |',
    );
    out.push('| --- | --- | --- | --- | --- | --- | --- |');
    for (const r of report.rows.filter((x) => x.actor === actor.id)) {
      const s = r.summary;
      const outcomes = Object.entries(s.outcomes)
        .sort((a, b) => b[1] - a[1])
        .map(([k, v]) => `${k} ${v}`)
        .join(', ');
      out.push(
        `| ${r.strategy} | ${s.meanScore} | ${s.minScore}–${s.maxScore} | ${pct(s.bestOutcomeShare)} | ${pct(s.historicalOutcomeShare)} | ${Number.isNaN(r.concessionShare) ? '' : pct(r.concessionShare)} | ${outcomes} |`,
      );
    }
    out.push('');
  }
  out.push('Checks:', '');
  for (const c of report.checks)
    out.push(
      `- ${c.pass ? 'holds' : '**fails**'}: ${c.name} (${c.detail})${c.hint ? `. What to change: ${c.hint}` : ''}`,
    );
  out.push('');
  return out.join('\n');
}

const PALETTE = ['#2f6f4f', '#7fa36b', '#d9b45a', '#c7783f', '#a3423a', '#6b5b8e', '#4a7fa8', '#8a8a8a'];
/** Label colour on each bar colour, for contrast. */
const INK = ['#fff', '#1d1d1b', '#1d1d1b', '#1d1d1b', '#fff', '#fff', '#fff', '#1d1d1b'];

/** A stacked bar per seat and strategy: the share of each outcome, labelled (colour is never the only signal). */
export function balanceSvg(report: BalanceReport): string {
  const { scenario } = report;
  const outcomeIds = [...scenario.outcomes.map((o) => o.id), 'ousted', 'collapse', 'stalemate'];
  const present = outcomeIds.filter((id) => report.rows.some((r) => (r.summary.outcomes[id] ?? 0) > 0));
  const rowH = 22;
  const left = 230;
  const width = 760;
  const barW = width - left - 20;
  const rows = report.rows;
  const legendH = 20 * present.length + 10;
  const height = 40 + rows.length * rowH + legendH;
  const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12" role="img" aria-labelledby="title">`,
    `<title id="title">Outcomes by strategy: ${esc(scenario.title)}, ${report.runs} seeds each</title>`,
    `<rect width="${width}" height="${height}" fill="#fbf8f1"/>`,
    `<text x="10" y="22" font-size="14" font-weight="bold">${esc(scenario.title)}: outcomes over ${report.runs} seeds</text>`,
  ];
  rows.forEach((r, i) => {
    const y = 36 + i * rowH;
    const label = `${actorOf(scenario, r.actor).name} · ${r.strategy} (score ${r.summary.meanScore})`;
    parts.push(`<text x="${left - 8}" y="${y + 14}" text-anchor="end">${esc(label)}</text>`);
    let x = left;
    for (const id of present) {
      const share = (r.summary.outcomes[id] ?? 0) / r.summary.runs;
      if (share <= 0) continue;
      const w = share * barW;
      const colour = PALETTE[present.indexOf(id) % PALETTE.length];
      const ink = INK[present.indexOf(id) % INK.length];
      parts.push(
        `<rect x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${rowH - 4}" fill="${colour}"><title>${esc(id)}: ${pct(share)}</title></rect>`,
      );
      if (w > 34) {
        parts.push(
          `<text x="${(x + w / 2).toFixed(1)}" y="${y + 13}" text-anchor="middle" fill="${ink}">${pct(share)}</text>`,
        );
      }
      x += w;
    }
  });
  const legendY = 44 + rows.length * rowH;
  present.forEach((id, i) => {
    const x = 10;
    const y = legendY + i * 20;
    const title = scenario.outcomes.find((o) => o.id === id)?.title ?? id;
    parts.push(`<rect x="${x}" y="${y}" width="12" height="12" fill="${PALETTE[i % PALETTE.length]}"/>`);
    parts.push(`<text x="${x + 18}" y="${y + 10}">${esc(`${title} (${id})`)}</text>`);
  });
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}

/** A balance report in the words the page shows: its checks and each seat's difficulty. */
export interface BalanceSummary {
  readonly runs: number;
  readonly checks: readonly BalanceCheck[];
  readonly seats: readonly { readonly actor: ActorId; readonly difficulty: string }[];
}

/** The summary of a report, small enough to send from a worker. */
export function balanceSummary(report: BalanceReport): BalanceSummary {
  return {
    runs: report.runs,
    checks: report.checks,
    seats: report.scenario.actors
      .filter((a) => a.playable)
      .map((a) => ({ actor: a.id, difficulty: seatDifficulty(report, a.id) })),
  };
}
