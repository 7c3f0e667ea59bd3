import type { Action, Effect, PackageLine } from '../engine/index.ts';
import type { CheckContext } from './check-context.ts';
import { type Path, problem, show, warning } from './result.ts';
import { didYouMean } from './suggest.ts';

/** Warns when an effect targets an actor that has nothing for it to change. */
function checkEffect(ctx: CheckContext, effect: Effect, path: Path): void {
  if (effect.kind !== 'approval' && effect.kind !== 'unlock' && effect.kind !== 'successor') return;
  const actor = ctx.actors.get(effect.actor);
  if (actor === undefined) return;
  const missing =
    effect.kind === 'approval'
      ? actor.public === undefined && 'has no `public`, so no approval to change'
      : effect.kind === 'unlock'
        ? actor.lockedUntil === undefined && 'has no `lockedUntil`, so nothing to unlock'
        : actor.successors.length === 0 && 'has no `successors` to take over';
  if (missing) {
    ctx.out.push(
      warning(
        'scenario/effect-target',
        [...path, 'actor'],
        `${show(actor.id)} ${missing}`,
        'check the actor',
      ),
    );
  }
}

export function checkEvents(ctx: CheckContext): void {
  ctx.draft.events.forEach((event, index) => {
    if (event === undefined) return;
    const path: Path = ['events', index];
    if (event.to !== undefined && event.to < event.from) {
      ctx.out.push(
        problem(
          'scenario/bad-window',
          [...path, 'to'],
          `the event may fire from turn ${event.from} to turn ${event.to}, which is no turn at all`,
          '`to` must not come before `from`',
        ),
      );
    }
    event.effects.forEach((effect, effectIndex) => {
      checkEffect(ctx, effect, [...path, 'effects', effectIndex]);
    });
  });
}

export function checkObjectives(ctx: CheckContext): void {
  for (const [actor, list] of ctx.draft.objectives) {
    checkPointsTotal(ctx, actor, list);
    const seen = new Set<string>();
    list.forEach((objective, index) => {
      if (objective === undefined) return;
      const path: Path = ['objectives', actor, index];
      if (seen.has(objective.id)) {
        ctx.out.push(
          problem(
            'scenario/duplicate-id',
            [...path, 'id'],
            `two objectives of ${show(actor)} have the id ${show(objective.id)}`,
            'give each objective its own id',
          ),
        );
      }
      seen.add(objective.id);
      if (typeof objective.zero === 'number' && objective.zero === objective.full) {
        ctx.out.push(
          problem(
            'scenario/objective-range',
            [...path, 'full'],
            `\`zero\` and \`full\` are both ${objective.zero}, so this objective could only give no points or all of them at once`,
            'set `zero` to the measure that earns no points and `full` to the one that earns them all (either way round)',
          ),
        );
      }
      // The game reads these to score the objective: without them there is nothing to measure.
      if (objective.measure === 'progress' && objective.issue === undefined) {
        ctx.out.push(
          problem(
            'scenario/objective-target',
            [...path, 'measure'],
            'a `progress` objective must name the issue it measures, and this one names none',
            'add `issue:` with the id of one of the `issues`',
          ),
        );
      }
      if (objective.measure === 'expectation' || objective.measure === 'trust') {
        if (objective.of === undefined) {
          ctx.out.push(
            problem(
              'scenario/objective-target',
              [...path, 'measure'],
              `an \`${objective.measure}\` objective must name the other actor whose view counts, and this one names none`,
              'add `of:` with the id of another actor',
            ),
          );
        } else if (objective.of === actor) {
          ctx.out.push(
            problem(
              'scenario/self-reference',
              [...path, 'of'],
              `this objective of ${show(actor)} measures its view of itself, which the game does not keep`,
              'make `of` another actor, whose view of this one counts',
            ),
          );
        }
      }
    });
  }
}

/**
 * A delegation's points should add up to 100: the debrief, the class page and the balance report
 * read a score out of the sum, and every shipped delegation is scored out of 100, so another sum
 * is most often a slip (a goal added or removed without the others changed). A warning: it plays.
 */
function checkPointsTotal(
  ctx: CheckContext,
  actor: string,
  list: readonly ({ readonly points?: unknown } | undefined)[],
): void {
  const points = list.map((o) => o?.points).filter((p): p is number => typeof p === 'number');
  if (points.length === 0 || points.length !== list.length) return;
  const total = Math.round(points.reduce((a, b) => a + b, 0) * 1000) / 1000;
  if (total === 100) return;
  ctx.out.push(
    warning(
      'scenario/points-total',
      ['objectives', actor],
      `the objectives of ${show(actor)} add up to ${total} ${total === 1 ? 'point' : 'points'}${points.length > 1 ? ` (${points.join(' + ')})` : ''}, where scores are read out of 100`,
      total < 100
        ? `add ${Math.round((100 - total) * 1000) / 1000} points among them`
        : `take ${Math.round((total - 100) * 1000) / 1000} points off them`,
    ),
  );
}

/** Checks that a line's tier is one of the item's, and that the right side gives it. */
function checkLine(
  ctx: CheckContext,
  line: PackageLine,
  at: Path,
  givesIt: (giver: string) => boolean,
  side: string,
): void {
  const item = ctx.items.get(line.item);
  if (item === undefined) return;
  if (!item.tiers.includes(line.tier)) {
    ctx.out.push(
      problem(
        'scenario/unknown-tier',
        [...at, 'tier'],
        `${show(item.id)} has no tier ${line.tier}`,
        `use one of its tiers: ${item.tiers.join(', ')}`,
      ),
    );
  }
  // An item whose giver is unknown is reported at the item; don't pile a second problem on it.
  if (ctx.ids.actor.has(item.giver) && !givesIt(item.giver)) {
    ctx.out.push(
      problem(
        'scenario/not-giver',
        [...at, 'item'],
        `${show(item.id)} is given by ${show(item.giver)}, not by ${side}`,
        'move it to the other side of the package, or choose another item',
      ),
    );
  }
}

function checkLines(
  ctx: CheckContext,
  lines: readonly PackageLine[],
  path: Path,
  givesIt: (giver: string) => boolean,
  side: string,
): void {
  lines.forEach((line, index) => {
    checkLine(ctx, line, [...path, index], givesIt, side);
  });
}

/**
 * Checks what an action's ids cannot show on their own: the move is the stepping delegation's,
 * nobody deals with itself, tiers exist and each side gives only its own items.
 */
export function checkAction(ctx: CheckContext, action: Action, mover: string, path: Path): void {
  if (action.actor !== mover) {
    ctx.out.push(
      problem(
        'scenario/action-actor',
        [...path, 'actor'],
        `this step is ${show(mover)}'s, but the action is by ${show(action.actor)}`,
        `set \`actor: ${mover}\``,
      ),
    );
  }
  const self = (key: string, other: string): void => {
    if (other === action.actor) {
      ctx.out.push(
        problem(
          'scenario/self-reference',
          [...path, key],
          `${show(other)} cannot do this with itself`,
          'name another actor',
        ),
      );
    }
  };
  switch (action.type) {
    case 'offer':
      self('to', action.to);
      checkLines(ctx, action.give, [...path, 'give'], (giver) => giver === action.actor, 'the side offering');
      checkLines(ctx, action.ask, [...path, 'ask'], (giver) => giver === action.to, show(action.to));
      return;
    case 'counter':
      checkLines(
        ctx,
        action.give,
        [...path, 'give'],
        (giver) => giver === action.actor,
        'the side answering',
      );
      checkLines(ctx, action.ask, [...path, 'ask'], (giver) => giver !== action.actor, 'the other side');
      return;
    case 'walkOut':
      self('from', action.from);
      return;
    case 'pressure':
      self('target', action.target);
      return;
    case 'summit':
      self('with', action.with);
      return;
    case 'coordinate':
      self('ally', action.ally);
      return;
    case 'gift':
      self('to', action.to);
      checkLine(ctx, action, path, (giver) => giver === action.actor, 'the side giving');
      return;
    case 'deliver': {
      const tiers = ctx.items.get(action.item)?.tiers ?? [];
      // Any tier will do here: only the giver is checked.
      checkLine(
        ctx,
        { item: action.item, tier: tiers[0] ?? 1 },
        path,
        (giver) => giver === action.actor,
        'the side delivering',
      );
      return;
    }
    default:
      return;
  }
}

export function checkHistory(ctx: CheckContext): void {
  const { player, outcome, steps } = ctx.draft.history;
  if (typeof player === 'string' && ctx.actors.get(player)?.playable === false) {
    ctx.out.push(
      problem(
        'scenario/player-not-playable',
        ['history', 'player'],
        `${show(player)} is not playable`,
        'name a playable actor, or set `playable: true` on it',
      ),
    );
  }
  if (typeof outcome === 'string' && ctx.ids.outcome.size > 0 && !ctx.ids.outcome.has(outcome)) {
    // An error: the debrief compares the player's ending with this one, and would name none.
    ctx.out.push(
      problem(
        'scenario/unknown-outcome',
        ['history', 'outcome'],
        `${show(outcome)} is not the id of one of the \`outcomes\``,
        didYouMean(outcome, ctx.ids.outcome) ||
          `use the id of the outcome history reached, one of ${[...ctx.ids.outcome].map((id) => `\`${id}\``).join(', ')}`,
      ),
    );
  }
  steps.forEach((step, index) => {
    step?.actions.forEach((action, actionIndex) => {
      checkAction(ctx, action, step.actor, ['history', 'steps', index, 'actions', actionIndex]);
    });
  });
}
