import {
  type Action,
  type ActorId,
  type GameState,
  relationKey,
  type TurnMeasures,
} from '../../engine/index.ts';
import { maxScoreOf, sameAction, verifyLog } from '../../sim/index.ts';
import type { Session } from '../../store/index.ts';
import { t } from '../strings/index.ts';
import { mainCounterpart } from './debrief.ts';
import { actionText } from './engine-words.ts';
import { actorName, vp } from './format.ts';

/** One turn of the two paths: the measures as it closed, in the first game and in this one. */
export interface PathsRow {
  readonly turn: string;
  readonly first: readonly string[];
  readonly again: readonly string[];
}

/** A what-if game beside the game it was taken from. */
export interface PathsView {
  /** "Played again from turn 3 · Late June 2004." */
  readonly from: string;
  /** Where the two games first differ, in words; null when this game's moves are all the first's. */
  readonly divergence: { readonly when: string; readonly first: string; readonly again: string } | null;
  readonly outcomes: { readonly first: string; readonly again: string };
  readonly scores: { readonly first: string; readonly again: string };
  readonly headings: readonly string[];
  readonly rows: readonly PathsRow[];
}

/** The two paths, for the debrief of a what-if game; null for any other game, or one not ended. */
export function pathsView(session: Session): PathsView | null {
  const { scenario, state, player, branch } = session;
  if (!branch || state.status !== 'ended' || !state.result) return null;
  const first = verifyLog(
    scenario,
    session.seed,
    session.controllers,
    branch.actions,
    state.ai,
    state.options,
  );
  if (!first.ok || !first.value.state.result) return null;
  const before = first.value.state;
  const counterpart = mainCounterpart(scenario, state, player);
  const label = (turn: number) =>
    t('debrief.momentWhen', { turn, label: scenario.turns[turn - 1]?.label ?? '' });
  const max = maxScoreOf(scenario, player);
  const score = (s: GameState) => t('debrief.score', { score: vp(s.result?.scores[player] ?? 0), max });
  const approval = scenario.actors.find((a) => a.id === player)?.public !== undefined;
  const headings = [
    t('table.tension'),
    ...(approval ? [t('print.approval')] : []),
    ...(counterpart ? [t('print.expects', { name: actorName(scenario, counterpart) })] : []),
  ];
  const closings = (s: GameState) =>
    new Map<number, TurnMeasures>(s.log.flatMap((e) => (e.closing ? [[e.turn, e.closing] as const] : [])));
  const a = closings(before);
  const b = closings(state);
  // A turn one game did not reach (it ended sooner) shows a dash.
  const cells = (m: TurnMeasures | undefined) =>
    m === undefined
      ? headings.map(() => '–')
      : [
          vp(m.tension),
          ...(approval ? [`${vp(m.approval[player] ?? 0)}%`] : []),
          ...(counterpart ? [vp(m.relations[relationKey(counterpart, player)]?.expectation ?? 0)] : []),
        ];
  const turns = [...new Set([...a.keys(), ...b.keys()])].sort((x, y) => x - y);
  return {
    from: t('whatIf.from', { when: label(branch.turn) }),
    divergence: divergence(session, branch.actions, player, label),
    outcomes: { first: before.result?.title ?? '', again: state.result.title },
    scores: { first: score(before), again: score(state) },
    headings,
    rows: turns.map((turn) => ({ turn: label(turn), first: cells(a.get(turn)), again: cells(b.get(turn)) })),
  };
}

/** The first move where this game and the first differ, with its turn. */
function divergence(
  session: Session,
  firstActions: readonly Action[],
  player: ActorId,
  label: (turn: number) => string,
): PathsView['divergence'] {
  const entries = session.state.log.filter((e) => e.action);
  for (const [i, entry] of entries.entries()) {
    const before = firstActions[i];
    const now = entry.action!;
    if (before !== undefined && sameAction(before, now)) continue;
    const name = actorName(session.scenario, now.actor);
    return {
      when: label(entry.turn),
      first: before ? `“${actionText(session.scenario, before)}”` : t('whatIf.nothing'),
      again: t(now.actor === player ? 'whatIf.you' : 'whatIf.they', {
        name,
        move: actionText(session.scenario, now),
      }),
    };
  }
  return null;
}
