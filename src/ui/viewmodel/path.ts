import type { ActorId, DomainEvent, GameState, Scenario } from '../../engine/index.ts';
import type { SimRun } from '../../sim/index.ts';
import { describeRecord } from '../../sim/index.ts';
import { t } from '../strings/index.ts';
import { actorName, asSentence, itemName, vp } from './format.ts';
import { articleLine } from './sources.ts';
import { linesText } from './terms.ts';

/** What history did on a turn: a step of the scenario's historical line, with its source. */
export interface HistoryStepView {
  readonly who: string;
  readonly text: string;
  readonly quote: string | null;
  readonly article: string | null;
}

/** One turn of the player's path beside history's. */
export interface PathTurn {
  readonly turn: number;
  readonly label: string;
  /** What the player did that turn, and the answers, one sentence each. */
  readonly you: readonly string[];
  readonly history: readonly HistoryStepView[];
}

/** The player's moves and their answers on one turn, as sentences, from the turn's events. */
function yourTurn(scenario: Scenario, events: readonly DomainEvent[], player: ActorId): string[] {
  const out: string[] = [];
  let waited = false;
  let giftConditional = false;
  const name = (id: ActorId | undefined) => actorName(scenario, id ?? null);
  const add = (text: string) => out.push(text);
  // Answers complete the sentence of the offer they answer.
  const answer = (text: string) => {
    if (out.length === 0) out.push(text);
    else out[out.length - 1] = `${out[out.length - 1]}${text}`;
  };
  for (const e of events) {
    const mine = e.actor === player;
    const toMe = e.target === player;
    switch (e.type) {
      case 'offerMade':
        if (mine)
          add(
            t('debrief.path.offered', {
              name: name(e.target),
              give: linesText(scenario, e.offer.give),
              ask: linesText(scenario, e.offer.ask),
            }),
          );
        else if (toMe)
          add(
            t('debrief.path.offeredYou', {
              name: name(e.actor),
              give: linesText(scenario, e.offer.give),
              ask: linesText(scenario, e.offer.ask),
            }),
          );
        break;
      case 'counterOffered':
        if (mine)
          answer(
            t('debrief.path.youCountered', {
              give: linesText(scenario, e.offer.give),
              ask: linesText(scenario, e.offer.ask),
            }),
          );
        else if (toMe)
          answer(
            t('debrief.path.theyCountered', {
              name: name(e.actor),
              give: linesText(scenario, e.offer.give),
              ask: linesText(scenario, e.offer.ask),
            }),
          );
        break;
      case 'offerAccepted':
        if (mine) answer(t('debrief.path.youAccepted'));
        else if (toMe) answer(t('debrief.path.accepted'));
        break;
      case 'offerRejected':
        if (mine) answer(t('debrief.path.youRefused'));
        else if (toMe) answer(t('debrief.path.refused'));
        break;
      case 'dealCollapsed':
        if (mine) answer(t('debrief.path.notRatifiedYours'));
        else if (toMe) answer(t('debrief.path.notRatified', { name: name(e.actor) }));
        break;
      case 'giftGiven':
        // Told with its tier when the gift is handed over, just after.
        if (mine) giftConditional = e.rule === 'gift/conditional';
        break;
      case 'itemDelivered':
        if (mine && e.message === 'deliver.gift') {
          const what = linesText(scenario, [{ item: e.subject, tier: Number(e.params.tier ?? 1) }]);
          add(
            t(giftConditional ? 'debrief.path.giftConditional' : 'debrief.path.gift', {
              name: name(e.target),
              item: what,
            }),
          );
        }
        break;
      case 'summitHeld':
        if (mine || toMe) add(t('debrief.path.summit', { name: name(mine ? e.target : e.actor) }));
        break;
      case 'pressureApplied':
        if (mine)
          add(t('debrief.path.pressure', { name: name(e.target), level: Number(e.params.level ?? 0) }));
        break;
      case 'coordinated':
        if (mine) add(t('debrief.path.coordinated', { name: name(e.target) }));
        break;
      case 'coordinationRefused':
        if (toMe) add(t('debrief.path.coordinationRefused', { name: name(e.actor) }));
        break;
      case 'walkedOut':
        if (mine) add(t('debrief.path.walkedOut', { name: name(e.target) }));
        else if (toMe) add(t('debrief.path.walkedOutOnYou', { name: name(e.actor) }));
        break;
      case 'promiseKept':
        if (mine) add(t('debrief.path.kept', { item: itemName(scenario, e.subject) }));
        break;
      case 'promiseBroken':
        if (mine) add(t('debrief.path.broken', { item: itemName(scenario, e.subject) }));
        break;
      case 'backedDown':
        if (mine) add(t('debrief.path.backedDown'));
        break;
      case 'waited':
        if (mine) waited = true;
        break;
      case 'electionHeld':
        if (mine)
          add(
            t(e.rule === 'election/survive' ? 'debrief.path.survived' : 'debrief.path.defeated', {
              election: String(e.params.election ?? ''),
              approval: vp(Number(e.params.approval ?? 0)),
              threshold: vp(Number(e.params.threshold ?? 0)),
            }),
          );
        break;
      default:
        break;
    }
  }
  if (out.length === 0) out.push(t(waited ? 'debrief.path.waited' : 'debrief.path.nothing'));
  return out.map((s) => asSentence(s));
}

/** What history did on a turn: the historical steps, the player's seat first. */
function historyTurn(
  scenario: Scenario,
  history: SimRun | null,
  turn: number,
  player: ActorId,
): HistoryStepView[] {
  const steps = scenario.history.steps
    .filter((s) => s.turn === turn)
    .sort((a, b) => Number(b.actor === player) - Number(a.actor === player));
  if (steps.length > 0) {
    return steps.map((s) => ({
      who: actorName(scenario, s.actor),
      text: s.note,
      quote: s.cite.quote ?? null,
      // Short: the path cites on every turn; the moments and lessons give the full names.
      article: s.cite.source ? articleLine(scenario, s.cite.source, true) : null,
    }));
  }
  // No step written for the turn: the historical run's own moves, if it has any that are not waiting.
  const moves = (history?.turns.find((r) => r.turn === turn)?.actions ?? []).filter((a) => a.type !== 'wait');
  return moves.map((a) => ({
    who: actorName(scenario, a.actor),
    text: describeRecord(scenario, a),
    quote: null,
    article: null,
  }));
}

/** The player's game beside history's, turn by turn, for every turn played. */
export function pathBesideHistory(
  scenario: Scenario,
  final: GameState,
  player: ActorId,
  history: SimRun | null,
): PathTurn[] {
  const byTurn = new Map<number, DomainEvent[]>();
  for (const entry of final.log) byTurn.set(entry.turn, [...(byTurn.get(entry.turn) ?? []), ...entry.events]);
  return [...byTurn.keys()]
    .sort((a, b) => a - b)
    .map((turn) => ({
      turn,
      label: scenario.turns[turn - 1]?.label ?? '',
      you: yourTurn(scenario, byTurn.get(turn) ?? [], player),
      history: historyTurn(scenario, history, turn, player),
    }));
}
