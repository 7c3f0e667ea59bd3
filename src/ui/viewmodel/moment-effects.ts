import {
  type ActorId,
  type DomainEvent,
  type GameState,
  indexOf,
  measure,
  type Objective,
  type Offer,
  objectiveScore,
  type Scenario,
} from '../../engine/index.ts';

/**
 * How much a moment of play moved the player's score: its changes of the measures the player is
 * scored on, taken away again at the end of the game. "With everything else the same, the score
 * would have been this much lower (or higher) without it", which is linear between an objective's
 * `zero` and `full` and nothing beyond them.
 */

/** One change of a measure the player's objectives may count, in the measure's own units. */
export interface Change {
  readonly measure:
    | 'expectation'
    | 'trust'
    | 'reservation'
    | 'approval'
    | 'progress'
    | 'tension'
    | 'received'
    | 'given';
  /** The other delegation, for views of the player (expectation, trust, reservation). */
  readonly of?: ActorId;
  /** The issue, for progress. */
  readonly issue?: string;
  readonly by: number;
}

/** The change an event made that concerns the player, or null. */
export function changeOf(scenario: Scenario, e: DomainEvent, player: ActorId): Change | null {
  const d = e.delta;
  const by = d ? d.to - d.from : 0;
  switch (e.type) {
    case 'expectationChanged':
    case 'trustChanged':
    case 'reservationChanged':
      if (e.target !== player || e.actor === player) return null;
      return {
        measure:
          e.type === 'expectationChanged'
            ? 'expectation'
            : e.type === 'trustChanged'
              ? 'trust'
              : 'reservation',
        of: e.actor,
        by,
      };
    case 'approvalChanged':
      return e.actor === player ? { measure: 'approval', by } : null;
    case 'progressMade':
      return { measure: 'progress', issue: e.subject, by };
    case 'tensionChanged':
      return { measure: 'tension', by };
    case 'itemDelivered': {
      const value = typeof e.params.value === 'number' ? e.params.value : 0;
      if (e.target === player) return { measure: 'received', by: value };
      if (e.actor !== player) return null;
      const item = indexOf(scenario).items.get(e.subject);
      const tier = typeof e.params.tier === 'number' ? e.params.tier : 1;
      return { measure: 'given', by: (item?.cost ?? 0) * tier };
    }
    default:
      return null;
  }
}

/** Every change of a list of events that concerns the player. */
export function changesOf(scenario: Scenario, events: readonly DomainEvent[], player: ActorId): Change[] {
  return events.flatMap((e) => {
    const c = changeOf(scenario, e, player);
    return c && c.by !== 0 ? [c] : [];
  });
}

/** Whether a change moves the measure an objective scores. */
function counts(o: Objective, c: Change, player: ActorId): boolean {
  if (o.measure !== c.measure) return false;
  if (c.measure === 'progress') return o.issue === c.issue;
  if (c.measure === 'expectation' || c.measure === 'trust') return (o.of ?? player) === c.of;
  return true;
}

/** The effect on one objective: its points at the end, less its points without the changes. */
export interface ObjectiveEffect {
  readonly objective: Objective;
  readonly points: number;
}

/** The effect of some changes on each of the player's objectives they touch, largest first. */
export function objectiveEffects(
  scenario: Scenario,
  final: GameState,
  player: ActorId,
  changes: readonly Change[],
  /** For changes that did not happen (an offer refused): the points they would have added. */
  missed = false,
): ObjectiveEffect[] {
  const out: ObjectiveEffect[] = [];
  for (const o of scenario.objectives[player] ?? []) {
    const by = changes.filter((c) => counts(o, c, player)).reduce((sum, c) => sum + c.by, 0);
    if (by === 0) continue;
    const value = measure(final, player, o);
    const points = missed
      ? objectiveScore(value + by, o) - objectiveScore(value, o)
      : objectiveScore(value, o) - objectiveScore(value - by, o);
    if (Math.abs(points) >= 0.005) out.push({ objective: o, points });
  }
  return out.sort((a, b) => Math.abs(b.points) - Math.abs(a.points));
}

/**
 * How large the changes are in their own units, for moments that touch no objective: VP for
 * views and value, points of approval, progress and tension, trust in percentage points.
 */
export function sizeOf(changes: readonly Change[]): number {
  return changes.reduce((sum, c) => sum + Math.abs(c.measure === 'trust' ? c.by * 100 : c.by), 0);
}

/**
 * What an offer would have changed had it been taken: progress on the issues its items move,
 * value received and given up. For offers refused, whose effect is the points they did not earn.
 */
export function offerChanges(scenario: Scenario, offer: Offer, player: ActorId): Change[] {
  const items = indexOf(scenario).items;
  const gives = offer.from === player ? offer.give : offer.ask;
  const gets = offer.from === player ? offer.ask : offer.give;
  const out: Change[] = [];
  for (const line of [...gives, ...gets]) {
    const item = items.get(line.item);
    if (!item) continue;
    for (const [issue, gain] of Object.entries(item.progress)) {
      if (gain !== 0) out.push({ measure: 'progress', issue, by: gain * line.tier });
    }
    if (gets.includes(line)) out.push({ measure: 'received', by: (item.value[player] ?? 0) * line.tier });
    else out.push({ measure: 'given', by: item.cost * line.tier });
  }
  return out.filter((c) => c.by !== 0);
}
