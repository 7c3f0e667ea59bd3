import { type AppStore, type ClassFile, MAX_CLASS_FILE_CHARS } from '../../store/index.ts';
import { t } from '../strings/index.ts';
import type { UiState } from './context.ts';

/**
 * Reads result files chosen or dropped on the class page and hands them to the store, which
 * verifies each by replay; the page then says what was taken. A file far larger than any result
 * is not read at all (it is listed, as not a result, with the reason).
 */
export async function addResultFiles(
  files: readonly File[],
  host: {
    readonly store: AppStore;
    readonly ui: UiState;
    readonly refresh: () => void;
    readonly announce: (text: string) => void;
  },
): Promise<void> {
  if (files.length === 0) return;
  const read: ClassFile[] = [];
  for (const file of files) {
    // A size far past any result: read none of it, and let the check say it is no result.
    const text =
      file.size > MAX_CLASS_FILE_CHARS * 4 ? ' '.repeat(MAX_CLASS_FILE_CHARS + 1) : await file.text();
    read.push({ name: file.name, text });
  }
  const added = host.store.getState().addClassResults(read);
  const parts = [t('class.added', { count: added.added })];
  if (added.duplicates > 0) parts.push(t('class.duplicates', { count: added.duplicates }));
  if (added.over > 0) parts.push(t('class.over', { count: added.over }));
  if (added.kept !== null) parts.push(t(`class.notKept.${added.kept}`));
  host.ui.classNote = parts.join(' ');
  host.refresh();
  host.announce(host.ui.classNote);
}
