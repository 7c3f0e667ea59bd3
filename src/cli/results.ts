/**
 * Result files on the command line: `sim --verify` checks the ones students hand in, by replay;
 * `sim --result` writes one for a game the command line played. The format and the check are
 * the browser's own (`parseResultFile`, `verifyResult`), so the two always agree.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { actorOf, type Scenario } from '../engine/index.ts';
import { encodeResultFile, parseResultFile, type ResultFile, scenarioHash } from '../scenario/index.ts';
import { type FinishedGame, maxScoreOf, resultFileOf, verifyResult } from '../sim/index.ts';
import { issueLine, loadScenarioFile, readText } from './files.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The version of the game, as package.json gives it: result files carry it. */
export function gameVersion(): string {
  const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { version?: unknown };
  return typeof pkg.version === 'string' ? pkg.version : 'unknown';
}

/** A scenario the results may have been played on, with the hash they must carry. */
interface Known {
  readonly scenario: Scenario;
  readonly hash: string;
}

/** What verifying one result file found. */
export interface Verdict {
  readonly file: string;
  /** True: genuine; false: altered or not a result; null: it could not be checked here. */
  readonly genuine: boolean | null;
  readonly line: string;
  readonly json: Record<string, unknown>;
}

/**
 * Verifies each result file against the shipped scenarios and the scenario files given. A
 * result whose scenario this copy does not have cannot be checked (not a verdict of forgery).
 */
export function verifyResultFiles(
  results: readonly string[],
  scenarioFiles: readonly string[],
): { readonly verdicts: readonly Verdict[]; readonly problems: readonly string[] } {
  const problems: string[] = [];
  const known: Known[] = [];
  for (const file of scenarioFiles) {
    const loaded = loadScenarioFile(file);
    if (loaded.ok) known.push({ scenario: loaded.value, hash: scenarioHash(loaded.value) });
    else problems.push(...loaded.error.map(issueLine));
  }
  known.push(...shippedScenarios());
  return { verdicts: results.map((file) => verifyOne(file, known)), problems };
}

function verifyOne(file: string, known: readonly Known[]): Verdict {
  const text = readText(file);
  if (!text.ok)
    return { file, genuine: null, line: issueLine(text.issue), json: { file, error: text.issue.message } };
  const parsed = parseResultFile(text.value);
  if (!parsed.ok) {
    return {
      file,
      genuine: false,
      line: `${file}: not a result: ${parsed.error.message}`,
      json: { file, genuine: false, code: parsed.error.code, message: parsed.error.message },
    };
  }
  const result = parsed.value;
  const sameId = known.filter((k) => k.scenario.id === result.scenario.id);
  const match = sameId.find((k) => k.hash === result.scenario.hash) ?? sameId[0];
  if (!match) {
    const message = `no scenario "${result.scenario.id}" here: give its file too (npm run sim -- --verify ${basename(file)} SCENARIO.yaml)`;
    return {
      file,
      genuine: null,
      line: `${file}: cannot check: ${message}`,
      json: { file, genuine: null, message },
    };
  }
  const verified = verifyResult(match.scenario, match.hash, result);
  const about = summaryOf(match.scenario, result);
  if (verified.ok) {
    return {
      file,
      genuine: true,
      line: `${file}: genuine: ${about}`,
      json: { file, genuine: true, ...factsOf(result) },
    };
  }
  const { fault } = verified;
  return {
    file,
    genuine: false,
    // Another version of the scenario proves no forgery, but nothing in the file can be trusted.
    line: `${file}: ${fault.code === 'result/other-scenario' ? 'refused' : 'altered'}: ${fault.message}`,
    json: {
      file,
      genuine: false,
      code: fault.code,
      message: fault.message,
      ...('field' in fault ? { field: fault.field, claimed: fault.claimed, replayed: fault.replayed } : {}),
      ...('fault' in fault ? { move: fault.fault.index + 1 } : {}),
      ...factsOf(result),
    },
  };
}

/** "Japan, seed 42, 2004: Koizumi's second visit: Pyongyang Declaration, 68.9 points, 6 turns". */
function summaryOf(scenario: Scenario, result: ResultFile): string {
  const name = actorOf(scenario, result.player).name;
  const score = result.scores[result.player];
  const max = maxScoreOf(scenario, result.player);
  // Delegations led by people too (a game at one screen): their moves are checked by the rules only.
  const people = scenario.actors.filter((a) => a.id !== result.player && result.seats[a.id] === 'person');
  const also = people.length === 0 ? '' : ` (also led by people: ${people.map((a) => a.name).join(', ')})`;
  const { advisors, turns, history } = result.options ?? {};
  const options = [
    advisors ? `${advisors} advisors` : '',
    turns !== undefined ? `${turns} of ${scenario.turns.length} turns` : '',
    history ? 'history shown each turn' : '',
  ].filter((x) => x !== '');
  const under = options.length === 0 ? '' : ` (teacher's options: ${options.join(', ')})`;
  return `${name} in "${scenario.title}", seed ${result.seed}: ${result.outcome.title}, ${score} of ${max} points, ${result.turns} turns, ${result.actions.length} moves${also}${under}`;
}

function factsOf(result: ResultFile): Record<string, unknown> {
  return {
    scenario: result.scenario.id,
    player: result.player,
    seed: result.seed,
    options: result.options ?? {},
    outcome: result.outcome.id,
    score: result.scores[result.player] ?? null,
  };
}

/** The scenarios shipped in the repository, loaded (a file that does not load is left out). */
function shippedScenarios(): Known[] {
  const dir = resolve(ROOT, 'scenarios');
  const out: Known[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (!/\.ya?ml$/.test(name)) continue;
    const loaded = loadScenarioFile(resolve(dir, name));
    if (loaded.ok) out.push({ scenario: loaded.value, hash: scenarioHash(loaded.value) });
  }
  return out;
}

/** Writes the result file of a finished game; says why not when it cannot. */
export function writeResultFile(path: string, game: FinishedGame): string | null {
  const result = resultFileOf(game, { gameVersion: gameVersion(), writtenAt: new Date().toISOString() });
  if (result === null) return 'the game did not end, so it has no result';
  try {
    writeFileSync(path, encodeResultFile(result));
    return null;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    return `cannot write ${path} (${code})`;
  }
}
