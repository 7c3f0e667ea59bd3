import type { EngineMessages } from './en.ts';

/**
 * The engine's tables other than English, fetched when asked for: a browser build keeps each
 * in its language's chunk (an English player downloads neither), the command line reads them
 * from disk. Null for a language the engine does not speak.
 */
const LOADERS: Readonly<Record<string, () => Promise<EngineMessages>>> = {
  ja: async () => (await import('./ja.ts')).ENGINE_MESSAGES_JA,
  ko: async () => (await import('./ko.ts')).ENGINE_MESSAGES_KO,
};

/** The languages the engine speaks besides English. */
export const ENGINE_LANGUAGES: readonly string[] = Object.keys(LOADERS);

export async function loadEngineMessages(code: string): Promise<EngineMessages | null> {
  const loader = LOADERS[code];
  return loader ? loader() : null;
}
