import type { DomainEvent, LogEntry } from '../../engine/index.ts';
import { t } from '../strings/index.ts';
import { actorName, itemName, vp } from './format.ts';
import { type Change, changeOf, changesOf } from './moment-effects.ts';
import { approvalAt, type Found, find, num, pct, type Reading } from './moment-reading.ts';
import { linesText, prose } from './terms.ts';

/** Moments of the player's own moves beside the table: gifts and what they taught, patience, pressure, promises, walk-outs, summits. */

/** Over-payment and its echoes: gifts, rich deals and generous offers that lifted an expectation of the player. */
export function ratchet(r: Reading, entry: LogEntry, e: DomainEvent): Found | null {
  if (e.type !== 'expectationChanged' || e.target !== r.player || e.actor === r.player || !e.delta)
    return null;
  const by = e.delta.to - e.delta.from;
  if (by <= 0) return null;
  const name = actorName(r.scenario, e.actor);
  const base = { name, from: vp(e.delta.from), to: vp(e.delta.to) };
  let text: string;
  if (e.rule === 'ratchet/gift' || e.rule === 'ratchet/gift-conditional') {
    const handed = find(
      entry.events,
      'itemDelivered',
      (g) => g.actor === r.player && g.message === 'deliver.gift',
    );
    const item = handed
      ? linesText(r.scenario, [{ item: handed.subject, tier: num(handed.params.tier) || 1 }])
      : '';
    text = t(e.rule === 'ratchet/gift' ? 'debrief.moment.gift' : 'debrief.moment.giftConditional', {
      ...base,
      item,
    });
  } else if (e.rule === 'ratchet/up') {
    text = t('debrief.moment.ratchetDeal', {
      ...base,
      realised: vp(num(e.params.realised)),
      before: vp(num(e.params.before)),
    });
  } else if (e.rule === 'ratchet/anchor') {
    text = t('debrief.moment.anchor', { ...base, surplus: vp(num(e.params.surplus)) });
  } else return null;
  const changes = [changeOf(r.scenario, e, r.player)].filter((c): c is Change => c !== null);
  return {
    kind: 'ratchet',
    group: e.actor,
    turn: entry.turn,
    headline: t('debrief.kind.ratchet'),
    text,
    lesson: 'ratchet',
    changes,
    other: e.actor,
  };
}

/** Patience that tempered an expectation: waiting, declining a counter-offer (walk-outs are their own moment). */
export function firmness(r: Reading, entry: LogEntry, e: DomainEvent): Found | null {
  if (e.type !== 'expectationChanged' || e.rule !== 'ratchet/firmness' || e.message === 'firmness.walk-out')
    return null;
  if (e.target !== r.player || e.actor === r.player || !e.delta) return null;
  const text = t(
    e.message === 'firmness.declined' ? 'debrief.moment.firmnessDeclined' : 'debrief.moment.firmness',
    {
      name: actorName(r.scenario, e.actor),
      from: vp(e.delta.from),
      to: vp(e.delta.to),
    },
  );
  const changes = [changeOf(r.scenario, e, r.player)].filter((c): c is Change => c !== null);
  return {
    kind: 'firmness',
    group: e.actor,
    turn: entry.turn,
    headline: t('debrief.kind.firmness'),
    text,
    lesson: 'firmness',
    changes,
    other: e.actor,
  };
}

/** Pressure by the player: sidestepped to the target's patrons, or felt. */
export function pressure(r: Reading, entry: LogEntry, e: DomainEvent): Found | null {
  if (e.type !== 'pressureApplied' || e.actor !== r.player) return null;
  const target = e.target;
  const moved = find(
    entry.events,
    'reservationChanged',
    (x) => x.actor === target && x.target === r.player && x.rule.startsWith('pressure/'),
  );
  const step = find(entry.events, 'sidestep', (x) => x.actor === target);
  const share = num(e.params.share);
  const backfire = moved?.rule === 'pressure/backfire';
  const patrons = Array.isArray(step?.params.patrons) ? (step.params.patrons as readonly string[]) : [];
  const text = t(backfire ? 'debrief.moment.backfire' : 'debrief.moment.leverage', {
    name: actorName(r.scenario, target),
    level: num(e.params.level),
    lined: share > 0 ? t('debrief.lined.some', { share: vp(share) }) : t('debrief.lined.none'),
    patrons: prose(patrons.map((p) => actorName(r.scenario, p))),
    sidestep: vp(num(step?.params.sidestep)),
    from: vp(moved?.delta.from ?? 0),
    to: vp(moved?.delta.to ?? 0),
  });
  return {
    kind: 'pressure',
    group: target,
    turn: entry.turn,
    headline: t(backfire ? 'debrief.kind.backfire' : 'debrief.kind.leverage'),
    text,
    lesson: 'sumo',
    changes: changesOf(r.scenario, entry.events, r.player),
    other: target,
  };
}

/** A promise of the player's not delivered in time. */
export function promise(r: Reading, entry: LogEntry, e: DomainEvent): Found | null {
  if (e.type !== 'promiseBroken' || e.actor !== r.player) return null;
  const cut = find(
    entry.events,
    'trustChanged',
    (x) => x.rule === 'trust/broken' && x.actor === e.target && x.target === r.player,
  );
  const text = t('debrief.moment.promise', {
    name: actorName(r.scenario, e.target),
    item: itemName(r.scenario, e.subject),
    deadline: num(e.params.deadline),
    from: pct(cut?.delta.from ?? 0),
    to: pct(cut?.delta.to ?? 0),
  });
  const changes = cut ? [changeOf(r.scenario, cut, r.player)].filter((c): c is Change => c !== null) : [];
  return {
    kind: 'promise',
    group: e.target,
    turn: entry.turn,
    headline: t('debrief.kind.promise'),
    text,
    lesson: 'similarValue',
    changes,
    other: e.target,
  };
}

/** A walk-out, by the player or on the player. */
export function walkOut(r: Reading, entry: LogEntry, e: DomainEvent): Found | null {
  if (e.type !== 'walkedOut' || (e.actor !== r.player && e.target !== r.player)) return null;
  const other = e.actor === r.player ? e.target : e.actor;
  const name = actorName(r.scenario, other);
  const cooled = find(entry.events, 'expectationChanged', (x) => x.actor === other && x.target === r.player);
  const trust = find(entry.events, 'trustChanged', (x) => x.actor === other && x.target === r.player);
  const text =
    e.actor === r.player
      ? t(cooled ? 'debrief.moment.walkOut' : 'debrief.moment.walkOutFlat', {
          name,
          from: vp(cooled?.delta.from ?? 0),
          to: vp(cooled?.delta.to ?? 0),
          trustFrom: pct(trust?.delta.from ?? 0),
          trustTo: pct(trust?.delta.to ?? 0),
        })
      : t('debrief.moment.walkedOn', { name });
  return {
    kind: 'walkOut',
    group: other,
    turn: entry.turn,
    headline: t('debrief.kind.walkOut'),
    text,
    lesson: 'firmness',
    changes: changesOf(r.scenario, entry.events, r.player),
    other,
  };
}

/** A summit of the player's: a deal brought home, or empty hands. */
export function summit(r: Reading, entry: LogEntry, e: DomainEvent): Found | null {
  if (e.type !== 'summitHeld' || (e.actor !== r.player && e.target !== r.player)) return null;
  const other = e.actor === r.player ? e.target : e.actor;
  const name = actorName(r.scenario, other);
  const dealt = r.final.log.some(
    (x) =>
      x.turn === entry.turn &&
      x.events.some(
        (y) =>
          y.type === 'offerAccepted' &&
          (y.actor === other || y.target === other) &&
          (y.actor === r.player || y.target === r.player),
      ) &&
      !x.events.some((y) => y.type === 'dealCollapsed'),
  );
  const trust = find(entry.events, 'trustChanged', (x) => x.actor === other && x.target === r.player);
  const empty = approvalAt(r, entry.turn, ['approval/summit-empty']);
  const drop = empty.reduce((s, x) => s + (x.delta ? x.delta.from - x.delta.to : 0), 0);
  const params = { name, from: pct(trust?.delta.from ?? 0), to: pct(trust?.delta.to ?? 0), drop: vp(drop) };
  const text = t(
    dealt
      ? 'debrief.moment.summitDeal'
      : drop > 0
        ? 'debrief.moment.summitEmpty'
        : 'debrief.moment.summitNoDeal',
    params,
  );
  return {
    kind: 'summit',
    group: other,
    turn: entry.turn,
    headline: t(dealt ? 'debrief.kind.summitDeal' : 'debrief.kind.summitEmpty'),
    text,
    lesson: dealt ? 'respect' : 'twoLevel',
    changes: [...changesOf(r.scenario, entry.events, r.player), ...changesOf(r.scenario, empty, r.player)],
    other,
  };
}
