/**
 * Collects teardown functions (store subscriptions, listeners) and runs them once. Calling
 * `dispose` again does nothing, so it can be wired to both SHUTDOWN and DESTROY.
 */
export interface Disposer {
  add(teardown: () => void): void;
  dispose(): void;
  readonly disposed: boolean;
}

/** A fresh disposer with nothing to tear down yet. */
export function createDisposer(): Disposer {
  let list: (() => void)[] = [];
  let disposed = false;
  return {
    add(teardown) {
      if (disposed) teardown();
      else list.push(teardown);
    },
    dispose() {
      if (disposed) return;
      disposed = true;
      const run = list;
      list = [];
      for (const teardown of run.reverse()) teardown();
    },
    get disposed() {
      return disposed;
    },
  };
}
