import { encodeResultFile } from '../../../scenario/index.ts';
import { measuresCsv, resultFileOf } from '../../../sim/index.ts';
import type { Session } from '../../../store/index.ts';
import { t } from '../../strings/index.ts';
import type { ViewContext } from '../context.ts';
import { h } from '../el.ts';
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
            button('hand-in-result', t('handIn.result'), () =>
              download(
                `${stem}.json`,
                encodeResultFile({ ...result, writtenAt: new Date().toISOString() }),
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
              download(`${stem}-measures.csv`, `\uFEFF${measuresCsv(scenario, state, player)}`, 'text/csv'),
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
