import {
  type ActorId,
  type CounterpartView,
  type DelegationView,
  type GameState,
  type Scenario,
  viewFor,
} from '../../engine/index.ts';
import { t } from '../strings/index.ts';
import { actorName, forumName, itemName, percent, vp } from './format.ts';
import { optionLines } from './options.ts';

/** How tense things are, in words as well as a number. */
export type TensionBand = 'calm' | 'tense' | 'high' | 'crisis';

/** The tension band in words: calm, tense, high (near the crisis line) or crisis. */
export function tensionBand(tension: number, crisisAt: number, crisisOpen: boolean): TensionBand {
  if (crisisOpen || tension >= crisisAt) return 'crisis';
  if (tension >= crisisAt - 15) return 'high';
  if (tension >= 40) return 'tense';
  return 'calm';
}

/** A delegation around the table, with the advisors' estimates as text and as 0-1 levels. */
export interface DelegationCard {
  readonly id: ActorId;
  readonly name: string;
  readonly capital: string;
  readonly leader: string;
  readonly mood: CounterpartView['mood'];
  readonly approval: number | null;
  readonly expectation: { readonly text: string; readonly value: number; readonly band: number };
  readonly reservation: { readonly text: string; readonly value: number; readonly band: number };
  readonly trust: { readonly text: string; readonly value: number; readonly band: number };
  readonly ourTrust: number;
  readonly locked: boolean;
  /** While locked by a capped lock, the most it may give in one move; null otherwise. */
  readonly lockCap: number | null;
  /** What the lock holds it to, in words; null when not locked. */
  readonly lockText: string | null;
  readonly ousted: boolean;
  readonly election: string | null;
}

/** One turn on the calendar. */
export interface TimelineTurn {
  readonly turn: number;
  readonly label: string;
  readonly note: string;
  readonly state: 'past' | 'now' | 'future';
  readonly elections: readonly string[];
  readonly forums: readonly string[];
  /** What history did on this turn, when the teacher's options show it as you play (past and present turns only). */
  readonly history: readonly string[];
}

/** What the table screen shows about the game, from the player's seat. */
export interface TableView {
  readonly title: string;
  readonly turn: number;
  readonly turns: number;
  readonly turnLabel: string;
  readonly tension: number;
  readonly tensionBand: TensionBand;
  readonly crisisAt: number;
  readonly crisisOpen: boolean;
  readonly self: {
    readonly name: string;
    readonly leader: string;
    readonly approval: number | null;
    readonly threshold: number;
    readonly election: string | null;
  };
  readonly delegations: readonly DelegationCard[];
  readonly issues: readonly { readonly id: string; readonly name: string; readonly progress: number }[];
  readonly timeline: readonly TimelineTurn[];
  /**
   * What history did on the turn in play, when the teacher's options show it as you play; empty
   * otherwise (history waits for the debrief).
   */
  readonly historyNow: readonly string[];
  /** The teacher's options of this game, in words (none for a game as written). */
  readonly options: readonly string[];
  readonly promises: readonly string[];
  readonly ended: boolean;
  /** The offer on the table, if any: who proposed it to whom. */
  readonly pending: { readonly from: ActorId; readonly to: ActorId } | null;
}

/** When the next election is, counted from this turn: "Upper House election next turn". */
export function electionText(turn: number, election: { turn: number; name: string } | null): string | null {
  if (!election) return null;
  const away = election.turn - turn;
  if (away <= 0) return t('table.nextElectionNow', { name: election.name });
  return away === 1
    ? t('table.nextElectionNext', { name: election.name })
    : t('table.nextElection', { name: election.name, turns: away });
}

/** The table as the player's advisors see it. */
export function tableView(scenario: Scenario, state: GameState, player: ActorId): TableView {
  return tableViewFrom(scenario, viewFor(scenario, state, player));
}

/**
 * The table from a delegation's view alone: what a class seat has, since the class server sends a
 * seat its view and never the state behind it.
 */
export function tableViewFrom(scenario: Scenario, view: Omit<DelegationView, 'log'>): TableView {
  const player = view.viewer;
  const me = scenario.actors.find((a) => a.id === player);
  return {
    title: scenario.title,
    turn: view.turn,
    turns: view.turns,
    turnLabel: view.turnLabel,
    tension: Math.round(view.tension),
    // The band follows the figure shown, so a tension shown as 40 never reads "calm".
    tensionBand: tensionBand(Math.round(view.tension), scenario.params.crisisAt, view.crisis.open),
    crisisAt: scenario.params.crisisAt,
    crisisOpen: view.crisis.open,
    self: {
      name: me?.name ?? player,
      leader: view.self.leader,
      approval: view.self.approval === null ? null : Math.round(view.self.approval),
      threshold: view.self.threshold,
      // Once the talks are over no election is still to come.
      election: view.status === 'ended' ? null : electionText(view.turn, view.self.nextElection),
    },
    delegations: view.others
      .filter((o) => scenario.order.includes(o.id))
      .map((o) => ({
        id: o.id,
        name: o.name,
        capital: scenario.actors.find((a) => a.id === o.id)?.capital ?? o.name,
        leader: o.leader,
        mood: o.mood,
        approval: o.approval === null ? null : Math.round(o.approval),
        expectation: {
          text: t('table.vpBand', { value: vp(o.expectation.value), band: vp(o.expectation.band) }),
          value: o.expectation.value,
          band: o.expectation.band,
        },
        reservation: {
          text: t('table.vpBand', { value: vp(o.reservation.value), band: vp(o.reservation.band) }),
          value: o.reservation.value,
          band: o.reservation.band,
        },
        trust: {
          text: t('table.pctBand', { value: percent(o.trust.value), band: percent(o.trust.band) }),
          value: o.trust.value,
          band: o.trust.band,
        },
        ourTrust: o.ourTrust,
        locked: o.locked,
        lockCap: o.lockCap,
        lockText: o.locked
          ? o.lockCap === null
            ? t('table.locked')
            : t('table.lockedSmall', { cap: vp(o.lockCap) })
          : null,
        ousted: o.ousted,
        election: view.status === 'ended' ? null : electionText(view.turn, o.nextElection),
      })),
    issues: scenario.issues.map((i) => ({
      id: i.id,
      name: i.name,
      progress: Math.round(view.progress[i.id] ?? 0),
    })),
    historyNow: view.history.filter((h) => h.turn === view.turn).map((h) => h.note),
    options: optionLines(scenario, view.options),
    // A game the teacher shortened shows only the turns it has.
    timeline: scenario.turns.slice(0, view.turns).map((turn, index) => {
      const n = index + 1;
      return {
        history: view.history.filter((h) => h.turn === n).map((h) => h.note),
        turn: n,
        label: turn.label,
        note: turn.note ?? '',
        state: n < view.turn ? 'past' : n === view.turn ? 'now' : 'future',
        // Another delegation's election says whose it is; one the turn's note already names is not repeated.
        elections: scenario.actors
          .flatMap((a) =>
            (a.public?.elections ?? [])
              .filter((e) => e.turn === n)
              .map((e) =>
                a.id === player ? e.name : t('table.electionOf', { name: a.name, election: e.name }),
              ),
          )
          .filter((e) => !(turn.note ?? '').toLowerCase().includes(e.toLowerCase())),
        forums: scenario.forums.filter((f) => f.sessions.includes(n)).map((f) => forumName(scenario, f.id)),
      };
    }),
    promises: view.promises
      .filter((p) => p.status === 'open')
      .map((p) =>
        t('table.promiseLine', {
          giver: actorName(scenario, p.giver),
          item: itemName(scenario, p.item),
          receiver: actorName(scenario, p.receiver),
          deadline: p.deadline,
        }),
      ),
    ended: view.status === 'ended',
    pending: view.pending ? { from: view.pending.from, to: view.pending.to } : null,
  };
}

/** How sure the advisors are of a delegation's figures, from the width of their bands. */
export type Certainty = 'firm' | 'loose' | 'guess';

/** The widest of a delegation's uncertainty bands, as a share of its scale, in words. */
export function certaintyOf(card: DelegationCard): Certainty {
  const spread = Math.max(card.trust.band, card.expectation.band / 20, card.reservation.band / 20);
  if (spread <= 0.08) return 'firm';
  return spread <= 0.18 ? 'loose' : 'guess';
}

/** One seat's card on the map: who sits there and, for a counterpart, what the advisors estimate. */
export interface SeatCard {
  readonly id: ActorId;
  readonly name: string;
  readonly capital: string;
  readonly leader: string;
  readonly player: boolean;
  readonly background: boolean;
  readonly mood: CounterpartView['mood'] | null;
  /** Label and value pairs: the estimates with their bands, or the player's own approval. */
  readonly facts: readonly { readonly label: string; readonly value: string }[];
  /** Lines below the figures: whose approval, the next election, locked or gone. */
  readonly notes: readonly string[];
  readonly certainty: Certainty | null;
}

/** The cards of every delegation on the map, from the player's seat: the same figures as the panels. */
export function seatCards(scenario: Scenario, state: GameState, player: ActorId): SeatCard[] {
  const view = tableView(scenario, state, player);
  const cards = new Map(view.delegations.map((d) => [d.id, d]));
  const others = new Map(viewFor(scenario, state, player).others.map((o) => [o.id, o]));
  return scenario.actors.map((actor): SeatCard => {
    const base = {
      id: actor.id,
      name: actor.name,
      capital: actor.capital,
      player: actor.id === player,
      background: actor.background,
    };
    if (actor.id === player) {
      const self = view.self;
      return {
        ...base,
        leader: self.leader,
        mood: null,
        facts:
          self.approval === null
            ? []
            : [
                {
                  label: t('table.approval'),
                  value: t('legend.card.approval', { value: self.approval, threshold: self.threshold }),
                },
              ],
        notes: [self.approval === null ? t('table.noPublic') : null, self.election].filter(
          (n): n is string => n !== null,
        ),
        certainty: null,
      };
    }
    const card = cards.get(actor.id);
    if (!card) {
      return {
        ...base,
        leader: others.get(actor.id)?.leader ?? actor.leader.name,
        mood: null,
        facts: [],
        notes: [t('legend.card.background')],
        certainty: null,
      };
    }
    return {
      ...base,
      leader: card.leader,
      mood: card.mood,
      facts: [
        { label: t('table.mood'), value: t(`table.mood.${card.mood}`) },
        { label: t('table.expects'), value: card.expectation.text },
        { label: t('table.walkAway'), value: card.reservation.text },
        { label: t('table.trustsYou'), value: card.trust.text },
        { label: t('table.yourTrust'), value: `${percent(card.ourTrust)}%` },
      ],
      notes: [
        card.approval === null ? null : t('table.approvalOf', { name: card.name, value: card.approval }),
        card.election,
        card.lockText,
        card.ousted ? t('table.ousted') : null,
      ].filter((n): n is string => n !== null),
      certainty: certaintyOf(card),
    };
  });
}
