import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCENARIO_DIR } from '../scenarios/shipped.ts';
import { limitScenario } from './limit-file.ts';
import { FILE_2004 } from './scenario-2004.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');

function run(script: string, args: string[]) {
  // The JSON of a long game runs to megabytes: past `maxBuffer` the child would be killed.
  const done = spawnSync(TSX, [script, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: done.status, out: done.stdout, err: done.stderr };
}
const sim = (...args: string[]) => run('src/cli/sim.ts', args);
const check = (...args: string[]) => run('src/cli/check.ts', args);

describe('npm run sim', { timeout: 60_000 }, () => {
  it('prints the story of 2004 with its reasons for a new user', () => {
    const { code, out } = sim(FILE_2004, '--strategy', 'history');
    expect(code).toBe(0);
    expect(out).toContain('Turn 2: Late May 2004');
    expect(out).toContain(
      '> Tokyo offers Pyongyang a visit by the prime minister, humanitarian aid, bilateral normalization talks (promised) in return for the release of five relatives of the former abductees (accepted)',
    );
    expect(out).toMatch(/Pyongyang's expectation of Tokyo \+\d/);
    expect(out).toContain('Result: The families come home, at a price.');
  });

  it('summarises many seeds as JSON', () => {
    const { code, out } = sim(FILE_2004, '--strategy', 'balanced', '--runs', '20', '--seed', '7', '--json');
    expect(code).toBe(0);
    const summary = JSON.parse(out);
    expect(summary).toMatchObject({ runs: 20, strategy: 'balanced', firstSeed: 7, player: 'japan' });
    expect(Object.values(summary.outcomes as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(20);
    expect(typeof summary.meanScore).toBe('number');
  });

  it('plays a moves file and reports moves that were not legal; exit 1 with FILE:LINE:COL for a broken one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gt-moves-'));
    const good = join(dir, 'moves.json');
    writeFileSync(
      good,
      JSON.stringify([
        [{ type: 'wait', actor: 'japan' }],
        [
          { type: 'gift', actor: 'japan', to: 'north_korea', item: 'families', tier: 1 },
          {
            type: 'offer',
            actor: 'japan',
            to: 'north_korea',
            give: [
              { item: 'pm_visit', tier: 1 },
              { item: 'food_aid', tier: 1 },
            ],
            ask: [{ item: 'families', tier: 1 }],
          },
          // After the table move: the turn is over for Japan, so this is never played.
          { type: 'wait', actor: 'japan' },
        ],
        [],
        [],
        [],
        [],
        [],
        // An eighth turn, in a game of six.
        [{ type: 'wait', actor: 'japan' }],
      ]),
    );
    const played = sim(FILE_2004, '--moves', good, '--json');
    expect(played.code).toBe(0);
    const json = JSON.parse(played.out);
    expect(json.strategy).toBe('moves');
    expect(json.skipped).toEqual([
      expect.objectContaining({
        turn: 2,
        code: 'offer/not-yours',
        action: expect.objectContaining({ type: 'gift' }),
      }),
    ]);
    // Nothing of the file is dropped without a word: what the game never came to is listed too.
    expect(json.unused).toEqual([
      {
        turn: 2,
        action: { type: 'wait', actor: 'japan' },
        code: 'moves/unused',
        message: "not reached: the turn's table move came first, and it ends the delegation's turn",
      },
      {
        turn: 8,
        action: { type: 'wait', actor: 'japan' },
        code: 'moves/unused',
        message: 'the game ended in turn 6, before this turn came',
      },
    ]);
    // A typo in an id is found before anything is played: exit 1, with its line and column.
    const typo = join(dir, 'typo.json');
    const line =
      '  [{"type": "offer", "actor": "japan", "to": "north_koera", "give": [{"item": "food_aid", "tier": 1}]}]';
    writeFileSync(typo, `[\n${line}\n]\n`);
    const checked = sim(FILE_2004, '--moves', typo);
    expect(checked.code).toBe(1);
    expect(checked.out).toBe(
      `${typo}:2:${line.indexOf('"north_koera"') + 1}: second-visit-2004 has no actor with the id "north_koera" — did you mean \`north_korea\`?\n`,
    );
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '[\n  [{"type": "wait", "actor": "japan"}],\n  [{"type": "fly"}]\n]\n');
    const refused = sim(FILE_2004, '--moves', bad);
    expect(refused.code).toBe(1);
    expect(refused.out).toMatch(/bad\.json:3:\d+: /);
  });

  it('exits 2 on a usage error, without a stack trace', () => {
    for (const args of [
      [],
      [FILE_2004, '--strategy', 'bribery'],
      [FILE_2004, '--seed', '12x'],
      [FILE_2004, '--as', 'china'],
      [FILE_2004, '--colour'],
    ]) {
      const { code, err } = sim(...args);
      expect(code, args.join(' ')).toBe(2);
      expect(err).toContain('usage: npm run sim');
      expect(err).not.toMatch(/\n\s+at /);
    }
  });
});

// Issue #10: a 32-delegation, 100-turn file once ran past the driver's fixed guard and died with a
// stack trace. The engine's move limit (`turn/move-limit`) bounds every game now, and the guard is
// that bound. Measured on a 2-core machine: `sim` 13 s beside other work (the second AI plays all
// 100 turns); the check about 1.5 s.
describe('a file of 32 delegations and 100 turns', { timeout: 120_000 }, () => {
  const file = join(mkdtempSync(join(tmpdir(), 'gt-limits-')), 'limits.yaml');
  writeFileSync(file, limitScenario(32, 100));

  it('plays to its end in `sim`, with no internal error', () => {
    const { code, out, err } = sim(file, '--json');
    expect(err).toBe('');
    expect(code).toBe(0);
    const json = JSON.parse(out);
    // The ring's items are worth too little for a deal, and the AI does not repeat a refused
    // demand (the first AI's 740 bare demands raised tension until the talks collapsed on turn 68):
    // the talks run to their last turn without an agreement.
    expect(json.result.status).toBe('stalemate');
    expect(json.turns.at(-1).turn).toBe(100);
  });

  it('is checked with no internal error', () => {
    const { code, out, err } = check(file);
    expect(err).toBe('');
    expect(out).not.toMatch(/internal error|checker failed/i);
    // The ring's items are worth too little for any deal: a finding per delegation, not a crash.
    expect(out.trim().split('\n').at(-1)).toBe(`${file}: 31 errors`);
    expect(code).toBe(1);
  });
});

describe('npm run sim -- --result and --verify', { timeout: 60_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'gt-results-'));
  const genuine = join(dir, 'genuine.json');
  const history = join(dir, 'history.json');

  it('writes the result file of a game, and verifies it (exit 0)', () => {
    const wrote = sim(FILE_2004, '--seed', '42', '--result', genuine);
    expect(wrote.code).toBe(0);
    expect(wrote.err).toBe(`sim: wrote the result file ${genuine}\n`);
    // History's other delegations follow their own line: people to the replay, not the AI.
    expect(sim(FILE_2004, '--strategy', 'history', '--result', history).code).toBe(0);
    const result = JSON.parse(readFileSync(history, 'utf8'));
    expect(result.seats).toMatchObject({ japan: 'person', north_korea: 'person' });

    const { code, out, err } = sim('--verify', genuine, history);
    expect(err).toBe('');
    expect(out).toMatch(
      new RegExp(
        `^${escapeRegExp(genuine)}: genuine: Japan in "The Second Visit", seed 42: .+, [\\d.]+ of 100 points, 6 turns, \\d+ moves\\n`,
      ),
    );
    expect(out).toContain(
      `${history}: genuine: Japan in "The Second Visit", seed 1: The families come home, at a price`,
    );
    expect(code).toBe(0);
  });

  it('plays and writes a game under a teacher’s options, and refuses options the scenario does not allow (exit 2)', () => {
    const file2001 = join(SCENARIO_DIR, '2001-beijing-back-channel.yaml');
    const short = join(dir, 'short.json');
    expect(
      sim(file2001, '--turns', '4', '--advisors', 'rough', '--history', 'each-turn', '--result', short).code,
    ).toBe(0);
    const result = JSON.parse(readFileSync(short, 'utf8'));
    expect(result.options).toEqual({ advisors: 'rough', turns: 4, history: 'each-turn' });
    expect(result.turns).toBe(4);
    const { code, out } = sim('--verify', short);
    expect(out).toMatch(
      /: genuine: Japan in "The Beijing Back Channel", seed 1: .+, 4 turns, \d+ moves \(teacher's options: rough advisors, 4 of 6 turns, history shown each turn\)\n$/,
    );
    expect(code).toBe(0);
    const tooShort = sim(file2001, '--turns', '3');
    expect([tooShort.code, tooShort.err.split('\n')[0]]).toEqual([
      2,
      '--turns must be a whole number from 4 to 6',
    ]);
    const fixed = sim(FILE_2004, '--turns', '4');
    expect([fixed.code, fixed.err.split('\n')[0]]).toEqual([
      2,
      '--turns: this scenario is always played over its 6 turns',
    ]);
  });

  it('says an edited result is altered, with its first difference (exit 1), also as JSON', () => {
    const result = JSON.parse(readFileSync(genuine, 'utf8'));
    const edited = join(dir, 'edited.json');
    writeFileSync(edited, JSON.stringify({ ...result, scores: { ...result.scores, japan: 99.5 } }));
    const { code, out } = sim('--verify', genuine, edited);
    expect(out).toContain(
      `${edited}: altered: Japan's score (scores.japan) does not match its moves: the file says 99.5, replaying them gives ${result.scores.japan}`,
    );
    expect(code).toBe(1);
    const json = sim('--verify', edited, '--json');
    expect(json.code).toBe(1);
    expect(JSON.parse(json.out)).toEqual([
      expect.objectContaining({
        file: edited,
        genuine: false,
        code: 'result/claim',
        field: 'scores.japan',
        claimed: '99.5',
      }),
    ]);
  });

  it('refuses a result of another scenario version and what is no result (exit 1)', () => {
    const result = JSON.parse(readFileSync(genuine, 'utf8'));
    const other = join(dir, 'other.json');
    writeFileSync(other, JSON.stringify({ ...result, scenario: { ...result.scenario, hash: 'abcdef0123' } }));
    const save = join(dir, 'save.json');
    writeFileSync(save, JSON.stringify({ format: 2, checkpoint: 'ab', actions: [] }));
    const { code, out } = sim('--verify', other, save);
    expect(out).toContain(
      `${other}: refused: the result was played on another version of "The Second Visit"`,
    );
    expect(out).toContain(`${save}: not a result: this is a saved game, not a result file`);
    expect(code).toBe(1);
  });

  it('is a usage error (exit 2) with no result file, an unreadable one, or a scenario it does not have', () => {
    expect(sim('--verify').code).toBe(2);
    const missing = sim('--verify', join(dir, 'nothing.json'));
    expect(missing.out).toContain('cannot read the file: there is no such file');
    expect(missing.code).toBe(2);
    const result = JSON.parse(readFileSync(genuine, 'utf8'));
    const unknown = join(dir, 'unknown.json');
    writeFileSync(
      unknown,
      JSON.stringify({ ...result, scenario: { ...result.scenario, id: 'my-own-scenario' } }),
    );
    const none = sim('--verify', unknown);
    expect(none.out).toContain(
      `${unknown}: cannot check: no scenario "my-own-scenario" here: give its file too`,
    );
    expect(none.code).toBe(2);
    expect(sim(FILE_2004, '--runs', '3', '--result', join(dir, 'x.json')).code).toBe(2);
  });

  it('verifies against a scenario file given beside the results', () => {
    const { code, out } = sim('--verify', genuine, FILE_2004);
    expect(out).toContain(`${genuine}: genuine`);
    expect(code).toBe(0);
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
