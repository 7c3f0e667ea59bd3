import type { StorageLike } from '../../src/store/index.ts';

/** An in-memory Web Storage that can be told to fill up or to refuse every call. */
export class FakeStorage implements StorageLike {
  readonly data = new Map<string, string>();
  /** Total characters allowed; writes beyond it throw a QuotaExceededError. */
  quota = Number.POSITIVE_INFINITY;
  broken = false;

  get length(): number {
    if (this.broken) throw new Error('SecurityError');
    return this.data.size;
  }
  key(index: number): string | null {
    if (this.broken) throw new Error('SecurityError');
    return [...this.data.keys()][index] ?? null;
  }
  getItem(key: string): string | null {
    if (this.broken) throw new Error('SecurityError');
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.broken) throw new Error('SecurityError');
    let used = value.length;
    for (const [k, v] of this.data) if (k !== key) used += v.length;
    if (used > this.quota) {
      const error = new Error('full');
      error.name = 'QuotaExceededError';
      throw error;
    }
    this.data.set(key, value);
  }
  removeItem(key: string): void {
    this.data.delete(key);
  }
}
