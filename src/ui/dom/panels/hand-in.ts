import { encodeResultFile, MAX_STUDENT_CHARS } from '../../../scenario/index.ts';
import { measuresCsv, resultFileOf } from '../../../sim/index.ts';
import type { Session } from '../../../store/index.ts';
import { t } from '../../strings/index.ts';
import type { ViewContext } from '../context.ts';
import { h, nextId } from '../el.ts';
import { downloadText } from '../files.ts';

/**
 * The debrief's "Hand in your result": the result file a teacher's class page verifies by replay,
 * the turn-by-turn measures as CSV for a spreadsheet, and a printout of the debrief (its print
 * styles keep the reading and drop the controls).
 */
export function handInPanel(ctx: ViewContext, session: Session): HTMLElement {
  const { scenario, player, seed, state } = session;
  const stem = `give-and-take-${scenario.id}-${player}-seed-${seed}`;
  const result = resultFileOf(
    {
      scenario,
      scenarioHash: session.scenarioHash,
      seed,
      ai: state.ai,
      seats: session.controllers,
      player,
      actions: session.actions,
      state,
    },
    { gameVersion: ctx.services.gameVersion, writtenAt: '' },
  );
  const nameId = nextId('hand-in-name');
  const nameField = h('input', {
    id: nameId,
    class: 'share-field hand-in-name',
    key: 'hand-in-name',
    attrs: { type: 'text', maxlength: MAX_STUDENT_CHARS, autocomplete: 'name', value: ctx.ui.studentName },
    on: {
      input: (e) => {
        ctx.ui.studentName = (e.currentTarget as HTMLInputElement).value;
      },
    },
  });
  const named = () => {
    const tag = fileTag(ctx.ui.studentName);
    return tag === '' ? stem : `${stem}-${tag}`;
  };
  const download = (fileName: string, text: string, type: string) => {
    downloadText(fileName, text, type);
    ctx.announce(t('handIn.saved', { file: fileName }));
  };
  const button = (key: string, label: string, click: () => void) =>
    h('button', { class: 'btn', key, attrs: { type: 'button' }, on: { click } }, label);
  return h(
    'section',
    { class: 'debrief-section hand-in no-print', attrs: { 'aria-labelledby': 'hand-in-h' } },
    h('h2', { id: 'hand-in-h' }, t('handIn.heading')),
    result === null
      ? h('p', { class: 'hint' }, t('handIn.notEnded'))
      : h(
          'div',
          { class: 'hand-in-rows' },
          h(
            'div',
            { class: 'hand-in-row' },
            h('label', { attrs: { for: nameId } }, t('handIn.name')),
            nameField,
            h('p', { class: 'hint' }, t('handIn.nameHint')),
          ),
          h(
            'div',
            { class: 'hand-in-row' },
            button('hand-in-result', t('handIn.result'), () =>
              download(
                `${named()}.json`,
                encodeResultFile({
                  ...result,
                  writtenAt: new Date().toISOString(),
                  student: ctx.ui.studentName.trim().slice(0, MAX_STUDENT_CHARS),
                }),
                'application/json',
              ),
            ),
            h('p', { class: 'hint' }, t('handIn.hint')),
          ),
          h(
            'div',
            { class: 'hand-in-row' },
            button('hand-in-csv', t('handIn.csv'), () =>
              // The byte-order mark makes spreadsheets read the names as UTF-8, not a code page.
              download(
                `${named()}-measures.csv`,
                `\uFEFF${measuresCsv(scenario, state, player)}`,
                'text/csv',
              ),
            ),
            h('p', { class: 'hint' }, t('handIn.csvHint')),
          ),
          h(
            'div',
            { class: 'hand-in-row' },
            button('hand-in-print', t('handIn.print'), () => window.print()),
            h('p', { class: 'hint' }, t('handIn.printHint')),
          ),
        ),
  );
}

/** A name as a part of a file name: letters and digits of any script, the rest as single dashes. */
function fileTag(name: string): string {
  return name
    .trim()
    .slice(0, MAX_STUDENT_CHARS)
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}
