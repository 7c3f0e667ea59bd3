import { describe, expect, it } from 'vitest';
import type { Action, Objective, Scenario } from '../../src/engine/index.ts';
import { historicalRun, type Player, STRATEGY_NAMES, simulate } from '../../src/sim/index.ts';
import {
  decidingMoments,
  LESSON_KEYS,
  type LessonKey,
  lessonIndex,
  lessonPassages,
  lessonsView,
  MAX_MOMENTS,
  pathBesideHistory,
  scoreLines,
} from '../../src/ui/viewmodel/index.ts';
import { articleText, normalise } from '../scenarios/articles.ts';
import { loadShipped, SHIPPED_FILES } from '../scenarios/shipped.ts';

/**
 * The debrief about this game: the moments that decided it, the score in words, the path beside
 * history and the lessons it showed. Each game is played through the sim driver, by a strategy or
 * a script of moves (a script's turns run out into patience: it waits and refuses what is offered).
 */

const SECOND_VISIT = loadShipped('2004-koizumi-second-visit.yaml');
const ROAD = loadShipped('2002-road-to-pyongyang.yaml');
const ESSAY =
  '"Sumo diplomacy": an untitled analysis essay on the June 2004 talks, July 2004 (no author or outlet named)';

function game(scenario: Scenario, play: Player, seed = 1, player = 'japan') {
  return simulate({ scenario, player, seed, play }).final;
}
const moves = (...turns: Action[][]): Player => ({ kind: 'moves', turns });
const PATIENT: Player = moves();

describe('the moments that decided the result', () => {
  it('a gift for nothing is a ratchet moment on its turn, tied to the ratchet passage', () => {
    const gift: Action = { type: 'gift', actor: 'japan', to: 'north_korea', item: 'food_aid', tier: 0.5 };
    const moments = decidingMoments(SECOND_VISIT, game(SECOND_VISIT, moves([gift])), 'japan');
    const ratchet = moments.find((m) => m.kind === 'ratchet');
    expect(ratchet).toMatchObject({
      turn: 1,
      when: 'Turn 1 · Early May 2004',
      headline: 'Expectations ratcheted up',
      text:
        'You gave North Korea humanitarian aid (half) for nothing, and its expectation of you rose from 7.8 to 9.8 VP: ' +
        "every later offer had to be worth more to it. That cost you points on “Keep Pyongyang's expectations in " +
        'check before the normalization talks”, which scored 14.3 of 20.',
      lesson: {
        key: 'ratchet',
        index: 1,
        title: 'Expectations ratchet',
        quote: SECOND_VISIT.debrief.lessons[1]?.cite.quote,
        article: ESSAY,
      },
      missed: false,
    });
    expect(ratchet?.points).toBeLessThan(0);
  });

  it('a deal the public will not ratify is named as a refusal at home, with the two-level lesson', () => {
    const offer: Action = {
      type: 'offer',
      actor: 'japan',
      to: 'north_korea',
      give: [{ item: 'compensation', tier: 1 }],
      ask: [{ item: 'visit_welcome', tier: 1 }],
    };
    const home = decidingMoments(ROAD, game(ROAD, moves([offer])), 'japan').find((m) => m.kind === 'home');
    expect(home).toMatchObject({
      turn: 1,
      headline: 'Refused at home',
      text:
        "North Korea accepted compensation for the occupation for agreement to receive the prime minister, but it crossed your leader's red line " +
        '(Japan will not pay compensation for the colonial period), so your home would not ratify it. The deal collapsed, ' +
        "your approval fell 5 points and North Korea's trust in you fell from 30% to 24%. That cost you points on " +
        '“Restore your flagging popularity”, which scored 3.3 of 25.',
      lesson: {
        title: 'Two-level games',
        article:
          '"How the Media views talks between North Korea and Japan", John de Boer, GLOCOM Platform Weekly Review #63, 2 September 2002',
      },
    });
  });

  it('an over-paying game is told by its lost election, its biggest deal, its ratchet and a refused offer', () => {
    const moments = decidingMoments(
      SECOND_VISIT,
      game(SECOND_VISIT, { kind: 'strategy', name: 'generous' }),
      'japan',
    );
    expect(moments.map((m) => [m.kind, m.turn])).toEqual([
      ['election', 6],
      ['deal', 1],
      ['ratchet', 1],
      ['refused', 5],
    ]);
    expect(moments[0]?.text).toBe(
      'At the Upper House election your approval was 35.8%, below the 42% needed: Prime Minister Koizumi Junichiro fell ' +
        'and your delegation left the talks. It ended the game: Out of office.',
    );
    expect(moments[1]?.text).toBe(
      'North Korea accepted your offer: humanitarian aid and bilateral normalization talks for the release of five ' +
        "relatives of the former abductees. It moved the abductees' families from 0 to 60 and normalization of relations " +
        'from 0 to 40 (out of 100). It was worth 10.5 VP to North Korea and 4.9 VP to you: you paid more than you got. ' +
        'That earned you points on “Bring the families of the abductees home”, which scored 40 of 40.',
    );
    expect(moments[1]?.points).toBe(40);
    expect(moments[2]?.text).toContain(
      'Over-payments on turns 2, 3, 4, 5 and 6 raised it too; North Korea ended the game expecting 17.4 VP of you.',
    );
    expect(moments[3]).toMatchObject({ missed: true, lesson: { title: 'Concessions of similar value' } });
    expect(moments[3]?.text).toContain('it was worth 5.6 VP to North Korea, which held out for 13.4 VP');
  });

  it('a deal struck just before the election is told with the vote it went into', () => {
    const deal: Action = {
      type: 'offer',
      actor: 'japan',
      to: 'north_korea',
      give: [
        { item: 'pm_visit', tier: 1 },
        { item: 'food_aid', tier: 1 },
      ],
      ask: [{ item: 'families', tier: 1 }],
    };
    const moments = decidingMoments(SECOND_VISIT, game(SECOND_VISIT, moves([], [], [], [], [deal])), 'japan');
    expect(moments[0]).toMatchObject({
      kind: 'electionDeal',
      turn: 5,
      headline: 'A deal on the eve of the vote',
      text:
        'North Korea accepted your offer: a visit by the prime minister and humanitarian aid for the release of five ' +
        'relatives of the former abductees, just before the Upper House election. Your public weighed it, and your ' +
        'approval moved +13 points; at the vote it stood at 56.6% against the 42% needed. That earned you points on ' +
        '“Bring the families of the abductees home”, which scored 40 of 40.',
      lesson: { title: 'Two-level games' },
    });
    expect(moments.find((m) => m.kind === 'firmness')?.text).toContain(
      'Patience on turns 1, 2, 3 and 4 brought it down too; North Korea ended the game expecting 8 VP of you.',
    );
  });

  it('patient play is told by the deal it turned down, its firmness and a close election', () => {
    const moments = decidingMoments(SECOND_VISIT, game(SECOND_VISIT, PATIENT), 'japan');
    expect(moments.map((m) => [m.kind, m.turn])).toEqual([
      ['declined', 4],
      ['firmness', 1],
      ['election', 6],
    ]);
    expect(moments[0]?.text).toMatch(
      /^North Korea offered you the release of five relatives .* you turned it down; it was worth 5.6 VP to you\. You turned down its offers again on turns 1, 2, 3, 5 and 6\./,
    );
    expect(moments[0]?.text).toContain(
      'Taking it would have earned points on “Bring the families of the abductees home”, which scored 0 of 40.',
    );
    expect(moments[1]?.lesson).toMatchObject({
      title: 'Expectations ratchet',
      quote:
        'Before there can be significant progress in the forthcoming Japan-DPRK normalization talks, Japan will have to temper Pyongyang’s expectations.',
    });
    expect(moments[2]?.text).toBe(
      'At the Upper House election your approval was 46.1%, above the 42% needed: Prime Minister Koizumi Junichiro held on.',
    );
  });

  it('ranks the same game the same way every time', () => {
    const state = game(SECOND_VISIT, { kind: 'strategy', name: 'random' }, 7);
    expect(decidingMoments(SECOND_VISIT, state, 'japan')).toEqual(
      decidingMoments(SECOND_VISIT, state, 'japan'),
    );
  });

  it('in every shipped scenario and strategy: at most five, each with a turn, a quote and an article in words', () => {
    for (const file of SHIPPED_FILES) {
      const scenario = loadShipped(file);
      const player = scenario.history.player;
      for (const name of STRATEGY_NAMES) {
        const state = game(scenario, { kind: 'strategy', name }, 3, player);
        const moments = decidingMoments(scenario, state, player);
        expect(moments.length, `${file} ${name}`).toBeLessThanOrEqual(MAX_MOMENTS);
        for (const m of moments) {
          expect(m.turn).toBeGreaterThanOrEqual(1);
          expect(m.lesson.quote, `${file} ${name} ${m.kind}`).toBeTruthy();
          expect(`${m.text} ${m.lesson.article}`).not.toMatch(/\.txt|\{\w+\}|undefined|NaN/);
        }
        for (let i = 1; i < moments.length; i++) {
          expect(moments[i - 1]!.weight).toBeGreaterThanOrEqual(moments[i]!.weight);
        }
        const words = JSON.stringify([
          pathBesideHistory(scenario, state, player, null),
          lessonsView(scenario, moments),
        ]);
        expect(words).not.toMatch(/\.txt|\{\w+\}|undefined|NaN/);
      }
    }
  });
});

describe('the lessons behind the moments', () => {
  // The lesson each idea finds in each shipped scenario, by index (null: a passage of the articles).
  const EXPECTED: Record<string, Record<LessonKey, number | null>> = {
    '2001-beijing-back-channel.yaml': {
      ratchet: 0,
      firmness: 2,
      similarValue: null,
      sumo: 3,
      twoLevel: 1,
      respect: null,
    },
    '2002-road-to-pyongyang.yaml': {
      ratchet: 3,
      firmness: 3,
      similarValue: null,
      sumo: 2,
      twoLevel: 1,
      respect: 0,
    },
    '2004-koizumi-second-visit.yaml': {
      ratchet: 1,
      firmness: 1,
      similarValue: 0,
      sumo: 2,
      twoLevel: 3,
      respect: 4,
    },
    '2004-six-party-third-round.yaml': {
      ratchet: null,
      firmness: null,
      similarValue: 0,
      sumo: 1,
      twoLevel: 2,
      respect: null,
    },
    '2006-after-the-test.yaml': {
      ratchet: null,
      firmness: null,
      similarValue: 4,
      sumo: 0,
      twoLevel: null,
      respect: null,
    },
    '2007-ulaanbaatar.yaml': {
      ratchet: null,
      firmness: null,
      similarValue: null,
      sumo: 2,
      twoLevel: 0,
      respect: null,
    },
  };

  it('finds the lesson each idea illustrates in every shipped scenario', () => {
    expect(Object.keys(EXPECTED)).toEqual([...SHIPPED_FILES]);
    for (const file of SHIPPED_FILES) {
      const scenario = loadShipped(file);
      const found = Object.fromEntries(LESSON_KEYS.map((k) => [k, lessonIndex(scenario, k)]));
      expect(found, file).toEqual(EXPECTED[file]);
    }
  });

  it('falls back on passages that are the articles’ own words', () => {
    for (const { source, quote } of lessonPassages()) {
      expect(articleText(source)).toContain(normalise(quote));
    }
  });

  it('puts first the lessons the game showed, marked with their turns, and keeps all of them', () => {
    const moments = decidingMoments(SECOND_VISIT, game(SECOND_VISIT, PATIENT), 'japan');
    const lessons = lessonsView(SECOND_VISIT, moments);
    expect(lessons.map((l) => [l.title, l.shown])).toEqual([
      ['Concessions of similar value', 'Your game showed this on turn 4.'],
      ['Expectations ratchet', 'Your game showed this on turn 1.'],
      ['Two-level games', 'Your game showed this on turn 6.'],
      ['Sumo diplomacy', ''],
      ['Respect is a currency', ''],
    ]);
    expect(lessons.every((l) => l.article === ESSAY)).toBe(true);
  });
});

describe('each score line in words', () => {
  it('says what each objective reached, how it counts and what it earned', () => {
    const generous = game(SECOND_VISIT, { kind: 'strategy', name: 'generous' });
    expect(scoreLines(SECOND_VISIT, generous, 'japan').map((l) => [l.sentence, l.points])).toEqual([
      [
        "Progress on the abductees' families reached 60 of 100. Full points from 60: 40 of 40 points.",
        '40 of 40 points',
      ],
      [
        'Your approval ended at 35.8%, below the 42% the Upper House election needed. Points start above 38% and are full at 55%: 0 of 25 points.',
        '0 of 25 points',
      ],
      [
        "North Korea's expectation of you ended at 17.4 VP. Points start below 12 VP and are full at 6 VP or less: 0 of 20 points.",
        '0 of 20 points',
      ],
      [
        'Progress on the nuclear impasse reached 0 of 100. Points start above 0 and are full at 30: 0 of 15 points.',
        '0 of 15 points',
      ],
    ]);
    const patient = game(SECOND_VISIT, PATIENT);
    expect(scoreLines(SECOND_VISIT, patient, 'japan')[1]?.reason).toBe(
      'Your approval ended at 46.1%, above the 42% the Upper House election needed. Points start above 38% and are full at 55%.',
    );
    expect(scoreLines(SECOND_VISIT, patient, 'japan')[1]?.sentence).toBe(
      'Your approval ended at 46.1%, above the 42% the Upper House election needed. Points start above 38% and are full at 55%: 11.9 of 25 points.',
    );
  });

  it('words every kind of measure in the units players know', () => {
    const objective = (o: Partial<Objective> & Pick<Objective, 'measure' | 'zero' | 'full'>): Objective => ({
      id: o.measure,
      text: o.measure,
      points: 10,
      ...o,
    });
    const scored: Scenario = {
      ...SECOND_VISIT,
      objectives: {
        japan: [
          objective({ measure: 'trust', of: 'north_korea', zero: 0.3, full: 0.9 }),
          objective({ measure: 'tension', zero: 70, full: 20 }),
          objective({ measure: 'tension', zero: 70, full: 35 }),
          objective({ measure: 'received', zero: 0, full: 20 }),
          objective({ measure: 'given', zero: 14, full: 2 }),
          objective({ measure: 'inOffice', zero: 0, full: 1 }),
          objective({ measure: 'approval', zero: 50, full: 50 }),
        ],
      },
    };
    const state = game(SECOND_VISIT, { kind: 'strategy', name: 'generous' });
    expect(scoreLines(scored, state, 'japan').map((l) => l.sentence)).toEqual([
      "North Korea's trust in you ended at 70%. Points start above 30% and are full at 90%: 6.7 of 10 points.",
      'Tension ended at 23.2 of 100. Points start below 70 and are full at 20 or less: 9.4 of 10 points.',
      'Tension ended at 23.2 of 100. Full points at 35 or less: 10 of 10 points.',
      'You received 9 VP of value in all. Points start above 0 VP and are full at 20 VP: 4.5 of 10 points.',
      'You gave up 13.5 VP of value in all. Points start below 14 VP and are full at 2 VP or less: 0.4 of 10 points.',
      'Your delegation lost office. Full points for staying in office, half for a successor: 0 of 10 points.',
      'Your approval ended at 35.8%, below the 42% the Upper House election needed. All or nothing: the points need 50%: 0 of 10 points.',
    ]);
  });
});

describe('the path beside history', () => {
  it('puts the player’s moves and the answers beside what history did, turn by turn', () => {
    const state = game(SECOND_VISIT, { kind: 'strategy', name: 'generous' });
    const path = pathBesideHistory(SECOND_VISIT, state, 'japan', historicalRun(SECOND_VISIT, 1));
    expect(path.map((p) => p.turn)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(path[0]).toMatchObject({
      label: 'Early May 2004',
      you: [
        'You gave North Korea humanitarian aid (half) for nothing.',
        'You offered North Korea humanitarian aid and bilateral normalization talks for the release of five relatives of the former abductees; accepted.',
      ],
      history: [
        {
          who: 'Japan',
          text: 'Tokyo and Pyongyang prepare the second summit.',
          quote: 'Prime Minister Koizumi made his second visit to Pyongyang',
          article: 'the "sumo diplomacy" essay, 2004',
        },
      ],
    });
    expect(path[1]?.history.map((h) => h.who)).toEqual(['Japan', 'North Korea']);
    expect(path[5]?.you).toContain(
      'At the Upper House election your approval stood at 35.8% (42% needed): you fell.',
    );
    const patient = pathBesideHistory(SECOND_VISIT, game(SECOND_VISIT, PATIENT), 'japan', null);
    expect(patient[0]?.you).toEqual([
      'North Korea offered you the release of five relatives of the former abductees for a visit by the prime minister and humanitarian aid; you refused.',
    ]);
  });
});
