import {
  type ActorId,
  type DomainEvent,
  fmt,
  type LogEntry,
  redactEvent,
  type Scenario,
  type SeenEvent,
} from '../../engine/index.ts';
import { t } from '../strings/index.ts';
import { eventText } from './engine-words.ts';
import { actorName, asSentence, direction, packageText } from './format.ts';
import { sourceTitle } from './sources.ts';

/** What a line means for the player: the groups of the "why" panel, in the order it shows them. */
export const WHY_GROUPS = ['deals', 'home', 'regard', 'talks', 'others'] as const;
export type WhyGroup = (typeof WHY_GROUPS)[number];

/** One line of the "why" panel: what changed, which way, and the rule's reason. */
export interface WhyLine {
  readonly type: DomainEvent['type'];
  readonly group: WhyGroup;
  readonly rule: string;
  readonly text: string;
  /** `same` for events without a measured change. */
  readonly way: 'up' | 'down' | 'same';
  /** "52 → 55.5" for measured changes, else empty. */
  readonly change: string;
  readonly field: string;
}

/** A measured value as the panel shows it: trust as a whole percentage, the rest to one place. */
function show(field: string, value: number): string {
  return field === 'trust' ? `${Math.round(value * 100)}%` : fmt(value);
}

/**
 * Where a line belongs for the player: their moves and the answers to them, their public, how the
 * others regard them, the talks as a whole (tension, the issues, the news), or a change between
 * two other delegations (and the player's own view of the others), which the panel folds away.
 */
export function whyGroup(e: DomainEvent, viewer: ActorId | null): WhyGroup {
  if (viewer === null) return 'talks';
  switch (e.type) {
    case 'tensionChanged':
    case 'progressMade':
    case 'eventFired':
    case 'crisisOpened':
    case 'crisisClosed':
    case 'gameEnded':
      return 'talks';
    case 'approvalChanged':
    case 'electionHeld':
    case 'leaderChanged':
    case 'unlocked':
      return e.actor === viewer ? 'home' : 'others';
    case 'expectationChanged':
    case 'reservationChanged':
    case 'trustChanged':
      return e.target === viewer && e.actor !== viewer ? 'regard' : 'others';
    default:
      return e.actor === viewer || e.target === viewer ? 'deals' : 'others';
  }
}

/** Event lines as the player may see them: other delegations' hidden numbers are redacted. */
export function whyLines(
  scenario: Scenario,
  events: readonly DomainEvent[],
  viewer: ActorId | null,
): WhyLine[] {
  return events
    .filter((e) => e.type !== 'turnStarted' && !changesNothing(e))
    .map((raw) => {
      const e: SeenEvent = viewer === null ? raw : redactEvent(viewer, raw);
      const d = e.delta;
      return {
        type: e.type,
        group: whyGroup(raw, viewer),
        rule: e.rule,
        text: offerSentence(scenario, e) ?? eventText(scenario, e),
        // The direction survives redaction (the advisors' sentence says risen or fallen anyway).
        way: raw.delta ? direction(raw.delta.from, raw.delta.to) : 'same',
        change: d ? t('why.change', { from: show(d.field, d.from), to: show(d.field, d.to) }) : '',
        field: d ? d.field : '',
      };
    });
}

/** A measured change too small to show: "0.9 → 0.9" says nothing, so the line is dropped. */
function changesNothing(e: DomainEvent): boolean {
  const d = e.delta;
  return d !== undefined && show(d.field, d.from) === show(d.field, d.to);
}

/** The lines of a batch in the panel's groups, in order, leaving out the groups with no line. */
export function whyGrouped(
  lines: readonly WhyLine[],
): { readonly group: WhyGroup; readonly lines: readonly WhyLine[] }[] {
  return WHY_GROUPS.map((group) => ({ group, lines: lines.filter((l) => l.group === group) })).filter(
    (g) => g.lines.length > 0,
  );
}

/** Offers made are retold with the interface's own words; null for other events. */
function offerSentence(scenario: Scenario, e: SeenEvent): string | null {
  if (e.type !== 'offerMade' && e.type !== 'counterOffered') return null;
  const offer = e.offer;
  const from = actorName(scenario, offer.from);
  const to = actorName(scenario, offer.to);
  const give = packageText(scenario, offer.give);
  const ask = packageText(scenario, offer.ask);
  return t(e.type === 'counterOffered' ? 'why.counter' : 'why.offer', { from, to, give, ask });
}

/** Log entries grouped by turn, newest first, for the earlier part of the "why" panel. */
export function whyByTurn(
  scenario: Scenario,
  log: readonly LogEntry[],
  viewer: ActorId | null,
): { turn: number; lines: WhyLine[] }[] {
  const byTurn = new Map<number, DomainEvent[]>();
  for (const entry of log) {
    const list = byTurn.get(entry.turn) ?? [];
    list.push(...entry.events);
    byTurn.set(entry.turn, list);
  }
  return [...byTurn.entries()]
    .sort((a, b) => b[0] - a[0])
    .map(([turn, events]) => ({ turn, lines: whyLines(scenario, events, viewer) }))
    .filter((group) => group.lines.length > 0);
}

/** A news item: an event from the scenario, with its citation. */
export interface NewsItem {
  readonly id: string;
  readonly turn: number;
  readonly headline: string;
  readonly text: string;
  readonly source: string | null;
  readonly quote: string | null;
  readonly addedContext: boolean;
}

/** Every scenario event that has fired, newest first. */
export function newsItems(scenario: Scenario, log: readonly LogEntry[]): NewsItem[] {
  const items: NewsItem[] = [];
  for (const entry of log) {
    for (const e of entry.events) {
      if (e.type !== 'eventFired') continue;
      const event = scenario.events.find((x) => x.id === e.subject);
      const cite = e.cite ?? event?.cite ?? null;
      const source = cite?.source ? sourceTitle(scenario, cite.source) : null;
      items.push({
        id: `${entry.turn}:${e.subject ?? items.length}`,
        turn: entry.turn,
        headline: event?.headline ?? eventText(scenario, e),
        text: event?.text ?? '',
        source,
        quote: cite?.quote ?? null,
        addedContext: cite?.addedContext === true,
      });
    }
  }
  return items.reverse();
}

const NARRATED = new Set<DomainEvent['type']>([
  'turnStarted',
  'eventFired',
  'offerMade',
  'counterOffered',
  'offerAccepted',
  'offerRejected',
  'dealCollapsed',
  'summitHeld',
  'pressureApplied',
  'walkedOut',
  'movesSpent',
  'giftGiven',
  'promiseKept',
  'promiseBroken',
  'crisisOpened',
  'crisisClosed',
  'electionHeld',
  'leaderChanged',
  'gameEnded',
]);

/** A short spoken account of a batch of events, for the aria-live region. */
export function narration(scenario: Scenario, events: readonly DomainEvent[], viewer: ActorId): string {
  const lines = events
    .filter((e) => NARRATED.has(e.type))
    .map((e) => {
      if (e.type === 'eventFired') {
        return scenario.events.find((x) => x.id === e.subject)?.headline ?? eventText(scenario, e);
      }
      // Read out as the player's view: another delegation's figures stay hidden here too.
      const seen = redactEvent(viewer, e);
      return offerSentence(scenario, seen) ?? eventText(scenario, seen);
    });
  return lines.map(asSentence).join(' ');
}
