import { LIMITS } from '../../scenario/index.ts';
import type { AppStore } from '../../store/index.ts';
import type { FileCheck, ScenarioChecker, UiState } from './context.ts';
import { fileCheckSummary, showProgress } from './panels/file-check.ts';

/**
 * Opening a scenario file on the title screen: read it with the File API, check it in the worker
 * with progress, and add it to the scenarios when it has no errors. Nothing is sent anywhere: the
 * text goes from the file to the worker and, for a playable file, into this browser's storage.
 */

/**
 * Files larger than this are refused before they are read: the loader takes at most a million
 * characters (MAX_CHARS in src/scenario), and a character is at most four bytes.
 */
const MAX_FILE_BYTES = 4_000_000;

/** The longest file name shown; names come from the player's disk and are shown as text only. */
const MAX_NAME_CHARS = 120;

/** What the opener needs from the page. */
export interface FileOpenerHost {
  readonly store: AppStore;
  readonly ui: UiState;
  readonly checker: ScenarioChecker;
  /** Re-renders; `then` runs after the new screen is in the page (to move focus to it). */
  readonly refresh: (then?: () => void) => void;
  readonly announce: (text: string) => void;
}

/** Whether a file's name says it is an article's text, to be opened with its scenario. */
export function isArticleName(name: string): boolean {
  return /\.txt$/i.test(name.trim());
}

/** The longest article read, in bytes: the format's longest article text at four bytes a character. */
const MAX_ARTICLE_BYTES = LIMITS.articleLength * 4;

/**
 * The words of the article files among those opened, by file name (the name citations use, so it
 * is kept as it is on disk). One that cannot be read, or is far too long, is left out: the check
 * then names it as missing, at the line that lists it.
 */
export async function readArticles(files: readonly File[]): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const file of files.filter((f) => isArticleName(f.name)).slice(0, LIMITS.sources)) {
    if (file.size > MAX_ARTICLE_BYTES) continue;
    try {
      out[file.name] = await file.text();
    } catch {
      // Unreadable: left out, and named by the check if the scenario lists it.
    }
  }
  return out;
}

/** Whether a file's name says it is YAML. */
export function isYamlName(name: string): boolean {
  return /\.ya?ml$/i.test(name.trim());
}

/** Control and text-direction characters: a name with them could hide or reorder what is shown. */
function hidden(ch: string): boolean {
  const c = ch.codePointAt(0) ?? 0;
  return c < 0x20 || c === 0x7f || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

function shortName(name: string): string {
  const clean = Array.from(name)
    .filter((ch) => !hidden(ch))
    .join('');
  return clean.length > MAX_NAME_CHARS ? `${clean.slice(0, MAX_NAME_CHARS - 1)}…` : clean;
}

/**
 * Makes the function the title screen calls with the chosen or dropped files: one scenario file
 * (the first whose name ends in .yaml) with any article files (.txt) it cites.
 */
export function fileOpener(host: FileOpenerHost): (files: readonly File[]) => Promise<void> {
  let current = 0;
  const show = (check: FileCheck, focus: boolean) => {
    host.ui.fileCheck = check;
    host.refresh(
      focus
        ? () => {
            // The result may be far from where the file was dropped: bring it into view.
            document.querySelector<HTMLElement>('[data-key="open-result"]')?.focus();
          }
        : undefined,
    );
    if (focus || check.phase === 'checking') host.announce(fileCheckSummary(check));
  };

  return async (files) => {
    const mine = ++current;
    // A newer file replaces the one being checked.
    host.checker.stop();
    const file = files.find((f) => isYamlName(f.name));
    if (!file) {
      const first = shortName(files[0]?.name ?? '');
      const articlesOnly = files.length > 0 && files.every((f) => isArticleName(f.name));
      return show(
        { phase: 'refused', name: first, reason: articlesOnly ? 'articles-only' : 'not-yaml', detail: '' },
        true,
      );
    }
    const name = shortName(file.name);
    if (file.size > MAX_FILE_BYTES)
      return show({ phase: 'refused', name, reason: 'too-large', detail: '' }, true);
    show({ phase: 'checking', name, played: 0, atMost: 0 }, false);
    let bytes: Uint8Array;
    let articles: Record<string, string>;
    try {
      // Bytes, not `file.text()`: the checker reads them as the command line does (UTF-16 too).
      bytes = new Uint8Array(await file.arrayBuffer());
      articles = await readArticles(files);
    } catch (error) {
      if (mine !== current) return;
      return show({ phase: 'refused', name, reason: 'unreadable', detail: String(error) }, true);
    }
    if (mine !== current) return;
    try {
      const { check, text } = await host.checker.check(bytes, name, articles, (played, atMost) => {
        if (mine !== current) return;
        const checking: FileCheck = { phase: 'checking', name, played, atMost };
        host.ui.fileCheck = checking;
        if (!showProgress(checking)) host.refresh();
      });
      if (mine !== current) return;
      const kept =
        check.errors === 0 && check.scenario !== null && text !== null
          ? host.store.getState().addOpenedScenario(name, text, check.scenario, articles)
          : null;
      show({ phase: 'done', name, check, kept, articles: Object.keys(articles) }, true);
    } catch (error) {
      if (mine !== current) return;
      const stopped = host.checker.isStopped(error);
      show(
        {
          phase: 'refused',
          name,
          reason: stopped ? 'stopped' : 'failed',
          detail: error instanceof Error ? error.message : String(error),
        },
        true,
      );
    }
  };
}
