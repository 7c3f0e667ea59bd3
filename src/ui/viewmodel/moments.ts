import {
  type ActorId,
  type GameState,
  measure,
  objectiveScore,
  relationKey,
  type Scenario,
} from '../../engine/index.ts';
import { t } from '../strings/index.ts';
import { actorName, vp } from './format.ts';
import { type LessonRef, lessonFor } from './lessons.ts';
import { deal, election, home, refusal } from './moment-deals.ts';
import { objectiveEffects, sizeOf } from './moment-effects.ts';
import { firmness, pressure, promise, ratchet, summit, walkOut } from './moment-moves.ts';
import { type Found, MOMENT_KINDS, type MomentKind, type Reading, upkeepByTurn } from './moment-reading.ts';
import { turnList } from './terms.ts';

export { MOMENT_KINDS, type MomentKind } from './moment-reading.ts';

/** A moment that decided the result, told for the debrief. */
export interface Moment {
  readonly kind: MomentKind;
  readonly turn: number;
  /** "Turn 2 · Late May 2004". */
  readonly when: string;
  readonly headline: string;
  /** What happened and why it mattered, with the numbers that were hidden during play. */
  readonly text: string;
  /** The lesson it illustrates, with the article passage that explains it. */
  readonly lesson: LessonRef;
  /**
   * Points of the final score it moved: positive if it earned them, negative if it cost them; for
   * an offer refused, the points it would have earned.
   */
  readonly points: number;
  /** Whether it is an offer refused: its numbers are what would have happened. */
  readonly missed: boolean;
  /** What it is ranked by: points moved, then a hundredth of the size of its changes. */
  readonly weight: number;
}

/** At most this many moments are told; fewer when the game had fewer. */
export const MAX_MOMENTS = 5;

/** The weight of the points an offer refused would have earned, against points really moved. */
const MISSED_WEIGHT = 0.5;

const FINDERS = [
  ratchet,
  firmness,
  home,
  pressure,
  election,
  promise,
  walkOut,
  summit,
  refusal,
  deal,
] as const;

/** Every moment instance of the player's game, in log order. */
export function findMoments(scenario: Scenario, final: GameState, player: ActorId): Found[] {
  const r: Reading = { scenario, player, final, upkeep: upkeepByTurn(final.log) };
  const found: Found[] = [];
  final.log.forEach((entry, index) => {
    for (const e of entry.events) {
      for (const finder of FINDERS) {
        const f = finder(r, entry, e, index);
        if (f) found.push(f);
      }
    }
  });
  return found;
}

/** "It happened again on turns 3 and 4", worded for each kind that repeats. */
function again(
  scenario: Scenario,
  final: GameState,
  player: ActorId,
  kind: MomentKind,
  other: ActorId | null,
  turns: number[],
): string {
  if (turns.length === 0) return '';
  const list = turnList(turns);
  const name = actorName(scenario, other);
  const expected = other ? final.relations[relationKey(other, player)]?.expectation : undefined;
  switch (kind) {
    case 'ratchet':
      return t('debrief.again.ratchet', { turns: list, name, final: vp(expected ?? 0) });
    case 'firmness':
      return t('debrief.again.firmness', { turns: list, name, final: vp(expected ?? 0) });
    case 'pressure':
      return t('debrief.again.pressure', { turns: list });
    case 'declined':
      return t('debrief.again.declined', { turns: list });
    case 'refused':
      return t('debrief.again.refused', { turns: list });
    default:
      return t('debrief.again.other', { turns: list });
  }
}

/** Whether a moment earned or cost points on one objective, in words; empty when it moved none. */
function effectText(
  scenario: Scenario,
  final: GameState,
  player: ActorId,
  found: readonly Found[],
): { text: string; points: number } {
  const missed = found[0]?.missed === true;
  const effects = objectiveEffects(
    scenario,
    final,
    player,
    found.flatMap((f) => f.changes),
    missed,
  );
  const points = effects.reduce((s, e) => s + e.points, 0);
  const main = effects[0];
  if (!main) return { text: '', points };
  const o = main.objective;
  const scored = objectiveScore(measure(final, player, o), o);
  const key = missed
    ? found[0]?.kind === 'declined'
      ? 'debrief.effect.declined'
      : 'debrief.effect.refused'
    : main.points > 0
      ? 'debrief.effect.gain'
      : 'debrief.effect.loss';
  const text = t(key, {
    objective: o.text,
    points: vp(scored),
    max: vp(o.points),
  });
  return { text, points };
}

/** One group of instances told as one moment, by its largest instance. */
function tell(scenario: Scenario, final: GameState, player: ActorId, group: readonly Found[]): Moment {
  const size = (f: Found) => sizeOf(f.changes);
  // The largest instance tells the moment; the earliest of equals.
  const lead = group.reduce((best, f) => (size(f) > size(best) ? f : best), group[0]!);
  const others = group.filter((f) => f.turn !== lead.turn).map((f) => f.turn);
  const { text: effect, points } = effectText(scenario, final, player, group);
  const max = (scenario.objectives[player] ?? []).reduce((s, o) => s + o.points, 0);
  const decisive = lead.decisive === undefined ? 0 : lead.decisive * max;
  const ended =
    lead.decisive === 1 && final.result ? t('debrief.effect.ended', { result: final.result.title }) : '';
  const text = [lead.text, again(scenario, final, player, lead.kind, lead.other, others), effect || ended]
    .filter((s) => s !== '')
    .join(' ');
  // What did not happen weighs half as much as what did: a missed deal decides less surely.
  const counted = lead.missed ? MISSED_WEIGHT * Math.abs(points) : Math.abs(points);
  const weight = Math.max(counted, decisive) + sizeOf(group.flatMap((f) => f.changes)) / 100;
  return {
    kind: lead.kind,
    turn: lead.turn,
    when: t('debrief.momentWhen', { turn: lead.turn, label: scenario.turns[lead.turn - 1]?.label ?? '' }),
    headline: lead.headline,
    text,
    lesson: lessonFor(scenario, lead.lesson),
    points: Math.round(points * 1000) / 1000,
    missed: lead.missed === true,
    weight: Math.round(weight * 1000) / 1000,
  };
}

/** A survived election counts as a moment only when it was close: it then weighs this much. */
const CLOSE_ELECTION_WEIGHT = 0.05;

/**
 * The three to five moments of the player's own game that decided its result: at most one of
 * each kind (a kind that recurs is told once, with the other turns), ranked by the points of the
 * final score they moved, ties by turn, then by kind.
 */
export function decidingMoments(scenario: Scenario, final: GameState, player: ActorId): Moment[] {
  const groups = new Map<string, Found[]>();
  for (const f of findMoments(scenario, final, player)) {
    const key = `${f.kind}:${f.group}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  const best = new Map<MomentKind, Moment>();
  for (const group of groups.values()) {
    const m = tell(scenario, final, player, group);
    const weighed = m.kind === 'election' && m.weight === 0 ? { ...m, weight: CLOSE_ELECTION_WEIGHT } : m;
    if (weighed.weight < 0.01) continue;
    const held = best.get(weighed.kind);
    if (!held || before(weighed, held)) best.set(weighed.kind, weighed);
  }
  return [...best.values()].sort((a, b) => (before(a, b) ? -1 : 1)).slice(0, MAX_MOMENTS);
}

/** The ranking: weight, then the earlier turn, then the kind's place in {@link MOMENT_KINDS}. */
function before(a: Moment, b: Moment): boolean {
  if (a.weight !== b.weight) return a.weight > b.weight;
  if (a.turn !== b.turn) return a.turn < b.turn;
  return MOMENT_KINDS.indexOf(a.kind) < MOMENT_KINDS.indexOf(b.kind);
}
