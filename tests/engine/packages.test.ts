/**
 * The package search equals the naive search it replaced (kept verbatim in packages-reference.ts)
 * below its bound, candidate for candidate and in the same order, on every kind of state the
 * shipped scenarios reach; above the bound it only leaves candidates out, never invents or
 * changes one, and it keeps the lines a red line requires.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  type ActorId,
  applyAction,
  type Candidate,
  candidatePackages,
  chooseAiAction,
  counterpartsOf,
  createGame,
  type ForumId,
  type GameState,
  openForums,
  type Scenario,
  whoMustAct,
} from '../../src/engine/index.ts';
import { SEARCH_LINES_PER_SIDE, type SearchOptions } from '../../src/engine/packages.ts';
import { ARTICLE_FILES, LIMITS, loadScenario } from '../../src/scenario/index.ts';
import { grownScenario } from '../sim/grown-file.ts';
import { limitScenario } from '../sim/limit-file.ts';
import { loadShipped, SCENARIO_DIR } from './games-digest.ts';
import { referencePackages } from './packages-reference.ts';

/** Every state of an AI-played game, from the start to the end (or `limit` actions). */
function statesOf(scenario: Scenario, seed: number, limit = 2000): GameState[] {
  let state = createGame(scenario, seed, {});
  const out = [state];
  for (let guard = 0; guard < limit; guard++) {
    const turn = whoMustAct(scenario, state);
    if (!turn) break;
    const result = applyAction(scenario, state, chooseAiAction(scenario, state, turn.actor));
    if (!result.ok) throw new Error(result.error.code);
    state = result.state;
    out.push(state);
  }
  return out;
}

const VARIANTS: readonly SearchOptions[] = [{}, { promiseProcess: true }, { maxLines: 1 }, { maxLines: 3 }];

/** The forum lists a caller may pass: the open ones, each alone, backwards, and with repeats. */
function forumLists(scenario: Scenario, state: GameState, a: ActorId, b: ActorId): (ForumId | null)[][] {
  const open = openForums(scenario, state, a, b);
  const all: (ForumId | null)[] = [null, ...scenario.forums.map((f) => f.id)];
  return [open, ...all.map((f) => [f]), [...all].reverse(), [...open, ...open]];
}

function compare(scenario: Scenario, state: GameState): number {
  let calls = 0;
  for (const a of Object.keys(state.actors).sort()) {
    if (scenario.actors.find((x) => x.id === a)?.background) continue;
    for (const b of counterpartsOf(scenario, state, a)) {
      for (const forums of forumLists(scenario, state, a, b)) {
        for (const options of VARIANTS) {
          const got = candidatePackages(scenario, state, a, b, forums, options);
          const want = referencePackages(scenario, state, a, b, forums, options);
          expect(got).toStrictEqual(want);
          calls += 1;
        }
      }
    }
  }
  return calls;
}

describe('the package search', () => {
  const files = readdirSync(SCENARIO_DIR)
    .filter((f) => f.endsWith('.yaml'))
    .sort();
  for (const file of files) {
    it(`equals the naive search on the states of ${file}`, { timeout: 120_000 }, () => {
      const scenario = loadShipped(file);
      let calls = 0;
      let nonEmpty = 0;
      for (const seed of [1, 2, 3]) {
        const states = statesOf(scenario, seed);
        // Every third state, and the last: starts of turns, offers pending, locks and crises.
        states.forEach((state, i) => {
          if (i % 3 !== 0 && i !== states.length - 1) return;
          calls += compare(scenario, state);
          if (candidatePackages(scenario, state, scenario.order[0]!, scenario.order[1]!).length > 0)
            nonEmpty += 1;
        });
      }
      expect(calls).toBeGreaterThan(100);
      expect(nonEmpty).toBeGreaterThan(0);
    });
  }

  it('equals the naive search past 32 forums (the forum bits of a second word)', () => {
    const text = limitScenario(4, 4, { items: 16, tiers: 2, forums: 40 });
    const loaded = loadScenario(text, 'forums.yaml', { knownSources: ARTICLE_FILES });
    if (!loaded.ok) throw new Error(loaded.error.map((i) => i.message).join('\n'));
    const scenario = loaded.value;
    let beyond = 0;
    for (const state of statesOf(scenario, 5, 60).filter((_, i) => i % 5 === 0)) {
      for (const a of ['a1', 'a2', 'a3']) {
        for (const b of counterpartsOf(scenario, state, a)) {
          for (const forums of forumLists(scenario, state, a, b)) {
            const got = candidatePackages(scenario, state, a, b, forums);
            expect(got).toStrictEqual(referencePackages(scenario, state, a, b, forums));
            beyond += got.filter((c) => forums.indexOf(c.forum) >= 32).length;
          }
        }
      }
    }
    // Backwards, forum_1 and forum_2 sit at positions 39 and 38: packages land there.
    expect(beyond).toBeGreaterThan(0);
  });

  it('equals the naive search with up to SEARCH_LINES_PER_SIDE lines a side (2004 with 14 and 21 items)', () => {
    for (const copies of [2, 3]) {
      const scenario = grownScenario(loadShipped('2004-koizumi-second-visit.yaml'), copies);
      const japanLines = scenario.items
        .filter((i) => i.giver === 'japan')
        .reduce((n, i) => n + i.tiers.length, 0);
      expect(japanLines).toBeLessThanOrEqual(SEARCH_LINES_PER_SIDE);
      const states = statesOf(scenario, 7, 40);
      for (const state of states.filter((_, i) => i % 8 === 0)) {
        for (const [a, b] of [
          ['japan', 'north_korea'],
          ['north_korea', 'japan'],
          ['usa', 'north_korea'],
        ] as const) {
          expect(candidatePackages(scenario, state, a, b)).toStrictEqual(
            referencePackages(scenario, state, a, b),
          );
        }
      }
    }
  });

  it('above the bound only leaves candidates out, in the same order, and keeps what a red line requires', () => {
    const base = loadShipped('2004-koizumi-second-visit.yaml');
    // North Korea's leader will take nothing without the first lift of sanctions Japan can give.
    const required = base.items.find((i) => i.giver === 'japan')!;
    const scenario = grownScenario(
      {
        ...base,
        actors: base.actors.map((actor) =>
          actor.id === 'north_korea'
            ? {
                ...actor,
                leader: {
                  ...actor.leader,
                  redLines: [
                    ...actor.leader.redLines,
                    {
                      kind: 'require',
                      item: required.id,
                      minTier: required.tiers[0]!,
                      text: 'Test.',
                      cite: { addedContext: true },
                    },
                  ],
                },
              }
            : actor,
        ),
      } as Scenario,
      4,
    );
    const lines = scenario.items.filter((i) => i.giver === 'japan').reduce((n, i) => n + i.tiers.length, 0);
    expect(lines).toBeGreaterThan(SEARCH_LINES_PER_SIDE);
    let bounded = 0;
    for (const state of statesOf(scenario, 3, 30).filter((_, i) => i % 6 === 0)) {
      for (const [a, b] of [
        ['japan', 'north_korea'],
        ['north_korea', 'japan'],
      ] as const) {
        const got = candidatePackages(scenario, state, a, b);
        const all = referencePackages(scenario, state, a, b);
        // Each candidate is one of the naive search's, unchanged, and they come in its order.
        let at = 0;
        for (const c of got) {
          while (at < all.length && !sameCandidate(all[at]!, c)) at += 1;
          expect(at).toBeLessThan(all.length);
          expect(c).toStrictEqual(all[at]);
          at += 1;
        }
        if (got.length < all.length) bounded += 1;
        // The required item is still offered wherever Japan gives to North Korea.
        const japanGives = a === 'japan' ? got.map((c) => c.give) : got.map((c) => c.ask);
        if (all.length > 0)
          expect(japanGives.some((side) => side.some((l) => l.item === required.id))).toBe(true);
      }
    }
    expect(bounded).toBeGreaterThan(0);
  });

  it('at the limits of the format, draws each side from at most SEARCH_LINES_PER_SIDE lines', () => {
    for (const givers of [2, LIMITS.actors]) {
      const text = limitScenario(LIMITS.actors, LIMITS.turns, {
        items: LIMITS.items,
        tiers: 10,
        forums: LIMITS.forums,
        givers,
      });
      const loaded = loadScenario(text, 'limits.yaml', { knownSources: ARTICLE_FILES });
      if (!loaded.ok) throw new Error(loaded.error.map((i) => i.message).join('\n'));
      const scenario = loaded.value;
      expect(scenario.items).toHaveLength(LIMITS.items);
      const state = createGame(scenario, 1, {});
      // a2 wants what a1 gives: a1 holds 250 items (or 10) of 10 tiers each.
      const found = candidatePackages(scenario, state, 'a2', 'a1');
      const asked = new Set(found.flatMap((c) => c.ask.map((l) => `${l.item}@${l.tier}`)));
      const given = new Set(found.flatMap((c) => c.give.map((l) => `${l.item}@${l.tier}`)));
      expect(found.length).toBeGreaterThan(0);
      expect(asked.size).toBeGreaterThan(0);
      expect(asked.size).toBeLessThanOrEqual(SEARCH_LINES_PER_SIDE);
      expect(given.size).toBeLessThanOrEqual(SEARCH_LINES_PER_SIDE);
      // Kept by surplus: what a2 asks for at full tier (worth most to it), what it gives (worth
      // nothing to a1, which wants a50's gifts) at the least tier, which costs least.
      expect([...asked].some((line) => line.endsWith('@1'))).toBe(true);
      expect([...given].some((line) => line.endsWith('@0.1'))).toBe(true);
    }
  });
});

function sameCandidate(x: Candidate, y: Candidate): boolean {
  const key = (c: Candidate) => JSON.stringify([c.forum, c.give, c.ask]);
  return key(x) === key(y);
}
