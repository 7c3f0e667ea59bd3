import { type Ctx, emit } from '../context.ts';
import type { RuleId } from '../rule-ids.ts';
import { actorOf, actorState, leaderOf } from '../state.ts';
import type { ActorId } from '../types.ts';

/** Elections due this turn: below the threshold the leader falls; a successor may take over. */
export function holdElections(ctx: Ctx): void {
  for (const actor of ctx.scenario.actors) {
    const a = actorState(ctx.state, actor.id);
    if (a.ousted || a.approval === null) continue;
    for (const election of actor.public?.elections ?? []) {
      if (election.turn !== ctx.state.turn) continue;
      const passed = a.approval >= election.threshold;
      emit(ctx, {
        type: 'electionHeld',
        rule: passed ? 'election/survive' : 'election/defeat',
        message: passed ? 'election.survive' : 'election.defeat',
        params: {
          election: election.name,
          approval: a.approval,
          threshold: election.threshold,
          leader: leaderOf(ctx.scenario, ctx.state, actor.id).name,
        },
        actor: actor.id,
        cite: election.cite,
      });
      if (!passed) replaceLeader(ctx, actor.id, 'election/defeat', election.name);
    }
  }
}

/** A successor takes over with its own red lines; with none left, the delegation is out. */
export function replaceLeader(ctx: Ctx, id: ActorId, rule: RuleId, why: string): void {
  const actor = actorOf(ctx.scenario, id);
  const a = actorState(ctx.state, id);
  const before = leaderOf(ctx.scenario, ctx.state, id).name;
  if (a.leaderIndex < actor.successors.length) {
    a.leaderIndex += 1;
    const next = leaderOf(ctx.scenario, ctx.state, id);
    if (a.approval !== null && next.approval !== undefined) a.approval = next.approval;
    emit(ctx, {
      type: 'leaderChanged',
      rule,
      message: 'leader.replaced',
      params: { next: next.name, before, actor: id, why },
      actor: id,
    });
    return;
  }
  a.ousted = true;
  emit(ctx, {
    type: 'leaderChanged',
    rule,
    message: 'leader.out',
    params: { before, actor: id, why },
    actor: id,
  });
}
