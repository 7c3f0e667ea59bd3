import { type ActorId, type GameState, relationKey, type Scenario } from '../../engine/index.ts';
import { t } from '../strings/index.ts';
import { actorName, percent, vp } from './format.ts';

/** One turn of the printed sheet's table: the measures as the turn closed. */
export interface PrintRow {
  readonly turn: string;
  readonly cells: readonly string[];
}

/** The printed sheet's table of measures: its headings and one row per turn closed. */
export interface PrintTable {
  readonly headings: readonly string[];
  readonly rows: readonly PrintRow[];
}

/**
 * The turn-by-turn measures a one-page printout has room for: tension, the player's approval when
 * its public votes, and how the main counterpart saw the player (expectation and trust). The CSV
 * download has every measure.
 */
export function printTable(
  scenario: Scenario,
  state: GameState,
  player: ActorId,
  counterpart: ActorId | null,
): PrintTable {
  const approval = scenario.actors.find((a) => a.id === player)?.public !== undefined;
  const other = counterpart === null ? '' : actorName(scenario, counterpart);
  const headings = [
    t('table.tension'),
    ...(approval ? [t('print.approval')] : []),
    ...(counterpart === null
      ? []
      : [t('print.expects', { name: other }), t('print.trusts', { name: other })]),
  ];
  const rows: PrintRow[] = [];
  for (const entry of state.log) {
    const m = entry.closing;
    if (!m) continue;
    const seen = counterpart === null ? undefined : m.relations[relationKey(counterpart, player)];
    rows.push({
      turn: t('print.turn', { turn: entry.turn, label: scenario.turns[entry.turn - 1]?.label ?? '' }),
      cells: [
        vp(m.tension),
        ...(approval ? [`${vp(m.approval[player] ?? 0)}%`] : []),
        ...(seen ? [vp(seen.expectation), `${percent(seen.trust)}%`] : counterpart === null ? [] : ['', '']),
      ],
    });
  }
  return { headings, rows };
}
