import type { ClassOverview, ListedMove, SeatKnowledge, SeatSummary } from '../../class/index.ts';
import type { Action, ActorId, PackageLine, Scenario } from '../../engine/index.ts';
import { csvCell } from '../../sim/index.ts';
import { t } from '../strings/index.ts';
import { actionText, eventText } from './engine-words.ts';
import { actorName, forumName, itemName, lineHow, lineText, vp } from './format.ts';
import { type TableView, tableViewFrom } from './table.ts';

/**
 * A class seat's screen, from what the class server sent it (the seat's view, its log and the
 * moves the rules list for it): the table as the advisors see it, what happened since the
 * student's own last move, and the moves to choose from. No rule is applied here; a package the
 * student puts together is judged by the server.
 */

/** What the screen says about where the class and the table are. */
export type SeatStatus =
  | { readonly kind: 'lobby' | 'paused' | 'yours' | 'answer' }
  | { readonly kind: 'waiting'; readonly name: string; readonly by: 'student' | 'ai' }
  | { readonly kind: 'ended'; readonly title: string; readonly text: string };

/** One line of what happened: who did it, and the engine's own words for it. */
export interface NewsLine {
  readonly turn: number;
  readonly text: string;
  /** The move itself (a heading line), or one of its consequences. */
  readonly kind: 'move' | 'event';
}

/** A move made with one press: accept, wait, a summit... with the rules' reason when refused. */
export interface Choice {
  readonly key: string;
  readonly label: string;
  readonly action: Action;
  readonly refused: string | null;
}

/** A line a package may hold, offered by the rules' listing. */
export interface LineChoice {
  readonly key: string;
  readonly label: string;
  readonly line: PackageLine;
}

/** Putting a package together for one counterpart (and forum), or a counter-offer. */
export interface PackageBuilder {
  readonly key: string;
  readonly title: string;
  readonly to: ActorId | null;
  readonly forum: string | null;
  readonly give: readonly LineChoice[];
  readonly ask: readonly LineChoice[];
}

export interface SeatMoves {
  /** Accept or reject the offer on the table. */
  readonly answers: readonly Choice[];
  readonly counter: PackageBuilder | null;
  readonly offers: readonly PackageBuilder[];
  /** Every other move, refused ones with their reason. */
  readonly others: readonly Choice[];
}

export interface ClassSeatView {
  readonly table: TableView;
  readonly delegation: string;
  readonly tableNumber: number;
  readonly status: SeatStatus;
  /** What happened since this seat's own last move (or the game's start), oldest first. */
  readonly news: readonly NewsLine[];
  readonly seats: readonly { readonly name: string; readonly who: string }[];
  readonly moves: SeatMoves | null;
  readonly scores: readonly { readonly name: string; readonly score: string }[];
}

export function classSeatView(scenario: Scenario, known: SeatKnowledge): ClassSeatView {
  const { update } = known;
  const me = update.actor;
  const view = update.view;
  return {
    table: tableViewFrom(scenario, view),
    delegation: actorName(scenario, me),
    tableNumber: update.table + 1,
    status: statusOf(scenario, known),
    news: newsSince(scenario, known),
    seats: update.seats.map((s) => ({ name: actorName(scenario, s.actor), who: seatWho(s, me) })),
    moves: update.moves.length > 0 ? movesOf(scenario, update.moves, me) : null,
    scores: Object.entries(view.result?.scores ?? {})
      .filter(([id]) => update.seats.some((s) => s.actor === id))
      .map(([id, score]) => ({ name: actorName(scenario, id), score: vp(score) })),
  };
}

function statusOf(scenario: Scenario, known: SeatKnowledge): SeatStatus {
  const { update } = known;
  const view = update.view;
  if (view.status === 'ended' && view.result) {
    return { kind: 'ended', title: view.result.title, text: view.result.text };
  }
  if (update.status === 'lobby') return { kind: 'lobby' };
  if (update.status === 'paused' || update.status === 'ended') return { kind: 'paused' };
  const turn = view.mustAct;
  if (!turn) return { kind: 'paused' };
  if (turn.actor === update.actor) return { kind: turn.mode === 'respond' ? 'answer' : 'yours' };
  const seat = update.seats.find((s) => s.actor === turn.actor);
  return { kind: 'waiting', name: actorName(scenario, turn.actor), by: seat?.driver ?? 'ai' };
}

function seatWho(seat: SeatSummary, me: ActorId): string {
  if (seat.actor === me) return t('classSeat.seat.you');
  if (seat.driver === 'ai') return t('classSeat.seat.ai');
  if (!seat.taken) return t('classSeat.seat.open');
  const name = seat.name === '' ? t('classSeat.seat.student') : seat.name;
  return seat.connected ? name : t('classSeat.seat.away', { name });
}

/** The log from just after this seat's own last move: the answer to it and everything since. */
function newsSince(scenario: Scenario, known: SeatKnowledge): NewsLine[] {
  const { log, update } = known;
  let start = 0;
  for (let i = log.length - 1; i >= 0; i--) {
    if (log[i]?.action?.actor === update.actor) {
      start = i;
      break;
    }
  }
  // Every action has its log entry, in order: an entry's position among them is the action's.
  let position = log.slice(0, start).filter((entry) => entry.action).length;
  const timedOut = new Set(update.timedOut);
  return log.slice(start).flatMap((entry) => [
    ...(entry.action
      ? [
          {
            turn: entry.turn,
            kind: 'move' as const,
            text: t(timedOut.has(position++) ? 'classSeat.moveByTimeOut' : 'classSeat.moveBy', {
              name: actorName(scenario, entry.action.actor),
              move: actionText(scenario, entry.action),
            }),
          },
        ]
      : []),
    ...entry.events.map((e) => ({
      turn: entry.turn,
      kind: 'event' as const,
      text: eventText(scenario, e),
    })),
  ]);
}

function movesOf(scenario: Scenario, moves: readonly ListedMove[], me: ActorId): SeatMoves {
  const answers: Choice[] = [];
  const others: Choice[] = [];
  const offers = new Map<
    string,
    { to: ActorId; forum: string | null; give: LineChoice[]; ask: LineChoice[] }
  >();
  // The lines the rules list for a counter-offer, and for an offer to each counterpart and forum.
  const counter = { give: [] as LineChoice[], ask: [] as LineChoice[], listed: false };
  const sidesOf = (to: ActorId, forum: string | null) => {
    const key = `${to}|${forum ?? ''}`;
    let sides = offers.get(key);
    if (!sides) {
      sides = { to, forum, give: [], ask: [] };
      offers.set(key, sides);
    }
    return sides;
  };
  const choice = (m: ListedMove, i: number): Choice => ({
    key: `move-${i}`,
    label: actionText(scenario, m.action),
    action: m.action,
    refused: m.refused,
  });
  for (const [i, m] of moves.entries()) {
    const a = m.action;
    if (a.type === 'accept' || a.type === 'reject') answers.push(choice(m, i));
    else if (a.type === 'offer' || a.type === 'counter') {
      if (m.refused !== null) continue;
      if (a.type === 'counter') counter.listed = true;
      const into = a.type === 'counter' ? counter : sidesOf(a.to, a.forum ?? null);
      for (const line of a.give) addLine(scenario, into.give, line);
      for (const line of a.ask) addLine(scenario, into.ask, line);
    } else others.push(choice(m, i));
  }
  return {
    answers,
    counter: counter.listed
      ? {
          key: 'counter',
          title: t('classSeat.counter'),
          to: null,
          forum: null,
          give: counter.give,
          ask: counter.ask,
        }
      : null,
    offers: [...offers.values()].map((o) => ({
      key: `offer-${o.to}-${o.forum ?? ''}`,
      // By capital, as the engine's news words every move ("Tokyo offers Pyongyang…").
      title:
        o.forum === null
          ? t('classSeat.offerTo', { name: capitalOf(scenario, o.to) })
          : t('classSeat.offerAt', { name: capitalOf(scenario, o.to), forum: forumName(scenario, o.forum) }),
      to: o.to,
      forum: o.forum,
      give: o.give,
      ask: o.ask,
    })),
    others: others.filter((c) => c.action.actor === me),
  };
}

function capitalOf(scenario: Scenario, id: ActorId): string {
  return scenario.actors.find((a) => a.id === id)?.capital ?? actorName(scenario, id);
}

function addLine(scenario: Scenario, into: LineChoice[], line: PackageLine): void {
  const key = `${line.item}@${line.tier}${line.promised ? 'p' : ''}${line.conditional ? 'c' : ''}`;
  if (into.some((l) => l.key === key)) return;
  into.push({ key, label: lineText(scenario, line), line });
}

/** One item of a package's side, and the ways the rules list of putting it in. */
export interface ItemChoice {
  readonly item: string;
  readonly name: string;
  /** Each a line of the side's listing: its key, and how much it gives ("half; promised"). */
  readonly ways: readonly { readonly key: string; readonly how: string }[];
}

/**
 * A side's lines by item, in the order listed: a package holds an item once, so a student picks
 * one way for each item (or none) rather than ticking lines that could not go together.
 */
export function itemChoices(scenario: Scenario, lines: readonly LineChoice[]): ItemChoice[] {
  const byItem = new Map<string, { key: string; how: string }[]>();
  for (const l of lines) {
    const ways = byItem.get(l.line.item) ?? [];
    ways.push({ key: l.key, how: lineHow(l.line) });
    byItem.set(l.line.item, ways);
  }
  return [...byItem].map(([item, ways]) => ({ item, name: itemName(scenario, item), ways }));
}

/** The move a builder makes of the lines ticked: an offer to its counterpart, or a counter. */
export function packageAction(
  builder: PackageBuilder,
  actor: ActorId,
  give: readonly string[],
  ask: readonly string[],
): Action {
  const pick = (lines: readonly LineChoice[], keys: readonly string[]) =>
    lines.filter((l) => keys.includes(l.key)).map((l) => l.line);
  if (builder.to === null)
    return { type: 'counter', actor, give: pick(builder.give, give), ask: pick(builder.ask, ask) };
  return {
    type: 'offer',
    actor,
    to: builder.to,
    ...(builder.forum === null ? {} : { forum: builder.forum }),
    give: pick(builder.give, give),
    ask: pick(builder.ask, ask),
  };
}

/**
 * The class as a CSV for the gradebook: one row a seat, with its table, who played it, the score
 * and the outcome. Cells are made safe for spreadsheets (csvCell), a student's name included.
 */
export function classTablesCsv(scenario: Scenario | undefined, overview: ClassOverview): string {
  const header = [
    'table',
    'seed',
    'delegation',
    'played_by',
    'student',
    'turn',
    'outcome',
    'score',
    'approval',
  ];
  const rows = overview.tables.flatMap((table) =>
    table.seats.map((seat) => [
      table.table + 1,
      table.seed,
      scenario ? actorName(scenario, seat.actor) : seat.actor,
      seat.driver,
      seat.name,
      table.turn,
      table.outcome?.title ?? '',
      seat.score ?? '',
      seat.approval === null ? '' : Math.round(seat.approval),
    ]),
  );
  return [header, ...rows].map((row) => row.map((cell) => csvCell(cell)).join(',')).join('\r\n') + '\r\n';
}
