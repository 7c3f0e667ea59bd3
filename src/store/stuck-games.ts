import { isNewerCopy, readCopies, type StoredCopy, storedGameIds } from './save-slots.ts';
import type { StorageLike } from './storage.ts';

/**
 * Games kept in storage that cannot be opened here: written by a newer version of the game, or
 * with no copy that reads. They stay on the title screen with what can be done about them (wait
 * for the newer version, download the copies), so nothing leaves the list without a word.
 */
export interface StuckGame {
  readonly game: string;
  /** `newer`: a newer version of the game saved it; `damaged`: neither copy can be read. */
  readonly reason: 'newer' | 'damaged';
  /** The title the save gives itself, when a copy still has one (untrusted text: shown as text). */
  readonly title: string | null;
  readonly savedAt: string | null;
  /** What is wrong with the first copy that does not read, in words. */
  readonly detail: string;
  /** Every copy kept, newest first, as files to download. */
  readonly copies: readonly { readonly fileName: string; readonly text: string }[];
}

/** Every game that cannot be opened here; the games that can are `listGames`'s. */
export function listStuckGames(storage: StorageLike | null): StuckGame[] {
  const out: StuckGame[] = [];
  for (const game of storedGameIds(storage)) {
    const copies = readCopies(storage, game);
    const newer = copies.find(isNewerCopy);
    if (!newer && copies.some((c) => c.kind === 'good')) continue;
    const bad = newer ?? copies.find((c) => c.kind === 'bad');
    const newest = [...copies].sort((x, y) => serialOf(y) - serialOf(x));
    const label = newest.map(readableLabel).find((l) => l.title !== null) ?? { title: null, savedAt: null };
    out.push({
      game,
      reason: newer ? 'newer' : 'damaged',
      title: label.title,
      savedAt: label.savedAt,
      detail: bad?.kind === 'bad' ? bad.problem.message : '',
      copies: newest.map((c) => ({ fileName: `give-and-take-${game}-${c.slot}.json`, text: c.text })),
    });
  }
  return out.sort((x, y) => ((x.savedAt ?? '') < (y.savedAt ?? '') ? 1 : -1));
}

/** The serial a copy claims, for ordering only; -1 when it has none that reads. */
function serialOf(copy: StoredCopy): number {
  if (copy.kind === 'good') return copy.save.serial;
  const raw = parsed(copy.text);
  return typeof raw?.serial === 'number' && Number.isSafeInteger(raw.serial) ? raw.serial : -1;
}

/** A newer save's title and date, read leniently: its format is unknown, so nothing else is. */
function readableLabel(copy: StoredCopy): { title: string | null; savedAt: string | null } {
  const raw = copy.kind === 'good' ? null : parsed(copy.text);
  const summary = copy.kind === 'good' ? copy.save.summary : raw?.summary;
  const title =
    summary !== null && typeof summary === 'object' && 'title' in summary && typeof summary.title === 'string'
      ? summary.title.slice(0, 200)
      : null;
  const savedAt = copy.kind === 'good' ? copy.save.savedAt : raw?.savedAt;
  return { title, savedAt: typeof savedAt === 'string' ? savedAt.slice(0, 64) : null };
}

function parsed(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}
