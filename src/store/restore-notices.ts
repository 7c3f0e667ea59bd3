import { type ActorId, actorOf } from '../engine/index.ts';
import type { Notice, NoticeCode } from './notices.ts';
import type { Restored } from './save-restore.ts';
import type { OpenResult } from './save-slots.ts';

/** A notice before it gets its id. */
export interface NoticeDraft {
  readonly code: NoticeCode;
  readonly tone: Notice['tone'];
  readonly detail: string;
}

/** What the player must be told about a save that opened only after something was put right. */
export function restoreNotices(restored: Restored): NoticeDraft[] {
  const { scenario, repair, owed } = restored;
  const names = (ids: readonly ActorId[]) =>
    [...new Set(ids)].map((id) => actorOf(scenario, id).name).join(', ');
  const out: NoticeDraft[] = [];
  if (restored.scenarioChanged)
    out.push({ code: 'save/scenario-changed', tone: 'info', detail: scenario.title });
  if (restored.checkpointMoved) out.push({ code: 'save/checkpoint-moved', tone: 'info', detail: '' });
  if (repair && repair.toAi.length > 0)
    out.push({ code: 'save/seats-to-ai', tone: 'warning', detail: names(repair.toAi) });
  if (repair?.toPerson)
    out.push({ code: 'save/seat-to-person', tone: 'warning', detail: names([repair.toPerson]) });
  if (owed.moves.length > 0) {
    out.push({
      code: 'save/ai-caught-up',
      tone: 'info',
      detail: names(owed.moves.map((m) => m.action.actor)),
    });
  }
  return out;
}

/** Why a game could not be opened (`openGame`'s problems, or an import's), but a missing scenario. */
export type OpenProblem = Exclude<
  Extract<OpenResult, { ok: false }>['problem'],
  { code: 'save/scenario-missing' }
>;

/**
 * The notice for a save that cannot be opened from storage, or imported from a file; `offerCopy`
 * when it is sound but not playable here, so the stored game's newest copy is offered as a file.
 */
export function refusalNotice(
  problem: OpenProblem,
  from: 'import' | { readonly game: string },
): NoticeDraft & { readonly offerCopy: boolean } {
  const imported = from === 'import';
  const failed = imported ? 'import/failed' : 'save/damaged';
  switch (problem.code) {
    case 'save/newer':
      return { code: 'save/newer', tone: 'error', detail: problem.message, offerCopy: false };
    case 'save/none':
      return { code: failed, tone: 'error', detail: '', offerCopy: false };
    case 'save/other-version':
      return {
        code: imported ? 'import/other-version' : 'save/other-version',
        tone: 'error',
        detail: `“${problem.title}”: ${problem.message}`,
        offerCopy: true,
      };
    default:
      return { code: failed, tone: 'error', detail: problem.message, offerCopy: false };
  }
}
