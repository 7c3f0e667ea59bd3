// The entry of scenario:check's worker thread. The command runs its TypeScript through tsx, whose
// loader a worker does not inherit on Node 20 (hooks given to a worker's execArgv are not run):
// this JavaScript file loads the worker's TypeScript through tsx's own API instead.
import { tsImport } from 'tsx/esm/api';

await tsImport('./check-worker.ts', import.meta.url);
