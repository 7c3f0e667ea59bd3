import type { PackageLine } from '../types.ts';

/** A value a message is filled with: text, a figure, ids, or the lines of a package. */
export type MessageParam = string | number | readonly string[] | readonly number[] | readonly PackageLine[];
/** A message's parameters by name, as plain data (kept in the log, so JSON-safe). */
export type MessageParams = Readonly<Record<string, MessageParam>>;
