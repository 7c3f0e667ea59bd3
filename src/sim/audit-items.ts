import { type ActorId, actorOf, type Item, type Scenario } from '../engine/index.ts';
import type { AuditFinding } from './audit-types.ts';

/**
 * Items no package can ever carry: the giver never moves, nobody at the table gains from getting
 * it, or it may only be offered in forums where the giver meets no one who would take it.
 */

/** Whether `receiver` gains anything from getting the item: value, its public, or an objective. */
function gains(scenario: Scenario, item: Item, receiver: ActorId): boolean {
  if ((item.value[receiver] ?? 0) > 0 || (item.salience[receiver] ?? 0) > 0) return true;
  return (scenario.objectives[receiver] ?? []).some(
    (o) => o.measure === 'progress' && o.issue !== undefined && (item.progress[o.issue] ?? 0) > 0,
  );
}

export function itemFindings(scenario: Scenario): AuditFinding[] {
  const out: AuditFinding[] = [];
  const atTable = scenario.actors.filter((a) => !a.background).map((a) => a.id);
  for (const item of scenario.items) {
    const path = ['items', { id: item.id }] as const;
    const giver = actorOf(scenario, item.giver);
    if (giver.background) {
      out.push({
        code: 'audit/item-no-giver',
        severity: 'warning',
        path: [...path, 'giver'],
        message: `"${item.id}" can never be given: its giver, ${giver.name}, is a background actor and never moves`,
        hint: `give it to an actor at the table, or set \`background: false\` on \`${giver.id}\``,
      });
      continue;
    }
    const takers = atTable.filter((id) => id !== item.giver && gains(scenario, item, id));
    if (takers.length === 0) {
      const offTable = Object.keys(item.value).filter((id) => id !== item.giver && (item.value[id] ?? 0) > 0);
      out.push({
        code: 'audit/item-unwanted',
        severity: 'warning',
        path: [...path, offTable.length > 0 ? 'value' : 'id'],
        message:
          offTable.length > 0
            ? `no delegation at the table wants "${item.id}": only background actors value it, and they never deal`
            : `no delegation at the table wants "${item.id}": nobody but its giver has a \`value\` or \`salience\` for it, and it moves no issue anyone is scored on`,
        hint: `add \`value: {ACTOR: N}\` for the delegation that would want it, or remove the item`,
      });
      continue;
    }
    if (item.forums === undefined || item.forums.length === 0) continue;
    const meets = scenario.forums.some(
      (f) =>
        item.forums?.includes(f.id) &&
        f.members.includes(item.giver) &&
        takers.some((t) => f.members.includes(t)),
    );
    if (!meets) {
      out.push({
        code: 'audit/item-no-forum',
        severity: 'warning',
        path: [...path, 'forums'],
        message: `"${item.id}" may only be offered in ${item.forums.map((f) => `\`${f}\``).join(', ')}, where ${giver.name} never sits with anyone who wants it`,
        hint: `add \`${item.giver}\` and the delegations that want it (${takers.map((t) => `\`${t}\``).join(', ')}) to the forum's \`members\`, or remove \`forums\` from the item`,
      });
    }
  }
  return out;
}
