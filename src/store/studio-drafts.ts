import { z } from 'zod';
import { KEY_PREFIX, keysWith, type StorageFailure, type StorageLike, tryRead, tryWrite } from './storage.ts';

/**
 * The scenario studio's drafts, kept in this browser's storage: written on every change, kept
 * until the author deletes one, so a reload, a closed tab or a crash loses nothing (Twine lost
 * work kept in the browser; this must not). Each draft carries the article files added to it.
 */

const DRAFT_PREFIX = `${KEY_PREFIX}studio:`;
const LAST_KEY = `${KEY_PREFIX}studio-last`;

/** The most drafts listed: far more than a teacher keeps, few enough to list quickly. */
export const MAX_DRAFTS = 200;

/** One draft. */
export interface StudioDraft {
  readonly id: string;
  /** The file name it is exported and checked as ("ulaanbaatar-2007.yaml"). */
  readonly name: string;
  readonly text: string;
  /** The words of the article files added to it, by file name. */
  readonly articles: Readonly<Record<string, string>>;
  /** When it was last changed (ISO). */
  readonly updatedAt: string;
}

const DRAFT_ID = /^[a-z0-9-]{1,64}$/;

const DraftShape = z.strictObject({
  id: z.string().regex(DRAFT_ID),
  name: z.string().min(1).max(200),
  text: z.string().max(1_000_000),
  articles: z.record(z.string().max(200), z.string().max(1_000_000)),
  updatedAt: z.string().max(64),
});

const keyOf = (id: string) => `${DRAFT_PREFIX}${id}`;

/** Writes a draft; null when it was written, else why not (the page then says so and offers export). */
export function saveDraft(storage: StorageLike | null, draft: StudioDraft): StorageFailure | null {
  const failure = tryWrite(storage, keyOf(draft.id), JSON.stringify(draft));
  if (failure === null) tryWrite(storage, LAST_KEY, draft.id);
  return failure;
}

/** A draft by id, or null when there is none that reads. */
export function readDraft(storage: StorageLike | null, id: string): StudioDraft | null {
  const text = tryRead(storage, keyOf(id));
  if (text === null) return null;
  try {
    const parsed = DraftShape.safeParse(JSON.parse(text));
    return parsed.success && parsed.data.id === id ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Every draft that reads, the most recently changed first. */
export function listDrafts(storage: StorageLike | null): StudioDraft[] {
  const out: StudioDraft[] = [];
  for (const key of keysWith(storage, DRAFT_PREFIX).slice(0, MAX_DRAFTS)) {
    const draft = readDraft(storage, key.slice(DRAFT_PREFIX.length));
    if (draft) out.push(draft);
  }
  return out.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
}

/** Deletes a draft (only when the author asks). */
export function deleteDraft(storage: StorageLike | null, id: string): void {
  try {
    storage?.removeItem(keyOf(id));
  } catch {
    // Storage refused: the draft stays, which loses nothing.
  }
}

/** The draft worked on last, to open again when the studio opens; null when none reads. */
export function lastDraft(storage: StorageLike | null): StudioDraft | null {
  const id = tryRead(storage, LAST_KEY);
  return id !== null && DRAFT_ID.test(id) ? readDraft(storage, id) : null;
}

/** A new draft's id: its time and a counter, so two made in the same millisecond differ. */
let made = 0;
export function newDraftId(now: Date): string {
  made += 1;
  return `d-${now.getTime().toString(36)}-${made.toString(36)}`;
}
