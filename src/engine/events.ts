import type { EventMessageId } from './messages/en.ts';
import type { MessageParams } from './messages/params.ts';
import type { Offer } from './offer.ts';
import type { RuleId } from './rule-ids.ts';
import type { ActorId, Citation, EventId, IssueId, ItemId } from './types.ts';

export const DOMAIN_EVENT_TYPES = [
  'turnStarted',
  'eventFired',
  'offerMade',
  'offerAccepted',
  'offerRejected',
  'heldLine',
  'counterOffered',
  'dealCollapsed',
  'itemDelivered',
  'promiseMade',
  'promiseKept',
  'promiseBroken',
  'expectationChanged',
  'reservationChanged',
  'trustChanged',
  'tensionChanged',
  'approvalChanged',
  'progressMade',
  'pressureApplied',
  'sidestep',
  'summitHeld',
  'coordinated',
  'coordinationRefused',
  'giftGiven',
  'walkedOut',
  'waited',
  'movesSpent',
  'backedDown',
  'crisisOpened',
  'crisisClosed',
  'electionHeld',
  'leaderChanged',
  'unlocked',
  'gameEnded',
] as const;
/** What happened, for the log, the "why" panel and animations. */
export type DomainEventType = (typeof DOMAIN_EVENT_TYPES)[number];

/** A measured quantity that changed. */
export interface Delta {
  readonly field: 'expectation' | 'reservation' | 'trust' | 'tension' | 'approval' | 'progress';
  readonly from: number;
  readonly to: number;
}

/** The data an event may carry; each type carries exactly its own part, all of it required. */
interface EventData {
  /** Who acted, or whose number changed. */
  readonly actor: ActorId;
  /** Toward whom. */
  readonly target: ActorId;
  readonly delta: Delta;
  readonly cite: Citation;
  readonly offer: Offer;
  /** The item, issue or scenario event the line is about. */
  readonly subject: ItemId | IssueId | EventId;
}

/**
 * One event type with its data. The fields it does not carry are declared absent (`?: never`),
 * so any event can be asked for, say, its `delta` (undefined when it has none) while a narrowed
 * one has its own fields for certain.
 */
type Variant<T extends DomainEventType, K extends keyof EventData> = {
  readonly type: T;
  /** The rule that made the change, e.g. `ratchet/up`. */
  readonly rule: RuleId;
  /** The sentence that explains it, as a message of `EVENT_MESSAGES_EN` and its parameters. */
  readonly message: EventMessageId;
  readonly params: MessageParams;
} & { readonly [P in K]: EventData[P] } & { readonly [P in Exclude<keyof EventData, K>]?: never };

/** Every change of state comes as one of these: a rule id, its data, and a reason to read (`describeEvent`). */
export type DomainEvent =
  | Variant<'turnStarted', never>
  | Variant<'eventFired', 'subject' | 'cite'>
  | Variant<'offerMade' | 'counterOffered' | 'offerAccepted' | 'offerRejected', 'actor' | 'target' | 'offer'>
  | Variant<'heldLine' | 'dealCollapsed', 'actor' | 'target'>
  | Variant<'itemDelivered', 'actor' | 'target' | 'subject' | 'cite'>
  | Variant<'promiseMade' | 'promiseKept' | 'promiseBroken' | 'giftGiven', 'actor' | 'target' | 'subject'>
  | Variant<'expectationChanged' | 'reservationChanged' | 'trustChanged', 'actor' | 'target' | 'delta'>
  | Variant<'tensionChanged', 'delta'>
  | Variant<'approvalChanged', 'actor' | 'delta'>
  | Variant<'progressMade', 'subject' | 'delta'>
  | Variant<
      'pressureApplied' | 'sidestep' | 'summitHeld' | 'coordinated' | 'coordinationRefused' | 'walkedOut',
      'actor' | 'target'
    >
  | Variant<'waited' | 'movesSpent' | 'backedDown' | 'leaderChanged' | 'unlocked', 'actor'>
  | Variant<'electionHeld', 'actor' | 'cite'>
  | Variant<'crisisOpened' | 'crisisClosed' | 'gameEnded', never>;

/** The event of one type. */
export type EventOf<T extends DomainEventType> = Extract<DomainEvent, { readonly type: T }>;

/**
 * A change of another delegation's private number, as the viewer's advisors report it: which way
 * it went, not by how much. What `redactEvent` makes of such a change.
 */
export type HiddenChange = Variant<
  'expectationChanged' | 'reservationChanged' | 'trustChanged',
  'actor' | 'target'
> & {
  readonly hidden: true;
  readonly way: 'up' | 'down';
};

/** An event as one delegation sees it: its own, or with another's private figures hidden. */
export type SeenEvent = DomainEvent | HiddenChange;
