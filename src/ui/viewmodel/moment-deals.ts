import { type ActorId, type DomainEvent, type LogEntry, signed } from '../../engine/index.ts';
import { type StringKey, t } from '../strings/index.ts';
import { actorName, vp } from './format.ts';
import type { LessonKey } from './lessons.ts';
import { changesOf, offerChanges } from './moment-effects.ts';
import { approvalAt, electionOn, type Found, find, num, pct, type Reading, str } from './moment-reading.ts';
import { dealTerms, linesText, prose, sides } from './terms.ts';

/** Moments at the table: deals struck, deals refused at home, offers turned down, the player's election. */

/** A deal agreed at the table that a home would not ratify. */
export function home(r: Reading, entry: LogEntry, e: DomainEvent): Found | null {
  if (e.type !== 'dealCollapsed' || (e.actor !== r.player && e.target !== r.player)) return null;
  const accepted = find(entry.events, 'offerAccepted');
  const deal = accepted ? dealTerms(r.scenario, accepted.offer, r.player) : '';
  const other = e.actor === r.player ? e.target : e.actor;
  const name = actorName(r.scenario, other);
  const agreed = t(accepted?.actor === r.player ? 'debrief.home.youAccepted' : 'debrief.home.theyAccepted', {
    name,
    deal,
  });
  let text: string;
  if (e.actor === r.player) {
    const trust = find(
      entry.events,
      'trustChanged',
      (x) => x.rule === 'trust/defection' && x.actor === other,
    );
    const params = {
      name,
      agreed,
      trustFrom: pct(trust?.delta.from ?? 0),
      trustTo: pct(trust?.delta.to ?? 0),
      verdict: vp(num(e.params.verdict)),
      bar: vp(num(e.params.bar)),
      redLine: str(e.params.redLine).replace(/\.$/, ''),
    };
    text = t(
      e.message === 'deal.collapse.red-line' ? 'debrief.moment.homeRedLine' : 'debrief.moment.homeYours',
      params,
    );
  } else {
    text = t('debrief.moment.homeTheirs', { name, agreed });
  }
  return {
    kind: 'home',
    group: other,
    turn: entry.turn,
    headline: t('debrief.kind.home'),
    text,
    lesson: 'twoLevel',
    changes: changesOf(r.scenario, entry.events, r.player),
    other,
  };
}

/**
 * Whether a deal exchanged concessions of similar value: within half as much again either way.
 * `theirs` and `yours` are what each side gained above what it gave up.
 */
function balance(theirs: number, yours: number): StringKey {
  if (yours <= 0 || theirs > yours * 1.5) return 'debrief.balance.overpaid';
  if (theirs <= 0 || yours > theirs * 1.5) return 'debrief.balance.underpaid';
  return 'debrief.balance.similar';
}

/** A deal the player struck; told as the deal on the eve of the player's election when there is one. */
export function deal(r: Reading, entry: LogEntry, e: DomainEvent, index: number): Found | null {
  if (e.type !== 'offerAccepted' || (e.actor !== r.player && e.target !== r.player)) return null;
  if (find(entry.events, 'dealCollapsed')) return null;
  const other = e.actor === r.player ? e.target : e.actor;
  const name = actorName(r.scenario, other);
  // What each side realised, as the ratchet measured it; the responder's own judgement if its
  // expectation did not move (a change too small to log).
  const realised = (who: ActorId, of: ActorId) => {
    const ratchet = find(
      entry.events,
      'expectationChanged',
      (x) => x.actor === who && x.target === of && x.rule.startsWith('ratchet/'),
    );
    return num(ratchet ? ratchet.params.realised : who === e.actor ? e.params.surplus : 0);
  };
  const what = e.offer.isCounter ? t('debrief.word.counter') : t('debrief.word.offer');
  const terms = dealTerms(r.scenario, e.offer, r.player);
  const agreed = t(e.target === r.player ? 'debrief.deal.theyAccepted' : 'debrief.deal.youAccepted', {
    name,
    what,
    terms,
  });
  const moved = new Map<string, { from: number; to: number }>();
  for (const x of entry.events) {
    // Several items may move one issue: from its first figure to its last.
    if (x.type === 'progressMade' && x.delta)
      moved.set(x.subject, { from: moved.get(x.subject)?.from ?? x.delta.from, to: x.delta.to });
  }
  const issues = [...moved.entries()]
    .map(([id, d]) => ({ id, ...d }))
    .sort((a, b) => b.to - b.from - (a.to - a.from))
    .map((x) =>
      t('debrief.deal.issue', {
        issue: r.scenario.issues.find((i) => i.id === x.id)?.name ?? x.id,
        from: vp(x.from),
        to: vp(x.to),
      }),
    );
  const theirs = realised(other, r.player);
  const yours = realised(r.player, other);
  const worth = { name, theirs: vp(theirs), yours: vp(yours), balance: t(balance(theirs, yours)) };
  const approval = approvalAt(r, entry.turn, ['approval/gain', 'approval/loss']);
  // Expectations raised by the deal are the ratchet's moment; the deal's own effect is the rest.
  const changes = [
    ...changesOf(r.scenario, entry.events, r.player).filter((c) => c.measure !== 'expectation'),
    ...changesOf(r.scenario, approval, r.player),
  ];
  const vote = electionOn(r, entry.turn) ?? electionOn(r, entry.turn + 1);
  if (vote) {
    const verdict = approval.reduce((s, x) => s + (x.delta ? x.delta.to - x.delta.from : 0), 0);
    const text = t('debrief.moment.electionDeal', {
      agreed,
      election: str(vote.params.election),
      change: signed(verdict),
      approval: vp(num(vote.params.approval)),
      threshold: vp(num(vote.params.threshold)),
    });
    return {
      kind: 'electionDeal',
      group: String(index),
      turn: entry.turn,
      headline: t('debrief.kind.electionDeal'),
      text,
      lesson: 'twoLevel',
      changes,
      other,
    };
  }
  const text =
    issues.length > 0
      ? t('debrief.moment.deal', { agreed, issues: prose(issues), ...worth })
      : t('debrief.moment.dealNoProgress', { agreed, ...worth });
  return {
    kind: 'deal',
    group: String(index),
    turn: entry.turn,
    headline: t('debrief.kind.deal'),
    text,
    lesson: 'similarValue',
    changes,
    other,
  };
}

/** The player's election: always told when lost, and when won by a narrow margin. */
export function election(r: Reading, entry: LogEntry, e: DomainEvent): Found | null {
  if (e.type !== 'electionHeld' || e.actor !== r.player) return null;
  const approval = num(e.params.approval);
  const threshold = num(e.params.threshold);
  const params = {
    election: str(e.params.election),
    approval: vp(approval),
    threshold: vp(threshold),
    leader: str(e.params.leader),
  };
  if (e.rule === 'election/survive') {
    if (approval - threshold >= 5) return null;
    return {
      kind: 'election',
      group: String(entry.turn),
      turn: entry.turn,
      headline: t('debrief.kind.survive'),
      text: t('debrief.moment.survive', params),
      lesson: 'twoLevel',
      changes: [],
      other: null,
    };
  }
  const change = find(entry.events, 'leaderChanged', (x) => x.actor === r.player);
  const out = change?.message === 'leader.out';
  const after = out
    ? t('debrief.after.out')
    : t('debrief.after.successor', { next: str(change?.params.next) });
  return {
    kind: 'election',
    group: String(entry.turn),
    turn: entry.turn,
    headline: t('debrief.kind.defeat'),
    text: t('debrief.moment.defeat', { ...params, after }),
    lesson: 'twoLevel',
    changes: [],
    other: null,
    decisive: out ? 1 : 0.5,
  };
}

/** Why an offer was turned down, from the refusal's message: the lesson it illustrates and the words. */
const REFUSALS: Readonly<
  Record<string, { readonly lesson: LessonKey; readonly declined: StringKey; readonly refused: StringKey }>
> = {
  'offer.rejected.short': {
    lesson: 'similarValue',
    declined: 'debrief.moment.declined',
    refused: 'debrief.moment.refusedShort',
  },
  'offer.rejected.wants-more': {
    lesson: 'similarValue',
    declined: 'debrief.moment.declined',
    refused: 'debrief.moment.refusedMore',
  },
  'offer.rejected.public': {
    lesson: 'twoLevel',
    declined: 'debrief.moment.declinedPublic',
    refused: 'debrief.moment.refusedPublic',
  },
  'offer.rejected.red-line': {
    lesson: 'twoLevel',
    declined: 'debrief.moment.declinedRedLine',
    refused: 'debrief.moment.refusedRedLine',
  },
  'offer.rejected.locked': {
    lesson: 'twoLevel',
    declined: 'debrief.moment.declinedLocked',
    refused: 'debrief.moment.refusedLocked',
  },
  'offer.rejected.capped': {
    lesson: 'twoLevel',
    declined: 'debrief.moment.declinedCapped',
    refused: 'debrief.moment.refusedCapped',
  },
};

/** An offer turned down: one the player refused, or one of the player's that was refused. */
export function refusal(r: Reading, entry: LogEntry, e: DomainEvent): Found | null {
  if (e.type !== 'offerRejected' || (e.actor !== r.player && e.target !== r.player)) return null;
  const why = REFUSALS[e.message];
  if (!why) return null;
  const mine = e.actor === r.player;
  const other = mine ? e.target : e.actor;
  const { gives, gets } = sides(e.offer, r.player);
  const text = t(mine ? why.declined : why.refused, {
    name: actorName(r.scenario, other),
    gives: linesText(r.scenario, gives),
    gets: linesText(r.scenario, gets),
    surplus: vp(num(e.params.surplus)),
    bar: vp(num(e.params.bar)),
    redLine: str(e.params.redLine).replace(/\.$/, ''),
  });
  return {
    kind: mine ? 'declined' : 'refused',
    group: other,
    turn: entry.turn,
    headline: t(mine ? 'debrief.kind.declined' : 'debrief.kind.refused'),
    text,
    lesson: why.lesson,
    changes: offerChanges(r.scenario, e.offer, r.player),
    other,
    missed: true,
  };
}
