import { type Action, createGame, type Scenario } from '../engine/index.ts';
import { AUDIT_WORK_BUDGET, gameWork } from './audit-play.ts';
import type { AuditFinding } from './audit-types.ts';
import { playOn, type Seats } from './driver.ts';
import { createStrategy, type Skipped } from './strategies.ts';
import { sameAction } from './verify.ts';

/** The answers to an offer: a history step that makes one answers an offer someone must have made. */
const ANSWERS: ReadonlySet<Action['type']> = new Set(['accept', 'reject', 'counter']);

/**
 * The historical line played once, as the debrief plays it (seed 1, every delegation with steps
 * following its own, the AI the rest): each step's move that the rules refuse when its turn comes is
 * a finding on its line, since the debrief's "what really happened" silently leaves it out. An
 * answer with no offer to answer is an error (the line cannot be what the author meant); any other
 * move refused is a warning with the engine's reason (it may hold on other seeds). Nothing is played
 * when one game is more than the audit's whole budget (the audit's notes say so).
 */
export function historyFindings(scenario: Scenario): AuditFinding[] {
  const { steps } = scenario.history;
  if (steps.length === 0 || gameWork(scenario) > AUDIT_WORK_BUDGET) return [];
  const skipped: Skipped[] = [];
  const seats: Record<string, Seats[string]> = {};
  for (const step of steps)
    seats[step.actor] ??= createStrategy('history', scenario, step.actor, (s) => skipped.push(s));
  playOn(scenario, createGame(scenario, 1, {}), seats);
  const reported = new Set<string>();
  const findings: AuditFinding[] = [];
  for (const skip of skipped) {
    const stepIndex = steps.findIndex(
      (s) =>
        s.turn === skip.turn &&
        s.actor === skip.action.actor &&
        s.actions.some((a) => sameAction(a, skip.action)),
    );
    const step = steps[stepIndex];
    if (step === undefined) continue;
    const actionIndex = step.actions.findIndex((a) => sameAction(a, skip.action));
    const key = `${stepIndex}:${actionIndex}`;
    if (reported.has(key)) continue;
    reported.add(key);
    const path = ['history', 'steps', stepIndex, 'actions', actionIndex];
    const who = scenario.actors.find((a) => a.id === skip.action.actor)?.name ?? skip.action.actor;
    // The engine's reason, as a clause: "There is no offer to answer." reads "there is no offer to answer".
    const reason = skip.message.charAt(0).toLowerCase() + skip.message.slice(1).replace(/\.$/, '');
    if (ANSWERS.has(skip.action.type)) {
      findings.push({
        code: 'audit/history-move',
        severity: 'error',
        path,
        message: `on turn ${skip.turn} of history, ${who} makes \`${skip.action.type}\`, but no offer to ${who} is on the table then (${reason})`,
        hint: 'add the offer it answers in an earlier step of that turn (by the delegation that made it), or remove the answer',
      });
    } else {
      findings.push({
        code: 'audit/history-move',
        severity: 'warning',
        path,
        message: `on turn ${skip.turn} of history, ${who}'s \`${skip.action.type}\` is refused by the rules when the line is played (seed 1): ${reason}`,
        hint: 'the debrief leaves this move out of what really happened; change it so the rules allow it then, or move it to another turn',
      });
    }
  }
  return findings;
}
