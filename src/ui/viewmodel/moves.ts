import {
  type Action,
  type ActionOf,
  type ActionType,
  type ActorId,
  adversaryOf,
  COORDINATION_MIN_TRUST,
  counterpartsOf,
  estimateRelation,
  type ForumId,
  type GameState,
  type Item,
  indexOf,
  type ListedAction,
  listActions,
  openForums,
  type PackageLine,
  type Preview,
  previewOffer,
  type Scenario,
  validateAction,
  whoMustAct,
} from '../../engine/index.ts';
import { adviceText, errorText } from './engine-words.ts';
import { actorName, forumName, itemName, tierLabel } from './format.ts';

/** The package being built (mirrors the store's draft; kept structural so this stays pure). */
export interface DraftInput {
  readonly to: ActorId | null;
  readonly forum: ForumId | null;
  readonly give: readonly PackageLine[];
  readonly ask: readonly PackageLine[];
}

/** A concrete move the panel can send, with the reason it is refused now (null: legal). */
export interface Candidate<A extends Action = Action> {
  readonly key: string;
  readonly label: string;
  readonly action: A;
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
  readonly summit: readonly Candidate<ActionOf<'summit'>>[];
  readonly pressure: readonly Candidate<ActionOf<'pressure'>>[];
  readonly coordinate: readonly Candidate<ActionOf<'coordinate'>>[];
  readonly gift: readonly Candidate<ActionOf<'gift'>>[];
  readonly deliver: readonly Candidate<ActionOf<'deliver'>>[];
  /** Null when it is not the player's move. */
  readonly wait: Candidate<ActionOf<'wait'>> | null;
  readonly walkOut: readonly Candidate<ActionOf<'walkOut'>>[];
  readonly backDown: Candidate<ActionOf<'backDown'>> | null;
}

/** The moves the panel offers as buttons; offers are built in the package builder instead. */
const BUTTON_MOVES = [
  'summit',
  'pressure',
  'coordinate',
  'gift',
  'deliver',
  'wait',
  'walkOut',
  'backDown',
] as const satisfies readonly ActionType[];

/** The listed actions of one type, as the engine lists them. */
function ofType<K extends ActionType>(listed: readonly ListedAction[], type: K): ListedAction<ActionOf<K>>[] {
  return listed.filter((l): l is ListedAction<ActionOf<K>> => l.action.type === type);
}

/** A listed action as a panel choice, keyed by what varies within its type. */
function candidate<A extends Action>(
  listed: ListedAction<A>,
  parts: readonly (string | number | boolean)[],
  label: string,
): Candidate<A> {
  return {
    key: [listed.action.type, ...parts].join(':'),
    label,
    action: listed.action,
    error: listed.error ? errorText(listed.error) : null,
  };
}

/**
 * The draft's counterpart while it is still at the table; before the player picks one, the side
 * they distrust most (the one the talks are about, not an ally), as the strategies choose it.
 */
export function draftTarget(
  scenario: Scenario,
  state: GameState,
  player: ActorId,
  draft: DraftInput,
): ActorId | null {
  const all = counterpartsOf(scenario, state, player);
  if (draft.to !== null && all.includes(draft.to)) return draft.to;
  return adversaryOf(scenario, state, player) ?? all[0] ?? null;
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
  // Only what the receiving side could value: offering Washington a visit to Pyongyang, or asking
  // for what we do not want, is no move at all. An item already in the draft stays listed.
  const receiver = side === 'give' ? to : player;
  const items = (indexOf(scenario).itemsByGiver.get(giver) ?? []).filter(
    (item) => (item.value[receiver] ?? 0) > 0 || lines.some((l) => l.item === item.id),
  );
  return items.map((item) => {
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
      unavailable: itemReason ? errorText(error) : null,
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
  const refused = validateAction(scenario, state, action);
  const error = refused ? errorText(refused) : null;
  const empty = give.length === 0 && ask.length === 0;
  const preview = empty ? null : previewOffer(scenario, state, player, to, give, ask);
  // The advisors' lines in the player's language; the engine's own `advice` is its English.
  const advised = preview && { ...preview, advice: preview.notes.map((n) => adviceText(scenario, n)) };
  return { action, error, preview: advised };
}

/**
 * The move panel: offer builder, side moves and table moves. The choices are the engine's own
 * listing (`listActions`), each with its legality, so the panel never re-lists the rules.
 */
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
  const offerAction: Action | null =
    to === null
      ? null
      : { type: 'offer', actor: player, to, ...(forum ? { forum } : {}), give: draft.give, ask: draft.ask };
  const listed = listActions(scenario, state, player, BUTTON_MOVES);
  const single = <A extends Action>(list: readonly ListedAction<A>[]): Candidate<A> | null => {
    const [only] = list;
    return only ? candidate(only, [], only.action.type) : null;
  };
  return {
    counterparts: others.map((id) => ({ id, name: name(id) })),
    to,
    forums: forumIds.map((id) => ({ id, name: forumName(scenario, id) })),
    forum,
    give: to === null ? [] : itemRows(scenario, state, player, player, to, forum, draft.give, 'give'),
    ask: to === null ? [] : itemRows(scenario, state, player, to, to, forum, draft.ask, 'ask'),
    offer: checkOffer(scenario, state, player, offerAction, to, draft.give, draft.ask),
    summit: ofType(listed, 'summit').map((l) => candidate(l, [l.action.with], name(l.action.with))),
    pressure: ofType(listed, 'pressure').map((l) =>
      candidate(l, [l.action.target, l.action.level], name(l.action.target)),
    ),
    // Only a true ally: one the advisors think may trust us enough to line up (the rule's bar).
    coordinate: ofType(listed, 'coordinate')
      .filter((l) => {
        const trust = estimateRelation(scenario, state, player, l.action.ally, 'trust');
        return trust.value + trust.band >= COORDINATION_MIN_TRUST;
      })
      .map((l) => candidate(l, [l.action.ally, l.action.target], name(l.action.ally))),
    gift: ofType(listed, 'gift').map((l) =>
      candidate(
        l,
        [l.action.to, l.action.item, l.action.tier, l.action.conditional === true],
        itemName(scenario, l.action.item),
      ),
    ),
    deliver: ofType(listed, 'deliver').map((l) =>
      candidate(l, [l.action.item], itemName(scenario, l.action.item)),
    ),
    wait: single(ofType(listed, 'wait')),
    walkOut: ofType(listed, 'walkOut').map((l) => candidate(l, [l.action.from], name(l.action.from))),
    backDown: single(ofType(listed, 'backDown')),
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
