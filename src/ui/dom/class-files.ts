import { type AppStore, type ClassFile, MAX_CLASS_FILE_CHARS } from '../../store/index.ts';
import { t } from '../strings/index.ts';
import type { UiState } from './context.ts';

/**
 * Reads result files chosen or dropped on the class page and hands them to the store, which
 * verifies each by replay; the page then says what was taken. Of a file far larger than any
 * result only the start is read (it is listed, as not a result, with the reason).
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
    // Past any result's size only the start is read: enough for the check to say it is too large.
    const text = await (file.size > MAX_CLASS_FILE_CHARS * 4
      ? file.slice(0, MAX_CLASS_FILE_CHARS * 4)
      : file
    ).text();
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
