/**
 * The Web Worker that checks scenario files for the page (see scenario-checker.ts): the loader and
 * the playing audit, exactly as `npm run scenario:check` runs them, against the article files the
 * game knows. It reads nothing and sends nothing anywhere: text in, problems out.
 */
import { ARTICLE_FILES, MAX_CHARS } from '../scenario/index.ts';
import { checkScenarioText } from '../sim/index.ts';
import type { CheckReply, CheckRequest } from './check-messages.ts';

/** Progress messages at most this often: enough for a smooth bar, few enough to cost nothing. */
const PROGRESS_MS = 60;

const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
  postMessage(reply: CheckReply): void;
};

function isRequest(data: unknown): data is CheckRequest {
  if (typeof data !== 'object' || data === null) return false;
  const r = data as Record<string, unknown>;
  return (
    typeof r.id === 'number' &&
    typeof r.text === 'string' &&
    typeof r.fileName === 'string' &&
    typeof r.audit === 'boolean'
  );
}

scope.onmessage = (event) => {
  const request = event.data;
  if (!isRequest(request)) return;
  const { id } = request;
  let last = 0;
  try {
    // The loader refuses an over-long text itself; this only keeps a huge one from being copied.
    const text = request.text.length > MAX_CHARS * 2 ? request.text.slice(0, MAX_CHARS + 1) : request.text;
    const check = checkScenarioText(text, request.fileName.slice(0, 200), {
      knownSources: ARTICLE_FILES,
      audit: request.audit,
      onGame: (played, atMost) => {
        const now = performance.now();
        if (now - last < PROGRESS_MS && played < atMost) return;
        last = now;
        scope.postMessage({ id, kind: 'progress', played, atMost });
      },
    });
    scope.postMessage({ id, kind: 'done', check });
  } catch (error) {
    // A bug in the checker: say so in a line, never leave the page waiting.
    scope.postMessage({
      id,
      kind: 'failed',
      message: error instanceof Error ? error.message : String(error),
    });
  }
};
