import type { Action } from '../engine/index.ts';
import { MovesSchema } from './actions.ts';
import { findJsonError } from './json.ts';
import { placeFindings } from './load.ts';
import { type KnownKeys, recordKnownKeys, schemaFindings } from './messages.ts';
import { locatorFor } from './parse.ts';
import { NOWHERE } from './positions.ts';
import { prescan } from './prescan.ts';
import { err, type Finding, type Issue, ok, type Result } from './result.ts';

/** The 1-based line and column of a character offset. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  const lines = text.slice(0, Math.max(0, Math.min(offset, text.length))).split('\n');
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
}

/**
 * Reads a `--moves` file: a JSON list with one entry per turn, each a list of actions in the same
 * format as a scenario's `history`. Problems come back as issues like the scenario loader's, with
 * JSON line and column where they can be found. References to actors and items are not checked
 * here; the engine refuses illegal moves when they are played.
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
  const known: KnownKeys = new Map();
  const result = MovesSchema.safeParse(data, { error: recordKnownKeys(known) });
  if (result.success) return ok(result.data);
  return err(placeFindings(schemaFindings(result.error.issues, data, known), locatorFor(text), file));
}
