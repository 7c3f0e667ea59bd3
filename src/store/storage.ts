/**
 * The small part of the Web Storage API the saves use, so tests can hand in a fake that fills up
 * or throws, and the game can run when the browser offers no storage at all.
 */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  key(index: number): string | null;
  readonly length: number;
}

/** Why a write did not happen. */
export type StorageFailure = 'quota' | 'unavailable';

/** Every key this game writes starts with this, so it never touches another site's data. */
export const KEY_PREFIX = 'give-and-take:';

/**
 * Gets the browser's storage, or null when it is missing or refuses access (some private modes
 * throw on the mere property read).
 */
export function browserStorage(): StorageLike | null {
  try {
    const storage = globalThis.localStorage;
    if (!storage) return null;
    const probe = `${KEY_PREFIX}probe`;
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return storage;
  } catch {
    // A full storage also fails the probe; it can still be read, so hand it back.
    try {
      return globalThis.localStorage ?? null;
    } catch {
      return null;
    }
  }
}

/** Writes a key; returns null on success or why it failed. Never throws. */
export function tryWrite(storage: StorageLike | null, key: string, value: string): StorageFailure | null {
  if (!storage) return 'unavailable';
  try {
    storage.setItem(key, value);
    return null;
  } catch (error) {
    return isQuotaError(error) ? 'quota' : 'unavailable';
  }
}

/** Reads a key; null when absent or when storage refuses. Never throws. */
export function tryRead(storage: StorageLike | null, key: string): string | null {
  if (!storage) return null;
  try {
    return storage.getItem(key);
  } catch {
    return null;
  }
}

/** All keys with a prefix, sorted; empty when storage refuses. */
export function keysWith(storage: StorageLike | null, prefix: string): string[] {
  if (!storage) return [];
  const keys: string[] = [];
  try {
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key?.startsWith(prefix)) keys.push(key);
    }
  } catch {
    return [];
  }
  return keys.sort();
}

function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const e = error as { name?: unknown; code?: unknown };
  // Browsers disagree on the name and code; these cover Chromium, Firefox and Safari.
  return e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED' || e.code === 22;
}
