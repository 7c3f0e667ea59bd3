import type { ActorId, Offer, PackageLine, Scenario } from '../../engine/index.ts';
import { t } from '../strings/index.ts';
import { itemName, tierLabel } from './format.ts';

/** A list in prose: "a", "a and b", "a, b and c". */
export function prose(parts: readonly string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(t('list.comma'))}${t('list.and')}${parts[parts.length - 1]}`;
}

/** "turn 3", "turns 2 and 5", "turns 1, 2 and 4". */
export function turnList(turns: readonly number[]): string {
  const sorted = [...new Set(turns)].sort((a, b) => a - b);
  if (sorted.length === 1) return t('debrief.turnOne', { turn: sorted[0] ?? 0 });
  return t('debrief.turnMany', { turns: prose(sorted.map(String)) });
}

/** One line of a package for a sentence: the name, and how much only when it is not all of it. */
function shortLine(scenario: Scenario, line: PackageLine): string {
  const flags = [
    line.tier === 1 ? null : tierLabel(line.tier),
    line.promised ? t('line.promised') : null,
    line.conditional ? t('line.conditional') : null,
  ].filter((f): f is string => f !== null);
  const name = itemName(scenario, line.item);
  return flags.length > 0 ? t('debrief.lineFlags', { item: name, flags: flags.join(t('list.comma')) }) : name;
}

/** A side of a package in prose; "nothing" when empty. */
export function linesText(scenario: Scenario, lines: readonly PackageLine[]): string {
  if (lines.length === 0) return t('respond.nothing');
  return prose(lines.map((l) => shortLine(scenario, l)));
}

/** What the player gives and gets in an offer, whoever made it. */
export function sides(
  offer: Offer,
  player: ActorId,
): { gives: readonly PackageLine[]; gets: readonly PackageLine[] } {
  return offer.from === player
    ? { gives: offer.give, gets: offer.ask }
    : { gives: offer.ask, gets: offer.give };
}

/** "humanitarian aid for the release of five relatives": a deal from the player's side. */
export function dealTerms(scenario: Scenario, offer: Offer, player: ActorId): string {
  const { gives, gets } = sides(offer, player);
  return t('debrief.terms', { gives: linesText(scenario, gives), gets: linesText(scenario, gets) });
}
