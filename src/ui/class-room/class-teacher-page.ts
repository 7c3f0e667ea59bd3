import {
  type ClassOverview,
  MAX_TABLES,
  type SeatPlan,
  type TableOverview,
  TURN_SECONDS_CHOICES,
} from '../../class/index.ts';
import type { GameOptions, Scenario } from '../../engine/index.ts';
import { ClassTeacher } from '../../net/index.ts';
import { downloadText, h, qrSvg } from '../dom/index.ts';
import { t } from '../strings/index.ts';
import { actorName, classTablesCsv, vp } from '../viewmodel/index.ts';
import { type ClassPageHost, classError } from './class-page-host.ts';
import { present } from './class-seat-page.ts';
import { Countdowns, clock } from './countdown.ts';

/**
 * The teacher's page of a networked class: open a class (a scenario, who plays which delegation,
 * how many tables), project the code, start it, and watch every table live, handing a seat to
 * the AI when a student is away.
 */

const TEACHER_KEY = 'gat.classTeacher';

export function teacherPage(host: ClassPageHost): { render(): Node[]; dispose(): void } {
  const teacher = new ClassTeacher(host.url);
  const ids = [...host.scenarios.keys()];
  let scenarioId = ids[0] ?? '';
  let plan: Record<string, SeatPlan> = defaultPlan(host.scenarios.get(scenarioId));
  let tables = 1;
  let advisors: 'usual' | 'sharp' | 'rough' = 'usual';
  let turnSeconds = 0;
  const countdowns = new Countdowns();
  let problem: string | null = null;
  let notice: string | null = null;
  let busy = false;
  teacher.subscribe(() => host.refresh());

  const kept = host.storage.get(TEACHER_KEY);
  if (kept) {
    const [classId, token] = kept.split(' ');
    if (classId && token) {
      void teacher.watch(classId, token).then((answer) => {
        if (!answer.ok) host.storage.remove(TEACHER_KEY);
        host.refresh();
      });
    }
  }

  async function open(): Promise<void> {
    busy = true;
    host.refresh();
    const options: GameOptions = advisors === 'usual' ? {} : { advisors };
    const made = await teacher.create({
      scenario: scenarioId,
      tables: Array.from({ length: tables }, () => plan),
      options,
      turnSeconds,
    });
    if (made.ok) {
      host.storage.set(TEACHER_KEY, `${made.class} ${made.teacher}`);
      const watched = await teacher.watch(made.class, made.teacher);
      problem = watched.ok ? null : classError(watched);
    } else problem = classError(made);
    busy = false;
    host.refresh();
  }

  async function command(run: () => Promise<{ ok: boolean }>): Promise<void> {
    const answer = await run();
    problem = answer.ok ? null : classError(answer as never);
    host.refresh();
  }

  function createForm(): Node[] {
    const scenario = host.scenarios.get(scenarioId);
    const seatable = scenario?.actors.filter((a) => !a.background) ?? [];
    return [
      h('p', { class: 'eyebrow' }, t('classTeach.eyebrow')),
      h('h1', { attrs: { tabindex: -1 }, key: 'heading' }, t('classTeach.heading')),
      h('p', { class: 'lede' }, t('classTeach.lede')),
      h(
        'form',
        {
          class: 'class-create',
          on: {
            submit: (event) => {
              event.preventDefault();
              void open();
            },
          },
        },
        h(
          'div',
          { class: 'field' },
          h('label', { attrs: { for: 'teach-scenario' } }, t('classTeach.scenario')),
          h(
            'select',
            {
              id: 'teach-scenario',
              key: 'teach-scenario',
              on: {
                change: (e) => {
                  scenarioId = (e.target as HTMLSelectElement).value;
                  plan = defaultPlan(host.scenarios.get(scenarioId));
                  host.refresh();
                },
              },
            },
            ...ids.map((id) =>
              h(
                'option',
                { attrs: { value: id, selected: id === scenarioId } },
                host.scenarios.get(id)?.title ?? id,
              ),
            ),
          ),
        ),
        h(
          'fieldset',
          { class: 'class-plan' },
          h('legend', {}, t('classTeach.seats')),
          h('p', { class: 'hint' }, t('classTeach.seatsHint')),
          ...seatable.map((actor) =>
            h(
              'div',
              { class: 'field field-inline' },
              h('label', { attrs: { for: `plan-${actor.id}` } }, actor.name),
              h(
                'select',
                {
                  id: `plan-${actor.id}`,
                  key: `plan-${actor.id}`,
                  on: {
                    change: (e) => {
                      plan = { ...plan, [actor.id]: (e.target as HTMLSelectElement).value as SeatPlan };
                      host.refresh();
                    },
                  },
                },
                h(
                  'option',
                  { attrs: { value: 'student', selected: plan[actor.id] === 'student' } },
                  t('classTeach.student'),
                ),
                h(
                  'option',
                  { attrs: { value: 'ai', selected: plan[actor.id] !== 'student' } },
                  t('classTeach.ai'),
                ),
              ),
            ),
          ),
        ),
        h(
          'div',
          { class: 'field field-inline' },
          h('label', { attrs: { for: 'teach-tables' } }, t('classTeach.tables')),
          h('input', {
            id: 'teach-tables',
            key: 'teach-tables',
            attrs: { type: 'number', min: 1, max: MAX_TABLES, value: tables, inputmode: 'numeric' },
            on: {
              input: (e) => {
                const n = Number((e.target as HTMLInputElement).value);
                if (Number.isInteger(n) && n >= 1 && n <= MAX_TABLES) tables = n;
              },
            },
          }),
          h(
            'p',
            { class: 'hint' },
            t('classTeach.tablesHint', {
              students: Object.values(plan).filter((p) => p === 'student').length,
            }),
          ),
        ),
        h(
          'div',
          { class: 'field field-inline' },
          h('label', { attrs: { for: 'teach-advisors' } }, t('lesson.advisors')),
          h(
            'select',
            {
              id: 'teach-advisors',
              key: 'teach-advisors',
              on: { change: (e) => (advisors = (e.target as HTMLSelectElement).value as typeof advisors) },
            },
            ...(['usual', 'sharp', 'rough'] as const).map((a) =>
              h('option', { attrs: { value: a, selected: a === advisors } }, t(`lesson.advisors.${a}`)),
            ),
          ),
        ),
        h(
          'div',
          { class: 'field field-inline' },
          h('label', { attrs: { for: 'teach-time' } }, t('classTeach.time')),
          h(
            'select',
            {
              id: 'teach-time',
              key: 'teach-time',
              attrs: { 'aria-describedby': 'teach-time-hint' },
              on: { change: (e) => (turnSeconds = Number((e.target as HTMLSelectElement).value)) },
            },
            ...TURN_SECONDS_CHOICES.map((n) =>
              h(
                'option',
                { attrs: { value: n, selected: n === turnSeconds } },
                n === 0 ? t('classTeach.time.none') : t('classTeach.time.minutes', { n: n / 60 }),
              ),
            ),
          ),
          h('p', { class: 'hint', id: 'teach-time-hint' }, t('classTeach.timeHint')),
        ),
        problem ? h('p', { class: 'warning', attrs: { role: 'alert' } }, problem) : null,
        notice ? h('p', { attrs: { role: 'status' } }, notice) : null,
        h(
          'button',
          {
            class: 'btn btn-primary',
            key: 'open-class',
            attrs: { type: 'submit', 'aria-disabled': busy ? 'true' : null },
          },
          t('classTeach.open'),
        ),
      ),
    ];
  }

  /**
   * The ended tables' result files go to the game's class page in this browser, which verifies
   * each by replay and sets the class beside history; a table still in play joins it when it ends.
   */
  async function openClassDebrief(overview: ClassOverview): Promise<void> {
    const answer = await teacher.results();
    if (!answer.ok) {
      problem = classError(answer);
      host.refresh();
      return;
    }
    const scenario = host.scenarios.get(overview.scenario);
    const files = answer.results.map((r) => ({
      name: resultFileName(overview.code, r.table, scenario ? actorName(scenario, r.actor) : r.actor),
      text: JSON.stringify(r.file, null, 2),
    }));
    if (host.handInResults(files) === null) {
      problem = t('classTeach.debriefNotKept');
      host.refresh();
      return;
    }
    window.location.assign(host.classDebriefUrl);
  }

  /** One seat's result, opened at the game's debrief in this tab (Back returns to the class). */
  async function openSeatDebrief(table: number, actor: string): Promise<void> {
    const answer = await teacher.results({ table, actor });
    const found = answer.ok ? answer.results[0] : undefined;
    const failed = found ? host.openDebrief(JSON.stringify(found.file)) : 'not-a-result';
    if (failed === null) return;
    problem = answer.ok ? t(`classSeat.debriefProblem.${failed}`) : classError(answer);
    host.refresh();
  }

  function classScreen(overview: ClassOverview): Node[] {
    const scenario = host.scenarios.get(overview.scenario);
    const joinUrl = `${host.url}/class.html#code=${overview.code}`;
    const startLabel = overview.status === 'lobby' ? t('classTeach.start') : t('classTeach.resume');
    return present([
      h('p', { class: 'eyebrow' }, t('classTeach.eyebrow')),
      h('h1', { attrs: { tabindex: -1 }, key: 'heading' }, scenario?.title ?? overview.scenario),
      h(
        'section',
        { class: 'class-code', attrs: { 'aria-labelledby': 'code-h' } },
        h('h2', { id: 'code-h' }, t('classTeach.codeHeading')),
        h(
          'p',
          {
            class: 'join-code',
            attrs: { 'aria-label': t('classTeach.codeSpelled', { code: overview.code.split('').join(' ') }) },
          },
          overview.code,
        ),
        h('p', {}, t('classTeach.joinAt', { url: `${host.url}/class.html` })),
        qrSvg(joinUrl, t('classTeach.qr')),
      ),
      h(
        'p',
        { class: `class-status class-status-${overview.status}`, attrs: { role: 'status' } },
        overview.status === 'playing' && overview.tables.every((tb) => tb.status === 'ended')
          ? t('classTeach.status.allEnded')
          : t(`classTeach.status.${overview.status}`),
      ),
      problem ? h('p', { class: 'warning', attrs: { role: 'alert' } }, problem) : null,
      h(
        'div',
        { class: 'class-controls' },
        overview.status === 'lobby' || overview.status === 'paused'
          ? button('start', startLabel, () => void command(() => teacher.start()), 'btn-primary')
          : null,
        overview.status === 'playing'
          ? button('pause', t('classTeach.pause'), () => void command(() => teacher.pause()))
          : null,
        overview.status !== 'ended'
          ? button('end', t('classTeach.end'), () => void command(() => teacher.end()), 'btn-danger')
          : null,
        overview.status === 'ended'
          ? button(
              'delete',
              t('classTeach.delete'),
              () => {
                if (!window.confirm(t('classTeach.deleteAsk'))) return;
                void teacher.remove().then((answer) => {
                  if (answer.ok) {
                    host.storage.remove(TEACHER_KEY);
                    notice = t('classTeach.deleted');
                  } else problem = classError(answer);
                  host.refresh();
                });
              },
              'btn-danger',
            )
          : null,
        button('csv', t('classTeach.csv'), () =>
          downloadText(
            `give-and-take-class-${overview.code}.csv`,
            classTablesCsv(scenario, overview),
            'text/csv',
          ),
        ),
        overview.tables.some((tb) => tb.status === 'ended')
          ? button(
              'class-debrief',
              t('classTeach.debrief'),
              () => void openClassDebrief(overview),
              'btn-primary',
            )
          : null,
        button(
          'new-class',
          t('classTeach.newClass'),
          () => {
            host.storage.remove(TEACHER_KEY);
            window.location.reload();
          },
          'btn-quiet',
        ),
      ),
      h(
        'section',
        { class: 'class-tables', attrs: { 'aria-labelledby': 'tables-h' } },
        h('h2', { id: 'tables-h' }, t('classTeach.tablesHeading', { count: overview.tables.length })),
        ...overview.tables.map((table) => tableCard(scenario, table, overview.status === 'lobby')),
      ),
    ]);
  }

  /** The time left for the student a table waits for, counting down. */
  function clockLine(table: TableOverview): HTMLElement | null {
    const end = countdowns.endOf(`${table.table}:${table.length}`, table.secondsLeft);
    if (end === null) return null;
    return h(
      'p',
      { class: 'class-clock' },
      `${t('classTeach.timeLeft')} `,
      clock(end, `clock-${table.table}`),
    );
  }

  function tableCard(scenario: Scenario | undefined, table: TableOverview, lobby: boolean): HTMLElement {
    const name = (id: string) => (scenario ? actorName(scenario, id) : id);
    const joined = table.seats.filter((s) => s.taken).length;
    const waiting = lobby
      ? t('classTeach.joined', { joined, seats: table.seats.filter((s) => s.driver === 'student').length })
      : table.waitingFor
        ? t(table.waitingFor.driver === 'ai' ? 'classTeach.waitingAi' : 'classTeach.waitingStudent', {
            name: name(table.waitingFor.actor),
          })
        : table.outcome
          ? t('classTeach.ended', { outcome: table.outcome.title })
          : '';
    return h(
      'article',
      {
        class: 'class-table-card',
        key: `table-${table.table}`,
        attrs: { 'aria-labelledby': `table-${table.table}-h` },
      },
      h('h3', { id: `table-${table.table}-h` }, t('classTeach.table', { n: table.table + 1 })),
      h(
        'p',
        {},
        t('classSeat.turn', { turn: table.turn, turns: table.turns, label: table.turnLabel }),
        ' · ',
        t('classTeach.tension', { value: Math.round(table.tension) }),
      ),
      h('p', { class: 'class-waiting' }, waiting),
      clockLine(table),
      table.alerts.length > 0
        ? h(
            'ul',
            { class: 'class-alerts' },
            ...table.alerts.map((a) =>
              h(
                'li',
                {},
                a.kind === 'ousted'
                  ? t('classTeach.alert.ousted', { name: name(a.actor) })
                  : t(`classTeach.alert.${a.kind}`),
              ),
            ),
          )
        : null,
      h(
        'table',
        { class: 'class-seat-table' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            ...(
              [
                'classTeach.col.delegation',
                'classTeach.col.who',
                'classTeach.col.approval',
                'classTeach.col.score',
                'classTeach.col.seat',
              ] as const
            ).map((k) => h('th', { attrs: { scope: 'col' } }, t(k))),
          ),
        ),
        h(
          'tbody',
          {},
          ...table.seats.map((seat) =>
            h(
              'tr',
              {},
              h('th', { attrs: { scope: 'row' } }, name(seat.actor)),
              h(
                'td',
                {},
                seat.driver === 'ai'
                  ? t('classSeat.seat.ai')
                  : seat.taken
                    ? `${seat.name || t('classSeat.seat.student')}${seat.connected ? '' : ` (${t('classTeach.away')})`}`
                    : t('classSeat.seat.open'),
              ),
              h('td', {}, seat.approval === null ? '—' : `${Math.round(seat.approval)}%`),
              h('td', {}, seat.score === null ? '—' : vp(seat.score)),
              h(
                'td',
                {},
                table.status === 'ended'
                  ? seat.planned === 'student'
                    ? h(
                        'button',
                        {
                          class: 'btn btn-quiet',
                          key: `debrief-${table.table}-${seat.actor}`,
                          attrs: {
                            type: 'button',
                            'aria-label': t('classTeach.debriefOf', {
                              table: table.table + 1,
                              name: name(seat.actor),
                            }),
                          },
                          on: { click: () => void openSeatDebrief(table.table, seat.actor) },
                        },
                        t('classTeach.seatDebrief'),
                      )
                    : null
                  : h(
                      'button',
                      {
                        class: 'btn btn-quiet',
                        key: `hand-${table.table}-${seat.actor}`,
                        attrs: { type: 'button' },
                        on: {
                          click: () =>
                            void command(() =>
                              teacher.hand(table.table, seat.actor, seat.driver === 'ai' ? 'student' : 'ai'),
                            ),
                        },
                      },
                      seat.driver === 'ai' ? t('classTeach.toStudent') : t('classTeach.toAi'),
                    ),
              ),
            ),
          ),
        ),
      ),
    );
  }

  return {
    render: () => (teacher.overview ? classScreen(teacher.overview) : createForm()),
    dispose: () => teacher.close(),
  };
}

/** Students on the first two delegations of the order (a pair), the AI on the rest. */
function defaultPlan(scenario: Scenario | undefined): Record<string, SeatPlan> {
  const plan: Record<string, SeatPlan> = {};
  const seatable = scenario?.actors.filter((a) => !a.background) ?? [];
  for (const [i, actor] of seatable.entries()) plan[actor.id] = i < 2 ? 'student' : 'ai';
  return plan;
}

/** A result's name on the class page: the class, the table and the delegation, as a file would be. */
function resultFileName(code: string, table: number, delegation: string): string {
  return `class ${code} table ${table + 1} ${delegation}.json`;
}

/** A button of the class's controls: its key, its words, what it does, and its look. */
function button(key: string, label: string, click: () => void, kind = ''): HTMLElement {
  return h('button', { class: `btn ${kind}`.trim(), key, attrs: { type: 'button' }, on: { click } }, label);
}
