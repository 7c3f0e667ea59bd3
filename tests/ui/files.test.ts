import { describe, expect, it } from 'vitest';
import type { CheckProblem, ScenarioCheck } from '../../src/sim/index.ts';
import { newSession, parseClassLink, scenarioEntry, scenarioHash } from '../../src/store/index.ts';
import { checkSummary, problemRow, problemText, shareView, titleView } from '../../src/ui/viewmodel/index.ts';
import { fixture } from '../engine/fixture.ts';
import { playUntil } from './helpers.ts';

const problem = (over: Partial<CheckProblem>): CheckProblem => ({
  code: 'schema/unknown-key',
  severity: 'error',
  file: 'mine.yaml',
  line: 12,
  column: 5,
  path: 'actors[1].agilty',
  message: 'unknown key "agilty"',
  hint: 'did you mean `agility`?',
  ...over,
});

const check = (problems: CheckProblem[], playable: boolean): ScenarioCheck => {
  const errors = problems.filter((p) => p.severity === 'error').length;
  return {
    scenario: playable ? fixture() : null,
    problems,
    errors,
    warnings: problems.length - errors,
    games: 6,
    notes: [],
  };
};

describe('an opened file on the title screen', () => {
  it('says whether it can be played, with the counts in words', () => {
    expect(checkSummary('a.yaml', check([], true))).toEqual({
      playable: true,
      text: '“a.yaml” is ready to play.',
    });
    expect(checkSummary('a.yaml', check([problem({ severity: 'warning' })], true)).text).toBe(
      '“a.yaml” can be played, with 1 warning.',
    );
    const blocked = checkSummary(
      'a.yaml',
      check([problem({}), problem({}), problem({ severity: 'warning' })], false),
    );
    expect(blocked).toEqual({
      playable: false,
      text: '“a.yaml” cannot be played until its errors are fixed: 2 errors, 1 warning.',
    });
  });

  it('tells errors from warnings by word and icon, with the line, the path and the fix', () => {
    expect(problemRow(problem({}))).toEqual({
      severity: 'error',
      icon: '✖',
      label: 'Error',
      where: 'Line 12, column 5',
      path: 'at actors[1].agilty',
      message: 'unknown key "agilty"',
      hint: 'How to fix it: did you mean `agility`?',
    });
    const warning = problemRow(problem({ severity: 'warning', path: '', hint: '' }));
    expect([warning.icon, warning.label, warning.path, warning.hint]).toEqual(['⚠', 'Warning', null, null]);
    expect(problemText(problem({ severity: 'warning' }))).toBe(
      'mine.yaml:12:5: warning: unknown key "agilty"',
    );
  });

  it('lists files opened here apart from the shipped cards, with their names and whether they were kept', () => {
    const shipped = fixture();
    const mine = { ...fixture(), title: 'Mine' };
    const view = titleView(
      [scenarioEntry('a.yaml', shipped)],
      [],
      [
        { ok: true, name: 'mine.yaml', scenario: mine, hash: scenarioHash(mine), kept: 'too-large' },
        { ok: false, name: 'old.yaml', scenarioId: 'old', problems: ['old.yaml:3:1: bad'] },
      ],
    );
    expect(view.cards.map((c) => [c.title, c.fromFile])).toEqual([[shipped.title, null]]);
    expect(view.fileCards.map((c) => [c.title, c.fromFile, c.hash])).toEqual([
      ['Mine', { name: 'mine.yaml', kept: 'too-large' }, scenarioHash(mine)],
    ]);
    expect(view.broken).toEqual([{ file: 'old.yaml', problems: ['old.yaml:3:1: bad'] }]);
  });

  it('names the delegation of a game on a kept file before the file is loaded again', () => {
    const game = {
      game: 'g',
      scenarioId: 'mine',
      scenarioHash: '0',
      seed: 1,
      title: 'Mine',
      player: 'japan',
      turn: 1,
      turnLabel: 'Turn 1',
      savedAt: '2024-01-01T00:00:00Z',
      ended: false,
      options: {},
    };
    expect(titleView([], [game], [], { mine: { japan: 'Japan' } }).games[0]?.playerName).toBe('Japan');
    expect(titleView([], [{ ...game, player: 'constructor' }], [], {}).games[0]?.playerName).toBe(
      'constructor',
    );
  });
});

describe('sharing a game from the debrief', () => {
  it('links to the setup and sums up the result in one line', () => {
    const scenario = fixture();
    const { session } = newSession({
      game: 'g',
      scenario,
      scenarioHash: scenarioHash(scenario),
      player: 'japan',
      seed: 31,
    });
    const before = shareView(session, 'https://example.org/game/#old');
    expect(before.link).toBe(`https://example.org/game/#play=${scenario.id}&as=japan&seed=31`);
    expect(parseClassLink(before.link.slice(before.link.indexOf('#')))).toEqual({
      ok: true,
      link: { scenarioId: scenario.id, seat: 'japan', seed: 31, options: {} },
    });
    expect(before.resultLine).toMatch(/, as Japan, seed 31: still in progress\. Score 0 of \d+\.$/);

    const state = playUntil(scenario, session.state, (s) => s.status === 'ended');
    const after = shareView({ ...session, state }, 'https://example.org/game/');
    expect(after.resultLine).toContain(
      `${scenario.title} (${scenario.period}), as Japan, seed 31: ${state.result?.title}.`,
    );
    expect(after.resultLine).toMatch(/Score [\d.]+ of \d+\.$/);

    // A delegation scored on nothing (a file of one's own may do that) gets no "0 of 0".
    const unscored = { ...session, scenario: { ...scenario, objectives: {} }, state };
    expect(shareView(unscored, 'https://example.org/').resultLine).toMatch(/seed 31: [^.]+\.$/);
  });
});
