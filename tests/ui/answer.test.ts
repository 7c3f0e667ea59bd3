import { describe, expect, it } from 'vitest';
import { type Action, whoMustAct } from '../../src/engine/index.ts';
import { newSession, playAction, type Step } from '../../src/store/session.ts';
import { answerBeats, asSentence, beatText } from '../../src/ui/viewmodel/index.ts';
import { loadShipped, SHIPPED_FILES } from '../scenarios/shipped.ts';

const SECOND_VISIT = loadShipped('2004-koizumi-second-visit.yaml');

function start(seed = 7): Step {
  return newSession({ game: 'g', scenario: SECOND_VISIT, scenarioHash: 'h', player: 'japan', seed });
}

function act(step: Step, action: Action): Step {
  const r = playAction(step.session, action);
  if (!r.ok) throw new Error(r.error.message);
  return r.step;
}

const OFFER: Action = {
  type: 'offer',
  actor: 'japan',
  to: 'north_korea',
  give: [{ item: 'pm_visit', tier: 1 }],
  ask: [{ item: 'families', tier: 1 }],
};

describe('the answer moment', () => {
  it('answers an offer with the verdict, its reason and the counter-offer, before the turn moves on', () => {
    const step = act(start(), OFFER);
    const beats = answerBeats(SECOND_VISIT, step, 'japan');
    expect(beats.map((b) => b.kind)).toEqual(['answer']);
    const [answer] = beats;
    expect(answer!.headline).toBe('North Korea turned down your offer and answered with a counter-offer.');
    expect(answer!.reason).toMatch(
      /^It holds out for more: your advisors reckon it wanted about \d+(\.\d)? VP more than this gave it\.$/,
    );
    expect(answer!.terms?.gives).toContain('the release of five relatives of the former abductees');
    expect(answer!.terms?.asks).toContain('a visit by the prime minister');
    expect(answer!.turn).toBe(1);
    // Still turn 1: the answer comes before anything else.
    expect(step.session.state.turn).toBe(1);
  });

  it('shows the AI delegations’ moves in order, then the turn’s summary with what is coming', () => {
    const countered = act(start(), OFFER);
    const refused = act(countered, { type: 'reject', actor: 'japan' });
    const first = answerBeats(SECOND_VISIT, refused, 'japan');
    expect(first.map((b) => [b.kind, b.headline])).toEqual([
      ['yours', "You turned down North Korea's counter-offer."],
      ['theirs', 'North Korea made an offer to you.'],
    ]);
    expect(first[0]!.reason).toBe(
      'North Korea will not come down further this round: it feels it was refused after meeting what it asked.',
    );
    // Tension is public and exact; North Korea's expectation is its own, so only its direction shows.
    expect(first[0]!.shifts.map((s) => [s.key, s.from, s.to, s.change, s.good])).toEqual([
      ['tension', '43', '42', '−1', true],
      ['expectation:north_korea', null, null, 'fallen (estimate)', true],
    ]);
    expect(first[1]!.reason).toBe('It is your turn to answer: accept it or turn it down.');

    const next = act(refused, { type: 'reject', actor: 'japan' });
    const beats = answerBeats(SECOND_VISIT, next, 'japan');
    expect(beats.map((b) => b.kind)).toEqual(['yours', 'summary']);
    const summary = beats[1]!;
    expect(summary.headline).toBe('Turn 2 of 6 begins: Late May 2004');
    expect(summary.reason).toBe('Approval 47%: above the 42% you need.');
    expect(summary.others).toEqual(['United States: no offer this turn.']);
    expect(summary.coming).toEqual(['Upper House election in 4 turns.', 'Turns left after this one: 4.']);
    // The summary's tension runs over the whole batch, with every cause that moved it.
    const tension = summary.shifts.find((s) => s.key === 'tension');
    expect([tension?.from, tension?.to]).toEqual(['42', '39']);
    expect(tension?.causes).toHaveLength(2);
  });

  it('tells a deal by what it moved: progress, trust, and the expectation it raised', () => {
    const countered = act(start(), OFFER);
    const refused = act(countered, { type: 'reject', actor: 'japan' });
    const accepted = act(refused, { type: 'accept', actor: 'japan' });
    const [deal, summary] = answerBeats(SECOND_VISIT, accepted, 'japan');
    expect(deal!.headline).toBe("You accepted North Korea's offer: the deal is done.");
    expect(deal!.tone).toBe('good');
    const progress = deal!.shifts.find((s) => s.key === 'progress:abductions');
    expect([progress?.from, progress?.to, progress?.change]).toEqual(['0%', '60%', '+60']);
    const expectation = deal!.shifts.find((s) => s.key === 'expectation:north_korea');
    expect([expectation?.change, expectation?.good]).toEqual(['risen (estimate)', false]);
    const approval = summary!.shifts.find((s) => s.key === 'approval');
    expect([approval?.from, approval?.to]).toEqual(['47%', '53%']);
  });

  it('reads out one beat as a passage for the live region', () => {
    const [answer] = answerBeats(SECOND_VISIT, act(start(), OFFER), 'japan');
    const text = beatText(answer!);
    expect(
      text.startsWith(
        'North Korea turned down your offer and answered with a counter-offer. It holds out for more',
      ),
    ).toBe(true);
    expect(text).toContain('Gives: the release of five relatives');
  });

  it('gives nothing to read when nobody has moved yet', () => {
    const opening = start();
    expect(opening.moves.map((m) => m.action.actor)).toEqual([]);
    expect(answerBeats(SECOND_VISIT, opening, 'japan')).toEqual([]);
  });

  it('answers every move of a patient player in every scenario, without a figure the player may not see', () => {
    for (const file of SHIPPED_FILES) {
      const scenario = loadShipped(file);
      for (const player of scenario.actors.filter((a) => a.playable).map((a) => a.id)) {
        let step = newSession({ game: 'g', scenario, scenarioHash: 'h', player, seed: 3 });
        for (let n = 0; n < 200 && step.session.state.status !== 'ended'; n++) {
          const mode = whoMustAct(scenario, step.session.state)?.mode;
          step = act(step, { type: mode === 'respond' ? 'reject' : 'wait', actor: player });
          const beats = answerBeats(scenario, step, player);
          const texts = beats.flatMap((b) => [
            b.headline,
            b.reason ?? '',
            ...b.others,
            ...b.coming,
            ...b.shifts.flatMap((s) => [s.label, s.change, ...s.causes]),
          ]);
          for (const text of texts)
            expect(text, `${file} as ${player}`).not.toMatch(/Infinity|NaN|undefined|\{\w+\}/);
          // Another delegation's private number never shows as a figure, only as a direction.
          for (const s of beats.flatMap((b) => b.shifts)) {
            if (/^(expectation|reservation|trust):/.test(s.key)) expect([s.from, s.to]).toEqual([null, null]);
          }
          // Every turn that ended in the batch has its summary, at the point it ended, in order.
          const ends = step.moves.filter((m) => m.after.turn !== m.before.turn || m.after.status === 'ended');
          const summaries = beats.filter((b) => b.kind === 'summary');
          expect(
            summaries.map((b) => b.turn),
            `${file} as ${player}`,
          ).toEqual(ends.map((m) => m.after.turn));
          // Nothing after a summary happened before it: the beats' turns never go back.
          const turns = beats.map((b) => b.turn);
          expect(turns, `${file} as ${player}`).toEqual([...turns].sort((x, y) => x - y));
        }
        expect(step.session.state.status, `${file} as ${player}`).toBe('ended');
      }
    }
  });
});

describe('sentences', () => {
  it('ends a line once, even when its own end sits inside a bracket or a quote', () => {
    expect(asSentence('Clinton stays home (the month is added context.)')).toBe(
      'Clinton stays home (the month is added context.)',
    );
    expect(asSentence('Pyongyang says “no.”')).toBe('Pyongyang says “no.”');
    expect(asSentence('Tokyo waits')).toBe('Tokyo waits.');
    expect(asSentence('Tokyo waits (for now)')).toBe('Tokyo waits (for now).');
  });

  it('ends a Japanese line with 。 and a Korean one with a full stop, once', () => {
    expect(asSentence('東京は待つ')).toBe('東京は待つ。');
    expect(asSentence('Tokyoは今回提案しなかった')).toBe('Tokyoは今回提案しなかった。');
    expect(asSentence('東京は待つ。')).toBe('東京は待つ。');
    expect(asSentence('平壌は「拒否する」')).toBe('平壌は「拒否する」。');
    expect(asSentence('평양이 기다린다')).toBe('평양이 기다린다.');
  });
});
