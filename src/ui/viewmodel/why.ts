import {
  type ActorId,
  type DomainEvent,
  describeEvent,
  type LogEntry,
  redactEvent,
  type Scenario,
  type SeenEvent,
  signed,
} from '../../engine/index.ts';
import { t } from '../strings/index.ts';
import { actorName, direction, packageText } from './format.ts';
import { sourceTitle } from './sources.ts';

/** One line of the "why" panel: what changed, which way, and the rule's reason. */
export interface WhyLine {
  readonly type: DomainEvent['type'];
  readonly rule: string;
  readonly text: string;
  /** `same` for events without a measured change. */
  readonly way: 'up' | 'down' | 'same';
  /** "52 → 55.5" for measured changes, else empty. */
  readonly change: string;
  readonly field: string;
}

/** The fields that move a percentage (trust is stored 0-1). */
function show(field: string, value: number): string {
  return field === 'trust' ? `${Math.round(value * 100)}%` : signed(value).replace(/^\+/, '');
}

/** Event lines as the player may see them: other delegations' hidden numbers are redacted. */
export function whyLines(
  scenario: Scenario,
  events: readonly DomainEvent[],
  viewer: ActorId | null,
): WhyLine[] {
  return events
    .filter((e) => e.type !== 'turnStarted')
    .map((raw) => {
      const e: SeenEvent = viewer === null ? raw : redactEvent(viewer, raw);
      const d = e.delta;
      return {
        type: e.type,
        rule: e.rule,
        text: offerSentence(scenario, e) ?? describeEvent(scenario, e),
        // The direction survives redaction (the advisors' sentence says risen or fallen anyway).
        way: raw.delta ? direction(raw.delta.from, raw.delta.to) : 'same',
        change: d ? t('why.change', { from: show(d.field, d.from), to: show(d.field, d.to) }) : '',
        field: d ? d.field : '',
      };
    });
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
        headline: event?.headline ?? describeEvent(scenario, e),
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
        return scenario.events.find((x) => x.id === e.subject)?.headline ?? describeEvent(scenario, e);
      }
      // Read out as the player's view: another delegation's figures stay hidden here too.
      const seen = redactEvent(viewer, e);
      return offerSentence(scenario, seen) ?? describeEvent(scenario, seen);
    });
  return lines.map((l) => (/[.!?]$/.test(l) ? l : `${l}.`)).join(' ');
}
