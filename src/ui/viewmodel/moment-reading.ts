import type { ActorId, DomainEvent, GameState, LogEntry, Scenario } from '../../engine/index.ts';
import { percent } from './format.ts';
import type { LessonKey } from './lessons.ts';
import type { Change } from './moment-effects.ts';

/**
 * The moments of one game worth telling, found in its log: each a kind of thing that happened
 * to the player, on a turn, with the changes it made and a sentence of what happened. Ranking
 * and grouping are `moments.ts`'s.
 */

/** The kinds of moment the debrief looks for, in the order that breaks the last ties. */
export const MOMENT_KINDS = [
  'election',
  'home',
  'electionDeal',
  'deal',
  'ratchet',
  'pressure',
  'promise',
  'walkOut',
  'summit',
  'declined',
  'refused',
  'firmness',
] as const;
/** One of {@link MOMENT_KINDS}. */
export type MomentKind = (typeof MOMENT_KINDS)[number];

/** One instance of a kind of moment. */
export interface Found {
  readonly kind: MomentKind;
  /** Instances with the same group are told as one moment ("again on turns 3 and 4"). */
  readonly group: string;
  readonly turn: number;
  readonly headline: string;
  readonly text: string;
  readonly lesson: LessonKey;
  readonly changes: readonly Change[];
  /** The delegation it concerns, if any. */
  readonly other: ActorId | null;
  /** Set for an election lost: the share of the game's points it put at stake (1 for all). */
  readonly decisive?: number;
  /** Set for an offer refused: its changes are what would have happened, had it been taken. */
  readonly missed?: true;
}

/** An event of one type. (The engine's `EventOf` misses types that share a variant.) */
export type Of<T extends DomainEvent['type']> = DomainEvent & { readonly type: T };

export const num = (v: unknown): number => (typeof v === 'number' ? v : 0);
export const str = (v: unknown): string => (typeof v === 'string' ? v : '');
export const pct = (trust: number): string => String(percent(trust));

/** What the finders read: the game, and the log's entries with the end-of-turn events by turn. */
export interface Reading {
  readonly scenario: Scenario;
  readonly player: ActorId;
  readonly final: GameState;
  /** The events of the entries that close each turn (upkeep), by turn. */
  readonly upkeep: ReadonlyMap<number, readonly DomainEvent[]>;
}

export function upkeepByTurn(log: readonly LogEntry[]): Map<number, DomainEvent[]> {
  const map = new Map<number, DomainEvent[]>();
  for (const entry of log) if (entry.closing) map.set(entry.turn, [...entry.events]);
  return map;
}

/** The player's approval changes at the end of a turn, by these rules. */
export function approvalAt(r: Reading, turn: number, rules: readonly string[]): DomainEvent[] {
  return (r.upkeep.get(turn) ?? []).filter(
    (e) => e.type === 'approvalChanged' && e.actor === r.player && rules.includes(e.rule),
  );
}

export function find<T extends DomainEvent['type']>(
  events: readonly DomainEvent[],
  type: T,
  test: (e: Of<T>) => boolean = () => true,
): Of<T> | undefined {
  return events.find((e): e is Of<T> => e.type === type && test(e as Of<T>));
}

/** The player's election that turn, with where approval stood. */
export function electionOn(r: Reading, turn: number): Of<'electionHeld'> | undefined {
  return find(r.upkeep.get(turn) ?? [], 'electionHeld', (x) => x.actor === r.player);
}
