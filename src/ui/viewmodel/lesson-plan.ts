import { type ActorId, type GameOptions, type Scenario, sameOptions } from '../../engine/index.ts';
import { makeClassLink, parseClassLink, resolveClassLink, seatsOf } from '../../store/index.ts';
import { t } from '../strings/index.ts';
import { actorName } from './format.ts';

/**
 * The teacher's lesson planner: which delegation each student plays, as class links (one per
 * delegation in the plan) that give everyone with the same link the same game. Every link is read
 * back through the very parser a student's browser uses before it is offered, so a link the page
 * shows always opens.
 */

/** How the class is seated. */
export type SeatPlan =
  /** Everyone leads the same delegation. */
  | { readonly kind: 'one'; readonly seat: ActorId }
  /** Odd numbers on the class list one delegation, even numbers the other. */
  | { readonly kind: 'alternate'; readonly seats: readonly [ActorId, ActorId] }
  /** Each student's number on the class list picks the delegation, in turn through `seats`. */
  | { readonly kind: 'numbered'; readonly seats: readonly ActorId[]; readonly students: number };

/** The most students a numbered plan lists. */
export const MAX_STUDENTS = 60;

/** One link of a plan: the delegation, who takes it, and the address to give them. */
export interface LessonLink {
  readonly seat: ActorId;
  readonly seatName: string;
  /** "Everyone", "Odd numbers on the class list (1, 3, 5 …)", "Students 2, 5, 8". */
  readonly who: string;
  readonly url: string;
  /** The fragment alone (`#play=…`), what the link check reads. */
  readonly fragment: string;
}

/** A plan made into links, or why it cannot be. */
export type LessonLinks =
  | { readonly ok: true; readonly links: readonly LessonLink[]; readonly roster: readonly RosterLine[] }
  | { readonly ok: false; readonly message: string };

/** A line of the numbered plan's class list. */
export interface RosterLine {
  readonly student: number;
  readonly seatName: string;
}

/** The delegations a plan seats, in order, each once. */
export function planSeats(plan: SeatPlan): readonly ActorId[] {
  if (plan.kind === 'one') return [plan.seat];
  return [...new Set(plan.seats)];
}

/** The delegation student `n` (from 1) leads under a plan. */
export function seatOfStudent(plan: SeatPlan, n: number): ActorId {
  if (plan.kind === 'one') return plan.seat;
  const seats = plan.kind === 'alternate' ? plan.seats : plan.seats;
  return seats[(n - 1) % seats.length]!;
}

/**
 * The links of a plan for a scenario, seed and options, on the page at `pageUrl` (its address
 * without the fragment). `scenarios` are those a student's copy of the game would have: each link is
 * followed there, on paper, before it is offered.
 */
export function lessonLinks(
  pageUrl: string,
  scenario: Scenario,
  seed: number,
  plan: SeatPlan,
  scenarios: readonly Scenario[],
  options: GameOptions = {},
  language: string | null = null,
): LessonLinks {
  const playable = new Set(seatsOf(scenario));
  const seats = planSeats(plan);
  const unknown = seats.find((s) => !playable.has(s));
  if (unknown !== undefined) return { ok: false, message: t('lesson.noSeat', { seat: unknown }) };
  if (plan.kind === 'alternate' && plan.seats[0] === plan.seats[1])
    return { ok: false, message: t('lesson.sameSeats') };
  if (plan.kind === 'numbered' && (plan.students < 1 || plan.students > MAX_STUDENTS))
    return { ok: false, message: t('lesson.students', { max: MAX_STUDENTS }) };
  const base = pageUrl.split('#')[0] ?? '';
  const links: LessonLink[] = [];
  for (const [index, seat] of seats.entries()) {
    const fragment = makeClassLink({
      scenarioId: scenario.id,
      seat,
      seed,
      options,
      ...(language === null ? {} : { language }),
    });
    const read = parseClassLink(fragment);
    const followed = read.ok ? resolveClassLink(read.link, scenarios) : null;
    if (
      !read.ok ||
      !followed?.ok ||
      read.link.seat !== seat ||
      read.link.seed !== seed ||
      !sameOptions(read.link.options, options) ||
      (read.link.language ?? null) !== language
    ) {
      return { ok: false, message: t('lesson.linkFails', { scenario: scenario.title }) };
    }
    links.push({
      seat,
      seatName: actorName(scenario, seat),
      who: whoTakes(plan, index),
      url: `${base}${fragment}`,
      fragment,
    });
  }
  const roster =
    plan.kind === 'numbered'
      ? Array.from({ length: plan.students }, (_, i) => ({
          student: i + 1,
          seatName: actorName(scenario, seatOfStudent(plan, i + 1)),
        }))
      : [];
  return { ok: true, links, roster };
}

/** Who takes the `index`-th delegation of a plan, in words. */
function whoTakes(plan: SeatPlan, index: number): string {
  switch (plan.kind) {
    case 'one':
      return t('lesson.whoEveryone');
    case 'alternate':
      return t(index === 0 ? 'lesson.whoOdd' : 'lesson.whoEven');
    case 'numbered': {
      const numbers: number[] = [];
      for (let n = 1; n <= plan.students; n++)
        if (seatOfStudent(plan, n) === plan.seats[index]) numbers.push(n);
      return numbers.length === 0
        ? t('lesson.whoNobody')
        : t('lesson.whoNumbers', { numbers: numbers.join(', ') });
    }
  }
}
