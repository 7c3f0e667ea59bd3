/**
 * `npm run balance -- FILE... [--runs N] [--seed N] [--out docs/balance.md]`
 *
 * Plays every built-in strategy over many seeds from every playable delegation of each scenario,
 * and writes a Markdown report with tables and the checks, and an SVG chart per scenario beside it.
 * Exit codes: 0 written (whatever the checks say: they are for the author to read); 1 a scenario
 * has problems; 2 usage.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { balanceMarkdown, balanceReport, balanceSvg } from '../sim/index.ts';
import { forEachScenario, parseManyGames } from './many-games.ts';

const USAGE = 'usage: npm run balance -- FILE.yaml... [--runs N] [--seed N] [--out docs/balance.md]';

function main(argv: readonly string[]): number {
  const args = parseManyGames(argv, USAGE, 'runs', { count: 1000, out: 'docs/balance.md' });
  if (typeof args === 'number') return args;
  const { files, count: runs, seed, out } = args;
  const chartDir = join(dirname(out), 'balance');
  mkdirSync(chartDir, { recursive: true });
  const sections: string[] = [];
  const loadedAll = forEachScenario(files, (file, scenario) => {
    const started = performance.now();
    const report = balanceReport(scenario, { runs, firstSeed: seed });
    const chart = join(chartDir, `${basename(file).replace(/\.ya?ml$/, '')}.svg`);
    writeFileSync(chart, balanceSvg(report));
    sections.push(balanceMarkdown(report, relative(dirname(out), chart)));
    const failing = report.checks.filter((c) => !c.pass);
    process.stdout.write(
      `${file}: ${report.checks.length - failing.length}/${report.checks.length} checks hold (${Math.round(performance.now() - started)} ms)\n`,
    );
    for (const c of failing) process.stdout.write(`  fails: ${c.name} (${c.detail})\n`);
  });
  if (!loadedAll) return 1;
  const header = [
    '# Balance',
    '',
    `Written by \`npm run balance -- ${files.join(' ')} --runs ${runs}\`. Each built-in strategy plays every playable`,
    'delegation over the same seeds; the other delegations are played by the AI. "Best outcome" is the',
    "scenario's first outcome; scores are 0-100 from the delegation's objectives. The checks below each",
    'scenario are the design goals of the scenarios: history reproduces what happened, concessions of',
    'similar value pay, no strategy is a solved puzzle.',
    '',
  ];
  writeFileSync(out, `${[...header, ...sections].join('\n')}`);
  process.stdout.write(`wrote ${out} and ${files.length} chart(s) in ${chartDir}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
