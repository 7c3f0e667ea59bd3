import type { Offer } from './offer.ts';
import { type GameState, type LogEntry, relationKey } from './state.ts';
import type { ActorId, PackageLine } from './types.ts';

/**
 * What a delegation has already been told no to. A negotiator who tables the same package again
 * after it was refused tells the other side nothing new and wastes a round, so the AI (from
 * version 2) never does: it tables another package worth no more to the other side, or waits.
 */

/** A package's identity: its lines in a canonical order, with their tiers and terms. */
export function packageKey(give: readonly PackageLine[], ask: readonly PackageLine[]): string {
  const side = (lines: readonly PackageLine[]) =>
    lines
      .map((l) => `${l.item}@${l.tier}${l.promised ? 'p' : ''}${l.conditional ? 'c' : ''}`)
      .sort()
      .join('+');
  return `${side(give)}|${side(ask)}`;
}

/**
 * A package's fingerprint: a number that two equal packages share (line order does not matter)
 * and two different ones almost never do. The AI filters thousands of candidates a decision
 * against the refused packages; comparing fingerprints first means a candidate's key (a sorted,
 * joined string) is built only for the rare one that may be a refused package.
 */
export function packagePrint(give: readonly PackageLine[], ask: readonly PackageLine[]): number {
  return (Math.imul(sidePrint(give), 0x27d4eb2d) ^ sidePrint(ask)) >>> 0;
}

function sidePrint(lines: readonly PackageLine[]): number {
  // A sum, so that the order of the lines does not matter; each line mixed first so that two
  // packages with the same total do not collide; the count keeps "A" apart from "A + nothing".
  let sum = lines.length;
  for (const l of lines) {
    // Tiers are fractions of the item (0.25, 0.5, 1): scaled so that no two valid tiers meet.
    const tier = Math.round(l.tier * 65_536) + 1;
    let h = itemPrint(l.item) ^ Math.imul(tier, 0x9e3779b1) ^ (l.promised ? 0x5bd1e995 : 0);
    if (l.conditional) h ^= 0x1b873593;
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    sum = (sum + (h ^ (h >>> 16))) | 0;
  }
  return sum;
}

/** Each item id's hash, computed once: item ids are few and repeat in every candidate. */
const itemPrints = new Map<string, number>();
function itemPrint(item: string): number {
  let h = itemPrints.get(item);
  if (h === undefined) {
    h = 0x811c9dc5;
    for (let i = 0; i < item.length; i++) h = Math.imul(h ^ item.charCodeAt(i), 0x01000193);
    // Bounded, like the relation keys: a session opening many files keeps no more than this.
    if (itemPrints.size >= 10_000) itemPrints.clear();
    itemPrints.set(item, h);
  }
  return h;
}

/** The packages refused, by key and by fingerprint (see `packagePrint`). */
export interface Refused {
  readonly keys: ReadonlySet<string>;
  readonly prints: ReadonlySet<number>;
}

/** For one proposer and receiver: the packages refused, and the offer still waiting for an answer. */
interface PairMemory {
  readonly refused: Refused;
  readonly pending: Offer | null;
}

/** Every pair's memory after some log entry, keyed `proposer>receiver`. */
type Memory = ReadonlyMap<string, PairMemory>;

const EMPTY: PairMemory = { refused: { keys: new Set(), prints: new Set() }, pending: null };

/**
 * The memory after each log entry already read. Entries are never changed once written and a
 * game's log only grows, so a state's memory is its predecessor's plus its new entries: reading
 * it costs the entries since the last state asked, not the whole game (a long game stays linear).
 */
const after = new WeakMap<LogEntry, Memory>();

/**
 * The packages `proposer` tabled to `receiver` that `receiver` refused (turned down, or answered
 * with a counter-offer of its own), since the two last made a deal, or `receiver` changed leader
 * or was unlocked: after any of those a refusal says nothing of what it would take now.
 */
export function refusedPackages(state: GameState, proposer: ActorId, receiver: ActorId): ReadonlySet<string> {
  return refusedOf(state, proposer, receiver).keys;
}

/** `refusedPackages` with their fingerprints, for a filter over many candidates. */
export function refusedOf(state: GameState, proposer: ActorId, receiver: ActorId): Refused {
  return memoryOf(state.log).get(relationKey(proposer, receiver))?.refused ?? EMPTY.refused;
}

function memoryOf(log: readonly LogEntry[]): Memory {
  let start = log.length;
  while (start > 0 && !after.has(log[start - 1]!)) start--;
  let memory: Memory = start > 0 ? after.get(log[start - 1]!)! : new Map();
  for (let i = start; i < log.length; i++) {
    memory = step(memory, log[i]!);
    after.set(log[i]!, memory);
  }
  return memory;
}

/**
 * The memory after one more entry; the pairs it does not touch are shared, not copied. Written
 * without closures: it runs for every entry of every game a Monte Carlo run plays.
 */
function step(memory: Memory, entry: LogEntry): Memory {
  let next: Map<string, PairMemory> | null = null;
  let collapsed = false;
  for (const e of entry.events) if (e.type === 'dealCollapsed') collapsed = true;
  for (const e of entry.events) {
    if (e.type === 'leaderChanged' || e.type === 'unlocked') {
      // Whatever was refused by this delegation says nothing of its new position.
      for (const key of (next ?? memory).keys()) {
        if (key.endsWith(`>${e.actor}`)) next = put(memory, next, key, EMPTY);
      }
      continue;
    }
    const offer = e.offer;
    if (!offer) continue;
    const key = relationKey(offer.from, offer.to);
    const back = relationKey(offer.to, offer.from);
    if (e.type === 'offerAccepted' && !collapsed) {
      next = put(memory, next, key, EMPTY);
      next = put(memory, next, back, EMPTY);
    } else if (e.type === 'offerMade' || e.type === 'counterOffered') {
      if (e.type === 'counterOffered') {
        // A counter-offer refuses the offer it answers.
        const answered = (next ?? memory).get(back) ?? EMPTY;
        if (answered.pending) {
          next = put(memory, next, back, {
            refused: withKey(answered.refused, answered.pending),
            pending: null,
          });
        }
      }
      const refused = ((next ?? memory).get(key) ?? EMPTY).refused;
      next = put(memory, next, key, { refused, pending: offer });
    } else if (e.type === 'offerRejected') {
      const refused = ((next ?? memory).get(key) ?? EMPTY).refused;
      next = put(memory, next, key, { refused: withKey(refused, offer), pending: null });
    }
  }
  return next ?? memory;
}

/** `next` (a copy of `memory` made on the first change) with `key` set. */
function put(
  memory: Memory,
  next: Map<string, PairMemory> | null,
  key: string,
  value: PairMemory,
): Map<string, PairMemory> {
  const out = next ?? new Map(memory);
  out.set(key, value);
  return out;
}

function withKey(refused: Refused, offer: Offer): Refused {
  return {
    keys: new Set(refused.keys).add(packageKey(offer.give, offer.ask)),
    prints: new Set(refused.prints).add(packagePrint(offer.give, offer.ask)),
  };
}
