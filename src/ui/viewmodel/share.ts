import { makeClassLink, type Session } from '../../store/index.ts';
import { t } from '../strings/index.ts';
import { actorName, vp } from './format.ts';

/** What the debrief offers to share: the class link to this game's setup, and a result line. */
export interface ShareView {
  /** `PAGE#play=ID&as=SEAT&seed=N`. */
  readonly link: string;
  /** One line for a class discussion: scenario, seat, seed, outcome, score. */
  readonly resultLine: string;
}

/** The share texts for a session; `pageUrl` is the page's address without its fragment. */
export function shareView(session: Session, pageUrl: string): ShareView {
  const { scenario, state, player } = session;
  const link = `${pageUrl.split('#')[0]}${makeClassLink({ scenarioId: scenario.id, seat: player, seed: session.seed, options: session.state.options })}`;
  const objectives = scenario.objectives[player] ?? [];
  const max = objectives.reduce((sum, o) => sum + o.points, 0);
  const scored = state.result?.objectives[player] ?? [];
  const score = state.result?.scores[player] ?? scored.reduce((sum, o) => sum + o.points, 0);
  // A delegation scored on nothing (possible in a file of one's own) gets no "0 of 0".
  const resultLine = t(max > 0 ? 'share.resultLine' : 'share.resultLineNoScore', {
    scenario: scenario.title,
    period: scenario.period,
    seat: actorName(scenario, player),
    seed: session.seed,
    outcome: state.result?.title ?? t('share.inProgress'),
    score: vp(score),
    max,
  });
  return { link, resultLine };
}
