import type { CompiledScenario } from '../store/index.ts';

/**
 * The scenario files shipped with the game: every `scenarios/*.yaml`, loaded and checked at build
 * time by the plugin in vite.config.ts (`?scenario`). A new file shows up as a new card; under
 * `npm run dev`, editing one sends the new result to the listeners (HMR) without a reload.
 */
const files = import.meta.glob<CompiledScenario>('/scenarios/*.yaml', {
  query: '?scenario',
  import: 'default',
  eager: true,
});

/** File path to the loaded scenario or its problems. */
export const compiledScenarios: Readonly<Record<string, CompiledScenario>> = files;

type Listener = (files: Readonly<Record<string, CompiledScenario>>) => void;
const listeners: Listener[] = [];

/** Calls `listener` with every file's new result whenever a scenario file changes during development. */
export function onScenarioFilesChange(listener: Listener): void {
  listeners.push(listener);
}

/** Used by the hot-reload hand-over below; not for other callers. */
export function adoptListeners(previous: Listener[]): void {
  listeners.push(...previous);
}

if (import.meta.hot) {
  import.meta.hot.accept((next) => {
    const module = next as
      | { compiledScenarios?: Record<string, CompiledScenario>; adoptListeners?: typeof adoptListeners }
      | undefined;
    if (!module?.compiledScenarios) return;
    // The new module starts with no listeners: hand them over so the next edit reaches them too.
    module.adoptListeners?.(listeners);
    for (const listener of listeners) listener(module.compiledScenarios);
  });
}
