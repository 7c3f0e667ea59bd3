import type { ActorId, Ratification, Scenario } from '../../engine/index.ts';
import { t } from '../strings/index.ts';
import { actorName, vp } from './format.ts';

/** A move the player may regret: what the advisors expect, and what the button says. */
export interface Warning {
  readonly title: string;
  readonly lines: readonly string[];
  readonly confirm: string;
}

/**
 * What a deal the player's own home would not ratify leads to, or null when home would ratify it
 * (or the player answers to no public: a bar that is not finite).
 */
function homeRefusal(home: Ratification, other: string): { title: string; lines: string[] } | null {
  const consequence = t('warn.collapse', { name: other });
  if (home.redLine) {
    return {
      title: t('warn.redLine.title'),
      lines: [t('warn.redLine.text', { text: home.redLine.text }), consequence],
    };
  }
  if (home.ok || !Number.isFinite(home.bar)) return null;
  return {
    title: t('warn.public.title'),
    lines: [t('warn.public.text', { verdict: vp(home.verdict), bar: vp(home.bar) }), consequence],
  };
}

/** Before an offer: a warning when the player's public would reject the deal if it were accepted. */
export function offerWarning(scenario: Scenario, home: Ratification, to: ActorId): Warning | null {
  const refusal = homeRefusal(home, actorName(scenario, to));
  return refusal ? { ...refusal, confirm: t('warn.offerAnyway') } : null;
}

/** Before accepting an offer: the same warning, for a deal the player would close at once. */
export function acceptWarning(scenario: Scenario, home: Ratification, from: ActorId): Warning | null {
  const refusal = homeRefusal(home, actorName(scenario, from));
  return refusal ? { ...refusal, confirm: t('warn.acceptAnyway') } : null;
}

/** Before a walk-out: what leaving the table costs. */
export function walkOutWarning(scenario: Scenario, from: ActorId): Warning {
  const name = actorName(scenario, from);
  return {
    title: t('warn.walkOut.title', { name }),
    lines: [t('warn.walkOut.text', { name }), t('warn.walkOut.gain', { name })],
    confirm: t('warn.walkOutAnyway'),
  };
}
