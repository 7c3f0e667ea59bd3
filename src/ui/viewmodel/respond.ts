import {
  type Action,
  type ActorId,
  type GameState,
  type Offer,
  type Ratification,
  ratification,
  type Scenario,
  validateAction,
} from '../../engine/index.ts';
import { errorText } from './engine-words.ts';
import { actorName, forumName, packageText } from './format.ts';
import {
  type Candidate,
  checkOffer,
  type DraftInput,
  type ItemRow,
  itemRows,
  type OfferCheck,
} from './moves.ts';

/** The respond panel: the offer on the table, what accepting means at home, and the answers. */
export interface RespondPanel {
  readonly offer: Offer;
  readonly fromName: string;
  readonly forumName: string;
  /** What the player would get. */
  readonly gives: string;
  /** What the player would give. */
  readonly asks: string;
  readonly home: Ratification;
  readonly accept: Candidate;
  readonly reject: Candidate;
  /** Null when the offer is itself a counter-offer (it can only be accepted or rejected). */
  readonly counter: {
    readonly give: readonly ItemRow[];
    readonly ask: readonly ItemRow[];
    readonly check: OfferCheck;
  } | null;
}

/** The panel for an offer made to the player; null when there is none. */
export function respondPanel(
  scenario: Scenario,
  state: GameState,
  player: ActorId,
  draft: DraftInput,
): RespondPanel | null {
  const offer = state.pending;
  if (!offer || offer.to !== player) return null;
  const answer = (key: string, action: Action): Candidate => {
    const refused = validateAction(scenario, state, action);
    return { key, label: key, action, error: refused ? errorText(refused) : null };
  };
  const counterAction: Action = { type: 'counter', actor: player, give: draft.give, ask: draft.ask };
  return {
    offer,
    fromName: actorName(scenario, offer.from),
    forumName: forumName(scenario, offer.forum),
    gives: packageText(scenario, offer.give),
    asks: packageText(scenario, offer.ask),
    home: ratification(scenario, state, player, offer.give, offer.ask),
    accept: answer('accept', { type: 'accept', actor: player }),
    reject: answer('reject', { type: 'reject', actor: player }),
    counter: offer.isCounter
      ? null
      : {
          give: itemRows(
            scenario,
            state,
            player,
            player,
            offer.from,
            offer.forum,
            draft.give,
            'give',
            'counter',
          ),
          ask: itemRows(
            scenario,
            state,
            player,
            offer.from,
            offer.from,
            offer.forum,
            draft.ask,
            'ask',
            'counter',
          ),
          check: checkOffer(scenario, state, player, counterAction, offer.from, draft.give, draft.ask),
        },
  };
}
