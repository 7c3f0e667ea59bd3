/**
 * The AI filters its candidates against the packages already refused by fingerprint first and by
 * key only when the fingerprints match. A fingerprint must therefore be the same for the same
 * package whatever the order of its lines (or a refused package would be tabled again), and
 * different for the packages a move actually weighs (or the filter would build keys for nothing).
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  applyAction,
  candidatePackages,
  chooseAiAction,
  counterpartsOf,
  createGame,
  type PackageLine,
  whoMustAct,
} from '../../src/engine/index.ts';
import { packageKey, packagePrint } from '../../src/engine/refused.ts';
import { loadShipped, SCENARIO_DIR } from './games-digest.ts';

const line = (item: string, tier: number, extra: Partial<PackageLine> = {}): PackageLine => ({
  item,
  tier,
  ...extra,
});

describe('packagePrint', () => {
  it('is the same whatever the order of the lines on either side', () => {
    const give = [
      line('aid', 1),
      line('talks', 0, { promised: true }),
      line('food', 2, { conditional: true }),
    ];
    const ask = [line('abductees', 1), line('missiles', 0)];
    const expected = packagePrint(give, ask);
    for (const g of [give, [give[2]!, give[0]!, give[1]!], [give[1]!, give[2]!, give[0]!]]) {
      for (const a of [ask, [ask[1]!, ask[0]!]]) expect(packagePrint(g, a)).toBe(expected);
    }
  });

  it('tells apart a change of item, tier (tiers are fractions), terms, side or an extra line', () => {
    const base = packagePrint([line('aid', 1)], [line('abductees', 0)]);
    const variants = [
      packagePrint([line('aid', 0.5)], [line('abductees', 0)]),
      packagePrint([line('aid', 0.25)], [line('abductees', 0)]),
      packagePrint([line('aid', 0.75)], [line('abductees', 0)]),
      packagePrint([line('aid', 1)], [line('abductees', 0.5)]),
      packagePrint([line('food', 1)], [line('abductees', 0)]),
      packagePrint([line('aid', 1, { promised: true })], [line('abductees', 0)]),
      packagePrint([line('aid', 1, { conditional: true })], [line('abductees', 0)]),
      packagePrint([line('abductees', 0)], [line('aid', 1)]),
      packagePrint([line('aid', 1), line('aid', 1)], [line('abductees', 0)]),
      packagePrint([line('aid', 1)], [line('abductees', 0), line('missiles', 0)]),
      packagePrint([line('aid', 1)], []),
    ];
    expect(new Set([base, ...variants]).size).toBe(variants.length + 1);
  });

  it('gives every distinct package a move weighs its own fingerprint, in every shipped scenario', () => {
    let packages = 0;
    for (const file of readdirSync(SCENARIO_DIR).filter((f) => f.endsWith('.yaml'))) {
      const scenario = loadShipped(file);
      // The states of one AI-played game: the candidates change as trust, tension and tiers move.
      let state = createGame(scenario, 7, {});
      for (let guard = 0; guard < 400; guard++) {
        const byPrint = new Map<number, string>();
        for (const a of Object.keys(state.actors)) {
          if (scenario.actors.find((x) => x.id === a)?.background) continue;
          for (const b of counterpartsOf(scenario, state, a)) {
            for (const c of candidatePackages(scenario, state, a, b)) {
              const key = packageKey(c.give, c.ask);
              const print = packagePrint(c.give, c.ask);
              const seen = byPrint.get(print);
              if (seen === undefined) {
                byPrint.set(print, key);
                packages++;
              } else if (seen !== key) {
                expect.fail(`${file}: ${seen} and ${key} share fingerprint ${print}`);
              }
            }
          }
        }
        const turn = whoMustAct(scenario, state);
        if (!turn) break;
        const result = applyAction(scenario, state, chooseAiAction(scenario, state, turn.actor));
        if (!result.ok) throw new Error(result.error.code);
        state = result.state;
      }
    }
    // Enough packages that a weak mix would have shown collisions.
    expect(packages).toBeGreaterThan(10_000);
  });
});
