import { z } from 'zod';
import { KEY_PREFIX, type StorageLike, tryRead, tryWrite } from './storage.ts';

/** The player's preferences; kept apart from saves, so a damaged setting never touches a game. */
export interface Settings {
  /** `system` follows the operating system's reduce-motion preference. */
  readonly motion: 'system' | 'reduce' | 'full';
  /** Root text size in percent. */
  readonly textSize: 100 | 125 | 150;
  /** Interface language code (string tables exist for the codes the UI lists). */
  readonly language: string;
  /** Whether the first-game tour has been finished or skipped; it shows until then. */
  readonly toured: boolean;
}

/** Follow the system's motion preference, normal text, English, the tour not yet seen. */
export const DEFAULT_SETTINGS: Settings = { motion: 'system', textSize: 100, language: 'en', toured: false };

const SETTINGS_KEY = `${KEY_PREFIX}settings`;

const SettingsShape = z.strictObject({
  motion: z.enum(['system', 'reduce', 'full']),
  textSize: z.union([z.literal(100), z.literal(125), z.literal(150)]),
  language: z.string().regex(/^[a-z]{2}$/),
  // Settings saved before the tour existed lack the flag: they keep their choices, and the
  // player (who has never seen the tour) sees it once.
  toured: z.boolean().default(false),
});

/**
 * Reads settings; anything unreadable falls back to the defaults (settings are cheap to redo),
 * with `first` over them: what a first visit starts with (the browser's language).
 */
export function readSettings(storage: StorageLike | null, first: Partial<Settings> = {}): Settings {
  const fallback = { ...DEFAULT_SETTINGS, ...first };
  const text = tryRead(storage, SETTINGS_KEY);
  if (text === null) return fallback;
  try {
    const parsed = SettingsShape.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : fallback;
  } catch {
    return fallback;
  }
}

/** Writes settings; returns whether it worked. */
export function writeSettings(storage: StorageLike | null, settings: Settings): boolean {
  return tryWrite(storage, SETTINGS_KEY, JSON.stringify(settings)) === null;
}
