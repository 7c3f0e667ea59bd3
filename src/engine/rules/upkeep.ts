import { because, type Ctx, emit, setApproval, setRelation, setTension } from '../context.ts';
import { round3 } from '../numbers.ts';
import { actorState, sortedIds, writableRelationAt } from '../state.ts';
import { breakOverduePromises } from './delivery.ts';
import { holdElections } from './elections.ts';

/**
 * The end of a turn: broken promises, the public's verdict, summits that came home empty-handed,
 * pressure wearing off, tension drifting and crises, elections.
 */
export function upkeep(ctx: Ctx): void {
  breakOverduePromises(ctx);
  publicMood(ctx);
  recover(ctx);
  tensionAndCrisis(ctx);
  holdElections(ctx);
  const { state } = ctx;
  state.alignments = state.alignments.filter((a) => a.until > state.turn);
}

/** Approval follows what the government brought home, losses weighing more, then drifts to its base. */
function publicMood(ctx: Ctx): void {
  const { p, state, scenario } = ctx;
  for (const actor of scenario.actors) {
    const a = actorState(state, actor.id);
    if (a.approval === null || !actor.public) continue;
    if (a.summitWith !== null && !a.dealtWith.includes(a.summitWith)) {
      setApproval(
        ctx,
        actor.id,
        a.approval - p.summitEmptyHanded,
        'approval/summit-empty',
        because('approval.summit-empty', { change: -p.summitEmptyHanded }),
      );
    }
    if (a.verdict !== 0) {
      const summitBoost = a.summitWith !== null && a.dealtWith.includes(a.summitWith) ? p.summitBoost : 1;
      const weight = a.verdict > 0 ? p.approvalGain * summitBoost : p.approvalGain * p.lossAversion;
      const change = a.verdict * weight;
      setApproval(
        ctx,
        actor.id,
        a.approval + change,
        a.verdict > 0 ? 'approval/gain' : 'approval/loss',
        because(
          a.verdict <= 0 ? 'approval.loss' : summitBoost > 1 ? 'approval.gain-summit' : 'approval.gain',
          { change, verdict: a.verdict },
        ),
      );
    }
    const drift = p.approvalDrift * (actor.public.base - a.approval);
    if (Math.abs(drift) >= 0.05) {
      setApproval(
        ctx,
        actor.id,
        a.approval + drift,
        'approval/drift',
        because('approval.drift', { change: drift, base: actor.public.base }),
      );
    }
  }
}

/** Pressure wears off: walk-away values recover and targets become sensitive to pressure again. */
function recover(ctx: Ctx): void {
  const { p, state } = ctx;
  for (const key of sortedIds(state.relations)) {
    const rel = state.relations[key]!;
    const [from, to] = key.split('>') as [string, string];
    const gap = rel.baseReservation - rel.reservation;
    if (Math.abs(gap) >= 0.05) {
      setRelation(
        ctx,
        from,
        to,
        'reservation',
        rel.reservation + p.reservationRecovery * gap,
        'reservation/recover',
        because('reservation.recover', { change: p.reservationRecovery * gap }),
      );
    }
    // Copied only when it changes: most relations are never pressed, and stay shared.
    const habituation = round3(Math.min(1, rel.habituation + p.habituationRecovery));
    if (habituation !== rel.habituation) writableRelationAt(state, key).habituation = habituation;
  }
}

function tensionAndCrisis(ctx: Ctx): void {
  const { p, state } = ctx;
  const drift = p.tensionDrift * (state.tensionBase - state.tension);
  if (Math.abs(drift) >= 0.05) {
    setTension(
      ctx,
      state.tension + drift,
      'tension/drift',
      because('tension.drift', { change: drift, base: state.tensionBase }),
    );
  }
  if (state.crisis.open) {
    if (state.crisis.backedDown.length > 0) {
      state.crisis.open = false;
      emit(ctx, {
        type: 'crisisClosed',
        rule: 'crisis/close',
        message: 'crisis.close',
        params: {},
      });
    } else {
      setTension(
        ctx,
        state.tension + p.crisisEscalation,
        'crisis/escalate',
        because('crisis.escalate', { change: p.crisisEscalation }),
      );
    }
  } else if (state.tension >= p.crisisAt) {
    state.crisis = { open: true, count: state.crisis.count + 1, backedDown: [] };
    state.tensionBase = round3(state.tensionBase + p.crisisBaseRise);
    emit(ctx, {
      type: 'crisisOpened',
      rule: 'crisis/open',
      message: 'crisis.open',
      params: { tension: state.tension, base: state.tensionBase },
    });
  }
}
