import {
  type Action,
  type ActorId,
  actorOf,
  type ForumId,
  type GameState,
  type Item,
  indexOf,
  openForums,
  type PackageLine,
  type Preview,
  previewOffer,
  type Scenario,
  validateAction,
  whoMustAct,
} from '../../engine/index.ts';
import { actorName, forumName, itemName, tierLabel } from './format.ts';

/** The package being built (mirrors the store's draft; kept structural so this stays pure). */
export interface DraftInput {
  readonly to: ActorId | null;
  readonly forum: ForumId | null;
  readonly give: readonly PackageLine[];
  readonly ask: readonly PackageLine[];
}

/** A concrete move the panel can send, with the reason it is refused now (null: legal). */
export interface Candidate {
  readonly key: string;
  readonly label: string;
  readonly action: Action;
  readonly error: string | null;
}

/** One item in the give or ask list of the offer builder. */
export interface ItemRow {
  readonly id: string;
  readonly name: string;
  readonly kind: Item['kind'];
  readonly description: string;
  readonly tiers: readonly { readonly tier: number; readonly label: string }[];
  /** The line in the draft, or null when the item is not included. */
  readonly line: PackageLine | null;
  /** Why the item cannot go into this package now, or null. */
  readonly unavailable: string | null;
}

/** The offer (or counter-offer) the draft makes, checked and previewed. */
export interface OfferCheck {
  readonly action: Action | null;
  readonly error: string | null;
  readonly preview: Preview | null;
}

/** Everything the move panel shows when the player has the move. */
export interface MovePanel {
  readonly counterparts: readonly { readonly id: ActorId; readonly name: string }[];
  readonly to: ActorId | null;
  readonly forums: readonly { readonly id: ForumId | null; readonly name: string }[];
  readonly forum: ForumId | null;
  readonly give: readonly ItemRow[];
  readonly ask: readonly ItemRow[];
  readonly offer: OfferCheck;
  readonly summit: readonly Candidate[];
  readonly pressure: readonly Candidate[];
  readonly coordinate: readonly Candidate[];
  readonly gift: readonly Candidate[];
  readonly deliver: readonly Candidate[];
  readonly wait: Candidate;
  readonly walkOut: readonly Candidate[];
  readonly backDown: Candidate;
}

function candidate(
  scenario: Scenario,
  state: GameState,
  key: string,
  label: string,
  action: Action,
): Candidate {
  return { key, label, action, error: validateAction(scenario, state, action)?.message ?? null };
}

/** Delegations the player can deal with: at the table, not the player, not gone. */
export function counterpartsOf(scenario: Scenario, state: GameState, player: ActorId): ActorId[] {
  return scenario.order.filter(
    (id) => id !== player && !actorOf(scenario, id).background && !state.actors[id]?.ousted,
  );
}

/** The draft's counterpart, falling back to the first one at the table. */
export function draftTarget(
  scenario: Scenario,
  state: GameState,
  player: ActorId,
  draft: DraftInput,
): ActorId | null {
  const all = counterpartsOf(scenario, state, player);
  return draft.to !== null && all.includes(draft.to) ? draft.to : (all[0] ?? null);
}

/** Rows for one side of the builder: the giver's items, each checked alone in this forum. */
export function itemRows(
  scenario: Scenario,
  state: GameState,
  player: ActorId,
  giver: ActorId,
  to: ActorId,
  forum: ForumId | null,
  lines: readonly PackageLine[],
  side: 'give' | 'ask',
  as: 'offer' | 'counter' = 'offer',
): ItemRow[] {
  return (indexOf(scenario).itemsByGiver.get(giver) ?? []).map((item) => {
    const line = lines.find((l) => l.item === item.id) ?? null;
    const probe: PackageLine = { item: item.id, tier: line?.tier ?? item.tiers[item.tiers.length - 1] ?? 1 };
    const give = side === 'give' ? [probe] : [];
    const ask = side === 'ask' ? [probe] : [];
    const action: Action =
      as === 'counter'
        ? { type: 'counter', actor: player, give, ask }
        : { type: 'offer', actor: player, to, ...(forum ? { forum } : {}), give, ask };
    const error = validateAction(scenario, state, action);
    // Only reasons about the item itself make it unavailable; turn-order reasons are shown elsewhere.
    const itemReason = error && /^(offer|forum|actor)\//.test(error.code) && error.code !== 'offer/empty';
    return {
      id: item.id,
      name: itemName(scenario, item.id),
      kind: item.kind,
      description: item.description,
      tiers: item.tiers.map((tier) => ({ tier, label: tierLabel(tier) })),
      line,
      unavailable: itemReason ? error.message : null,
    };
  });
}

/** The offer the draft makes and the advisors' preview of it. */
export function checkOffer(
  scenario: Scenario,
  state: GameState,
  player: ActorId,
  action: Action | null,
  to: ActorId | null,
  give: readonly PackageLine[],
  ask: readonly PackageLine[],
): OfferCheck {
  if (!action || to === null) return { action: null, error: null, preview: null };
  const error = validateAction(scenario, state, action)?.message ?? null;
  const empty = give.length === 0 && ask.length === 0;
  const preview = empty ? null : previewOffer(scenario, state, player, to, give, ask);
  return { action, error, preview };
}

/** The move panel: offer builder, side moves and table moves, each with its legality. */
export function movePanel(
  scenario: Scenario,
  state: GameState,
  player: ActorId,
  draft: DraftInput,
): MovePanel {
  const others = counterpartsOf(scenario, state, player);
  const to = draftTarget(scenario, state, player, draft);
  const forumIds = to === null ? [null] : openForums(scenario, state, player, to);
  const forum = draft.forum !== null && forumIds.includes(draft.forum) ? draft.forum : null;
  const name = (id: ActorId) => actorName(scenario, id);
  const c = (key: string, label: string, action: Action) => candidate(scenario, state, key, label, action);
  const offerAction: Action | null =
    to === null
      ? null
      : { type: 'offer', actor: player, to, ...(forum ? { forum } : {}), give: draft.give, ask: draft.ask };
  const everyone = scenario.actors
    .filter((a) => a.id !== player && !state.actors[a.id]?.ousted)
    .map((a) => a.id);
  const myItems = indexOf(scenario).itemsByGiver.get(player) ?? [];
  return {
    counterparts: others.map((id) => ({ id, name: name(id) })),
    to,
    forums: forumIds.map((id) => ({ id, name: forumName(scenario, id) })),
    forum,
    give: to === null ? [] : itemRows(scenario, state, player, player, to, forum, draft.give, 'give'),
    ask: to === null ? [] : itemRows(scenario, state, player, to, to, forum, draft.ask, 'ask'),
    offer: checkOffer(scenario, state, player, offerAction, to, draft.give, draft.ask),
    summit: others.map((id) => c(`summit:${id}`, name(id), { type: 'summit', actor: player, with: id })),
    pressure: others.flatMap((id) =>
      [1, 2, 3].map((level) =>
        c(`pressure:${id}:${level}`, name(id), { type: 'pressure', actor: player, target: id, level }),
      ),
    ),
    coordinate: everyone.flatMap((ally) =>
      others
        .filter((target) => target !== ally)
        .map((target) =>
          c(`coordinate:${ally}:${target}`, name(ally), { type: 'coordinate', actor: player, ally, target }),
        ),
    ),
    gift: others.flatMap((receiver) =>
      myItems.flatMap((item) =>
        item.tiers.flatMap((tier) =>
          [false, true].map((conditional) =>
            c(`gift:${receiver}:${item.id}:${tier}:${conditional}`, item.name, {
              type: 'gift',
              actor: player,
              to: receiver,
              item: item.id,
              tier,
              ...(conditional ? { conditional: true } : {}),
            }),
          ),
        ),
      ),
    ),
    deliver: [
      ...new Set(state.promises.filter((p) => p.giver === player && p.status === 'open').map((p) => p.item)),
    ].map((item) => c(`deliver:${item}`, itemName(scenario, item), { type: 'deliver', actor: player, item })),
    wait: c('wait', 'wait', { type: 'wait', actor: player }),
    walkOut: others.map((id) => c(`walkOut:${id}`, name(id), { type: 'walkOut', actor: player, from: id })),
    backDown: c('backDown', 'backDown', { type: 'backDown', actor: player }),
  };
}

/** Whose move it is, from the player's seat. */
export function panelMode(
  scenario: Scenario,
  state: GameState,
  player: ActorId,
): { mode: 'move' | 'respond' | 'waiting' | 'ended'; actor: ActorId | null } {
  const turn = whoMustAct(scenario, state);
  if (!turn) return { mode: 'ended', actor: null };
  if (turn.actor !== player) return { mode: 'waiting', actor: turn.actor };
  return { mode: turn.mode, actor: player };
}
