import {
  type ActorId,
  type DomainEvent,
  type GameState,
  type Offer,
  previewOffer,
  redactEvent,
  type Scenario,
  viewFor,
} from '../../engine/index.ts';
import type { Move } from '../../sim/index.ts';
import { t } from '../strings/index.ts';
import { eventText } from './engine-words.ts';
import { actorName, asSentence, packageText, percent, vp } from './format.ts';
import { sourceTitle } from './sources.ts';
import { electionText } from './table.ts';

/*
 * The answer moment: what the other side did with the player's move, and what everyone else did
 * before the player's next move, as a short sequence of beats the panel shows one at a time. Built
 * from the moves the driver made (each with its state before and after), as the player's advisors
 * see them: another delegation's private figures stay hidden, only which way they went.
 */

/** What a beat is about: an answer to the player, the player's own move, another's move, news, the turn. */
export type BeatKind = 'answer' | 'yours' | 'theirs' | 'news' | 'summary';

/** A measure the player can see that moved, from its old value to its new one, with its causes. */
export interface Shift {
  /** Stable: `tension`, `approval`, `progress:ISSUE`, `expectation:ACTOR` ... */
  readonly key: string;
  readonly label: string;
  /** The old and new value as text; null where the advisors can only say which way it went. */
  readonly from: string | null;
  readonly to: string | null;
  /** "+3", "−2", or "risen" / "fallen" for an estimate. */
  readonly change: string;
  readonly way: 'up' | 'down';
  /** Whether the change helps the player: the icon and colour (never colour alone). */
  readonly good: boolean;
  /** The old and new value on a 0–1 scale, for a bar; null for an estimate. */
  readonly level: { readonly from: number; readonly to: number } | null;
  /** The reasons the rules gave, in order, without repeats. */
  readonly causes: readonly string[];
}

/** One beat of the answer moment. */
export interface Beat {
  readonly kind: BeatKind;
  readonly turn: number;
  /** Whose move it was, or null for news and the turn summary. */
  readonly actor: ActorId | null;
  readonly tone: 'good' | 'bad' | 'neutral';
  readonly headline: string;
  /** Why, in one plain sentence, where the beat has a why. */
  readonly reason: string | null;
  /** An offer's terms as the player reads them: what the proposer gives and asks. */
  readonly terms: { readonly gives: string; readonly asks: string } | null;
  /** The article a news item cites, by title. */
  readonly source: string | null;
  readonly shifts: readonly Shift[];
  /** For the summary: the other delegations' moves, one line each. */
  readonly others: readonly string[];
  /** For the summary: what is coming (an election, a forum, the last turn). */
  readonly coming: readonly string[];
}

/** A batch of play as the store's feed holds it. */
export interface Batch {
  readonly moves: readonly Move[];
  readonly events: readonly DomainEvent[];
}

const RELATION_FIELDS = new Set(['expectation', 'reservation', 'trust']);

/** Whether a rise of this measure helps the player. */
function goodWhenUp(field: string, viewerIsActor: boolean): boolean {
  if (field === 'tension') return false;
  if (field === 'approval' || field === 'progress') return true;
  if (field === 'trust') return true;
  // Their expectation of us, or their walk-away value toward us, rising makes a deal dearer.
  return viewerIsActor;
}

/** "North Korea's", "the United States'": the owner of a measure. */
function possessive(name: string): string {
  return t(name.endsWith('s') ? 'answer.possessive.s' : 'answer.possessive', { name });
}

/** A line that opens with a name ("the Six Party Talks sits ...") starts with a capital. */
function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function signedText(n: number): string {
  const r = Math.round(n);
  return r > 0 ? `+${r}` : r < 0 ? `−${-r}` : '±0';
}

/**
 * The measures the player can see that these events moved: tension, their own approval, the
 * issues, and how the others regard them (as the advisors read it). Changes between two other
 * delegations are left to the Why tab; so is a change that rounds to nothing.
 */
export function shiftsOf(scenario: Scenario, events: readonly DomainEvent[], viewer: ActorId): Shift[] {
  const order: string[] = [];
  const acc = new Map<
    string,
    {
      field: string;
      from: number;
      to: number;
      hidden: boolean;
      causes: string[];
      label: string;
      actor: boolean;
    }
  >();
  for (const e of events) {
    const d = e.delta;
    if (!d) continue;
    let key: string;
    let label: string;
    let hidden = false;
    let asActor = false;
    if (e.type === 'tensionChanged') {
      key = 'tension';
      label = t('answer.shift.tension');
    } else if (e.type === 'approvalChanged') {
      if (e.actor !== viewer) continue;
      key = 'approval';
      label = t('answer.shift.approval');
    } else if (e.type === 'progressMade') {
      key = `progress:${e.subject}`;
      label = t('answer.shift.progress', {
        issue: scenario.issues.find((i) => i.id === e.subject)?.name ?? e.subject,
      });
    } else if (RELATION_FIELDS.has(d.field) && e.target === viewer && e.actor !== viewer) {
      key = `${d.field}:${e.actor}`;
      label = t(`answer.shift.their.${d.field as 'expectation' | 'reservation' | 'trust'}`, {
        owner: possessive(actorName(scenario, e.actor ?? null)),
      });
      hidden = true;
    } else if (d.field === 'trust' && e.actor === viewer && e.target) {
      key = `ourTrust:${e.target}`;
      label = t('answer.shift.ourTrust', { name: actorName(scenario, e.target) });
      asActor = true;
    } else continue;
    const cause = eventText(scenario, redactEvent(viewer, e));
    const seen = acc.get(key);
    if (seen) {
      seen.to = d.to;
      if (!seen.causes.includes(cause)) seen.causes.push(cause);
    } else {
      order.push(key);
      acc.set(key, {
        field: d.field,
        from: d.from,
        to: d.to,
        hidden,
        causes: [cause],
        label,
        actor: asActor,
      });
    }
  }
  const shifts: Shift[] = [];
  for (const key of order) {
    const a = acc.get(key)!;
    const trust = a.field === 'trust';
    const from = trust ? percent(a.from) : Math.round(a.from);
    const to = trust ? percent(a.to) : Math.round(a.to);
    // Estimates are read for their direction; an exact figure that rounds to no change is no news.
    if (a.hidden ? Math.abs(a.to - a.from) < (trust ? 0.005 : 0.05) : from === to) continue;
    const way = a.to > a.from ? 'up' : 'down';
    const up = goodWhenUp(a.field, a.actor);
    const unit = trust || a.field === 'approval' || a.field === 'progress' ? '%' : '';
    shifts.push({
      key,
      label: a.label,
      from: a.hidden ? null : `${from}${unit}`,
      to: a.hidden ? null : `${to}${unit}`,
      change: a.hidden ? t(way === 'up' ? 'answer.risen' : 'answer.fallen') : signedText(to - from),
      way,
      good: way === 'up' ? up : !up,
      level: a.hidden ? null : trust ? { from: a.from, to: a.to } : { from: from / 100, to: to / 100 },
      causes: a.causes,
    });
  }
  return shifts;
}

function termsOf(scenario: Scenario, offer: Offer): { gives: string; asks: string } {
  return { gives: packageText(scenario, offer.give), asks: packageText(scenario, offer.ask) };
}

/**
 * Why a counterpart refused the player's offer, in plain words. A red line, a public that would
 * not stand for it, or a side that cannot concede yet are things a government says aloud; how
 * much more it wanted is the advisors' estimate, made from what they knew before the offer.
 */
function refusalReason(
  scenario: Scenario,
  before: GameState,
  viewer: ActorId,
  offer: Offer,
  rejected: DomainEvent | undefined,
): string {
  const message = rejected?.message;
  if (message === 'offer.rejected.locked') return t('answer.why.locked');
  if (message === 'offer.rejected.capped')
    return t('answer.why.capped', { cap: String(rejected?.params.cap ?? '') });
  if (message === 'offer.rejected.red-line') {
    return t('answer.why.redLine', { text: String(rejected?.params.redLine ?? '') });
  }
  if (message === 'offer.rejected.public') return t('answer.why.public');
  const p = previewOffer(scenario, before, viewer, offer.to, offer.give, offer.ask);
  if (!p.theirHome.ok) return t('answer.why.public');
  const gap = p.theirTarget.value - p.theirSurplus.value;
  return gap >= 0.5
    ? t('answer.why.short', { gap: vp(gap) })
    : t('answer.why.surprise', { value: vp(p.theirSurplus.value) });
}

function acceptReason(scenario: Scenario, before: GameState, viewer: ActorId, offer: Offer): string {
  const p = previewOffer(scenario, before, viewer, offer.to, offer.give, offer.ask);
  return t('answer.why.accepted', { value: vp(p.theirSurplus.value), bar: vp(p.theirTarget.value) });
}

/** The news items among the events: a beat each, with the article they cite. */
function newsBeats(scenario: Scenario, events: readonly DomainEvent[], viewer: ActorId): Beat[] {
  const beats: Beat[] = [];
  for (const e of events) {
    if (e.type === 'eventFired') {
      const event = scenario.events.find((x) => x.id === e.subject);
      const cite = e.cite ?? event?.cite ?? null;
      beats.push(
        beat('news', 0, null, 'neutral', event?.headline ?? eventText(scenario, e), {
          reason: event?.text ?? null,
          source: cite?.source ? sourceTitle(scenario, cite.source) : null,
        }),
      );
    } else if (e.type === 'electionHeld' || e.type === 'leaderChanged' || e.type === 'crisisOpened') {
      const mine = e.type !== 'crisisOpened' && e.actor === viewer;
      const bad = e.type === 'crisisOpened' || (mine && e.message === 'election.defeat');
      beats.push(beat('news', 0, null, bad ? 'bad' : 'neutral', eventText(scenario, e)));
    }
  }
  return beats;
}

function beat(
  kind: BeatKind,
  turn: number,
  actor: ActorId | null,
  tone: Beat['tone'],
  headline: string,
  more: Partial<Omit<Beat, 'kind' | 'turn' | 'actor' | 'tone' | 'headline'>> = {},
): Beat {
  return {
    kind,
    turn,
    actor,
    tone,
    headline,
    reason: null,
    terms: null,
    source: null,
    shifts: [],
    others: [],
    coming: [],
    ...more,
  };
}

/** The answer to an offer the player made (or a counter-offer they made): the other side's move. */
function answerBeat(scenario: Scenario, viewer: ActorId, mine: Move, reply: Move | undefined): Beat {
  const offer = mine.after.pending;
  const events = [...mine.events, ...(reply?.events ?? [])];
  const shifts = shiftsOf(scenario, events, viewer);
  const turn = mine.before.turn;
  if (!offer || !reply) return beat('yours', turn, viewer, 'neutral', t('answer.offerMade'), { shifts });
  const name = actorName(scenario, offer.to);
  const what = t(offer.isCounter ? 'answer.yourCounter' : 'answer.yourOffer');
  const a = reply.action;
  if (a.type === 'accept') {
    const collapsed = events.find((e) => e.type === 'dealCollapsed');
    if (collapsed) {
      return beat('answer', turn, offer.to, 'bad', t('answer.acceptedNotRatified', { name, what }), {
        reason: eventText(scenario, redactEvent(viewer, collapsed)),
        shifts,
      });
    }
    return beat('answer', turn, offer.to, 'good', t('answer.accepted', { name, what }), {
      reason: acceptReason(scenario, mine.before, viewer, offer),
      terms: termsOf(scenario, offer),
      shifts,
    });
  }
  const rejected = reply.events.find((e) => e.type === 'offerRejected');
  const reason = refusalReason(scenario, mine.before, viewer, offer, rejected);
  if (a.type === 'counter') {
    const counter = reply.after.pending;
    return beat('answer', turn, offer.to, 'neutral', t('answer.countered', { name, what }), {
      reason,
      terms: counter ? termsOf(scenario, counter) : null,
      shifts,
    });
  }
  const held = reply.events.some((e) => e.type === 'heldLine');
  return beat('answer', turn, offer.to, 'bad', t('answer.refused', { name, what }), {
    reason: held ? `${reason} ${t('answer.why.held', { name })}` : reason,
    shifts,
  });
}

/** The player's answer to an offer made to them: what became of the deal, or of the refusal. */
function yourAnswerBeat(scenario: Scenario, viewer: ActorId, move: Move): Beat {
  const offer = move.before.pending;
  const shifts = shiftsOf(scenario, move.events, viewer);
  const turn = move.before.turn;
  const name = actorName(scenario, offer?.from ?? null);
  const what = t(offer?.isCounter ? 'answer.theirCounter' : 'answer.theirOffer', { name });
  if (move.action.type === 'accept') {
    const collapsed = move.events.find((e) => e.type === 'dealCollapsed');
    return collapsed
      ? beat('yours', turn, viewer, 'bad', t('answer.youAcceptedNotRatified', { what }), {
          reason: eventText(scenario, redactEvent(viewer, collapsed)),
          shifts,
        })
      : beat('yours', turn, viewer, 'good', t('answer.youAccepted', { what }), { shifts });
  }
  const held = move.events.some((e) => e.type === 'heldLine');
  return beat('yours', turn, viewer, 'neutral', t('answer.youRefused', { what }), {
    reason: held ? t('answer.why.held', { name }) : null,
    shifts,
  });
}

/** A move by anyone that is not an offer answered in the same beat: in the engine's own words. */
function moveBeat(scenario: Scenario, viewer: ActorId, move: Move, reply?: Move): Beat {
  const a = move.action;
  const mine = a.actor === viewer;
  const events = [...move.events, ...(reply?.events ?? [])];
  const shifts = shiftsOf(scenario, events, viewer);
  const turn = move.before.turn;
  const kind: BeatKind = mine ? 'yours' : 'theirs';
  const offer = move.after.pending;
  if ((a.type === 'offer' || a.type === 'counter') && offer) {
    const from = actorName(scenario, offer.from);
    const to = offer.to === viewer ? t('answer.you') : actorName(scenario, offer.to);
    const answer = reply?.action.type;
    const verdict =
      answer === undefined
        ? null
        : answer === 'accept'
          ? events.some((e) => e.type === 'dealCollapsed')
            ? t('answer.theirs.notRatified')
            : t('answer.theirs.accepted')
          : answer === 'counter'
            ? t('answer.theirs.countered', { name: to })
            : t('answer.theirs.refused');
    const headline = t(a.type === 'counter' ? 'answer.theirs.counter' : 'answer.theirs.offer', { from, to });
    return beat(kind, turn, a.actor, 'neutral', verdict ? `${headline} ${verdict}` : headline, {
      terms: termsOf(scenario, offer),
      reason: offer.to === viewer ? t('answer.toYou') : null,
      shifts,
    });
  }
  // Another delegation answering a counter-offer (or an offer made before this batch).
  const pending = move.before.pending;
  if ((a.type === 'accept' || a.type === 'reject') && pending) {
    const collapsed = events.some((e) => e.type === 'dealCollapsed');
    const key =
      a.type === 'reject'
        ? 'answer.theirs.answerRefused'
        : collapsed
          ? 'answer.theirs.answerNotRatified'
          : 'answer.theirs.answerAccepted';
    return beat(
      kind,
      turn,
      a.actor,
      collapsed ? 'bad' : 'neutral',
      t(key, {
        name: actorName(scenario, a.actor),
        what: t(pending.isCounter ? 'answer.theirCounter' : 'answer.theirOffer', {
          name: pending.from === viewer ? t('answer.you') : actorName(scenario, pending.from),
        }),
      }),
      { terms: termsOf(scenario, pending), shifts },
    );
  }
  // The move's own event says what it did ("Pyongyang turned to Beijing ...").
  const own = events.filter((e) => e.type !== 'turnStarted' && !e.delta && e.type !== 'eventFired');
  const seen = own.map((e) => eventText(scenario, redactEvent(viewer, e)));
  const headline = seen[0] ?? (mine ? t('answer.yourMove') : actorName(scenario, a.actor));
  const bad = events.some((e) => e.type === 'dealCollapsed' || e.type === 'promiseBroken');
  return beat(kind, turn, a.actor, bad ? 'bad' : 'neutral', headline, {
    reason: seen.length > 1 ? seen.slice(1).join('. ') : null,
    shifts,
  });
}

/** The events that belong to the end of a turn: those after its last move's own part. */
function turnEndEvents(move: Move): readonly DomainEvent[] {
  if (move.after.turn === move.before.turn && move.after.status === move.before.status) return [];
  const start = move.events.findIndex(
    (e) => e.type === 'approvalChanged' || e.type === 'electionHeld' || e.type === 'turnStarted',
  );
  return start < 0 ? [] : move.events.slice(start);
}

/** What is coming for the player, as of this state: their next election, a forum, the end. */
function comingUp(scenario: Scenario, state: GameState, viewer: ActorId): string[] {
  const view = viewFor(scenario, state, viewer);
  const coming: string[] = [];
  const election = electionText(view.turn, view.self.nextElection);
  if (election) coming.push(t('answer.coming.election', { election }));
  const next = view.turn;
  for (const f of scenario.forums) {
    if (f.sessions.includes(next)) coming.push(sentence(t('answer.coming.forumNow', { forum: f.name })));
  }
  const left = view.turns - view.turn;
  coming.push(left === 0 ? t('answer.coming.last') : t('answer.coming.left', { count: left }));
  return coming;
}

/**
 * The beats of a batch, in order: the answer to the player's move, the others' moves, the news,
 * and where a turn ended (or the game did) a summary of that turn as the player sees it; the new
 * turn's first moves by the others come after it.
 * AI moves that did nothing visible (a wait that moved no number) are only named in the summary.
 * A new game's opening news comes first when the AI moved before the player.
 */
export function answerBeats(scenario: Scenario, batch: Batch, viewer: ActorId): Beat[] {
  // A game opened with nobody's move yet has nothing to answer: its news waits in the News tab.
  if (batch.moves.length === 0) return [];
  const moves = batch.moves;
  // A new game's opening news belongs to no move: the batch's events before the first move's.
  const inMoves = moves.reduce((n, m) => n + m.events.length, 0);
  const opening = batch.events.slice(0, batch.events.length - inMoves);
  const beats: Beat[] = newsBeats(scenario, opening, viewer).map((n) => ({
    ...n,
    turn: moves[0]?.before.turn ?? 1,
  }));
  // What the turn's summary covers: everything since the batch began or the last turn ended.
  let since: DomainEvent[] = [...opening];
  let others: string[] = [];
  let quiet: string[] = [];
  for (let i = 0; i < moves.length; i++) {
    const move = moves[i]!;
    const a = move.action;
    const next = moves[i + 1];
    // An offer and the answer to it are one beat.
    const answered = (a.type === 'offer' || a.type === 'counter') && next && next.mode === 'respond';
    const reply = answered ? next : undefined;
    if (answered) i++;
    const last = reply ?? move;
    const endOf = turnEndEvents(last);
    const own = last.events.slice(0, last.events.length - endOf.length);
    const trimmed: Move = reply ? move : { ...move, events: own };
    const trimmedReply: Move | undefined = reply ? { ...reply, events: own } : undefined;
    const b = moveBeatOf(scenario, viewer, trimmed, trimmedReply, own);
    if (a.actor !== viewer) {
      if (a.type === 'wait' && b.shifts.length === 0) quiet.push(actorName(scenario, a.actor));
      else {
        beats.push(b);
        others.push(b.headline);
      }
    } else if (!(a.type === 'wait' && b.shifts.length === 0)) beats.push(b);
    since.push(...move.events, ...(reply?.events ?? []));
    const crossed = last.after.turn !== last.before.turn || last.after.status === 'ended';
    if (!crossed) continue;
    beats.push(...newsBeats(scenario, endOf, viewer).map((n) => ({ ...n, turn: last.after.turn })));
    if (quiet.length > 0) others.push(t('answer.quiet', { names: quiet.join(t('list.comma')) }));
    beats.push(summaryBeat(scenario, last.after, viewer, since, others));
    since = [];
    others = [];
    quiet = [];
  }
  return beats;
}

/** One move's beat: an answer to the player, the player's own move, or another delegation's. */
function moveBeatOf(
  scenario: Scenario,
  viewer: ActorId,
  move: Move,
  reply: Move | undefined,
  own: readonly DomainEvent[],
): Beat {
  const a = move.action;
  if (a.actor === viewer && (a.type === 'offer' || a.type === 'counter')) {
    return answerBeat(scenario, viewer, move, reply);
  }
  if (a.actor === viewer && (a.type === 'accept' || a.type === 'reject')) {
    return yourAnswerBeat(scenario, viewer, move);
  }
  if (a.actor === viewer && a.type === 'wait') {
    const shifts = shiftsOf(scenario, own, viewer);
    // Patience is a move: the firmness it shows brings the others' expectations down.
    const patience = shifts.some((x) => x.key.startsWith('expectation:') && x.way === 'down');
    return beat('yours', move.before.turn, viewer, 'neutral', t('answer.youWaited'), {
      reason: patience ? t('answer.why.patience') : null,
      shifts,
    });
  }
  return moveBeat(scenario, viewer, move, reply);
}

/** The turn's summary at its end: what moved over it, the others, the public, what is coming. */
function summaryBeat(
  scenario: Scenario,
  state: GameState,
  viewer: ActorId,
  events: readonly DomainEvent[],
  others: readonly string[],
): Beat {
  const ended = state.status === 'ended';
  const view = viewFor(scenario, state, viewer);
  const approval = view.self.approval;
  return beat(
    'summary',
    state.turn,
    null,
    'neutral',
    ended
      ? t('answer.summary.ended', { title: state.result?.title ?? '' })
      : t('answer.summary.turn', {
          turn: state.turn,
          turns: scenario.turns.length,
          label: scenario.turns[state.turn - 1]?.label ?? '',
        }),
    {
      reason:
        approval === null
          ? null
          : t(approval >= view.self.threshold ? 'answer.public.ok' : 'answer.public.low', {
              approval: Math.round(approval),
              threshold: view.self.threshold,
            }),
      shifts: shiftsOf(scenario, events, viewer),
      others,
      coming: ended ? [] : comingUp(scenario, state, viewer),
    },
  );
}

/** A beat as one passage for the screen reader's live region: what happened, why, what moved. */
export function beatText(b: Beat): string {
  const end = asSentence;
  const parts = [end(b.headline)];
  if (b.reason) parts.push(end(b.reason));
  if (b.terms)
    parts.push(
      end(`${t('answer.terms.gives')}: ${b.terms.gives}; ${t('answer.terms.asks')}: ${b.terms.asks}`),
    );
  for (const s of b.shifts) {
    parts.push(
      end(s.from !== null && s.to !== null ? `${s.label} ${s.from} → ${s.to}` : `${s.label} ${s.change}`),
    );
  }
  return parts.join(' ');
}
