import { type ActorId, type GameState, relationKey, type Scenario } from '../../engine/index.ts';
import type { Session } from '../../store/index.ts';
import { t } from '../strings/index.ts';
import { actorName, percent, vp } from './format.ts';
import { decidingMoments, type Moment } from './moments.ts';
import { type PathTurn, pathBesideHistory } from './path.ts';
import { type ScoreLine, scoreLines } from './score-lines.ts';
import { articleLine } from './sources.ts';
import { turnList } from './terms.ts';
import { type WhyLine, whyLines } from './why.ts';

/** The state at the start of each turn reached, and the final state. */
export interface TurnStates {
  /** `starts[i]` is the state at the start of turn i + 1. */
  readonly starts: readonly GameState[];
  readonly final: GameState;
}

/** A game's states at its turn boundaries, as the session and the historical run keep them. */
export function turnStatesOf(run: {
  readonly turnStarts: readonly GameState[];
  readonly final: GameState;
}): TurnStates {
  return { starts: run.turnStarts, final: run.final };
}

/** The delegation the player dealt with most: the one the charts follow. */
export function mainCounterpart(scenario: Scenario, state: GameState, player: ActorId): ActorId | null {
  const others = scenario.order.filter((id) => id !== player);
  const count = new Map<ActorId, number>(others.map((id) => [id, 0]));
  for (const entry of state.log) {
    const a = entry.action;
    if (a?.type === 'offer' && (a.actor === player || a.to === player)) {
      const other = a.actor === player ? a.to : a.actor;
      count.set(other, (count.get(other) ?? 0) + 1);
    }
  }
  let best: ActorId | null = null;
  for (const id of others) if (best === null || (count.get(id) ?? 0) > (count.get(best) ?? 0)) best = id;
  return best;
}

/** What the debrief draws from a finished session: its turn boundaries, history's, the charts. */
export interface DebriefAnalysis {
  readonly you: TurnStates;
  readonly history: TurnStates | null;
  readonly charts: readonly Chart[];
  /** The moments of the player's game that decided the result, most decisive first. */
  readonly moments: readonly Moment[];
  /** Each objective's result in words. */
  readonly scoreLines: readonly ScoreLine[];
  /** The player's game beside history's, turn by turn. */
  readonly path: readonly PathTurn[];
  /** The scenario's lessons, those the player's game showed first. */
  readonly lessons: readonly LessonView[];
}

/** The debrief's figures; nothing is replayed here, the session already holds both games. */
export function debriefAnalysis(session: Session): DebriefAnalysis {
  const { scenario, player, state } = session;
  const you = turnStatesOf({ turnStarts: session.turnStarts, final: state });
  const history = session.history ? turnStatesOf(session.history) : null;
  const counterpart = mainCounterpart(scenario, state, player);
  const moments = decidingMoments(scenario, state, player);
  return {
    you,
    history,
    charts: charts(scenario, player, counterpart, you, history),
    moments,
    scoreLines: scoreLines(scenario, state, player),
    path: pathBesideHistory(scenario, state, player, session.history),
    lessons: lessonsView(scenario, moments),
  };
}

/** A lesson of the scenario, and the turns of the player's game that showed it. */
export interface LessonView {
  readonly title: string;
  readonly text: string;
  readonly quote: string | null;
  /** The article in words (title, outlet, date), or null when the lesson cites none. */
  readonly article: string | null;
  /** The turns of the moments that illustrate it, earliest first; empty when the game did not show it. */
  readonly turns: readonly number[];
  /** "Your game showed this on turn 3." or empty. */
  readonly shown: string;
}

/**
 * The scenario's lessons, all of them: first those the player's game illustrated, in the order of
 * their most decisive moment, then the rest in the scenario's order.
 */
export function lessonsView(scenario: Scenario, moments: readonly Moment[]): LessonView[] {
  const rank = (index: number) => {
    const at = moments.findIndex((m) => m.lesson.index === index);
    return at < 0 ? moments.length : at;
  };
  return scenario.debrief.lessons
    .map((l, index) => {
      const turns = [...new Set(moments.filter((m) => m.lesson.index === index).map((m) => m.turn))].sort(
        (a, b) => a - b,
      );
      return {
        index,
        view: {
          title: l.title,
          text: l.text,
          quote: l.cite.quote ?? null,
          article: l.cite.source ? articleLine(scenario, l.cite.source) : null,
          turns,
          shown: turns.length > 0 ? t('debrief.lessonShown', { turns: turnList(turns) }) : '',
        },
      };
    })
    .sort((a, b) => rank(a.index) - rank(b.index) || a.index - b.index)
    .map((x) => x.view);
}

/** The measures the debrief charts, in order. */
export const MEASURE_KEYS = ['tension', 'approval', 'expectation', 'trust'] as const;
/** One of {@link MEASURE_KEYS}. */
export type MeasureKey = (typeof MEASURE_KEYS)[number];

/** One measure at each turn boundary; null where it does not apply. */
export function measureAt(
  state: GameState,
  key: MeasureKey,
  player: ActorId,
  counterpart: ActorId | null,
): number | null {
  switch (key) {
    case 'tension':
      return state.tension;
    case 'approval':
      return state.actors[player]?.approval ?? null;
    case 'expectation':
      return counterpart ? (state.relations[relationKey(counterpart, player)]?.expectation ?? null) : null;
    case 'trust': {
      const trust = counterpart ? state.relations[relationKey(counterpart, player)]?.trust : undefined;
      return trust === undefined ? null : percent(trust);
    }
  }
}

/** A chart of one measure: the player's line and the historical one, by turn boundary. */
export interface Chart {
  readonly key: MeasureKey;
  readonly title: string;
  readonly unit: string;
  readonly you: readonly (number | null)[];
  readonly history: readonly (number | null)[] | null;
  readonly labels: readonly string[];
  readonly summary: string;
}

/** The snapshots a chart plots: every turn start, then the end of the game. */
function snapshots(run: TurnStates): GameState[] {
  return [...run.starts, ...(run.final === run.starts[run.starts.length - 1] ? [] : [run.final])];
}

function points(
  run: TurnStates,
  key: MeasureKey,
  player: ActorId,
  counterpart: ActorId | null,
): (number | null)[] {
  return snapshots(run).map((s) => measureAt(s, key, player, counterpart));
}

/** The four charts of the debrief. */
export function charts(
  scenario: Scenario,
  player: ActorId,
  counterpart: ActorId | null,
  you: TurnStates,
  history: TurnStates | null,
): Chart[] {
  const name = actorName(scenario, counterpart);
  const titles: Record<MeasureKey, string> = {
    tension: t('debrief.chart.tension'),
    approval: t('debrief.chart.approval'),
    expectation: t('debrief.chart.expectation', { name }),
    trust: t('debrief.chart.trust', { name }),
  };
  const longest = Math.max(snapshots(you).length, history ? snapshots(history).length : 0);
  // Short x labels: the turn number at each turn start, and "end" for the final state.
  const labels = Array.from({ length: longest }, (_, i) =>
    i < scenario.turns.length ? String(i + 1) : t('debrief.end'),
  );
  return MEASURE_KEYS.filter(
    (key) => key !== 'approval' || scenario.actors.find((a) => a.id === player)?.public,
  )
    .filter((key) => counterpart !== null || (key !== 'expectation' && key !== 'trust'))
    .map((key) => {
      const mine = points(you, key, player, counterpart);
      const past = history ? points(history, key, player, counterpart) : null;
      const first = mine.find((v) => v !== null) ?? 0;
      const last = [...mine].reverse().find((v) => v !== null) ?? 0;
      const pastLast = past ? [...past].reverse().find((v) => v !== null) : undefined;
      const summary =
        pastLast === undefined || pastLast === null
          ? t('debrief.chartSummaryNoHistory', { title: titles[key], start: vp(first), end: vp(last) })
          : t('debrief.chartSummary', {
              title: titles[key],
              start: vp(first),
              end: vp(last),
              historyEnd: vp(pastLast),
            });
      return {
        key,
        title: titles[key],
        unit: key === 'expectation' ? 'VP' : '%',
        you: mine,
        history: past,
        labels,
        summary,
      };
    });
}

/** Everything hidden during play, at one turn boundary. */
export interface HiddenNumbers {
  readonly relations: readonly {
    readonly from: string;
    readonly to: string;
    readonly expectation: string;
    readonly reservation: string;
    readonly trust: string;
  }[];
  readonly approvals: readonly { readonly name: string; readonly value: number }[];
  readonly tension: number;
  readonly log: readonly WhyLine[];
}

/** The unredacted numbers at a snapshot, and the full log of the turn that follows it. */
export function hiddenNumbers(
  scenario: Scenario,
  state: GameState,
  turn: number,
  final: GameState,
): HiddenNumbers {
  const seated = scenario.order;
  const relations = seated.flatMap((from) =>
    seated
      .filter((to) => to !== from)
      .flatMap((to) => {
        const r = state.relations[relationKey(from, to)];
        return r
          ? [
              {
                from: actorName(scenario, from),
                to: actorName(scenario, to),
                expectation: vp(r.expectation),
                reservation: vp(r.reservation),
                trust: `${percent(r.trust)}%`,
              },
            ]
          : [];
      }),
  );
  const approvals = seated.flatMap((id) => {
    const a = state.actors[id]?.approval;
    return a === null || a === undefined ? [] : [{ name: actorName(scenario, id), value: Math.round(a) }];
  });
  const events = final.log.filter((e) => e.turn === turn).flatMap((e) => e.events);
  return { relations, approvals, tension: Math.round(state.tension), log: whyLines(scenario, events, null) };
}
