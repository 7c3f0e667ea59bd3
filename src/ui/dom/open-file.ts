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

/** Makes the function the title screen calls with a chosen or dropped file. */
export function fileOpener(host: FileOpenerHost): (file: File) => Promise<void> {
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

  return async (file) => {
    const mine = ++current;
    // A newer file replaces the one being checked.
    host.checker.stop();
    const name = shortName(file.name);
    if (!isYamlName(file.name)) return show({ phase: 'refused', name, reason: 'not-yaml', detail: '' }, true);
    if (file.size > MAX_FILE_BYTES)
      return show({ phase: 'refused', name, reason: 'too-large', detail: '' }, true);
    show({ phase: 'checking', name, played: 0, atMost: 0 }, false);
    let bytes: Uint8Array;
    try {
      // Bytes, not `file.text()`: the checker reads them as the command line does (UTF-16 too).
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch (error) {
      if (mine !== current) return;
      return show({ phase: 'refused', name, reason: 'unreadable', detail: String(error) }, true);
    }
    if (mine !== current) return;
    try {
      const { check, text } = await host.checker.check(bytes, name, (played, atMost) => {
        if (mine !== current) return;
        const checking: FileCheck = { phase: 'checking', name, played, atMost };
        host.ui.fileCheck = checking;
        if (!showProgress(checking)) host.refresh();
      });
      if (mine !== current) return;
      const kept =
        check.errors === 0 && check.scenario !== null && text !== null
          ? host.store.getState().addOpenedScenario(name, text, check.scenario)
          : null;
      show({ phase: 'done', name, check, kept }, true);
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
