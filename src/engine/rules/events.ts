import { holds } from '../conditions.ts';
import { because, type Ctx, emit, setApproval, setProgress, setRelation, setTension } from '../context.ts';
import { nextRandom } from '../rng.ts';
import { eventRule } from '../rule-ids.ts';
import { actorState, writableRelation } from '../state.ts';
import type { Effect, ScenarioEvent } from '../types.ts';
import { replaceLeader } from './elections.ts';

/**
 * Scenario events at the start of a turn: scheduled ones on their turn, conditional ones when
 * their predicate first holds, chance ones by the seeded generator. Each fires once and cites
 * its source.
 */
export function fireEvents(ctx: Ctx): void {
  const { state } = ctx;
  for (const event of ctx.scenario.events) {
    if (state.fired.includes(event.id)) continue;
    if (state.turn < event.from || state.turn > event.to) continue;
    if (!due(ctx, event)) continue;
    state.fired.push(event.id);
    emit(ctx, {
      type: 'eventFired',
      rule: eventRule(event.id),
      message: 'event.fired',
      params: { headline: event.headline, text: event.text },
      subject: event.id,
      cite: event.cite,
    });
    for (const effect of event.effects) applyEffect(ctx, event, effect);
  }
}

function due(ctx: Ctx, event: ScenarioEvent): boolean {
  if (event.turn !== undefined && event.turn !== ctx.state.turn) return false;
  if (event.when && !holds(ctx.state, event.when)) return false;
  if (event.chance !== undefined) {
    const draw = nextRandom(ctx.state.rng);
    ctx.state.rng = draw.state;
    if (draw.value >= event.chance) return false;
  }
  return true;
}

function applyEffect(ctx: Ctx, event: ScenarioEvent, effect: Effect): void {
  const rule = eventRule(event.id);
  const headline = event.headline;
  switch (effect.kind) {
    case 'tension':
      setTension(
        ctx,
        ctx.state.tension + effect.delta,
        rule,
        because('event.tension', { change: effect.delta, headline }),
      );
      return;
    case 'approval': {
      const approval = actorState(ctx.state, effect.actor).approval;
      if (approval === null) return;
      setApproval(
        ctx,
        effect.actor,
        approval + effect.delta,
        rule,
        because('event.approval', { change: effect.delta, headline }),
      );
      return;
    }
    case 'expectation':
    case 'reservation':
    case 'trust': {
      const rel = writableRelation(ctx.state, effect.from, effect.to);
      setRelation(
        ctx,
        effect.from,
        effect.to,
        effect.kind,
        rel[effect.kind] + effect.delta,
        rule,
        because(`event.${effect.kind}`, { change: effect.delta, headline }),
      );
      return;
    }
    case 'progress':
      setProgress(
        ctx,
        effect.issue,
        (ctx.state.progress[effect.issue] ?? 0) + effect.delta,
        rule,
        because('event.progress', { change: effect.delta, headline }),
      );
      return;
    case 'unlock': {
      const a = actorState(ctx.state, effect.actor);
      if (!a.locked) return;
      a.locked = false;
      emit(ctx, {
        type: 'unlocked',
        rule,
        message: 'event.unlocked',
        params: { actor: effect.actor, headline },
        actor: effect.actor,
      });
      return;
    }
    case 'successor':
      replaceLeader(ctx, effect.actor, rule, headline);
      return;
  }
}
