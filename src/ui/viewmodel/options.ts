import { type GameOptions, type Scenario, turnChoices } from '../../engine/index.ts';
import { t } from '../strings/index.ts';

/**
 * The teacher's options in words, one line each, for every place a student or a teacher reads
 * them: the briefing, the table, the debrief and its print, the handout, the class page. A game as
 * written has none, and shows nothing.
 */
export function optionLines(scenario: Scenario, options: GameOptions): string[] {
  const lines: string[] = [];
  if (options.advisors) lines.push(t(`options.advisors.${options.advisors}`));
  if (options.turns !== undefined && options.turns < scenario.turns.length) {
    lines.push(
      t('options.turns', {
        turns: options.turns,
        all: scenario.turns.length,
        label: scenario.turns[options.turns - 1]?.label ?? '',
      }),
    );
  }
  if (options.history) lines.push(t('options.history'));
  return lines;
}

/** The options a teacher can pick for a scenario's turns, in words: "All 6 (to March 2001)", "4 (to January 2001)". */
export function turnOptions(scenario: Scenario): { readonly turns: number; readonly label: string }[] {
  const all = scenario.turns.length;
  return turnChoices(scenario)
    .reverse()
    .map((turns) => {
      const label = scenario.turns[turns - 1]?.label ?? '';
      return {
        turns,
        label:
          turns === all ? t('lesson.turnsAll', { turns, label }) : t('lesson.turnsSome', { turns, label }),
      };
    });
}
