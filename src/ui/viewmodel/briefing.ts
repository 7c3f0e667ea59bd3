import type { ActorId, Scenario } from '../../engine/index.ts';
import { sourceTitle } from './sources.ts';
import { type SourceQuotes, sourceQuotes } from './title.ts';

/** The briefing for one delegation. */
export interface BriefingView {
  readonly scenarioTitle: string;
  readonly period: string;
  readonly place: string;
  readonly name: string;
  readonly leader: string;
  readonly situation: string;
  readonly goals: readonly string[];
  readonly constraints: readonly string[];
  readonly redLines: readonly string[];
  readonly advisors: readonly string[];
  readonly people: readonly {
    readonly name: string;
    readonly role: string;
    readonly source: string | null;
  }[];
  readonly objectives: readonly { readonly text: string; readonly points: number }[];
  readonly calendar: readonly { readonly label: string; readonly note: string }[];
  readonly sources: readonly SourceQuotes[];
}

/** The briefing of `player`'s delegation, with the scenario's sources and their quotes. */
export function briefingView(scenario: Scenario, player: ActorId): BriefingView {
  const actor = scenario.actors.find((a) => a.id === player);
  const b = actor?.briefing;
  return {
    scenarioTitle: scenario.title,
    period: scenario.period,
    place: scenario.place,
    name: actor?.name ?? player,
    leader: actor?.leader.name ?? '',
    situation: b?.situation ?? scenario.summary,
    goals: b?.goals ?? [],
    constraints: b?.constraints ?? [],
    redLines: actor?.leader.redLines.map((r) => r.text) ?? [],
    advisors: b?.advisors ?? [],
    people: (b?.people ?? []).map((p) => ({
      name: p.name,
      role: p.role,
      source: p.cite.source ? sourceTitle(scenario, p.cite.source) : null,
    })),
    objectives: (scenario.objectives[player] ?? []).map((o) => ({ text: o.text, points: o.points })),
    calendar: scenario.turns.map((turn) => ({ label: turn.label, note: turn.note ?? '' })),
    sources: sourceQuotes(scenario),
  };
}
