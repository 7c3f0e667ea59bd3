import { err, type Finding, ok, type Result, show } from './result.ts';

/** The scenario format version this copy of the game writes and reads natively. */
export const SCHEMA_VERSION = 1;

/** A document as read from YAML, before validation: plain data, nothing trusted yet. */
export type RawDocument = Record<string, unknown>;

/**
 * `migrations[n]` turns a version-n document into a version-(n + 1) one. Each step is pure, works
 * on untrusted data (it runs before validation), and gets a test with a frozen version-n file.
 */
export const migrations: Readonly<Record<number, (doc: RawDocument) => RawDocument>> = {};

/**
 * Brings a document up to {@link SCHEMA_VERSION} one version at a time. A document from a newer
 * game is refused rather than guessed at. A missing or malformed `schema` is left for the schema
 * check to report with the others.
 */
export function migrate(doc: RawDocument): Result<RawDocument, Finding[]> {
  const version = Object.hasOwn(doc, 'schema') ? doc.schema : undefined;
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1) return ok(doc);
  if (version > SCHEMA_VERSION) {
    return err([
      {
        code: 'scenario/schema-too-new',
        severity: 'error',
        path: ['schema'],
        message: `this file uses scenario format ${show(version)}, but this copy of the game reads formats up to ${SCHEMA_VERSION}`,
        hint: 'use a newer copy of the game, or ask the author for a file in the older format',
      },
    ]);
  }
  let current = doc;
  for (let from = version; from < SCHEMA_VERSION; from += 1) {
    const step = migrations[from];
    if (step === undefined) {
      return err([
        {
          code: 'scenario/no-migration',
          severity: 'error',
          path: ['schema'],
          message: `this copy of the game cannot convert scenario format ${from} to ${from + 1}`,
          hint: `change \`schema:\` to ${SCHEMA_VERSION} and update the file by hand (see docs/scenario-format.md)`,
        },
      ]);
    }
    current = step(current);
  }
  return ok(current);
}
