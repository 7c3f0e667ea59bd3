import type { Action, ActorId, Scenario } from '../engine/index.ts';
import { MovesSchema } from './actions.ts';
import { idHint } from './check-context.ts';
import { findJsonError } from './json.ts';
import { placeFindings } from './load.ts';
import { type KnownKeys, recordKnownKeys, schemaFindings } from './messages.ts';
import { locatorFor } from './parse.ts';
import { NOWHERE } from './positions.ts';
import { prescan } from './prescan.ts';
import { matchPattern } from './references.ts';
import { err, type Finding, type Issue, ok, type Result, show } from './result.ts';

/** The 1-based line and column of a character offset. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  const lines = text.slice(0, Math.max(0, Math.min(offset, text.length))).split('\n');
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
}

/**
 * Reads a `--moves` file: a JSON list with one entry per turn, each a list of actions in the same
 * format as a scenario's `history`. Problems come back as issues like the scenario loader's, with
 * JSON line and column where they can be found. The ids the actions name are checked against a
 * scenario by `checkMoves`; whether a move is legal is the engine's to say when it is played.
 */
export function parseMoves(source: string, file: string): Result<Action[][], Issue[]> {
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  const early = prescan(text);
  if (early !== undefined) return err(placeFindings([early], NOWHERE, file));
  const syntax = findJsonError(text);
  if (syntax !== undefined) {
    const finding: Finding = {
      code: 'json/syntax',
      severity: 'error',
      path: [],
      message: `the moves file is not valid JSON: ${syntax.message}`,
      hint: 'check the brackets, commas and quotes here',
      position: lineColumn(text, syntax.offset),
    };
    return err(placeFindings([finding], NOWHERE, file));
  }
  const data: unknown = JSON.parse(text);
  if (!Array.isArray(data)) {
    const finding: Finding = {
      code: 'moves/not-a-list',
      severity: 'error',
      path: [],
      message: `a moves file is a JSON list with one entry per turn, each the list of that turn's actions (\`[[...], [...]]\`); this file is ${data === null ? '`null`' : typeof data === 'object' ? 'a JSON object (`{...}`)' : `a single ${typeof data}`}`,
      hint: 'write the turns as a list: see "The action format" in docs/sim.md for an example',
      position: lineColumn(text, text.search(/\S/)),
    };
    return err(placeFindings([finding], NOWHERE, file));
  }
  const known: KnownKeys = new Map();
  const result = MovesSchema.safeParse(data, { error: recordKnownKeys(known) });
  if (result.success) return ok(result.data);
  return err(placeFindings(schemaFindings(result.error.issues, data, known), locatorFor(text), file));
}

/** Where a moves file names things by id: the fields of an action, as in a scenario's history. */
const MOVE_IDS: readonly (readonly [kind: 'actor' | 'item' | 'forum', pattern: string])[] = [
  ...['to', 'from', 'target', 'with', 'ally'].map((f) => ['actor', `*.*.${f}`] as const),
  ...['item', 'give.*.item', 'ask.*.item'].map((f) => ['item', `*.*.${f}`] as const),
  ['forum', '*.*.forum'],
];

const SECTIONS = { actor: 'actors', item: 'items', forum: 'forums' } as const;

/**
 * The moves file's problems against the scenario it is played on, before any is played: every
 * action must be the player's own, and every delegation, item and forum it names must exist (a
 * typo would otherwise be a move skipped in play, and a run that says it played).
 */
export function checkMoves(
  moves: readonly (readonly Action[])[],
  source: string,
  file: string,
  scenario: Scenario,
  player: ActorId,
): Issue[] {
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  const ids = {
    actor: new Set(scenario.actors.map((a) => a.id)),
    item: new Set(scenario.items.map((i) => i.id)),
    forum: new Set(scenario.forums.map((f) => f.id)),
  };
  const findings: Finding[] = [];
  for (const [t, turn] of moves.entries()) {
    for (const [a, action] of turn.entries()) {
      if (action.actor === player) continue;
      findings.push({
        code: 'moves/not-the-player',
        severity: 'error',
        path: [t, a, 'actor'],
        message: `this moves file plays ${show(player)}; this action is played by ${show(action.actor)}`,
        hint: `a moves file holds the played delegation's actions only: write \`"actor": "${player}"\`, or play it with \`--as ${action.actor}\``,
      });
    }
  }
  for (const [kind, pattern] of MOVE_IDS) {
    matchPattern(moves, pattern, (value, path) => {
      if (typeof value !== 'string' || ids[kind].has(value)) return;
      findings.push({
        code: `moves/unknown-${kind}`,
        severity: 'error',
        path,
        message: `${scenario.id} has no ${kind} with the id ${show(value)}`,
        hint: idHint(ids[kind], value, SECTIONS[kind]),
      });
    });
  }
  return placeFindings(findings, locatorFor(text), file);
}
