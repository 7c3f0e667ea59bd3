/** Set by vite.config.ts from package.json: the game's version, for result files. */
declare const __GAME_VERSION__: string;
