import type { EventId } from './types.ts';

/**
 * Every rule that can change the state, by id: the vocabulary of the log, the "why" panel, the
 * story and `--json` (docs/model.md explains each). Scenario events add `event/<id>`.
 */
export const RULE_IDS = [
  'turn/start',
  'turn/move-limit',
  'end/last-turn',
  'end/collapse',
  'end/ousted',
  'offer/make',
  'offer/demand',
  'offer/counter',
  'offer/accept',
  'offer/reject',
  'curve/hold',
  'ratify/collapse',
  'deal/deliver',
  'progress/item',
  'promise/make',
  'promise/kept',
  'promise/broken',
  'ratchet/up',
  'ratchet/down',
  'ratchet/anchor',
  'ratchet/firmness',
  'ratchet/gift',
  'ratchet/gift-conditional',
  'trust/reciprocated',
  'trust/defection',
  'trust/kept',
  'trust/broken',
  'trust/summit',
  'trust/gift',
  'trust/pressure',
  'trust/walk-out',
  'tension/talks',
  'tension/demand',
  'tension/deal',
  'tension/summit',
  'tension/gift',
  'tension/pressure',
  'tension/walk-out',
  'tension/back-down',
  'tension/drift',
  'approval/gain',
  'approval/loss',
  'approval/drift',
  'approval/summit-empty',
  'approval/defection',
  'approval/back-down',
  'pressure/apply',
  'pressure/leverage',
  'pressure/backfire',
  'pressure/sidestep',
  'pressure/court-others',
  'reservation/recover',
  'summit/hold',
  'coordinate/agree',
  'coordinate/refused',
  'coordinate/goodwill',
  'gift/unconditional',
  'gift/conditional',
  'table/wait',
  'table/walk-out',
  'crisis/open',
  'crisis/close',
  'crisis/escalate',
  'crisis/back-down',
  'election/survive',
  'election/defeat',
] as const;

/** A scenario event's own rule: its effects cite it. */
export type EventRuleId = `event/${EventId}`;

/** A rule id: one of `RULE_IDS`, or a scenario event's. */
export type RuleId = (typeof RULE_IDS)[number] | EventRuleId;

/** The rule of a scenario event. */
export function eventRule(id: EventId): EventRuleId {
  return `event/${id}`;
}

/** Whether a string is a rule id: registered, or `event/` and an id of `eventIds`. */
export function isRuleId(value: string, eventIds: readonly EventId[]): value is RuleId {
  return (
    RULE_IDS.some((id) => id === value) || (value.startsWith('event/') && eventIds.includes(value.slice(6)))
  );
}
