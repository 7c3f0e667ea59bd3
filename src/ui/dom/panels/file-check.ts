import { t } from '../../strings/index.ts';
import { checkSummary, type ProblemRow, problemRow } from '../../viewmodel/index.ts';
import type { FileCheck, ViewContext } from '../context.ts';
import { h, nextId } from '../el.ts';

/**
 * What the check of an opened file shows: a progress bar while the worker plays its test games
 * (with a way to stop), then the result: whether the file can be played, and every problem with
 * its line and column, errors and warnings told apart by word and icon as well as colour.
 */

/** The sentence for a check's state: what is being checked, or how it ended. */
export function fileCheckSummary(check: FileCheck): string {
  if (check.phase === 'checking') return t('open.checking', { name: check.name });
  if (check.phase === 'refused')
    return t(`open.refused.${check.reason}`, { name: check.name, detail: check.detail });
  return checkSummary(check.name, check.check).text;
}

type Checking = Extract<FileCheck, { phase: 'checking' }>;

function setProgress(bar: HTMLProgressElement, note: Element, check: Checking): void {
  // No value while the file is read and loaded: an indeterminate bar.
  if (check.atMost > 0) {
    bar.max = check.atMost;
    bar.value = check.played;
  }
  note.textContent =
    check.atMost > 0 ? t('open.playing', { played: check.played, atMost: check.atMost }) : t('open.loading');
}

/**
 * Moves the bar of the check on screen, in place: re-rendering the title many times a second
 * would replace the "Stop checking" button under the pointer. False when there is no bar to move.
 */
export function showProgress(check: Checking): boolean {
  const bar = document.querySelector<HTMLProgressElement>('[data-key="open-bar"]');
  const note = document.querySelector('[data-key="open-note"]');
  if (!bar || !note) return false;
  setProgress(bar, note, check);
  return true;
}

function progress(ctx: ViewContext, check: Checking): HTMLElement {
  const bar = h('progress', {
    class: 'check-bar',
    key: 'open-bar',
    attrs: { 'aria-label': t('open.progress') },
  });
  const note = h('p', { class: 'hint', key: 'open-note' });
  setProgress(bar, note, check);
  return h(
    'div',
    { class: 'check-status', attrs: { 'aria-busy': 'true' } },
    h('p', { class: 'check-title' }, fileCheckSummary(check)),
    bar,
    note,
    h(
      'button',
      {
        class: 'btn btn-quiet',
        key: 'open-stop',
        attrs: { type: 'button' },
        on: { click: () => ctx.services.checker.stop() },
      },
      t('open.stop'),
    ),
  );
}

function result(check: Exclude<FileCheck, { phase: 'checking' }>): HTMLElement {
  if (check.phase === 'refused') {
    return h(
      'div',
      { class: 'check-result' },
      h(
        'h3',
        { class: 'result-head tone-error', key: 'open-result', attrs: { tabindex: -1 } },
        h('span', { class: 'result-icon', attrs: { 'aria-hidden': 'true' } }, t('open.errorIcon')),
        h('span', {}, fileCheckSummary(check)),
      ),
    );
  }
  const summary = checkSummary(check.name, check.check);
  const { problems } = check.check;
  const listId = nextId('problems');
  const icon = !summary.playable
    ? 'open.errorIcon'
    : check.check.warnings > 0
      ? 'open.warningIcon'
      : 'open.okIcon';
  return h(
    'div',
    { class: 'check-result' },
    h(
      'h3',
      {
        class: `result-head ${summary.playable ? 'tone-ok' : 'tone-error'}`,
        key: 'open-result',
        attrs: { tabindex: -1 },
      },
      h('span', { class: 'result-icon', attrs: { 'aria-hidden': 'true' } }, t(icon)),
      h('span', {}, summary.text),
    ),
    summary.playable ? h('p', {}, t('open.cardBelow')) : null,
    check.articles.length > 0
      ? h('p', { class: 'hint' }, t('open.articles', { names: check.articles.join(', ') }))
      : null,
    check.check.games > 0 ? h('p', { class: 'hint' }, t('open.games', { games: check.check.games })) : null,
    // What the audit's findings of play rest on, when its budget (or a stop) cut its games.
    ...check.check.notes.map((note) => h('p', { class: 'hint check-note' }, t('open.note', { note }))),
    problems.length === 0
      ? null
      : h(
          'ul',
          {
            class: 'file-problems',
            id: listId,
            attrs: { 'aria-label': t('open.problems', { name: check.name }) },
          },
          ...problems.map((p) => problemItem(problemRow(p))),
        ),
  );
}

function problemItem(row: ProblemRow): HTMLElement {
  return h(
    'li',
    { class: `problem sev-${row.severity}` },
    h(
      'p',
      { class: 'problem-head' },
      h(
        'span',
        { class: 'sev-badge' },
        h('span', { attrs: { 'aria-hidden': 'true' } }, row.icon),
        ` ${row.label}`,
      ),
      ' ',
      h('span', { class: 'problem-where' }, row.where),
      row.path ? ' ' : null,
      row.path ? h('span', { class: 'problem-path' }, row.path) : null,
    ),
    h('p', { class: 'problem-message' }, row.message),
    row.hint ? h('p', { class: 'problem-hint' }, row.hint) : null,
  );
}

/** The progress or the result of the check, for the title screen; null before any file. */
export function checkPanel(ctx: ViewContext): HTMLElement | null {
  const check = ctx.ui.fileCheck;
  if (check === null) return null;
  return check.phase === 'checking' ? progress(ctx, check) : result(check);
}
