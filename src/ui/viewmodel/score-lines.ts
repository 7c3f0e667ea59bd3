import {
  type ActorId,
  type GameState,
  indexOf,
  measure,
  type Objective,
  objectiveScore,
  type Scenario,
} from '../../engine/index.ts';
import { t } from '../strings/index.ts';
import { actorName, vp } from './format.ts';

/** One objective's result in words: what was reached, how the points are counted, what it earned. */
export interface ScoreLine {
  readonly id: string;
  /** The objective as the scenario words it. */
  readonly objective: string;
  /** "Your approval ended at 40.2%, below the 42% the Upper House election needed. Points ..." */
  readonly sentence: string;
  /** The sentence without its points, for beside them: "Your approval ended at 40.2%. Points start ...". */
  readonly reason: string;
  /** "3.2 of 25 points". */
  readonly points: string;
}

/** How a measure is shown to players: approval and trust in percent, value in VP, the rest as is. */
function unitOf(o: Objective): { readonly show: (v: number) => string } {
  switch (o.measure) {
    case 'approval':
      return { show: (v) => `${vp(v)}%` };
    case 'trust':
      return { show: (v) => `${vp(v * 100)}%` };
    case 'expectation':
    case 'received':
    case 'given':
      return { show: (v) => t('debrief.vp', { value: vp(v) }) };
    default:
      return { show: (v) => vp(v) };
  }
}

/** What the measure reached, in a clause: "Your approval ended at 40.2%". */
function reached(scenario: Scenario, o: Objective, player: ActorId, value: number): string {
  const shown = unitOf(o).show(value);
  switch (o.measure) {
    case 'progress': {
      const issue = scenario.issues.find((i) => i.id === o.issue)?.name ?? o.issue ?? '';
      return t('debrief.measure.progress', { issue, value: shown });
    }
    case 'approval':
      return t('debrief.measure.approval', { value: shown });
    case 'tension':
      return t('debrief.measure.tension', { value: shown });
    case 'expectation':
      return t('debrief.measure.expectation', { name: actorName(scenario, o.of ?? player), value: shown });
    case 'trust':
      return t('debrief.measure.trust', { name: actorName(scenario, o.of ?? player), value: shown });
    case 'received':
      return t('debrief.measure.received', { value: shown });
    case 'given':
      return t('debrief.measure.given', { value: shown });
    case 'inOffice':
      return t(
        value >= 1
          ? 'debrief.measure.inOffice'
          : value > 0
            ? 'debrief.measure.successor'
            : 'debrief.measure.outOfOffice',
      );
  }
}

/** How the points are counted between `zero` and `full`, in the measure's units. */
function rule(o: Objective, value: number): string {
  const { show } = unitOf(o);
  if (o.measure === 'inOffice') return t('debrief.rule.inOffice');
  const zero = show(o.zero);
  const full = show(o.full);
  if (o.full === o.zero) return t('debrief.rule.threshold', { full });
  const lowerIsBetter = o.full < o.zero;
  const atFull = lowerIsBetter ? value <= o.full : value >= o.full;
  if (lowerIsBetter)
    return t(atFull ? 'debrief.rule.fullBelow' : 'debrief.rule.between.below', { zero, full });
  return t(atFull ? 'debrief.rule.fullAbove' : 'debrief.rule.between.above', { zero, full });
}

/** The player's election in the log, if one was held: what it needed and where approval stood. */
function electionOf(state: GameState, player: ActorId) {
  for (const entry of state.log) {
    for (const e of entry.events) {
      if (e.type !== 'electionHeld' || e.actor !== player) continue;
      const { approval, threshold, election } = e.params;
      if (typeof approval === 'number' && typeof threshold === 'number' && typeof election === 'string') {
        return { approval, threshold, election };
      }
    }
  }
  return null;
}

/** The approval clause beside an election: above or below what the vote needed. */
function electionClause(state: GameState, player: ActorId, value: number): string {
  const held = electionOf(state, player);
  if (!held) return '';
  const params = {
    election: held.election,
    threshold: `${vp(held.threshold)}%`,
    approval: `${vp(held.approval)}%`,
  };
  const above = held.approval >= held.threshold;
  // Held at the end, the vote saw the final figure: one clause says both.
  if (Math.abs(held.approval - value) < 0.05) {
    return t(above ? 'debrief.election.above' : 'debrief.election.below', params);
  }
  return t(above ? 'debrief.election.thenAbove' : 'debrief.election.thenBelow', params);
}

/** Every objective of the player's delegation, scored at this state, explained in words. */
export function scoreLines(scenario: Scenario, state: GameState, player: ActorId): ScoreLine[] {
  if (!indexOf(scenario).actors.has(player)) return [];
  return (scenario.objectives[player] ?? []).map((o) => {
    // Rounded as the engine's result rounds it, so the sentence and the score agree.
    const value = Math.round(measure(state, player, o) * 1000) / 1000;
    const points = objectiveScore(value, o);
    const clause = o.measure === 'approval' ? electionClause(state, player, value) : '';
    const parts = { reached: reached(scenario, o, player, value), election: clause, rule: rule(o, value) };
    return {
      id: o.id,
      objective: o.text,
      sentence: t('debrief.scoreSentence', { ...parts, points: vp(points), max: vp(o.points) }),
      reason: t('debrief.scoreReason', parts),
      points: t('debrief.pointsOf', { points: vp(points), max: vp(o.points) }),
    };
  });
}
