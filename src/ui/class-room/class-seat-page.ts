import { type Answer, MAX_NAME_CHARS, type SeatKnowledge } from '../../class/index.ts';
import type { Scenario } from '../../engine/index.ts';
import { ClassSeat, joinClass } from '../../net/index.ts';
import { encodeResultFile, type ResultFile } from '../../scenario/index.ts';
import { actionButton, downloadText, h } from '../dom/index.ts';
import { t } from '../strings/index.ts';
import {
  type ClassSeatView,
  classSeatView,
  itemChoices,
  type PackageBuilder,
  packageAction,
  type SeatStatus,
} from '../viewmodel/index.ts';
import { type ClassPageHost, classError } from './class-page-host.ts';
import { Countdowns, clock } from './countdown.ts';

/**
 * A student's page in a networked class: join with the code on the board, then play the seat.
 * Everything shown comes from the seat's own view; each move goes to the server, which answers
 * with the table's new state for every seat.
 */

const SEAT_KEY = 'gat.classSeat';

interface Ticks {
  give: Set<string>;
  ask: Set<string>;
}

export function studentPage(host: ClassPageHost, initialCode: string): { render(): Node[]; dispose(): void } {
  let seat: ClassSeat | null = null;
  let known: SeatKnowledge | null = null;
  let code = initialCode;
  let name = '';
  let problem: string | null = null;
  /** Why the debrief could not be opened in this browser, if it could not. */
  let debriefProblem: string | null = null;
  let sending = false;
  const ticks = new Map<string, Ticks>();
  const countdowns = new Countdowns();
  let unsubscribe: (() => void) | null = null;

  function sitWith(token: string): void {
    seat?.close();
    seat = new ClassSeat(host.url, token);
    unsubscribe = seat.subscribe((next) => {
      // A new turn or a move made: the ticks were for the old listing.
      if (next.update.length !== known?.update.length) ticks.clear();
      known = next;
      problem = null;
      host.refresh();
    });
    void seat.sit().then((answer) => {
      if (answer.ok) return;
      if (answer.code === 'class/unknown-seat') {
        host.storage.remove(SEAT_KEY);
        leave();
      }
      problem = classError(answer);
      host.refresh();
    });
  }

  function leave(): void {
    unsubscribe?.();
    seat?.close();
    seat = null;
    known = null;
  }

  const kept = host.storage.get(SEAT_KEY);
  if (kept && initialCode === '') sitWith(kept);

  async function join(): Promise<void> {
    sending = true;
    host.refresh();
    const answer = await joinClass(host.url, code, name);
    sending = false;
    if (answer.ok) {
      host.storage.set(SEAT_KEY, answer.seat);
      problem = null;
      sitWith(answer.seat);
    } else problem = classError(answer);
    host.refresh();
  }

  async function send(action: unknown): Promise<void> {
    if (!seat || sending) return;
    sending = true;
    host.refresh();
    const answer: Answer<{ length: number }> = await seat.act(action);
    sending = false;
    problem = answer.ok ? null : classError(answer);
    host.refresh();
  }

  function joinForm(): Node[] {
    return [
      h('p', { class: 'eyebrow' }, t('classSeat.eyebrow')),
      h('h1', { attrs: { tabindex: -1 }, key: 'heading' }, t('classSeat.joinHeading')),
      h('p', { class: 'lede' }, t('classSeat.joinLede')),
      h(
        'form',
        {
          class: 'class-join',
          on: {
            submit: (event) => {
              event.preventDefault();
              void join();
            },
          },
        },
        h(
          'div',
          { class: 'field' },
          h('label', { attrs: { for: 'join-code' } }, t('classSeat.code')),
          h('input', {
            id: 'join-code',
            key: 'join-code',
            class: 'code-input',
            attrs: {
              value: code,
              required: true,
              maxlength: 8,
              autocomplete: 'off',
              autocapitalize: 'characters',
              spellcheck: 'false',
              'aria-describedby': 'join-code-hint',
            },
            on: { input: (e) => (code = (e.target as HTMLInputElement).value) },
          }),
          h('p', { class: 'hint', id: 'join-code-hint' }, t('classSeat.codeHint')),
        ),
        h(
          'div',
          { class: 'field' },
          h('label', { attrs: { for: 'join-name' } }, t('classSeat.name')),
          h('input', {
            id: 'join-name',
            key: 'join-name',
            attrs: {
              value: name,
              maxlength: MAX_NAME_CHARS,
              autocomplete: 'nickname',
              'aria-describedby': 'join-name-hint',
            },
            on: { input: (e) => (name = (e.target as HTMLInputElement).value) },
          }),
          h('p', { class: 'hint', id: 'join-name-hint' }, t('classSeat.nameHint')),
        ),
        problem ? h('p', { class: 'warning', attrs: { role: 'alert' } }, problem) : null,
        h(
          'button',
          {
            class: 'btn btn-primary',
            key: 'join',
            attrs: { type: 'submit', 'aria-disabled': sending ? 'true' : null },
          },
          sending ? t('classSeat.joining') : t('classSeat.join'),
        ),
      ),
    ];
  }

  function render(): Node[] {
    if (!seat) return joinForm();
    if (!known)
      return present([
        h('h1', { attrs: { tabindex: -1 } }, t('classSeat.sitting')),
        problem ? alert(problem) : null,
      ]);
    const scenario = host.scenarios.get(known.update.scenario);
    if (!scenario)
      return [h('p', { class: 'warning', attrs: { role: 'alert' } }, t('classSeat.unknownScenario'))];
    return seatScreen(scenario, classSeatView(scenario, known));
  }

  function seatScreen(scenario: Scenario, view: ClassSeatView): Node[] {
    const table = view.table;
    return present([
      h(
        'p',
        { class: 'eyebrow' },
        t('classSeat.tableOf', { table: view.tableNumber, name: view.delegation }),
      ),
      h('h1', { attrs: { tabindex: -1 }, key: 'heading' }, table.title),
      h(
        'p',
        { class: 'class-strip' },
        t('classSeat.turn', { turn: table.turn, turns: table.turns, label: table.turnLabel }),
        ' · ',
        t('classSeat.tension', { value: table.tension, band: t(`table.tension.${table.tensionBand}`) }),
        table.self.approval === null
          ? null
          : ` · ${t('table.approvalValue', { value: table.self.approval, threshold: table.self.threshold })}`,
      ),
      h(
        'p',
        {
          class: `class-status class-status-${view.status.kind}`,
          // How many actions the table had in the view shown: a test waits for the page to catch up.
          attrs: { role: 'status', 'data-length': known?.update.length ?? 0 },
          key: 'status',
        },
        statusText(view.status),
      ),
      clockLine(view),
      problem
        ? h('p', { class: 'warning', attrs: { role: 'alert' } }, t('move.refused', { reason: problem }))
        : null,
      view.status.kind === 'ended' ? endedBlock(view) : null,
      newsBlock(view),
      view.moves ? movesBlock(scenario, view) : null,
      aroundBlock(view),
    ]);
  }

  /** The teacher's time per move, while it runs: this seat's own, or the classmate's it waits for. */
  function clockLine(view: ClassSeatView): HTMLElement | null {
    const update = known?.update;
    if (!update) return null;
    const end = countdowns.endOf(`${update.table}:${update.length}`, update.secondsLeft);
    if (end === null) return null;
    const { status } = view;
    const label =
      status.kind === 'yours' || status.kind === 'answer'
        ? t('classSeat.timeLeft')
        : t('classSeat.timeLeftOf', { name: status.kind === 'waiting' ? status.name : '' });
    return h('p', { class: 'class-clock' }, `${label} `, clock(end, 'clock'));
  }

  function newsBlock(view: ClassSeatView): HTMLElement {
    return h(
      'section',
      { class: 'class-news', attrs: { 'aria-labelledby': 'news-h' } },
      h('h2', { id: 'news-h' }, t('classSeat.news')),
      view.news.length === 0
        ? h('p', { class: 'hint' }, t('classSeat.noNews'))
        : h(
            'ul',
            { class: 'class-news-list', attrs: { 'data-scroll-key': 'news' } },
            ...view.news.map((line) =>
              h('li', { class: line.kind === 'move' ? 'news-move' : 'news-event' }, line.text),
            ),
          ),
    );
  }

  function movesBlock(scenario: Scenario, view: ClassSeatView): HTMLElement {
    const moves = view.moves;
    if (!moves) return h('div');
    const busy = sending ? t('classSeat.sending') : null;
    return h(
      'section',
      {
        class: 'class-moves',
        attrs: { 'aria-labelledby': 'moves-h', 'aria-busy': sending ? 'true' : 'false' },
      },
      h('h2', { id: 'moves-h' }, view.status.kind === 'answer' ? t('respond.heading') : t('move.heading')),
      moves.answers.length > 0
        ? h(
            'div',
            { class: 'class-choices' },
            ...moves.answers.flatMap((c) =>
              actionButton(c.label, busy ?? c.refused, () => void send(c.action), {
                key: c.key,
                class: c.action.type === 'accept' ? 'btn-primary' : '',
              }),
            ),
          )
        : null,
      moves.counter ? builderBlock(scenario, moves.counter, busy) : null,
      ...moves.offers.map((b) => builderBlock(scenario, b, busy)),
      moves.others.length > 0
        ? h(
            'details',
            { class: 'class-others', key: 'others' },
            h('summary', {}, t('classSeat.otherMoves', { count: moves.others.length })),
            h(
              'div',
              { class: 'class-choices' },
              ...moves.others.flatMap((c) =>
                actionButton(c.label, busy ?? c.refused, () => void send(c.action), { key: c.key }),
              ),
            ),
          )
        : null,
    );
  }

  function builderBlock(scenario: Scenario, builder: PackageBuilder, busy: string | null): HTMLElement {
    const picked = ticks.get(builder.key) ?? { give: new Set<string>(), ask: new Set<string>() };
    ticks.set(builder.key, picked);
    // One choice an item: how much of it goes in (half, in full, promised...), or none of it.
    const side = (which: 'give' | 'ask') =>
      h(
        'fieldset',
        { class: 'class-side' },
        h('legend', {}, which === 'give' ? t('classSeat.give') : t('classSeat.ask')),
        ...(builder[which].length === 0
          ? [h('p', { class: 'hint' }, t('classSeat.noLines'))]
          : itemChoices(scenario, builder[which]).map((choice) => {
              const id = `${builder.key}-${which}-${choice.item}`;
              const chosen = choice.ways.find((w) => picked[which].has(w.key))?.key ?? '';
              return h(
                'div',
                { class: 'class-line' },
                h('label', { attrs: { for: id } }, choice.name),
                h(
                  'select',
                  {
                    id,
                    key: id,
                    on: {
                      change: (e) => {
                        for (const w of choice.ways) picked[which].delete(w.key);
                        const key = (e.target as HTMLSelectElement).value;
                        if (key !== '') picked[which].add(key);
                        host.refresh();
                      },
                    },
                  },
                  h('option', { attrs: { value: '', selected: chosen === '' } }, t('classSeat.notIn')),
                  ...choice.ways.map((w) =>
                    h('option', { attrs: { value: w.key, selected: w.key === chosen } }, w.how),
                  ),
                ),
              );
            })),
      );
    const empty = picked.give.size === 0 && picked.ask.size === 0 ? t('classSeat.pickLines') : null;
    return h(
      'details',
      { class: 'class-builder', key: builder.key, attrs: { open: picked.give.size + picked.ask.size > 0 } },
      h('summary', {}, builder.title),
      h('div', { class: 'class-sides' }, side('give'), side('ask')),
      ...actionButton(
        builder.to === null ? t('classSeat.sendCounter') : t('classSeat.propose'),
        busy ?? empty,
        () => void send(packageAction(builder, known?.update.actor ?? '', [...picked.give], [...picked.ask])),
        { key: `${builder.key}-send`, class: 'btn-primary' },
      ),
    );
  }

  function aroundBlock(view: ClassSeatView): HTMLElement {
    return h(
      'section',
      { class: 'class-around', attrs: { 'aria-labelledby': 'around-h' } },
      h('h2', { id: 'around-h' }, t('classSeat.around')),
      h(
        'ul',
        { class: 'class-seats' },
        ...view.seats.map((s) => h('li', {}, t('classSeat.seatLine', { name: s.name, who: s.who }))),
      ),
      ...view.table.delegations.map((d) =>
        h(
          'div',
          { class: 'class-card' },
          h('h3', {}, `${d.name} (${d.leader})`),
          h(
            'p',
            {},
            `${t('table.mood')}: ${t(`table.mood.${d.mood}`)}`,
            d.approval === null ? null : ` · ${t('classSeat.approval', { value: d.approval })}`,
          ),
          h(
            'p',
            {},
            t('classSeat.estimates', {
              expectation: d.expectation.text,
              reservation: d.reservation.text,
              trust: d.trust.text,
            }),
          ),
        ),
      ),
    );
  }

  function endedBlock(view: ClassSeatView): HTMLElement | null {
    if (view.status.kind !== 'ended') return null;
    const result = known?.update.result ?? null;
    return h(
      'section',
      { class: 'class-ended', attrs: { 'aria-labelledby': 'ended-h' } },
      h('h2', { id: 'ended-h' }, view.status.title),
      h('p', {}, view.status.text),
      h(
        'ul',
        {},
        ...view.scores.map((s) => h('li', {}, t('classSeat.score', { name: s.name, score: s.score }))),
      ),
      result
        ? h(
            'p',
            { class: 'class-ended-actions' },
            h(
              'button',
              {
                class: 'btn btn-primary',
                key: 'debrief',
                attrs: { type: 'button' },
                on: {
                  click: () => {
                    const failed = host.openDebrief(encodeResultFile(result));
                    if (failed === null) return;
                    debriefProblem = t(`classSeat.debriefProblem.${failed}`);
                    host.refresh();
                  },
                },
              },
              t('classSeat.debrief'),
            ),
            h(
              'button',
              {
                class: 'btn',
                key: 'result-file',
                attrs: { type: 'button' },
                on: { click: () => downloadText(resultFileName(result), encodeResultFile(result)) },
              },
              t('classSeat.resultFile'),
            ),
          )
        : null,
      result ? h('p', { class: 'hint' }, t('classSeat.resultHint')) : null,
      debriefProblem ? h('p', { class: 'warning', attrs: { role: 'alert' } }, debriefProblem) : null,
    );
  }

  return {
    render,
    dispose() {
      leave();
    },
  };
}

/** `give-and-take-beijing-back-channel-2001-japan-seed-12.json`: what the game's debrief names it. */
function resultFileName(result: ResultFile): string {
  return `give-and-take-${result.scenario.id}-${result.player}-seed-${result.seed}.json`;
}

/** The nodes of a list that are there. */
export function present(nodes: readonly (Node | null)[]): Node[] {
  return nodes.filter((n): n is Node => n !== null);
}

function alert(text: string): HTMLElement {
  return h('p', { class: 'warning', attrs: { role: 'alert' } }, text);
}

function statusText(status: SeatStatus): string {
  switch (status.kind) {
    case 'lobby':
      return t('classSeat.status.lobby');
    case 'paused':
      return t('classSeat.status.paused');
    case 'yours':
      return t('classSeat.status.yours');
    case 'answer':
      return t('classSeat.status.answer');
    case 'waiting':
      return status.by === 'ai'
        ? t('classSeat.status.waitingAi', { name: status.name })
        : t('classSeat.status.waitingStudent', { name: status.name });
    case 'ended':
      return t('classSeat.status.ended');
  }
}
