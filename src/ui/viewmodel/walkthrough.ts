import type { ActorId, Scenario } from '../../engine/index.ts';
import { t } from '../strings/index.ts';
import { actorName } from './format.ts';

/** The steps of the first-game tour, in order. */
export const TOUR_STEPS = ['table', 'goals', 'offer', 'side', 'after'] as const;

/** One step of the tour. */
export type TourStepId = (typeof TOUR_STEPS)[number];

/** A step as the tour card shows it; `text` and `after` may mark glossary words (`[[id|words]]`). */
export interface TourStep {
  readonly id: TourStepId;
  readonly title: string;
  readonly text: string;
  /** A list under the text (the player's goals), or empty. */
  readonly list: readonly string[];
  /** A line under the list, or null. */
  readonly after: string | null;
}

/** The tour for `player`'s seat: what the table is, what they want, how to move, what follows. */
export function tourSteps(scenario: Scenario, player: ActorId): TourStep[] {
  const goals = (scenario.objectives[player] ?? []).map((o) => o.text);
  return TOUR_STEPS.map((id): TourStep => {
    const title = t(`walkthrough.${id}.title`);
    if (id === 'table') {
      return {
        id,
        title,
        text: t('walkthrough.table.text', { name: actorName(scenario, player) }),
        list: [],
        after: null,
      };
    }
    if (id === 'goals') {
      return goals.length === 0
        ? { id, title, text: t('walkthrough.goals.none'), list: [], after: null }
        : { id, title, text: t('walkthrough.goals.text'), list: goals, after: t('walkthrough.goals.more') };
    }
    return { id, title, text: t(`walkthrough.${id}.text`), list: [], after: null };
  });
}
