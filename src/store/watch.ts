import type { StoreApi } from 'zustand/vanilla';

/**
 * Subscribes to a slice of a store: the listener runs only when `equal` says the slice changed.
 * Returns the unsubscribe function (what `subscribeWithSelector` gives, without changing the store).
 */
export function watch<S, T>(
  store: StoreApi<S>,
  select: (state: S) => T,
  listener: (next: T, previous: T) => void,
  equal: (a: T, b: T) => boolean = Object.is,
): () => void {
  let current = select(store.getState());
  return store.subscribe((state) => {
    const next = select(state);
    if (equal(current, next)) return;
    const previous = current;
    current = next;
    listener(next, previous);
  });
}

/** Equality of two objects' own fields by `Object.is`: for selectors that build small records. */
export function shallowEqual<T extends object>(a: T, b: T): boolean {
  const keys = Object.keys(a) as (keyof T)[];
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => Object.is(a[k], b[k]));
}
