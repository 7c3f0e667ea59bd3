/**
 * `npm run sim -- FILE [--as DELEGATION] [--seed N] [--moves MOVES.json | --strategy NAME] [--runs N] [--json] [--progress] [--result OUT.json]`
 *   `[--turns N] [--advisors sharp|usual|rough] [--history debrief|each-turn]` (a teacher's options) `[--lang en|ja|ko]`
 * `npm run sim -- --verify RESULT.json... [SCENARIO.yaml...] [--json]`
 *
 * Plays a scenario headless: the chosen delegation by a built-in strategy or a moves file, every
 * other delegation by the AI. Prints the story with its reasons (`--lang`: in Japanese or Korean;
 * the scenario's own text stays as written), or JSON (docs/sim.md); `--result`
 * also writes the game's result file, as the debrief downloads it.
 * Exit codes: 0 played; 1 a file has problems (one `FILE:LINE:COL: message` line each); 2 usage;
 * 130 `--runs` stopped by Ctrl-C, with the summary of the seeds played.
 * `--verify` replays result files (against the shipped scenarios and any scenario file given):
 * exit 0 when every one is genuine, 1 when one is altered or is no result (the first difference
 * is printed), 2 on a usage error or a result that cannot be checked here.
 */
import { parseArgs } from 'node:util';
import type { Action, ActorId, Controller, GameOptions, OptionChoices, Scenario } from '../engine/index.ts';
import {
  ADVISOR_ACCURACIES,
  actorOf,
  HISTORY_CHOICES,
  normalizeOptions,
  optionsProblem,
} from '../engine/index.ts';
import { checkMoves, parseMoves, scenarioHash } from '../scenario/index.ts';
import {
  isStrategyName,
  type Player,
  runToJson,
  runToStory,
  STORY_LANGUAGES,
  STRATEGY_NAMES,
  type StrategyName,
  type Summary,
  seatsFor,
  simulate,
  storyWords,
  summarySteps,
} from '../sim/index.ts';
import { issueLine, loadScenarioFile, oneLine, readText, usageError } from './files.ts';
import { endQuietlyWhenReaderLeaves, INTERRUPTED, playSteps } from './long-work.ts';
import { verifyResultFiles, writeResultFile } from './results.ts';

const USAGE = [
  `usage: npm run sim -- FILE [--as DELEGATION] [--seed N] [--moves MOVES.json | --strategy ${STRATEGY_NAMES.join('|')}] [--runs N] [--json] [--progress] [--result OUT.json]`,
  `       [--turns N] [--advisors ${ADVISOR_ACCURACIES.join('|')}] [--history ${HISTORY_CHOICES.join('|')}] [--lang ${STORY_LANGUAGES.join('|')}]`,
  '       npm run sim -- --verify RESULT.json... [SCENARIO.yaml...] [--json]',
].join('\n');

async function main(argv: readonly string[]): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    return usageError(USAGE, error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (values.verify) return verify(positionals, values.json === true);
  if (positionals.length !== 1) return usageError(USAGE, 'give exactly one scenario file');
  const words = await storyWords(values.lang ?? 'en');
  if (!words) return usageError(USAGE, `--lang must be one of ${STORY_LANGUAGES.join(', ')}`);
  if (values.moves && values.strategy)
    return usageError(USAGE, '--moves and --strategy cannot be used together');
  const seed = integer(values.seed ?? '1', '--seed');
  const runs = integer(values.runs ?? '1', '--runs');
  if (seed === null || runs === null || runs < 1 || runs > 100_000) {
    return usageError(USAGE, '--seed must be a whole number and --runs a whole number from 1 to 100000');
  }
  if (values.result !== undefined && runs > 1)
    return usageError(USAGE, '--result writes the result of one game: leave out --runs');
  const strategy = values.strategy ?? 'balanced';
  if (!isStrategyName(strategy)) return usageError(USAGE, `unknown strategy "${strategy}"`);

  const file = positionals[0]!;
  const loaded = loadScenarioFile(file);
  if (!loaded.ok) {
    for (const issue of loaded.error) process.stdout.write(`${issueLine(issue)}\n`);
    return 1;
  }
  const scenario = loaded.value;
  const gameOptions = optionsOf(scenario, values);
  if (typeof gameOptions === 'string') return usageError(USAGE, gameOptions);
  const player = values.as ?? scenario.history.player;
  const actor = scenario.actors.find((a) => a.id === player);
  if (!actor || actor.background) {
    const choices = scenario.actors.filter((a) => !a.background).map((a) => a.id);
    return usageError(USAGE, `--as must name a delegation at the table: ${choices.join(', ')}`);
  }

  let moves: (readonly Action[])[] | null = null;
  if (values.moves) {
    const text = readText(values.moves);
    if (!text.ok) {
      process.stdout.write(`${issueLine(text.issue)}\n`);
      return 1;
    }
    const parsedMoves = parseMoves(text.value, values.moves);
    if (!parsedMoves.ok) {
      for (const issue of parsedMoves.error) process.stdout.write(`${issueLine(issue)}\n`);
      return 1;
    }
    const wrong = checkMoves(parsedMoves.value, text.value, values.moves, scenario, player);
    if (wrong.length > 0) {
      for (const issue of wrong) process.stdout.write(`${issueLine(issue)}\n`);
      return 1;
    }
    moves = parsedMoves.value.map((turn) => [...turn]);
  }

  if (runs > 1) {
    const steps = summarySteps(
      scenario,
      player,
      moves ? { moves } : (strategy as StrategyName),
      seed,
      runs,
      gameOptions,
    );
    const played = await playSteps([steps], 'sim: seeds', { forceProgress: values.progress === true });
    if (steps.done === 0) {
      process.stderr.write('sim: stopped by Ctrl-C before any seed was played\n');
      return INTERRUPTED;
    }
    const summary = steps.result();
    const partial = played.stopped ? { partial: true, requestedRuns: runs } : {};
    process.stdout.write(
      values.json
        ? `${JSON.stringify({ ...summary, ...partial }, null, 2)}\n`
        : `${summaryText(scenario, summary, played.stopped ? runs : null)}\n`,
    );
    if (!played.stopped) return 0;
    process.stderr.write(
      `sim: stopped by Ctrl-C after ${steps.done} of ${runs} seeds; the summary covers those\n`,
    );
    return INTERRUPTED;
  }
  const run = simulate({
    scenario,
    player,
    seed,
    play: playOf(moves, strategy as StrategyName),
    gameOptions,
  });
  process.stdout.write(
    values.json
      ? `${JSON.stringify(runToJson(scenario, run), null, 2)}\n`
      : `${runToStory(scenario, run, words)}\n`,
  );
  if (values.result !== undefined) {
    const seats: Record<ActorId, Controller> = {};
    // Delegations that followed a script (history's other players) are people to the replay: their
    // moves are checked by the rules, not recomputed as the AI's.
    const scripted = new Set(Object.keys(seatsFor(scenario, player, playOf(moves, strategy))));
    for (const a of scenario.actors) seats[a.id] = scripted.has(a.id) ? 'person' : 'ai';
    const problem = writeResultFile(values.result, {
      scenario,
      scenarioHash: scenarioHash(scenario),
      seed,
      ai: run.final.ai,
      seats,
      player,
      actions: run.final.log.flatMap((e) => (e.action ? [e.action] : [])),
      state: run.final,
    });
    if (problem !== null) {
      process.stderr.write(`sim: ${problem}\n`);
      return 1;
    }
    process.stderr.write(`sim: wrote the result file ${values.result}\n`);
  }
  return 0;
}

/** `--verify`: result files (.json) checked against the scenario files given and the shipped ones. */
function verify(files: readonly string[], json: boolean): number {
  const results = files.filter((f) => f.toLowerCase().endsWith('.json'));
  const scenarios = files.filter((f) => !f.toLowerCase().endsWith('.json'));
  if (results.length === 0) return usageError(USAGE, '--verify needs at least one result file (.json)');
  const { verdicts, problems } = verifyResultFiles(results, scenarios);
  for (const line of problems) process.stdout.write(`${line}\n`);
  if (json)
    process.stdout.write(
      `${JSON.stringify(
        verdicts.map((v) => v.json),
        null,
        2,
      )}\n`,
    );
  else for (const v of verdicts) process.stdout.write(`${v.line}\n`);
  if (verdicts.some((v) => v.genuine === false)) return 1;
  return problems.length > 0 || verdicts.some((v) => v.genuine === null) ? 2 : 0;
}

/** The teacher's options the flags ask for, or why they cannot be (`optionsProblem`'s words). */
function optionsOf(
  scenario: Scenario,
  values: { turns?: string; advisors?: string; history?: string },
): GameOptions | string {
  const turns = values.turns === undefined ? null : integer(values.turns, '--turns');
  if (values.turns !== undefined && turns === null) return '--turns must be a whole number';
  const choices = {
    advisors: (values.advisors ?? 'usual') as OptionChoices['advisors'],
    turns,
    history: (values.history ?? 'debrief') as OptionChoices['history'],
  };
  const problem = optionsProblem(scenario, choices);
  if (problem === null) return normalizeOptions(scenario, choices);
  // The engine's words name the option ("turns must be…"); one that does not is about the turns.
  return /^(advisors|history|turns) /.test(problem) ? `--${problem}` : `--turns: ${problem}`;
}

function playOf(moves: (readonly Action[])[] | null, strategy: StrategyName): Player {
  return moves ? { kind: 'moves', turns: moves } : { kind: 'strategy', name: strategy };
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      as: { type: 'string' },
      seed: { type: 'string' },
      moves: { type: 'string' },
      strategy: { type: 'string' },
      runs: { type: 'string' },
      json: { type: 'boolean' },
      progress: { type: 'boolean' },
      result: { type: 'string' },
      verify: { type: 'boolean' },
      turns: { type: 'string' },
      advisors: { type: 'string' },
      history: { type: 'string' },
      lang: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

/** Whole numbers only, and only as many digits as a number can hold exactly. */
function integer(text: string, _flag: string): number | null {
  if (!/^-?\d{1,15}$/.test(text)) return null;
  return Number(text);
}

function summaryText(scenario: Scenario, s: Summary, requested: number | null): string {
  const lines = [
    ...(requested === null ? [] : [`Partial: stopped by Ctrl-C after ${s.runs} of ${requested} seeds.`]),
    `${scenario.title}: ${actorOf(scenario, s.player).name} played "${s.strategy}" over ${s.runs} seeds from ${s.firstSeed}.`,
    `Outcomes: ${Object.entries(s.outcomes)
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
    `Score: mean ${s.meanScore}, from ${s.minScore} to ${s.maxScore}.`,
    `Best outcome reached in ${Math.round(s.bestOutcomeShare * 100)}% of seeds; the historical outcome in ${Math.round(s.historicalOutcomeShare * 100)}%.`,
  ];
  return lines.join('\n');
}

endQuietlyWhenReaderLeaves('sim');
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // A fault in the game itself, not in the file: one line, never a stack trace.
    process.stderr.write(
      `sim: the game failed: ${oneLine(error)} (please report it with the scenario file)\n`,
    );
    process.exitCode = 1;
  },
);
