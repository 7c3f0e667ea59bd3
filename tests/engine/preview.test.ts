import { describe, expect, it } from 'vitest';
import {
  type Action,
  type ActorId,
  actorOf,
  counterpartsOf,
  createGame,
  type GameState,
  indexOf,
  type PackageLine,
  PREVIEW_CONFIDENCE,
  PREVIEW_MESSAGES_EN,
  placeholdersOf,
  previewOffer,
  type Scenario,
  whoMustAct,
} from '../../src/engine/index.ts';
import { actAndPlayOn, calibratePreview, PREVIEW_LIKELY, playOn } from '../../src/sim/index.ts';
import { loadShipped, shippedScenarios } from '../scenarios/shipped.ts';

/**
 * The advisors' preview learns from the table: what the counterpart turned down from us and what
 * it asked of us. Played on the 2004 second visit, seed 1, Tokyo's seat a person's, the AI the rest.
 */
const scenario = loadShipped('2004-koizumi-second-visit.yaml');
const SEATS = { japan: 'person' } as const;

/** Half the food aid for the five relatives: far less than Pyongyang holds out for. */
const THIN = {
  give: [{ item: 'food_aid', tier: 0.5 }],
  ask: [{ item: 'families', tier: 1 }],
} as const satisfies { give: PackageLine[]; ask: PackageLine[] };
/** What Pyongyang counters with: the visit and all the aid for the relatives (taken from our side). */
const ITS_COUNTER = {
  give: [
    { item: 'pm_visit', tier: 1 },
    { item: 'food_aid', tier: 1 },
  ],
  ask: [{ item: 'families', tier: 1 }],
} as const satisfies { give: PackageLine[]; ask: PackageLine[] };

function act(state: GameState, action: Action): GameState {
  const result = actAndPlayOn(scenario, state, action, SEATS);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.played.state;
}

const preview = (state: GameState, draft: { give: readonly PackageLine[]; ask: readonly PackageLine[] }) =>
  previewOffer(scenario, state, 'japan', 'north_korea', draft.give, draft.ask);

const opening = playOn(scenario, createGame(scenario, 1, SEATS), SEATS).state;
/** Tokyo offers the thin package; Pyongyang refuses it by countering with its own. */
const countered = act(opening, { type: 'offer', actor: 'japan', to: 'north_korea', ...THIN });
/** Tokyo declines the counter-offer and Pyongyang's next offer (the same package); turn 2 opens. */
const nextTurn = act(act(countered, { type: 'reject', actor: 'japan' }), { type: 'reject', actor: 'japan' });

describe('the preview reads what the counterpart refused', () => {
  it('plays out as the test assumes', () => {
    expect(whoMustAct(scenario, countered)).toMatchObject({ mode: 'respond', actor: 'japan' });
    expect(countered.pending).toMatchObject({
      from: 'north_korea',
      isCounter: true,
      give: ITS_COUNTER.ask,
      ask: ITS_COUNTER.give,
    });
    expect(nextTurn.turn).toBe(2);
    expect(whoMustAct(scenario, nextTurn)).toEqual({ mode: 'move', actor: 'japan' });
  });

  it('before the offer, knows nothing of a refusal', () => {
    const p = preview(opening, THIN);
    expect(p.evidence).toEqual([]);
    expect(p.advice.some((a) => a.includes('turned down'))).toBe(false);
  });

  it('in the same round, previews the refused package as refused and names the refusal', () => {
    const p = preview(countered, THIN);
    expect(p.likely).toBe('reject');
    expect(p.decidedBy).toMatchObject({ kind: 'refused', turn: 1, same: true, ease: 0 });
    expect(p.advice[0]).toBe(
      'Pyongyang turned down an offer worth about 0.6 VP to it on turn 1; this one gives it no more.',
    );
  });

  it('a turn later, still previews it as refused, and Pyongyang does refuse it', () => {
    const p = preview(nextTurn, THIN);
    expect(p.likely).toBe('reject');
    expect(p.decidedBy).toMatchObject({ kind: 'refused', turn: 1, same: true });
    expect(p.decidedBy?.ease).toBeGreaterThan(0);
    expect(p.advice[0]).toBe(
      'Pyongyang turned down an offer worth about 0.5 VP to it on turn 1; this one gives it no more, and our advisors doubt it has come down that far since.',
    );
    const answered = act(nextTurn, { type: 'offer', actor: 'japan', to: 'north_korea', ...THIN });
    expect(answered.log.at(-1)?.action).toMatchObject({ type: 'counter', actor: 'north_korea' });
  });
});

describe('the preview reads what the counterpart asked for', () => {
  it('leans to accept its own counter-offer, says so, and Pyongyang does accept it', () => {
    const p = preview(nextTurn, ITS_COUNTER);
    // The estimate alone is not sure enough to say "likely to accept"; what it asked for is.
    expect(p.margin).toBeLessThan(PREVIEW_CONFIDENCE.accept);
    expect(p.likely).toBe('accept');
    expect(p.decidedBy).toMatchObject({ kind: 'asked', turn: 1, same: true });
    expect(p.advice[0]).toBe('This is what Pyongyang asked for on turn 1.');
    const answered = act(nextTurn, { type: 'offer', actor: 'japan', to: 'north_korea', ...ITS_COUNTER });
    expect(answered.log.some((e) => e.action?.type === 'accept' && e.action.actor === 'north_korea')).toBe(
      true,
    );
  });

  it('leans to accept a package that gives it more than it asked for', () => {
    const more = {
      give: [...ITS_COUNTER.give, { item: 'normalization_talks', tier: 1 }],
      ask: ITS_COUNTER.ask,
    };
    const p = preview(nextTurn, more);
    expect(p.likely).toBe('accept');
    expect(p.advice[0]).toBe(
      'Pyongyang asked for a package worth about 11.6 VP to it on turn 1; this one gives it at least as much.',
    );
  });

  it('does not take a package that gives it less than it asked for as what it asked for', () => {
    const less = { give: [{ item: 'pm_visit', tier: 1 }], ask: ITS_COUNTER.ask };
    const p = preview(nextTurn, less);
    expect(p.decidedBy).toBeNull();
    expect(p.likely).toBe('reject');
  });
});

/** Every package of at most one line a side that `viewer` could offer `to`, at the top tier. */
function singleLinePackages(
  s: Scenario,
  viewer: ActorId,
  to: ActorId,
): { give: PackageLine[]; ask: PackageLine[] }[] {
  const top = (id: ActorId): PackageLine[][] => [
    [],
    ...(indexOf(s).itemsByGiver.get(id) ?? []).map((item) => [
      { item: item.id, tier: item.tiers.at(-1) ?? 1 },
    ]),
  ];
  return top(viewer)
    .flatMap((give) => top(to).map((ask) => ({ give, ask })))
    .filter((p) => p.give.length + p.ask.length > 0);
}

describe('the preview’s words', () => {
  it('never show a figure that is not finite, and spare a delegation with no public any word of one, in all six scenarios', () => {
    const names = (params: object) => Object.keys(params).sort().join();
    const wanted = (template: string) =>
      [...new Set(placeholdersOf(template).map((p) => p.name))].sort().join();
    let withoutPublic = 0;
    for (const s of shippedScenarios()) {
      const state = createGame(s, 1, {});
      for (const viewer of s.actors.filter((a) => !a.background).map((a) => a.id)) {
        const hasPublic = actorOf(s, viewer).public !== undefined;
        for (const to of counterpartsOf(s, state, viewer)) {
          for (const draft of singleLinePackages(s, viewer, to)) {
            const p = previewOffer(s, state, viewer, to, draft.give, draft.ask);
            for (const note of p.notes)
              expect(names(note.params), note.message).toBe(wanted(PREVIEW_MESSAGES_EN[note.message]));
            for (const line of p.advice)
              expect(line, `${s.id} ${viewer}`).not.toMatch(/Infinity|NaN|undefined|\{/);
            expect(p.ourHome.hasPublic).toBe(hasPublic);
            if (!hasPublic) {
              withoutPublic++;
              expect(p.advice.filter((a) => /our public/i.test(a))).toEqual([]);
              expect(
                p.advice.some(
                  (a) => a.startsWith('We answer to no electorate') || a.includes('our red line'),
                ),
              ).toBe(true);
            }
          }
        }
      }
    }
    // North Korea sits at every table without a public.
    expect(withoutPublic).toBeGreaterThan(100);
  });
});

describe('calibration', () => {
  it('over 20 seeds of each scenario, "likely to accept" offers are accepted more often than "either way" ones, and those more than "likely to refuse" ones', {
    timeout: 120_000,
  }, () => {
    const total = {
      accept: { offers: 0, accepted: 0 },
      uncertain: { offers: 0, accepted: 0 },
      reject: { offers: 0, accepted: 0 },
    };
    for (const s of shippedScenarios()) {
      const { cells } = calibratePreview(s, { seeds: 20 });
      for (const l of PREVIEW_LIKELY) {
        total[l].offers += cells[l].offers;
        total[l].accepted += cells[l].accepted;
      }
    }
    const share = (l: (typeof PREVIEW_LIKELY)[number]) => total[l].accepted / total[l].offers;
    for (const l of PREVIEW_LIKELY) expect(total[l].offers, l).toBeGreaterThan(20);
    expect(share('accept')).toBeGreaterThan(share('uncertain'));
    expect(share('uncertain')).toBeGreaterThan(share('reject'));
    expect(share('accept')).toBeGreaterThanOrEqual(0.75);
    expect(share('reject')).toBeLessThanOrEqual(0.2);
  });
});
