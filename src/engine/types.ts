/**
 * The vocabulary of the negotiation model. A `Scenario` is what the engine consumes: the loader in
 * `src/scenario` turns a YAML file into one, with every default filled in, so the rules never guess.
 */

/** Ids are lower-case slugs; the loader enforces `^[a-z][a-z0-9_-]{0,63}$`. */
export type ActorId = string;
export type ItemId = string;
export type IssueId = string;
export type ForumId = string;
export type EventId = string;
export type SourceFile = string;

export const ITEM_KINDS = ['material', 'symbolic', 'process', 'security', 'information', 'release'] as const;
/** What sort of thing an item is; symbolic items lose value when repeated. */
export type ItemKind = (typeof ITEM_KINDS)[number];

/** Kinds that can be handed over again and again when an item does not say otherwise. */
export const REPEATABLE_KINDS: readonly ItemKind[] = ['material', 'symbolic'];

export const CONCESSION_STYLES = ['boulware', 'linear', 'conceder', 'hardliner'] as const;
/** How fast an actor lowers its demands from its expectation toward its walk-away value. */
export type ConcessionStyle = (typeof CONCESSION_STYLES)[number];

/**
 * How the AI plays a delegation. `engage`: offers the Nash-best package it believes the other side
 * would take, else waits. `demand`: talks only in multilateral forums and, when no fair package
 * suits it, tables a lowball offer ("offered too little and still demanded too much").
 * `pressure`: lines up the target's patrons, presses, escalates when that wins nothing, and
 * demands. `mediate`: answers offers but starts none.
 */
export const STANCES = ['engage', 'demand', 'pressure', 'mediate'] as const;
export type Stance = (typeof STANCES)[number];

export const CONTROLLERS = ['person', 'ai'] as const;
export type Controller = (typeof CONTROLLERS)[number];

/** A citation: an article file in `shared/sources`, with an optional short quote. */
export interface Citation {
  /** Required unless `addedContext` is true. */
  readonly source?: SourceFile;
  readonly quote?: string;
  /** True when the fact is not in any article and was added for play (a date, a name). */
  readonly addedContext?: boolean;
}

export interface Election {
  readonly turn: number;
  readonly name: string;
  /** Approval below this at the election removes the leader. */
  readonly threshold: number;
  readonly cite: Citation;
}

export const RED_LINE_KINDS = ['require', 'refuse'] as const;
/**
 * A line a leader will not cross. `require`: no package is accepted or ratified unless it brings
 * this item from the other side at `minTier` or more. `refuse`: this actor never gives the item.
 */
export interface RedLine {
  readonly kind: (typeof RED_LINE_KINDS)[number];
  readonly item: ItemId;
  readonly minTier: number;
  readonly text: string;
  readonly cite: Citation;
}

/** A leader profile: who leads, with which red lines and style. Successors replace the current one. */
export interface Leader {
  readonly name: string;
  readonly redLines: readonly RedLine[];
  readonly style: ConcessionStyle;
  /** Approval the new leader starts with (only for actors with a public). */
  readonly approval?: number;
}

export interface DomesticPublic {
  /** Approval at the start, 0-100. */
  readonly approval: number;
  /** Where approval drifts back to when nothing happens. */
  readonly base: number;
  readonly elections: readonly Election[];
}

export interface Actor {
  readonly id: ActorId;
  readonly name: string;
  /** The short name used in sentences ("Tokyo", "Pyongyang"). */
  readonly capital: string;
  readonly playable: boolean;
  /** Background actors never move; they exist as patrons, in events and in forums. */
  readonly background: boolean;
  readonly leader: Leader;
  /** Leaders who take over if this one falls at an election or by event, in order. */
  readonly successors: readonly Leader[];
  readonly public?: DomesticPublic;
  /** 0-1: how well this actor steps aside from pressure by turning to its patrons. */
  readonly agility: number;
  /** Actors this one can turn to when pressed. */
  readonly patrons: readonly ActorId[];
  /** 0-1: how much the patrons give when this actor turns to them. */
  readonly patronGenerosity: number;
  /** When set, the actor concedes nothing until this event fires ("no new policy before our election"). */
  readonly lockedUntil?: {
    readonly event?: EventId;
    readonly reason: string;
    /** While locked, the most it may give in one move, by cost to its leadership; none: nothing. */
    readonly cap?: number;
    readonly cite: Citation;
  };
  /** How this actor's AI plays (see `STANCES`). */
  readonly stance: Stance;
  readonly briefing: Briefing;
}

export interface Briefing {
  readonly situation: string;
  readonly goals: readonly string[];
  readonly constraints: readonly string[];
  readonly advisors: readonly string[];
  readonly people: readonly { readonly name: string; readonly role: string; readonly cite: Citation }[];
}

/** A's view of B. */
export interface RelationSeed {
  readonly from: ActorId;
  readonly to: ActorId;
  /** What A expects to gain from a deal with B, in value points. */
  readonly expectation: number;
  /** A's walk-away value: the least surplus it takes from B. */
  readonly reservation: number;
  /** 0-1. */
  readonly trust: number;
}

export interface Item {
  readonly id: ItemId;
  readonly name: string;
  readonly giver: ActorId;
  readonly kind: ItemKind;
  /** Tiers that may be offered, ascending, each in (0, 1]. */
  readonly tiers: readonly number[];
  /** Value to each possible receiver's leadership, in VP at tier 1. */
  readonly value: Readonly<Record<ActorId, number>>;
  /** What giving it costs the giver's leadership, in VP at tier 1. */
  readonly cost: number;
  /** How the giver's public takes giving it away (VP at tier 1). */
  readonly publicCost: number;
  /** How each receiver's public values getting it (VP at tier 1). */
  readonly salience: Readonly<Record<ActorId, number>>;
  /** Progress on issues when delivered at tier 1. */
  readonly progress: Readonly<Record<IssueId, number>>;
  /** If set, the item may only be offered or asked inside these forums. */
  readonly forums?: readonly ForumId[];
  /**
   * Whether it can be given again after delivery. Defaults by kind: aid, visits and gestures
   * repeat; a release, an accounting, an assurance or the opening of talks happens once.
   */
  readonly repeatable?: boolean;
  readonly description: string;
  readonly cite: Citation;
}

export interface Issue {
  readonly id: IssueId;
  readonly name: string;
  readonly description: string;
  readonly cite: Citation;
}

export interface Forum {
  readonly id: ForumId;
  readonly name: string;
  readonly members: readonly ActorId[];
  /** Turns when the forum sits; every turn when empty. */
  readonly sessions: readonly number[];
  readonly cite: Citation;
}

export interface Turn {
  /** A date a student can read: "Late May 2004". */
  readonly label: string;
  /** What is scheduled this turn, for the timeline. */
  readonly note?: string;
}

/** A predicate on the state; every field given must hold. */
export interface Condition {
  readonly tensionAbove?: number;
  readonly tensionBelow?: number;
  readonly approvalBelow?: { readonly actor: ActorId; readonly value: number };
  readonly approvalAbove?: { readonly actor: ActorId; readonly value: number };
  readonly delivered?: ItemId;
  readonly notDelivered?: ItemId;
  readonly fired?: EventId;
  readonly notFired?: EventId;
  readonly progressAtLeast?: { readonly issue: IssueId; readonly value: number };
  readonly progressBelow?: { readonly issue: IssueId; readonly value: number };
  readonly ousted?: ActorId;
  readonly notOusted?: ActorId;
  readonly expectationAbove?: { readonly from: ActorId; readonly to: ActorId; readonly value: number };
  readonly expectationBelow?: { readonly from: ActorId; readonly to: ActorId; readonly value: number };
  /** Holds when every listed condition holds (one level deep). */
  readonly all?: readonly Condition[];
  /** Holds when at least one listed condition holds (one level deep). */
  readonly any?: readonly Condition[];
}

export const EFFECT_KINDS = [
  'tension',
  'approval',
  'expectation',
  'reservation',
  'trust',
  'progress',
  'unlock',
  'successor',
] as const;

export type Effect =
  | { readonly kind: 'tension'; readonly delta: number }
  | { readonly kind: 'approval'; readonly actor: ActorId; readonly delta: number }
  | { readonly kind: 'expectation'; readonly from: ActorId; readonly to: ActorId; readonly delta: number }
  | { readonly kind: 'reservation'; readonly from: ActorId; readonly to: ActorId; readonly delta: number }
  | { readonly kind: 'trust'; readonly from: ActorId; readonly to: ActorId; readonly delta: number }
  | { readonly kind: 'progress'; readonly issue: IssueId; readonly delta: number }
  | { readonly kind: 'unlock'; readonly actor: ActorId }
  | { readonly kind: 'successor'; readonly actor: ActorId };

export interface ScenarioEvent {
  readonly id: EventId;
  readonly headline: string;
  readonly text: string;
  /** Fires at the start of this turn. */
  readonly turn?: number;
  /** Fires at the start of the first turn (from `from`) where it holds. */
  readonly when?: Condition;
  /** Chance per turn, 0-1, between `from` and `to`; drawn from the game's seeded generator. */
  readonly chance?: number;
  readonly from: number;
  readonly to: number;
  readonly effects: readonly Effect[];
  readonly cite: Citation;
}

export const MEASURES = [
  'progress',
  'approval',
  'tension',
  'expectation',
  'trust',
  'received',
  'given',
  'inOffice',
] as const;
export type Measure = (typeof MEASURES)[number];

/**
 * An objective scores a measure linearly between `zero` (no points) and `full` (all points); `full`
 * may be below `zero` when less is better (tension, expectations).
 */
export interface Objective {
  readonly id: string;
  readonly text: string;
  readonly measure: Measure;
  readonly issue?: IssueId;
  /** For measures about another actor (expectation, trust: that actor's view of this one). */
  readonly of?: ActorId;
  readonly zero: number;
  readonly full: number;
  readonly points: number;
}

/** A named result; the first whose condition holds at the end is the game's outcome. */
export interface Outcome {
  readonly id: string;
  readonly title: string;
  readonly text: string;
  readonly when: Condition;
  /** Delegations for which this is the best ending; one named nowhere counts the first outcome. */
  readonly bestFor?: readonly ActorId[];
}

/** One step of the historical line: what a delegation did on a turn, in the engine's action format. */
export interface HistoryStep {
  readonly turn: number;
  readonly actor: ActorId;
  readonly actions: readonly Action[];
  readonly note: string;
  readonly cite: Citation;
}

export interface Source {
  readonly file: SourceFile;
  readonly title: string;
  /** Who published it, when, and where a reader finds it, as the scenario gives them. */
  readonly outlet?: string;
  readonly date?: string;
  readonly address?: string;
}

/** Coefficients of the model; every scenario gets the defaults and may override any of them. */
export interface Parameters {
  readonly alphaUp: number;
  readonly alphaDown: number;
  readonly alphaAnchor: number;
  readonly giftRaise: number;
  readonly conditionalDamping: number;
  readonly conditionalValue: number;
  readonly firmness: number;
  readonly waitFirmness: number;
  readonly lossAversion: number;
  readonly electionPull: number;
  readonly tiedHands: number;
  readonly ratifySlack: number;
  readonly trustKept: number;
  readonly trustBroken: number;
  readonly trustReciprocated: number;
  readonly trustPressure: number;
  readonly trustSummit: number;
  readonly trustWalkOut: number;
  readonly tensionBase: number;
  readonly tensionDrift: number;
  readonly tensionPerPressure: number;
  readonly tensionDemand: number;
  readonly tensionWalkOut: number;
  readonly tensionDeal: number;
  readonly tensionSummit: number;
  readonly tensionTalks: number;
  readonly crisisAt: number;
  readonly crisisBaseRise: number;
  readonly crisisEscalation: number;
  readonly peaceDividend: number;
  readonly reservationRecovery: number;
  readonly habituationDecay: number;
  readonly habituationRecovery: number;
  readonly pressureLeverage: number;
  readonly approvalGain: number;
  readonly approvalDrift: number;
  readonly summitEmptyHanded: number;
  readonly summitBoost: number;
  readonly promiseWindow: number;
  readonly intel: number;
  readonly coordinationTurns: number;
  readonly novelty: Readonly<Record<ItemKind, readonly number[]>>;
  readonly curves: Readonly<Record<ConcessionStyle, readonly number[]>>;
  /** Expectation inflation when the proposer's election is 0, 1, 2, 3... turns away (VP). */
  readonly electionCloseness: readonly number[];
}

export interface Scenario {
  readonly schema: number;
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly place: string;
  readonly period: string;
  readonly sources: readonly Source[];
  readonly turns: readonly Turn[];
  /** The fewest turns a teacher may cut a game to (a shorter lesson); absent: every turn is played. */
  readonly fewestTurns?: number;
  readonly actors: readonly Actor[];
  /** Turn order of the delegations that move. */
  readonly order: readonly ActorId[];
  readonly relations: readonly RelationSeed[];
  /** Tension at the start, 0-100. */
  readonly tension: number;
  /** How much hidden starting values vary between seeds (VP, ±). */
  readonly spread: number;
  readonly items: readonly Item[];
  readonly issues: readonly Issue[];
  readonly forums: readonly Forum[];
  readonly events: readonly ScenarioEvent[];
  readonly objectives: Readonly<Record<ActorId, readonly Objective[]>>;
  readonly outcomes: readonly Outcome[];
  readonly history: {
    readonly player: ActorId;
    readonly steps: readonly HistoryStep[];
    readonly outcome: string;
    readonly summary: string;
  };
  readonly debrief: {
    readonly whatHappened: string;
    readonly reading: string;
    readonly lessons: readonly { readonly title: string; readonly text: string; readonly cite: Citation }[];
  };
  readonly params: Parameters;
}

// ---------------------------------------------------------------------------------------------
// Actions: commands as data. The same catalogue serves people and the AI.

/** One line of a package: an item at a tier. */
export interface PackageLine {
  readonly item: ItemId;
  readonly tier: number;
  /** Only for gives: delivered later, by the promise window; discounted by trust. */
  readonly promised?: boolean;
  /** Only for gives: handed over only if the other side delivers; tempers expectations. */
  readonly conditional?: boolean;
}

export const ACTION_TYPES = [
  'offer',
  'accept',
  'reject',
  'counter',
  'walkOut',
  'wait',
  'backDown',
  'pressure',
  'summit',
  'coordinate',
  'gift',
  'deliver',
] as const;
export type ActionType = (typeof ACTION_TYPES)[number];

export type Action =
  /** Table move: propose a package to `to`; an offer with no gives is a bare demand. */
  | {
      readonly type: 'offer';
      readonly actor: ActorId;
      readonly to: ActorId;
      readonly forum?: ForumId;
      readonly give: readonly PackageLine[];
      readonly ask: readonly PackageLine[];
    }
  /** Answer to the offer on the table. */
  | { readonly type: 'accept'; readonly actor: ActorId }
  | { readonly type: 'reject'; readonly actor: ActorId }
  | {
      readonly type: 'counter';
      readonly actor: ActorId;
      readonly give: readonly PackageLine[];
      readonly ask: readonly PackageLine[];
    }
  /** Table move: leave the table with `from`; firmness that costs trust and raises tension. */
  | { readonly type: 'walkOut'; readonly actor: ActorId; readonly from: ActorId }
  /** Table move: make no offer this turn. */
  | { readonly type: 'wait'; readonly actor: ActorId }
  /** Table move during a crisis: step back from the brink. */
  | { readonly type: 'backDown'; readonly actor: ActorId }
  /** Side move: sanctions, threats, isolation, at one of the `PRESSURE_LEVELS`. */
  | { readonly type: 'pressure'; readonly actor: ActorId; readonly target: ActorId; readonly level: number }
  /** Side move: meet the other leader this turn. */
  | { readonly type: 'summit'; readonly actor: ActorId; readonly with: ActorId }
  /** Side move: ask an ally to line up with you towards `target`. */
  | { readonly type: 'coordinate'; readonly actor: ActorId; readonly ally: ActorId; readonly target: ActorId }
  /** Side move: hand over an item with nothing asked back. */
  | {
      readonly type: 'gift';
      readonly actor: ActorId;
      readonly to: ActorId;
      readonly item: ItemId;
      readonly tier: number;
      readonly conditional?: boolean;
    }
  /** Side move: deliver an item promised earlier (the oldest open promise of it). */
  | { readonly type: 'deliver'; readonly actor: ActorId; readonly item: ItemId };

/** The action of one type: `ActionOf<'summit'>` has `with`. */
export type ActionOf<K extends ActionType> = Extract<Action, { readonly type: K }>;

/** How hard a delegation may press: 1 (mild) to 3 (severe). Listing, checks and schemas read it. */
export const PRESSURE_LEVELS = [1, 2, 3] as const;
export type PressureLevel = (typeof PRESSURE_LEVELS)[number];
/** The mildest and the strongest pressure there is. */
export const MIN_PRESSURE = Math.min(...PRESSURE_LEVELS);
export const MAX_PRESSURE = Math.max(...PRESSURE_LEVELS);

/**
 * A teacher's options for one game. They are fixed when the game starts and kept in its state, so
 * a replay, a save, a result file and a class link carry them with the moves, and the checkpoint
 * covers them. An option at its default is absent: a game with none is the game as it was before
 * options existed, and hashes the same.
 */
export interface GameOptions {
  /**
   * How far off a person's advisors are: `sharp` halves their error, `rough` makes it half as
   * large again. The AI's advisors are never changed, so the counterpart plays as it always does
   * and a class's results stay comparable with the built-in strategies' under the same options.
   */
  readonly advisors?: 'sharp' | 'rough';
  /** The turns played, from the first: fewer than the scenario's only where its `fewestTurns` allows. */
  readonly turns?: number;
  /**
   * `each-turn`: a person's view shows what history did on each turn reached, as the turn opens.
   * Absent: history is kept for the debrief.
   */
  readonly history?: 'each-turn';
}
