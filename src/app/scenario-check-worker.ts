/**
 * The Web Worker that checks scenario files for the page (see scenario-checker.ts): the loader and
 * the playing audit, exactly as `npm run scenario:check` runs them (an opened file's bytes read as
 * text the same way too), against the article files the game knows. It reads nothing and sends
 * nothing anywhere: bytes or text in, problems out.
 */
import { ARTICLE_FILES, LIMITS, MAX_CHARS } from '../scenario/index.ts';
import { balanceSteps, balanceSummary, checkScenarioBytes, checkScenarioText } from '../sim/index.ts';
import type { CheckReply, CheckRequest } from './check-messages.ts';
import { SHIPPED_ARTICLES } from './shipped-articles.ts';

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
    (typeof r.content === 'string' || r.content instanceof Uint8Array) &&
    typeof r.fileName === 'string' &&
    typeof r.audit === 'boolean' &&
    (r.balance === undefined || (typeof r.balance === 'number' && r.balance >= 1 && r.balance <= 200)) &&
    isArticles(r.articles)
  );
}

/** Article texts by file name, as many as a scenario may list, each no longer than the format takes. */
function isArticles(value: unknown): value is Readonly<Record<string, string>> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const entries = Object.entries(value);
  return (
    entries.length <= LIMITS.sources &&
    entries.every(
      ([name, text]) => name.length <= 200 && typeof text === 'string' && text.length <= LIMITS.articleLength,
    )
  );
}

scope.onmessage = (event) => {
  const request = event.data;
  if (!isRequest(request)) return;
  const { id } = request;
  let last = 0;
  try {
    const options = {
      knownSources: ARTICLE_FILES,
      // The files opened with the scenario come first: a name there is the author's own article.
      articles: { ...SHIPPED_ARTICLES, ...request.articles },
      audit: request.audit,
      onGame: (played: number, atMost: number) => {
        const now = performance.now();
        if (now - last < PROGRESS_MS && played < atMost) return;
        last = now;
        scope.postMessage({ id, kind: 'progress', played, atMost });
      },
    };
    const fileName = request.fileName.slice(0, 200);
    const { content } = request;
    if (request.balance !== undefined && typeof content === 'string') {
      const check = checkScenarioText(content, fileName, { ...options, audit: false });
      if (check.scenario === null || check.errors > 0) {
        scope.postMessage({ id, kind: 'done', check, text: content });
        return;
      }
      const steps = balanceSteps(check.scenario, { runs: request.balance });
      while (steps.step())
        scope.postMessage({ id, kind: 'progress', played: steps.done, atMost: steps.total });
      const balance = balanceSummary(steps.result());
      scope.postMessage({ id, kind: 'done', check, text: content, balance });
    } else if (typeof content === 'string') {
      // The loader refuses an over-long text itself; this only keeps a huge one from being copied.
      const text = content.length > MAX_CHARS * 2 ? content.slice(0, MAX_CHARS + 1) : content;
      scope.postMessage({ id, kind: 'done', check: checkScenarioText(text, fileName, options), text });
    } else {
      const { check, text } = checkScenarioBytes(content, fileName, options);
      scope.postMessage({ id, kind: 'done', check, text });
    }
  } catch (error) {
    // A bug in the checker: say so in a line, never leave the page waiting.
    scope.postMessage({
      id,
      kind: 'failed',
      message: error instanceof Error ? error.message : String(error),
    });
  }
};
