import { describe, expect, it } from 'vitest';
import {
  actAt,
  type ClassOverview,
  type LiveTable,
  openTable,
  PROTOCOL_VERSION,
  planSeats,
  type SeatKnowledge,
  seatSummary,
  seatView,
  timeOutAt,
} from '../../src/class/index.ts';
import { applyAction } from '../../src/engine/index.ts';
import { Countdowns, clockText } from '../../src/ui/class-room/countdown.ts';
import { classSeatView, classTablesCsv, itemChoices, packageAction } from '../../src/ui/viewmodel/index.ts';
import { scenario2004 } from '../sim/scenario-2004.ts';

/**
 * A class seat's screen from what the server sends it, with the class layer's own functions
 * making the messages: what the status line says, what the news shows since the student's last
 * move, and that the packages put together from the listed lines are moves the rules take.
 */
const scenario = scenario2004();

function table(): LiveTable {
  const seats = planSeats(scenario, { japan: 'student', north_korea: 'student' });
  const opened = openTable({ index: 0, seed: 4, scenario, options: {}, seats, actions: [] });
  if (!opened.ok) throw new Error(opened.detail);
  return opened.table;
}

function knowledge(at: LiveTable, actor: string): SeatKnowledge {
  const { log, ...rest } = seatView(at, actor, 0, true);
  return {
    update: {
      protocol: PROTOCOL_VERSION,
      class: 'c1',
      table: 0,
      actor,
      scenario: scenario.id,
      seed: at.seed,
      options: {},
      status: 'playing',
      length: at.actions.length,
      seats: at.seats.map((s) => seatSummary(s, true)),
      result: null,
      secondsLeft: null,
      timedOut: at.timedOut,
      ...rest,
    },
    log: log.entries,
  };
}

describe('a class seat’s screen', () => {
  it('says whose move it is, and builds offers the rules accept from the listed lines', () => {
    const start = table();
    const japan = classSeatView(scenario, knowledge(start, 'japan'));
    expect(japan.status).toEqual({ kind: 'yours' });
    expect(japan.delegation).toBe('Japan');
    expect(japan.moves?.offers.map((o) => o.title)).toEqual([
      'Make an offer to Pyongyang',
      'Make an offer to Washington',
    ]);
    const korea = classSeatView(scenario, knowledge(start, 'north_korea'));
    expect(korea.status).toEqual({ kind: 'waiting', name: 'Japan', by: 'student' });
    expect(korea.moves).toBeNull();

    const offer = japan.moves?.offers[0];
    if (!offer) throw new Error('no offer listed');
    const give = offer.give[0]?.key ?? '';
    const ask = offer.ask[0]?.key ?? '';
    const action = packageAction(offer, 'japan', [give], [ask]);
    expect(action).toMatchObject({
      type: 'offer',
      actor: 'japan',
      to: 'north_korea',
      give: [offer.give[0]?.line],
      ask: [offer.ask[0]?.line],
    });
    expect(applyAction(scenario, start.state, action).ok).toBe(true);
  });

  it('offers each item once, with every way the rules list of putting it in', () => {
    const view = classSeatView(scenario, knowledge(table(), 'japan'));
    const offer = view.moves?.offers[0];
    if (!offer) throw new Error('no offer listed');
    const give = itemChoices(scenario, offer.give);
    // As many choices as items, and every listed line is one way of its own item, once.
    expect(give.map((c) => c.item)).toEqual([...new Set(offer.give.map((l) => l.line.item))]);
    const itemOf = new Map(offer.give.map((l) => [l.key, l.line.item]));
    expect(give.flatMap((c) => c.ways.map((w) => [w.key, c.item]))).toEqual(
      give.flatMap((c) =>
        offer.give.filter((l) => l.line.item === c.item).map((l) => [l.key, itemOf.get(l.key)]),
      ),
    );
    expect(give.flatMap((c) => c.ways).length).toBe(offer.give.length);
    const food = give.find((c) => c.item === 'food_aid');
    expect(food?.name).toBe('humanitarian aid');
    expect(food?.ways.map((w) => w.how)).toContain('in full; promised');
  });

  it('shows what happened since the student’s own last move, in the engine’s words', () => {
    const start = table();
    const played = actAt(start, 'japan', { type: 'wait', actor: 'japan' }, 0);
    if (!played.ok) throw new Error(played.detail);
    const view = classSeatView(scenario, knowledge(played.table, 'japan'));
    expect(view.news[0]).toEqual({ turn: 1, kind: 'move', text: 'Japan: Tokyo waits' });
    // North Korea's seat is a student's: the table now waits for it, and Japan's page says so.
    expect(view.status).toEqual({ kind: 'waiting', name: 'North Korea', by: 'student' });
    expect(view.news.filter((n) => n.kind === 'move')).toHaveLength(1);
  });

  it('says when a move was a pass because the student’s time ran out', () => {
    const passed = timeOutAt(table(), 0);
    if (!passed.ok) throw new Error(passed.detail);
    expect(passed.table.actions[0]).toEqual({ type: 'wait', actor: 'japan' });
    expect(passed.table.timedOut).toEqual([0]);
    const view = classSeatView(scenario, knowledge(passed.table, 'japan'));
    expect(view.news[0]).toEqual({
      turn: 1,
      kind: 'move',
      text: 'Japan: Tokyo waits (time ran out for the move)',
    });
    // Refused once the table has moved on from the move the clock ran for.
    expect(timeOutAt(passed.table, 0)).toMatchObject({ ok: false, code: 'class/stale' });
  });

  it('writes the class for a spreadsheet with every cell safe, names included', () => {
    const overview: ClassOverview = {
      protocol: PROTOCOL_VERSION,
      class: 'c1',
      code: 'ABCDEF',
      scenario: scenario.id,
      status: 'playing',
      turnSeconds: 0,
      tables: [
        {
          table: 0,
          seed: 4,
          turn: 6,
          turns: 6,
          turnLabel: 'x',
          tension: 30,
          status: 'ended',
          length: 20,
          waitingFor: null,
          alerts: [],
          outcome: { id: 'deal', title: 'A deal' },
          secondsLeft: null,
          seats: [
            {
              actor: 'japan',
              planned: 'student',
              driver: 'student',
              name: '=HYPERLINK("x")',
              taken: true,
              connected: true,
              approval: 41.6,
              score: 50.1,
            },
            {
              actor: 'north_korea',
              planned: 'ai',
              driver: 'ai',
              name: '',
              taken: false,
              connected: false,
              approval: null,
              score: 58.2,
            },
          ],
        },
      ],
    };
    expect(classTablesCsv(scenario, overview).split('\r\n')).toEqual([
      '"table","seed","delegation","played_by","student","turn","outcome","score","approval"',
      '1,4,"Japan","student","\'=HYPERLINK(""x"")",6,"A deal",50.1,42',
      '1,4,"North Korea","ai","",6,"A deal",58.2,""',
      '',
    ]);
  });

  it('counts the time per move down on the browser’s own clock, from the seconds the server sent', () => {
    const countdowns = new Countdowns();
    // The server said 90 s left for the move at length 4; this browser's clock reads 1,000,000.
    expect(countdowns.endOf('0:4', 90, 1_000_000)).toBe(1_090_000);
    // A later message about the same move (a classmate joined) does not reset the clock.
    expect(countdowns.endOf('0:4', 88, 1_005_000)).toBe(1_090_000);
    // The next move gets its own clock; a move with none clears it.
    expect(countdowns.endOf('0:5', 90, 1_010_000)).toBe(1_100_000);
    expect(countdowns.endOf('0:5', null)).toBeNull();
    expect(countdowns.endOf('0:5', 30, 2_000_000)).toBe(2_030_000);
    expect([125_000, 60_000, 9_001, 9_000, 400, 0, -5_000].map(clockText)).toEqual([
      '2:05',
      '1:00',
      '0:10',
      '0:09',
      '0:01',
      '0:00',
      '0:00',
    ]);
  });
});
