import { type ActorId, fmt, indexOf, type PackageLine, type Scenario } from '../../engine/index.ts';
import { t } from '../strings/index.ts';

/** "in full", "half", "25%": how much of an item a line gives. */
export function tierLabel(tier: number): string {
  if (tier === 1) return t('move.tier.full');
  if (tier === 0.5) return t('move.tier.half');
  return t('move.tier.pct', { pct: Math.round(tier * 100) });
}

/** An item's display name, or its id when the scenario lacks it (never throws on old logs). */
export function itemName(scenario: Scenario, id: string): string {
  return indexOf(scenario).items.get(id)?.name ?? id;
}

/** A delegation's name, or its id. */
export function actorName(scenario: Scenario, id: ActorId | null): string {
  if (id === null) return '';
  return indexOf(scenario).actors.get(id)?.name ?? id;
}

/** A forum's name; direct talks when null. */
export function forumName(scenario: Scenario, id: string | null): string {
  if (id === null) return t('move.forumDirect');
  return indexOf(scenario).forums.get(id)?.name ?? id;
}

/** "Food aid (half; promised)". */
export function lineText(scenario: Scenario, line: PackageLine): string {
  const flags = [
    line.promised ? t('line.promised') : null,
    line.conditional ? t('line.conditional') : null,
  ].filter((f): f is string => f !== null);
  const item = itemName(scenario, line.item);
  const tier = tierLabel(line.tier);
  return flags.length > 0
    ? t('line.itemFlags', { item, tier, flags: flags.join(t('list.comma')) })
    : t('line.item', { item, tier });
}

/** How much of an item a line gives, without the item: "half", "in full; promised". */
export function lineHow(line: PackageLine): string {
  const flags = [
    line.promised ? t('line.promised') : null,
    line.conditional ? t('line.conditional') : null,
  ].filter((f): f is string => f !== null);
  const tier = tierLabel(line.tier);
  return flags.length > 0
    ? t('line.howFlags', { tier, flags: flags.join(t('list.comma')) })
    : t('line.how', { tier });
}

/** The lines of one side of a package as one phrase; "nothing" when empty. */
export function packageText(scenario: Scenario, lines: readonly PackageLine[]): string {
  if (lines.length === 0) return t('respond.nothing');
  return lines.map((l) => lineText(scenario, l)).join(t('list.comma'));
}

/** A value in VP as players read it. */
export function vp(value: number): string {
  return fmt(value);
}

/** Trust 0-1 as a whole percentage. */
export function percent(value: number): number {
  return Math.round(value * 100);
}

/** Which way a number moved, for an icon and a word (colour is never the only signal). */
export function direction(from: number, to: number): 'up' | 'down' | 'same' {
  if (to > from) return 'up';
  if (to < from) return 'down';
  return 'same';
}

/**
 * A line ended as a sentence: a full stop added only when it has no end of its own, counting one
 * inside a closing bracket or quote ("(added context.)"), so no ".)." ever appears. A line that
 * ends in Japanese takes Japanese's full stop (。); Korean, like English, takes ".".
 */
export function asSentence(line: string): string {
  if (/[.!?:。！？：]["”’)\]」』）]*$/.test(line)) return line;
  return /[\u3040-\u30ff\u4e00-\u9fff）」]$/.test(line) ? `${line}。` : `${line}.`;
}
