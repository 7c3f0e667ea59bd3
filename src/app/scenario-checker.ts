import type { CheckedFile, ScenarioChecker } from '../ui/index.ts';
import type { CheckReply, CheckRequest } from './check-messages.ts';

/**
 * The page's side of the scenario check: hands the text of a file to its Web Worker
 * (scenario-check-worker.ts), which loads and audits it with the same `checkScenarioText` as
 * `npm run scenario:check`. The worker, and with it the YAML parser, the loader and the audit, is
 * fetched the first time a file is checked, so the title screen carries none of it; the audit's
 * games run off the page's thread, so the page stays responsive and can show their progress.
 */

/** The error a check's promise rejects with when `stop()` ended it. */
export class CheckStopped extends Error {
  constructor() {
    super('the check was stopped');
    this.name = 'CheckStopped';
  }
}

interface Pending {
  readonly request: CheckRequest;
  readonly resolve: (checked: CheckedFile) => void;
  readonly reject: (error: Error) => void;
  readonly onProgress: ((played: number, atMost: number) => void) | undefined;
}

/**
 * The page's one checker, with its own worker, started on first use and then kept warm: it loads
 * the files kept from an earlier visit and checks the files opened on the title screen. `stop()`
 * ends the checks in progress (the worker with them); loads are quick and nobody asked to stop
 * them, so they start again on a fresh worker.
 */
export function createScenarioChecker(): ScenarioChecker {
  let worker: Worker | null = null;
  let nextId = 0;
  const pending = new Map<number, Pending>();

  const failAll = (error: Error) => {
    for (const p of pending.values()) p.reject(error);
    pending.clear();
  };

  const start = (): Worker => {
    if (worker) return worker;
    const created = new Worker(new URL('./scenario-check-worker.ts', import.meta.url), {
      type: 'module',
      name: 'scenario-check',
    });
    created.addEventListener('message', (event: MessageEvent<CheckReply>) => {
      const reply = event.data;
      const p = pending.get(reply.id);
      if (!p) return;
      if (reply.kind === 'progress') p.onProgress?.(reply.played, reply.atMost);
      else {
        pending.delete(reply.id);
        if (reply.kind === 'done')
          p.resolve({ check: reply.check, text: reply.text, balance: reply.balance ?? null });
        else p.reject(new Error(reply.message));
      }
    });
    // The worker's script failed to load or run: nothing pending will ever answer.
    created.addEventListener('error', (event) => {
      event.preventDefault();
      created.terminate();
      if (worker === created) worker = null;
      failAll(new Error(event.message || 'the checker could not start'));
    });
    worker = created;
    return created;
  };

  const post = (p: Pending) => {
    try {
      start().postMessage(p.request);
    } catch (error) {
      pending.delete(p.request.id);
      p.reject(error instanceof Error ? error : new Error(String(error)));
    }
  };

  const send = (
    content: Uint8Array | string,
    fileName: string,
    audit: boolean,
    articles: Readonly<Record<string, string>>,
    onProgress?: (played: number, atMost: number) => void,
    balance?: number,
  ): Promise<CheckedFile> =>
    new Promise((resolve, reject) => {
      const request: CheckRequest = {
        id: ++nextId,
        content,
        fileName,
        audit,
        articles,
        ...(balance === undefined ? {} : { balance }),
      };
      const p: Pending = { request, resolve, reject, onProgress };
      pending.set(request.id, p);
      post(p);
    });

  const stop = () => {
    // Audits and balance reports play games and may be stopped; a plain load is quick.
    const checks = [...pending.values()].filter((p) => p.request.audit || p.request.balance !== undefined);
    // Nothing being checked: keep the worker, warm, for the next file.
    if (checks.length === 0) return;
    worker?.terminate();
    worker = null;
    for (const p of checks) {
      pending.delete(p.request.id);
      p.reject(new CheckStopped());
    }
    for (const p of pending.values()) post(p);
  };

  return {
    check: (bytes, fileName, articles, onProgress) => send(bytes, fileName, true, articles, onProgress),
    load: async (text, fileName, articles) => (await send(text, fileName, false, articles)).check,
    balance: (text, fileName, articles, runs, onProgress) =>
      send(text, fileName, false, articles, onProgress, runs),
    stop,
    isStopped: (error) => error instanceof CheckStopped,
  };
}
