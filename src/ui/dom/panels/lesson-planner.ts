import {
  ADVISOR_ACCURACIES,
  type GameOptions,
  normalizeOptions,
  type Scenario,
  turnChoices,
} from '../../../engine/index.ts';
import { type CatalogueEntry, openedEntries, seatsOf } from '../../../store/index.ts';
import { LANGUAGES, t } from '../../strings/index.ts';
import {
  actorName,
  type LessonLinks,
  lessonLinks,
  MAX_STUDENTS,
  planSeats,
  type SeatPlan,
  turnOptions,
} from '../../viewmodel/index.ts';
import type { LessonState, ViewContext } from '../context.ts';
import { h, nextId } from '../el.ts';
import { qrSvg } from '../qr.ts';
import { handout } from './handout.ts';

/** A fresh seed for a lesson: any 32-bit number, so two classes rarely share a game by chance. */
export function lessonSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0]! % 1_000_000;
}

/** The scenarios a lesson can use: files opened here first (a teacher's own), then the shipped ones. */
function playable(ctx: ViewContext): Extract<CatalogueEntry, { ok: true }>[] {
  const seen = new Set<string>();
  return [
    ...openedEntries(ctx.state.opened),
    ...ctx.state.catalogue.flatMap((e) => (e.ok ? [e] : [])),
  ].filter((e) => {
    const key = `${e.scenario.id}:${e.hash}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The plan the form describes, for a scenario. */
function planOf(lesson: LessonState, scenario: Scenario): SeatPlan {
  const seats = seatsOf(scenario);
  const first = seats.includes(lesson.seatA) ? lesson.seatA : (seats[0] ?? '');
  const second =
    seats.includes(lesson.seatB) && lesson.seatB !== first
      ? lesson.seatB
      : (seats.find((s) => s !== first) ?? first);
  if (lesson.plan === 'alternate') return { kind: 'alternate', seats: [first, second] };
  if (lesson.plan === 'numbered') {
    const chosen = seats.filter((s) => lesson.numbered.includes(s));
    return { kind: 'numbered', seats: chosen.length > 0 ? chosen : seats, students: lesson.students };
  }
  return { kind: 'one', seat: first };
}

/**
 * "Prepare a lesson": pick a scenario, a seed and a seat plan; get a class link (and a QR code to
 * project) per delegation, each checked by the parser a student's browser uses, and a handout to
 * print: each delegation's briefing, the glossary and the questions for the debrief.
 */
export function lessonPlanner(ctx: ViewContext): HTMLElement {
  const lesson = ctx.ui.lesson;
  const entries = playable(ctx);
  const entry = entries.find((e) => `${e.scenario.id}:${e.hash}` === lesson.scenario) ?? null;
  const change = (patch: Partial<LessonState>) => {
    ctx.ui.lesson = { ...lesson, ...patch };
    ctx.refresh();
  };
  const field = (label: string, control: HTMLElement, hint?: string) => {
    const id = control.id;
    return h(
      'div',
      { class: 'lesson-field' },
      h('label', { attrs: { for: id } }, label),
      control,
      hint ? h('p', { class: 'hint' }, hint) : null,
    );
  };
  const scenarioSelect = h(
    'select',
    {
      id: nextId('lesson-scenario'),
      key: 'lesson-scenario',
      on: { change: (e) => change({ scenario: (e.currentTarget as HTMLSelectElement).value || null }) },
    },
    h('option', { attrs: { value: '', selected: entry === null } }, t('lesson.pickScenario')),
    ...entries.map((e) =>
      h(
        'option',
        { attrs: { value: `${e.scenario.id}:${e.hash}`, selected: entry === e } },
        `${e.scenario.title} (${e.scenario.period})`,
      ),
    ),
  );
  const body: (HTMLElement | null)[] = [field(t('lesson.scenario'), scenarioSelect)];
  let links: LessonLinks | null = null;
  if (entry) {
    const scenario = entry.scenario;
    const plan = planOf(lesson, scenario);
    const options = optionsOf(lesson, scenario);
    links = lessonLinks(
      location.href,
      scenario,
      lesson.seed,
      plan,
      entries.map((e) => e.scenario),
      options,
      lesson.language,
    );
    body.push(
      seedField(ctx, lesson, change),
      planFields(scenario, lesson, plan, change),
      optionFields(scenario, lesson, change),
      linksSection(links),
    );
    if (links.ok) {
      body.push(
        h(
          'div',
          { class: 'lesson-print' },
          h(
            'button',
            {
              class: 'btn',
              key: 'lesson-print',
              attrs: { type: 'button' },
              on: { click: () => window.print() },
            },
            t('lesson.print'),
          ),
          h('p', { class: 'hint' }, t('lesson.printHint')),
        ),
        handout(scenario, planSeats(plan), links, options),
      );
    }
  }
  return h(
    'section',
    { class: 'debrief-section lesson-planner', attrs: { 'aria-labelledby': 'lesson-h' } },
    h('h2', { id: 'lesson-h' }, t('lesson.heading')),
    h('p', { class: 'hint' }, t('lesson.intro')),
    ...body,
  );
}

function seedField(
  ctx: ViewContext,
  lesson: LessonState,
  change: (p: Partial<LessonState>) => void,
): HTMLElement {
  const id = nextId('lesson-seed');
  return h(
    'div',
    { class: 'lesson-field' },
    h('label', { attrs: { for: id } }, t('lesson.seed')),
    h(
      'div',
      { class: 'lesson-inline' },
      h('input', {
        id,
        key: 'lesson-seed',
        attrs: { type: 'number', min: 0, max: 4294967295, step: 1, value: lesson.seed, inputmode: 'numeric' },
        on: {
          change: (e) => {
            const value = Number((e.currentTarget as HTMLInputElement).value);
            if (Number.isSafeInteger(value) && value >= 0 && value <= 4_294_967_295) change({ seed: value });
            else ctx.refresh();
          },
        },
      }),
      h(
        'button',
        {
          class: 'btn btn-quiet',
          key: 'lesson-new-seed',
          attrs: { type: 'button' },
          on: { click: () => change({ seed: lessonSeed() }) },
        },
        t('lesson.newSeed'),
      ),
    ),
    h('p', { class: 'hint' }, t('lesson.seedHint')),
  );
}

function planFields(
  scenario: Scenario,
  lesson: LessonState,
  plan: SeatPlan,
  change: (p: Partial<LessonState>) => void,
): HTMLElement {
  const seats = seatsOf(scenario);
  const seatSelect = (key: string, value: string, exclude: string | null, pick: (seat: string) => void) =>
    h(
      'select',
      { id: nextId(key), key, on: { change: (e) => pick((e.currentTarget as HTMLSelectElement).value) } },
      ...seats
        .filter((s) => s !== exclude)
        .map((s) => h('option', { attrs: { value: s, selected: s === value } }, actorName(scenario, s))),
    );
  const radio = (kind: LessonState['plan'], label: string, disabled = false) =>
    h(
      'label',
      { class: 'lesson-radio' },
      h('input', {
        key: `lesson-plan:${kind}`,
        attrs: { type: 'radio', name: 'lesson-plan', value: kind, checked: lesson.plan === kind, disabled },
        on: { change: () => change({ plan: kind }) },
      }),
      ` ${label}`,
    );
  const options: (HTMLElement | null)[] = [];
  if (plan.kind === 'one') {
    const select = seatSelect('lesson-seat-a', plan.seat, null, (seatA) => change({ seatA }));
    options.push(
      h(
        'div',
        { class: 'lesson-field' },
        h('label', { attrs: { for: select.id } }, t('lesson.seatOne')),
        select,
      ),
    );
  } else if (plan.kind === 'alternate') {
    const a = seatSelect('lesson-seat-a', plan.seats[0], null, (seatA) => change({ seatA }));
    const b = seatSelect('lesson-seat-b', plan.seats[1], plan.seats[0], (seatB) => change({ seatB }));
    options.push(
      h('div', { class: 'lesson-field' }, h('label', { attrs: { for: a.id } }, t('lesson.seatOdd')), a),
      h('div', { class: 'lesson-field' }, h('label', { attrs: { for: b.id } }, t('lesson.seatEven')), b),
    );
  } else {
    const count = h('input', {
      id: nextId('lesson-students'),
      key: 'lesson-students',
      attrs: {
        type: 'number',
        min: 1,
        max: MAX_STUDENTS,
        step: 1,
        value: plan.students,
        inputmode: 'numeric',
      },
      on: {
        change: (e) => {
          const n = Number((e.currentTarget as HTMLInputElement).value);
          change({
            students: Number.isInteger(n) ? Math.max(1, Math.min(MAX_STUDENTS, n)) : lesson.students,
          });
        },
      },
    });
    options.push(
      h(
        'fieldset',
        { class: 'lesson-seats' },
        h('legend', {}, t('lesson.seatsNumbered')),
        ...seats.map((s) =>
          h(
            'label',
            { class: 'lesson-radio' },
            h('input', {
              key: `lesson-numbered:${s}`,
              attrs: { type: 'checkbox', checked: plan.seats.includes(s) },
              on: {
                change: (e) => {
                  const on = (e.currentTarget as HTMLInputElement).checked;
                  const next = on ? [...plan.seats, s] : plan.seats.filter((x) => x !== s);
                  change({ numbered: next.length > 0 ? next : plan.seats });
                },
              },
            }),
            ` ${actorName(scenario, s)}`,
          ),
        ),
      ),
      h(
        'div',
        { class: 'lesson-field' },
        h('label', { attrs: { for: count.id } }, t('lesson.studentCount')),
        count,
      ),
    );
  }
  return h(
    'fieldset',
    { class: 'lesson-plan' },
    h('legend', {}, t('lesson.plan')),
    radio('one', t('lesson.planOne')),
    radio('alternate', t('lesson.planAlternate'), seats.length < 2),
    radio('numbered', t('lesson.planNumbered'), seats.length < 2),
    ...options,
  );
}

/** The options the form describes, for a scenario: a turn count it does not allow is left out. */
function optionsOf(lesson: LessonState, scenario: Scenario): GameOptions {
  const turns = lesson.turns !== null && turnChoices(scenario).includes(lesson.turns) ? lesson.turns : null;
  return normalizeOptions(scenario, { advisors: lesson.advisors, turns, history: lesson.history });
}

function optionFields(
  scenario: Scenario,
  lesson: LessonState,
  change: (p: Partial<LessonState>) => void,
): HTMLElement {
  const advisors = h(
    'select',
    {
      id: nextId('lesson-advisors'),
      key: 'lesson-advisors',
      on: {
        change: (e) =>
          change({ advisors: (e.currentTarget as HTMLSelectElement).value as LessonState['advisors'] }),
      },
    },
    ...ADVISOR_ACCURACIES.map((a) =>
      h('option', { attrs: { value: a, selected: lesson.advisors === a } }, t(`lesson.advisors.${a}`)),
    ),
  );
  const choices = turnOptions(scenario);
  const all = scenario.turns.length;
  const chosen = lesson.turns !== null && choices.some((c) => c.turns === lesson.turns) ? lesson.turns : all;
  const turns =
    choices.length > 1
      ? h(
          'select',
          {
            id: nextId('lesson-turns'),
            key: 'lesson-turns',
            on: {
              change: (e) => {
                const n = Number((e.currentTarget as HTMLSelectElement).value);
                change({ turns: n === all ? null : n });
              },
            },
          },
          ...choices.map((c) =>
            h('option', { attrs: { value: c.turns, selected: c.turns === chosen } }, c.label),
          ),
        )
      : null;
  const historyId = nextId('lesson-history');
  return h(
    'fieldset',
    { class: 'lesson-options' },
    h('legend', {}, t('lesson.options')),
    h('p', { class: 'hint' }, t('lesson.optionsHint')),
    h(
      'div',
      { class: 'lesson-field' },
      h('label', { attrs: { for: advisors.id } }, t('lesson.advisors')),
      advisors,
      h('p', { class: 'hint' }, t('lesson.advisorsHint')),
    ),
    turns
      ? h(
          'div',
          { class: 'lesson-field' },
          h('label', { attrs: { for: turns.id } }, t('lesson.turns')),
          turns,
          h('p', { class: 'hint' }, t('lesson.turnsHint')),
        )
      : h('p', { class: 'hint' }, t('lesson.turnsFixed', { turns: all })),
    h(
      'div',
      { class: 'lesson-field' },
      h(
        'label',
        { class: 'lesson-radio', attrs: { for: historyId } },
        h('input', {
          id: historyId,
          key: 'lesson-history',
          attrs: { type: 'checkbox', checked: lesson.history === 'each-turn' },
          on: {
            change: (e) =>
              change({ history: (e.currentTarget as HTMLInputElement).checked ? 'each-turn' : 'debrief' }),
          },
        }),
        ` ${t('lesson.history')}`,
      ),
      h('p', { class: 'hint' }, t('lesson.historyHint')),
    ),
    languageField(lesson, change),
  );
}

/** The language the links open the game in: each student's own, or one for the whole class. */
function languageField(lesson: LessonState, change: (p: Partial<LessonState>) => void): HTMLElement {
  const id = nextId('lesson-language');
  return h(
    'div',
    { class: 'lesson-field' },
    h('label', { attrs: { for: id } }, t('lesson.language')),
    h(
      'select',
      {
        id,
        key: 'lesson-language',
        on: {
          change: (e) => {
            const code = (e.currentTarget as HTMLSelectElement).value;
            change({ language: code === '' ? null : code });
          },
        },
      },
      h('option', { attrs: { value: '', selected: lesson.language === null } }, t('lesson.languageOwn')),
      ...LANGUAGES.map((l) =>
        h('option', { attrs: { value: l.code, selected: lesson.language === l.code, lang: l.code } }, l.name),
      ),
    ),
    h('p', { class: 'hint' }, t('lesson.languageHint')),
  );
}

function linksSection(links: LessonLinks): HTMLElement {
  if (!links.ok) return h('p', { class: 'warning', attrs: { role: 'alert' } }, links.message);
  return h(
    'div',
    { class: 'lesson-links' },
    h('h3', {}, t('lesson.links')),
    h('p', { class: 'hint' }, t('lesson.linksHint')),
    h(
      'ul',
      { class: 'lesson-link-list' },
      ...links.links.map((link) => {
        const id = nextId('lesson-link');
        return h(
          'li',
          { class: 'lesson-link' },
          h('h4', {}, link.seatName),
          h('p', {}, link.who),
          h(
            'label',
            { class: 'sr-only', attrs: { for: id } },
            t('lesson.linkLabel', { seat: link.seatName }),
          ),
          h('input', {
            id,
            class: 'share-field',
            key: `lesson-url:${link.seat}`,
            attrs: { type: 'text', readonly: true, value: link.url, spellcheck: 'false' },
          }),
          qrSvg(link.url, t('lesson.qr', { seat: link.seatName })),
        );
      }),
    ),
    links.roster.length > 0
      ? h(
          'div',
          { class: 'table-wrap', attrs: { tabindex: 0, role: 'region', 'aria-label': t('lesson.roster') } },
          h(
            'table',
            { class: 'lesson-roster' },
            h('caption', {}, t('lesson.roster')),
            h(
              'thead',
              {},
              h(
                'tr',
                {},
                h('th', { attrs: { scope: 'col' } }, t('lesson.rosterNumber')),
                h('th', { attrs: { scope: 'col' } }, t('lesson.rosterSeat')),
              ),
            ),
            h(
              'tbody',
              {},
              ...links.roster.map((r) =>
                h('tr', {}, h('th', { attrs: { scope: 'row' } }, String(r.student)), h('td', {}, r.seatName)),
              ),
            ),
          ),
        )
      : null,
  );
}
