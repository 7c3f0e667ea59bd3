/**
 * `npm run balance -- FILE... [--runs N] [--seed N] [--out REPORT.md] [--progress]`
 *
 * Plays every built-in strategy over many seeds from every playable delegation of each scenario,
 * and makes a Markdown report with tables and the checks. With `--out`, writes it there with an
 * SVG chart per scenario in a `balance/` folder beside it, and prints a line per scenario; without,
 * prints the report on standard output (the lines per scenario go to standard error) and writes
 * no file: checking one's own scenario never touches the shipped docs/balance.md (docs/sim.md).
 * Exit codes: 0 done (whatever the checks say: they are for the author to read); 1 a scenario
 * has problems; 2 usage; 130 stopped by Ctrl-C, with the report of the seeds played.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { balanceMarkdown, balanceSteps, balanceSvg, seatDifficulty } from '../sim/index.ts';
import { endQuietlyWhenReaderLeaves, INTERRUPTED, playSteps } from './long-work.ts';
import { loadScenarios, parseManyGames } from './many-games.ts';

const USAGE = 'usage: npm run balance -- FILE.yaml... [--runs N] [--seed N] [--out REPORT.md] [--progress]';

async function main(argv: readonly string[]): Promise<number> {
  const args = parseManyGames(argv, USAGE, 'runs', { count: 1000 });
  if (typeof args === 'number') return args;
  const { files, count: runs, seed, out } = args;
  const scenarios = loadScenarios(files);
  if (!scenarios) return 1;
  // Lines about the run go beside the report, never into it.
  const say = (text: string) => (out === null ? process.stderr : process.stdout).write(`${text}\n`);
  const work = scenarios.map(({ scenario }) => balanceSteps(scenario, { runs, firstSeed: seed }));
  let since = performance.now();
  const played = await playSteps(work, 'balance: seeds', {
    forceProgress: args.progress,
    finished: (i) => {
      const report = work[i]!.result();
      const failing = report.checks.filter((c) => !c.pass);
      say(
        `${scenarios[i]!.file}: ${report.checks.length - failing.length}/${report.checks.length} checks hold (${Math.round(performance.now() - since)} ms)`,
      );
      for (const c of failing) say(`  fails: ${c.name} (${c.detail})\n    what to change: ${c.hint}`);
      for (const actor of report.scenario.actors.filter((x) => x.playable))
        say(`  ${seatDifficulty(report, actor.id)}`);
      since = performance.now();
    },
  });

  const chartDir = out === null ? null : join(dirname(out), 'balance');
  if (chartDir !== null) mkdirSync(chartDir, { recursive: true });
  const sections: string[] = [];
  const partial: string[] = [];
  for (const [i, steps] of work.entries()) {
    const file = scenarios[i]!.file;
    if (steps.done < steps.total) {
      partial.push(
        steps.done === 0 ? `${file} not played` : `${file} after ${steps.done} of ${steps.total} seeds`,
      );
    }
    if (steps.done === 0) continue;
    const report = steps.result();
    let chartPath: string | null = null;
    if (chartDir !== null && out !== null) {
      const chart = join(chartDir, `${basename(file).replace(/\.ya?ml$/, '')}.svg`);
      writeFileSync(chart, balanceSvg(report));
      chartPath = relative(dirname(out), chart);
    }
    sections.push(balanceMarkdown(report, chartPath));
  }
  const command = `npm run balance -- ${files.join(' ')} --runs ${runs}${seed === 1 ? '' : ` --seed ${seed}`}${out === null ? '' : ` --out ${out}`}`;
  const header = [
    '# Balance',
    '',
    `Written by \`${command}\`. Each built-in strategy plays every playable`,
    'delegation over the same seeds; the other delegations are played by the AI. "Best outcome" is the',
    "scenario's first outcome; scores are 0-100 from the delegation's objectives. The checks below each",
    'scenario are the design goals of the scenarios: history reproduces what happened, concessions of',
    'similar value pay, no strategy is a solved puzzle.',
    '',
    ...(played.stopped
      ? [
          `**Partial report**: stopped by Ctrl-C, ${partial.join('; ')}. Checks over fewer seeds are less sure.`,
          '',
        ]
      : []),
  ];
  const doc = [...header, ...sections].join('\n');
  if (played.stopped && played.done === 0) {
    say('balance: stopped by Ctrl-C before any seed was played; nothing written');
    return INTERRUPTED;
  }
  if (out === null) process.stdout.write(doc);
  else {
    writeFileSync(out, doc);
    say(`wrote ${out} and ${sections.length} chart(s) in ${chartDir}`);
  }
  if (played.stopped) {
    process.stderr.write(
      `balance: stopped by Ctrl-C after ${played.done} of ${played.total} seeds; the report covers those\n`,
    );
    return INTERRUPTED;
  }
  return 0;
}

endQuietlyWhenReaderLeaves('balance');
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `balance: the game failed: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
