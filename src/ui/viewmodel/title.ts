import type { Citation, Scenario } from '../../engine/index.ts';
import type { CatalogueEntry, GameSummary } from '../../store/index.ts';

/** A scenario card on the title screen. */
export interface ScenarioCard {
  readonly id: string;
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
  readonly cards: readonly ScenarioCard[];
  readonly broken: readonly { readonly file: string; readonly problems: readonly string[] }[];
  readonly games: readonly ContinueItem[];
}

/** Cards in historical order (by the first year in the period, then by file), as the sources read. */
export function titleView(catalogue: readonly CatalogueEntry[], games: readonly GameSummary[]): TitleView {
  const playable = catalogue.flatMap((e) => (e.ok ? [e.scenario] : []));
  const cards = playable
    .map(
      (s): ScenarioCard => ({
        id: s.id,
        title: s.title,
        period: s.period,
        place: s.place,
        summary: s.summary,
        turns: s.turns.length,
        delegations: s.actors
          .filter((a) => a.playable && !a.background)
          .map((a) => ({ id: a.id, name: a.name, leader: a.leader.name })),
      }),
    )
    .map((card, order) => ({ card, order, year: Number(/\d{4}/.exec(card.period)?.[0] ?? 9999) }))
    .sort((a, b) => a.year - b.year || a.order - b.order)
    .map((x) => x.card);
  const byId = new Map(playable.map((s) => [s.id, s]));
  return {
    cards,
    broken: catalogue.flatMap((e) => (e.ok ? [] : [{ file: e.file, problems: e.problems }])),
    games: games.map((g) => ({
      game: g.game,
      title: g.title,
      playerName: byId.get(g.scenarioId)?.actors.find((a) => a.id === g.player)?.name ?? g.player,
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
    return { file: source.file, title: source.title, quotes };
  });
}
