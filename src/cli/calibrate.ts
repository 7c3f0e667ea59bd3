/**
 * `npm run calibrate -- FILE... [--seeds N] [--seed N] [--out REPORT.md] [--progress]`
 *
 * Plays many games of each scenario and checks the advisors' preview against what happened: for
 * every offer the AI or a built-in strategy makes to a delegation the AI plays, the label the
 * offerer's preview gave it and whether it was accepted. Makes the table as Markdown, with the
 * command and the time it took: written to `--out`, or without it printed on standard output (the
 * line per scenario goes to standard error), so a trial run never touches the shipped
 * docs/preview-calibration.md. Exit codes: 0 done (whatever the table says); 1 a scenario has
 * problems; 2 usage; 130 stopped by Ctrl-C, with the table of the seeds played.
 */
import { writeFileSync } from 'node:fs';
import { PREVIEW_CONFIDENCE, PREVIEW_MEMORY } from '../engine/index.ts';
import { calibrationMarkdown, calibrationSteps } from '../sim/index.ts';
import { endQuietlyWhenReaderLeaves, INTERRUPTED, playSteps } from './long-work.ts';
import { loadScenarios, parseManyGames } from './many-games.ts';

const USAGE =
  'usage: npm run calibrate -- FILE.yaml... [--seeds N] [--seed N] [--out REPORT.md] [--progress]';

async function main(argv: readonly string[]): Promise<number> {
  const args = parseManyGames(argv, USAGE, 'seeds', { count: 1000 });
  if (typeof args === 'number') return args;
  const { files, count: seeds, seed, out } = args;
  const scenarios = loadScenarios(files);
  if (!scenarios) return 1;
  // Lines about the run go beside the report, never into it.
  const say = (text: string) => (out === null ? process.stderr : process.stdout).write(`${text}\n`);
  const work = scenarios.map(({ scenario }) => calibrationSteps(scenario, { seeds, firstSeed: seed }));
  const started = performance.now();
  let since = started;
  const played = await playSteps(work, 'calibrate: games', {
    forceProgress: args.progress,
    finished: (i) => {
      say(`${scenarios[i]!.file}: ${seeds} games in ${Math.round(performance.now() - since)} ms`);
      since = performance.now();
    },
  });
  if (played.stopped && played.done === 0) {
    say('calibrate: stopped by Ctrl-C before any game was played; nothing written');
    return INTERRUPTED;
  }
  const reports = work.filter((w) => w.done > 0).map((w) => w.result());
  const seconds = (performance.now() - started) / 1000;
  const games = played.done;
  const doc = [
    '# How far the advisors’ preview can be trusted',
    '',
    `Written by \`npm run calibrate -- ${files.join(' ')} --seeds ${seeds}${seed === 1 ? '' : ` --seed ${seed}`}${out === null ? '' : ` --out ${out}`}\``,
    `in ${seconds.toFixed(0)} s (${games} games, ${(games / seconds).toFixed(0)} a second, in one process on a machine`,
    'shared with other work).',
    '',
    ...(played.stopped
      ? [
          `**Partial table**: stopped by Ctrl-C after ${played.done} of ${played.total} games; each row says how many seeds it covers.`,
          '',
        ]
      : []),
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
  if (out === null) process.stdout.write(doc.join('\n'));
  else {
    writeFileSync(out, doc.join('\n'));
    say(`wrote ${out}`);
  }
  if (played.stopped) {
    process.stderr.write(
      `calibrate: stopped by Ctrl-C after ${played.done} of ${played.total} games; the table covers those\n`,
    );
    return INTERRUPTED;
  }
  return 0;
}

endQuietlyWhenReaderLeaves('calibrate');
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `calibrate: the game failed: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
