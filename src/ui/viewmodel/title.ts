import type { Citation, Scenario } from '../../engine/index.ts';
import {
  type CatalogueEntry,
  type GameSummary,
  type KeepResult,
  type OpenedScenario,
  openedEntries,
  seatsOf,
} from '../../store/index.ts';
import { articleCredit, ownArticleLine } from './sources.ts';

/** A scenario card on the title screen. */
export interface ScenarioCard {
  readonly id: string;
  /** The content hash: which version to start when a file and a shipped scenario share an id. */
  readonly hash: string;
  /** Set for a scenario opened from a file: its name and whether the browser kept its text. */
  readonly fromFile: { readonly name: string; readonly kept: KeepResult } | null;
  readonly title: string;
  readonly period: string;
  readonly place: string;
  readonly summary: string;
  readonly turns: number;
  readonly delegations: readonly { readonly id: string; readonly name: string; readonly leader: string }[];
}

/** A game in progress, for "continue". */
export interface ContinueItem {
  readonly game: string;
  readonly title: string;
  readonly playerName: string;
  readonly turnLabel: string;
  readonly savedAt: string;
  readonly ended: boolean;
}

/** The title screen: scenario cards, files that failed to load, games to continue. */
export interface TitleView {
  /** The shipped scenarios. */
  readonly cards: readonly ScenarioCard[];
  /** Scenarios opened from files, the latest first. */
  readonly fileCards: readonly ScenarioCard[];
  readonly broken: readonly { readonly file: string; readonly problems: readonly string[] }[];
  readonly games: readonly ContinueItem[];
}

/** A record's own entry only: ids come from storage, and `constructor` is a valid id. */
function own<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

function card(s: Scenario, hash: string, fromFile: ScenarioCard['fromFile']): ScenarioCard {
  const seats = new Set(seatsOf(s));
  return {
    id: s.id,
    hash,
    fromFile,
    title: s.title,
    period: s.period,
    place: s.place,
    summary: s.summary,
    turns: s.turns.length,
    delegations: s.actors
      .filter((a) => seats.has(a.id))
      .map((a) => ({ id: a.id, name: a.name, leader: a.leader.name })),
  };
}

/**
 * Shipped cards in historical order (by the first year in the period, then by file), as the
 * sources read; then the cards of files opened here, the latest first.
 */
export function titleView(
  catalogue: readonly CatalogueEntry[],
  games: readonly GameSummary[],
  opened: readonly OpenedScenario[] = [],
  keptSeats: Readonly<Record<string, Readonly<Record<string, string>>>> = {},
): TitleView {
  const playable = catalogue.flatMap((e) => (e.ok ? [e] : []));
  const cards = playable
    .map((e) => card(e.scenario, e.hash, null))
    .map((c, order) => ({ card: c, order, year: Number(/\d{4}/.exec(c.period)?.[0] ?? 9999) }))
    .sort((a, b) => a.year - b.year || a.order - b.order)
    .map((x) => x.card);
  const fileCards = opened
    .flatMap((o) => (o.ok ? [card(o.scenario, o.hash, { name: o.name, kept: o.kept })] : []))
    .reverse();
  // Names for the games list: a file's version first, as for opening a save.
  const byId = new Map<string, Scenario>();
  for (const e of [...openedEntries(opened), ...playable])
    if (!byId.has(e.scenario.id)) byId.set(e.scenario.id, e.scenario);
  return {
    cards,
    fileCards,
    broken: [
      ...catalogue.flatMap((e) => (e.ok ? [] : [{ file: e.file, problems: e.problems }])),
      ...opened.flatMap((o) => (o.ok ? [] : [{ file: o.name, problems: o.problems }])),
    ],
    games: games.map((g) => ({
      game: g.game,
      title: g.title,
      playerName:
        byId.get(g.scenarioId)?.actors.find((a) => a.id === g.player)?.name ??
        own(own(keptSeats, g.scenarioId), g.player) ??
        g.player,
      turnLabel: g.turnLabel,
      savedAt: g.savedAt,
      ended: g.ended,
    })),
  };
}

/** A source article with the short quotes the scenario takes from it. */
export interface SourceQuotes {
  readonly file: string;
  readonly title: string;
  /** The outlet and date of one of the five articles; null for another file. */
  readonly credit: string | null;
  /** Where a reader finds the article, when the scenario gives it. */
  readonly address: string | null;
  readonly quotes: readonly string[];
}

/** The most quotes shown per source, and the longest quote kept whole. */
const MAX_QUOTES = 3;
const MAX_QUOTE_CHARS = 220;

/** Every `cite` in the scenario with a quote, grouped by article: the briefing's sources. */
export function sourceQuotes(scenario: Scenario): SourceQuotes[] {
  const cites: Citation[] = [];
  const add = (c: Citation | undefined | null) => {
    if (c) cites.push(c);
  };
  for (const a of scenario.actors) {
    for (const p of a.briefing.people) add(p.cite);
    for (const r of [...a.leader.redLines, ...a.successors.flatMap((s) => s.redLines)]) add(r.cite);
    for (const e of a.public?.elections ?? []) add(e.cite);
    add(a.lockedUntil?.cite);
  }
  for (const x of [...scenario.items, ...scenario.issues, ...scenario.forums, ...scenario.events])
    add(x.cite);
  for (const l of scenario.debrief.lessons) add(l.cite);
  return scenario.sources.map((source) => {
    const quotes: string[] = [];
    for (const c of cites) {
      if (c.source !== source.file || !c.quote || quotes.includes(c.quote)) continue;
      if (c.quote.length <= MAX_QUOTE_CHARS && quotes.length < MAX_QUOTES) quotes.push(c.quote);
    }
    return {
      file: source.file,
      title: ownArticleLine(source),
      credit: articleCredit(source.file),
      address: source.address ?? null,
      quotes,
    };
  });
}
