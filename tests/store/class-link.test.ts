import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ID_PATTERN } from '../../src/scenario/index.ts';
import {
  type GameSummary,
  gameFromLink,
  isClassLink,
  LINK_ID_PATTERN,
  type LinkResult,
  MAX_LINK_CHARS,
  makeClassLink,
  parseClassLink,
  resolveClassLink,
} from '../../src/store/index.ts';
import { fixture } from '../engine/fixture.ts';

const GOOD = '#play=road-to-pyongyang-2002&as=japan&seed=42';

function problem(result: LinkResult): string {
  return result.ok ? 'ok' : `${result.problem.code} ${result.problem.detail}`.trim();
}

describe('class links: parsing', () => {
  it('reads the setup of a well-formed link', () => {
    expect(parseClassLink(GOOD)).toEqual({
      ok: true,
      link: { scenarioId: 'road-to-pyongyang-2002', seat: 'japan', seed: 42, options: {} },
    });
    // Without the `#`, with the parts in another order, and with an empty part from `&&`.
    expect(parseClassLink('seed=42&&as=japan&play=road-to-pyongyang-2002')).toEqual(parseClassLink(GOOD));
  });

  it('forgives what chat apps and prose add: trailing punctuation, spaces, an encoded link', () => {
    for (const text of [
      `${GOOD}.`,
      `${GOOD})`,
      ` ${GOOD}  `,
      `${GOOD}”.`,
      '#play%3Droad-to-pyongyang-2002%26as%3Djapan%26seed%3D42',
    ]) {
      expect(problem(parseClassLink(text)), text).toBe('ok');
    }
  });

  it('says which part is missing when a link is cut short', () => {
    expect(problem(parseClassLink('#play=road-to-pyongyang-2002&as=japan&se'))).toBe('link/incomplete se');
    expect(problem(parseClassLink('#play=road-to-pyongyang-2002&as=japan&seed='))).toBe(
      'link/incomplete seed',
    );
    expect(problem(parseClassLink('#play=road-to-pyongyang-2002&as=japan'))).toBe('link/incomplete seed');
    expect(problem(parseClassLink('#play=road-to-pyongyang-2002&a'))).toBe('link/incomplete a');
    expect(problem(parseClassLink('#play='))).toBe('link/incomplete play');
    expect(problem(parseClassLink('#as=japan&seed=4'))).toBe('link/incomplete play');
  });

  it('never throws on any prefix of a link, and accepts one only once its seed has begun', () => {
    for (let end = 0; end <= GOOD.length; end++) {
      const cut = GOOD.slice(0, end);
      const result = parseClassLink(cut);
      expect(result.ok, cut).toBe(end > GOOD.indexOf('seed=') + 'seed='.length);
    }
  });

  it('refuses repeated, unknown and malformed parts, bad ids and bad seeds', () => {
    expect(problem(parseClassLink('#play=a&play=b&as=japan&seed=1'))).toBe('link/repeated play');
    expect(problem(parseClassLink('#play=a&as=japan&sead=1'))).toBe('link/unknown-part sead');
    expect(problem(parseClassLink('#play=a&as=japan&seed=1&utm_source=x'))).toBe(
      'link/unknown-part utm_source',
    );
    expect(problem(parseClassLink('#play=%E0%A4%A&as=japan&seed=1'))).toMatch(/^link\/malformed/);
    expect(problem(parseClassLink('#play=a&as=japan&seed=1&nonsense'))).toBe('link/malformed nonsense');
    expect(problem(parseClassLink('#play=Road&as=japan&seed=1'))).toBe('link/bad-id play');
    expect(problem(parseClassLink('#play=a&as=<script>&seed=1'))).toBe('link/bad-id as');
    expect(problem(parseClassLink('#play=a&as=japan&seed=-1'))).toBe('link/bad-seed -1');
    expect(problem(parseClassLink('#play=a&as=japan&seed=1.5'))).toBe('link/bad-seed 1.5');
    expect(problem(parseClassLink('#play=a&as=japan&seed=4294967296'))).toBe('link/bad-seed 4294967296');
    expect(problem(parseClassLink('#play=a&as=japan&seed=123456789012345678901234567890'))).toMatch(
      /^link\/bad-seed 1234/,
    );
    expect(problem(parseClassLink('#play=a&as=japan&seed=4294967295'))).toBe('ok');
  });

  it('caps the length before reading anything, and keeps details short and printable', () => {
    expect(problem(parseClassLink(`#play=${'a'.repeat(MAX_LINK_CHARS)}&as=japan&seed=1`))).toBe(
      'link/too-long',
    );
    expect(problem(parseClassLink(`#play=a&as=japan&seed=1&${'x'.repeat(5_000_000)}`))).toBe('link/too-long');
    const odd = parseClassLink(`#play=a&as=japan&seed=1&${'\u202e'.repeat(50)}=1`);
    expect(odd.ok).toBe(false);
    if (!odd.ok) {
      expect(odd.problem.detail.length).toBeLessThanOrEqual(40);
      expect(odd.problem.detail).not.toMatch(/[^\x20-\x7e]/);
    }
  });

  it('tells a class link from an in-page anchor', () => {
    expect(isClassLink(GOOD)).toBe(true);
    expect(isClassLink('#play=')).toBe(true);
    expect(isClassLink('#as=japan')).toBe(true);
    expect(isClassLink('#main')).toBe(false);
    expect(isClassLink('')).toBe(false);
    expect(isClassLink('#display=1')).toBe(false);
  });

  it('makes links that parse back to the same setup', () => {
    const id = fc.stringMatching(/^[a-z][a-z0-9_-]{0,20}$/);
    fc.assert(
      fc.property(
        id,
        id,
        fc.integer({ min: 0, max: 4_294_967_295 }),
        fc.record(
          {
            advisors: fc.constantFrom('sharp' as const, 'rough' as const),
            turns: fc.integer({ min: 1, max: 100 }),
            history: fc.constant('each-turn' as const),
          },
          { requiredKeys: [] },
        ),
        (scenarioId, seat, seed, options) => {
          const link = { scenarioId, seat, seed, options };
          expect(parseClassLink(makeClassLink(link))).toEqual({ ok: true, link });
        },
      ),
    );
    expect(
      makeClassLink({ scenarioId: 'road-to-pyongyang-2002', seat: 'japan', seed: 42, options: {} }),
    ).toBe(GOOD);
    expect(
      makeClassLink({
        scenarioId: 'x',
        seat: 'japan',
        seed: 1,
        options: { history: 'each-turn', turns: 4, advisors: 'sharp' },
      }),
    ).toBe('#play=x&as=japan&seed=1&advisors=sharp&turns=4&history=each-turn');
  });

  it('reads the options, spelled-out defaults included, and names a bad one', () => {
    const read = (fragment: string) => {
      const r = parseClassLink(fragment);
      return r.ok ? r.link.options : `${r.problem.code} ${r.problem.detail}`;
    };
    expect(read(`${GOOD}&advisors=usual&history=debrief`)).toEqual({});
    expect(read(`${GOOD}&history=each-turn&advisors=rough`)).toEqual({
      advisors: 'rough',
      history: 'each-turn',
    });
    expect(read(`${GOOD}&advisors=perfect`)).toBe('link/bad-option advisors=perfect');
    expect(read(`${GOOD}&turns=0`)).toBe('link/bad-option turns=0');
    expect(read(`${GOOD}&turns=4.5`)).toBe('link/bad-option turns=4.5');
    expect(read(`${GOOD}&history=always`)).toBe('link/bad-option history=always');
    expect(read(`${GOOD}&turns=4&turns=5`)).toBe('link/repeated turns');
    // A link cut inside an option's name is cut short, as one cut inside a required part is.
    expect(read(`${GOOD}&adv`)).toBe('link/incomplete adv');
  });

  it('carries the teacher’s language, checked for its form, and makes it back', () => {
    const parsed = parseClassLink(`${GOOD}&lang=ko`);
    expect(parsed).toEqual({
      ok: true,
      link: { scenarioId: 'road-to-pyongyang-2002', seat: 'japan', seed: 42, options: {}, language: 'ko' },
    });
    if (parsed.ok) expect(makeClassLink(parsed.link)).toBe(`${GOOD}&lang=ko`);
    // A language the game may not speak is for the game to ignore; a malformed one is refused.
    expect(parseClassLink(`${GOOD}&lang=fr`).ok).toBe(true);
    expect(problem(parseClassLink(`${GOOD}&lang=Korean`))).toBe('link/bad-option lang=Korean');
    expect(problem(parseClassLink(`${GOOD}&lang=ko&lang=ja`))).toBe('link/repeated lang');
  });

  it('checks ids with the scenario format’s own pattern', () => {
    expect(LINK_ID_PATTERN.source).toBe(ID_PATTERN.source);
  });
});

describe('class links: against the scenarios', () => {
  const scenario = fixture();

  it('finds the scenario and checks the seat', () => {
    const link = { scenarioId: scenario.id, seat: 'japan', seed: 3, options: {} };
    expect(resolveClassLink(link, [scenario])).toEqual({ ok: true, scenario });
  });

  it('checks a turn count against what the scenario allows', () => {
    const all = scenario.turns.length;
    const shortened = { ...scenario, fewestTurns: all - 1 };
    const resolve = (s: typeof scenario, turns: number) => {
      const r = resolveClassLink({ scenarioId: s.id, seat: 'japan', seed: 1, options: { turns } }, [s]);
      return r.ok ? 'ok' : `${r.problem.code} ${r.problem.detail}`;
    };
    expect(resolve(shortened, all - 1)).toBe('ok');
    expect(resolve(shortened, all)).toBe('ok');
    expect(resolve(shortened, all - 2)).toBe(
      `link/bad-option turns must be a whole number from ${all - 1} to ${all}`,
    );
    expect(resolve(scenario, all - 1)).toBe(
      `link/bad-option this scenario is always played over its ${all} turns`,
    );
  });

  it('recognises a scenario or seat cut short, and names what is unknown', () => {
    const resolve = (scenarioId: string, seat: string) => {
      const r = resolveClassLink({ scenarioId, seat, seed: 1, options: {} }, [scenario]);
      return r.ok ? 'ok' : `${r.problem.code} ${r.problem.detail}`;
    };
    expect(resolve(scenario.id.slice(0, 3), 'japan')).toBe(`link/cut-scenario ${scenario.id}`);
    expect(resolve('elsewhere', 'japan')).toBe('link/unknown-scenario elsewhere');
    expect(resolve(scenario.id, 'jap')).toBe('link/cut-seat japan');
    expect(resolve(scenario.id, 'mongolia')).toBe('link/unknown-seat mongolia');
  });

  it('finds the game in progress from the same link, never a finished one', () => {
    const game = (over: Partial<GameSummary>): GameSummary => ({
      game: 'g',
      scenarioId: 'fixture',
      scenarioHash: '0',
      seed: 5,
      title: 'Fixture',
      player: 'japan',
      turn: 2,
      turnLabel: 'Turn 2',
      savedAt: '2024-01-01T00:00:00Z',
      ended: false,
      options: {},
      ...over,
    });
    const link = { scenarioId: 'fixture', seat: 'japan', seed: 5, options: {} };
    expect(gameFromLink(link, [game({ seed: 6 }), game({ game: 'mine' })])?.game).toBe('mine');
    expect(gameFromLink(link, [game({ ended: true }), game({ player: 'north_korea' })])).toBeNull();
    // The same link with the teacher's options is another game.
    expect(gameFromLink({ ...link, options: { advisors: 'sharp' } }, [game({})])).toBeNull();
    expect(gameFromLink({ ...link, options: { turns: 3 } }, [game({ options: { turns: 3 } })])?.game).toBe(
      'g',
    );
  });
});
