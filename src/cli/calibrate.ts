/**
 * `npm run calibrate -- FILE... [--seeds N] [--seed N] [--out docs/preview-calibration.md]`
 *
 * Plays many games of each scenario and checks the advisors' preview against what happened: for
 * every offer the AI or a built-in strategy makes to a delegation the AI plays, the label the
 * offerer's preview gave it and whether it was accepted. Writes the table as Markdown, with the
 * command and the time it took. Exit codes: 0 written (whatever the table says); 1 a scenario has
 * problems; 2 usage.
 */
import { writeFileSync } from 'node:fs';
import { PREVIEW_CONFIDENCE, PREVIEW_MEMORY } from '../engine/index.ts';
import { type CalibrationReport, calibratePreview, calibrationMarkdown } from '../sim/index.ts';
import { forEachScenario, parseManyGames } from './many-games.ts';

const USAGE =
  'usage: npm run calibrate -- FILE.yaml... [--seeds N] [--seed N] [--out docs/preview-calibration.md]';

function main(argv: readonly string[]): number {
  const args = parseManyGames(argv, USAGE, 'seeds', { count: 1000, out: 'docs/preview-calibration.md' });
  if (typeof args === 'number') return args;
  const { files, count: seeds, seed, out } = args;
  const reports: CalibrationReport[] = [];
  const started = performance.now();
  const loadedAll = forEachScenario(files, (file, scenario) => {
    const t = performance.now();
    reports.push(calibratePreview(scenario, { seeds, firstSeed: seed }));
    process.stdout.write(`${file}: ${seeds} games in ${Math.round(performance.now() - t)} ms\n`);
  });
  if (!loadedAll) return 1;
  const seconds = (performance.now() - started) / 1000;
  const games = seeds * reports.length;
  const doc = [
    '# How far the advisors’ preview can be trusted',
    '',
    `Written by \`npm run calibrate -- ${files.join(' ')} --seeds ${seeds}${seed === 1 ? '' : ` --seed ${seed}`}\``,
    `in ${seconds.toFixed(0)} s (${games} games, ${(games / seconds).toFixed(0)} a second, in one process on a machine`,
    'shared with other work).',
    '',
    'Each scenario is played from seed ' +
      `${seed} on: game *i* seats the AI everywhere, or one playable delegation`,
    'played by one of the built-in strategies (balanced, generous, stingy, pressure, random), in',
    'turn. For every offer or counter-offer the AI or a strategy makes to a delegation the AI plays,',
    "the table counts the label of the offerer's preview just before it was made, and how many of",
    'those offers the AI accepted. Offers to a delegation a strategy plays are left out: the preview',
    'predicts the AI’s answer, the one a person faces.',
    '',
    'The targets: "likely to accept" accepted in 75% of offers or more, "likely to refuse" in 20% or',
    'fewer, "either way" in between.',
    '',
    calibrationMarkdown(reports),
    '',
    '## How the preview decides',
    '',
    '- The advisors estimate what the package gives the other side and what it holds out for at the',
    '  round the offer would be judged at (a first talk in a turn steps its concession curve on).',
    '  Each estimate is off by an error fixed for the game, within a band; the label follows how many',
    '  standard deviations of the combined error the estimate clears the bar by: "likely to accept"',
    `  from ${PREVIEW_CONFIDENCE.accept}, "likely to refuse" at ${PREVIEW_CONFIDENCE.reject} or below, "either way" between.`,
    `- They read the other side's answers of the last ${PREVIEW_MEMORY} turns, back to the last deal between`,
    '  the two, its last change of leader or its unlocking; a counter-offer refuses the offer it',
    '  answers. A refusal of a package that gave it at least as much as the draft means "likely to',
    '  refuse". The package it proposed itself, or one the advisors are sure gives it more (by one',
    '  standard deviation of their error on the difference), means "likely to accept". Other refusals',
    '  raise the estimate of what it holds out for (to half a standard deviation above what it turned',
    '  down, less what its demands have come down since), other proposals lower it. Bare demands (it',
    '  gives nothing) and packages its public would not ratify now say nothing.',
    '- A package the other side cannot accept (its red line, its public, a lock) is "likely to refuse".',
    '',
  ];
  writeFileSync(out, doc.join('\n'));
  process.stdout.write(`wrote ${out}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
