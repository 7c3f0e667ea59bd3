/**
 * Stable problem codes. Tests, the CLI and the editor match on these strings, so never rename one;
 * add a new code instead. `yaml/*` codes come from reading the file, `schema/*` from the shape of
 * each field, `scenario/*` from checks across the whole scenario (references, turns, citations).
 */
export const ISSUE_CODES = [
  // Reading the file
  'file/unreadable',
  'file/encoding',
  'file/binary',
  'file/internal-error',
  'file/line-ends',
  'yaml/too-large',
  'yaml/too-deep',
  'yaml/syntax',
  'yaml/unclosed',
  'yaml/duplicate-key',
  'yaml/tab-indent',
  'yaml/indentation',
  'yaml/multiple-documents',
  'yaml/directive',
  'yaml/alias',
  'yaml/anchor',
  'yaml/tag',
  'yaml/merge-key',
  'yaml/null-key',
  'yaml/complex-key',
  'yaml/forbidden-key',
  'yaml/unsafe-number',
  'json/syntax',
  // The shape of each field
  'schema/empty',
  'schema/not-a-mapping',
  'schema/required',
  'schema/wrong-type',
  'schema/unknown-key',
  'schema/unknown-kind',
  'schema/not-allowed',
  'schema/out-of-range',
  'schema/too-short',
  'schema/too-long',
  'schema/bad-id',
  'schema/reserved-id',
  'schema/bad-file-name',
  'schema/bad-text',
  'schema/bad-name',
  'schema/missing-source',
  'schema/invalid',
  // Versions
  'scenario/schema-too-new',
  'scenario/no-migration',
  // Across the scenario
  'scenario/duplicate-id',
  'scenario/id-collision',
  'scenario/unknown-actor',
  'scenario/unknown-item',
  'scenario/unknown-issue',
  'scenario/unknown-forum',
  'scenario/unknown-event',
  'scenario/unknown-tier',
  'scenario/unknown-outcome',
  'scenario/self-reference',
  'scenario/duplicate-relation',
  'scenario/duplicate-entry',
  'scenario/background-in-order',
  'scenario/not-in-order',
  'scenario/no-playable-actor',
  'scenario/playable-background',
  'scenario/player-not-playable',
  'scenario/turn-out-of-range',
  'scenario/bad-window',
  'scenario/tiers-order',
  'scenario/red-line-unreachable',
  'scenario/red-line-giver',
  'scenario/not-giver',
  'scenario/action-actor',
  'scenario/objective-target',
  'scenario/effect-target',
  'scenario/unlisted-source',
  'scenario/missing-source-file',
  'scenario/too-many-problems',
  // Found by the playing audit (src/sim/audit.ts) after a file has loaded.
  'audit/no-zone-of-agreement',
  'audit/no-zone-with-counterpart',
  'audit/objective-unreached',
  'audit/outcome-unreached',
  'audit/item-no-giver',
  'audit/item-unwanted',
  'audit/item-no-forum',
  'audit/schema-line',
] as const;

/** One of {@link ISSUE_CODES}. */
export type IssueCode = (typeof ISSUE_CODES)[number];

export const SEVERITIES = ['error', 'warning'] as const;
/** An error stops the scenario from loading; a warning is worth a look but does not. */
export type Severity = (typeof SEVERITIES)[number];
