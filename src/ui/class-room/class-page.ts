import { replaceKeepingFocus } from '../dom/index.ts';
import type { ClassPageHost } from './class-page-host.ts';
import { studentPage } from './class-seat-page.ts';
import { teacherPage } from './class-teacher-page.ts';
import { tickClocks } from './countdown.ts';

export type { ClassPageHost } from './class-page-host.ts';

/**
 * Mounts the networked class's page: the teacher's (`class.html#teach`) or a student's
 * (`class.html`, or `class.html#code=ABC123` from the projected QR code). Returns the unmount.
 */
export function mountClassPage(
  root: HTMLElement,
  host: Omit<ClassPageHost, 'refresh'>,
  fragment: string,
): () => void {
  const params = new URLSearchParams(fragment.replace(/^#/, ''));
  let scheduled = false;
  const full: ClassPageHost = {
    ...host,
    refresh: () => {
      if (scheduled) return;
      scheduled = true;
      queueMicrotask(() => {
        scheduled = false;
        replaceKeepingFocus(root, page.render());
      });
    },
  };
  const page = params.has('teach')
    ? teacherPage(full)
    : studentPage(full, (params.get('code') ?? '').slice(0, 8));
  replaceKeepingFocus(root, page.render());
  const stopClocks = tickClocks(root);
  return () => {
    stopClocks();
    page.dispose();
  };
}
