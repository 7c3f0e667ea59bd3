/**
 * Messages that say what is true (issue #10): hidden and direction characters are refused in
 * names and shown escaped, suggestions are always valid ids, and no hint reads `undefined`.
 */
import { describe, expect, it } from 'vitest';
import { ID_PATTERN } from '../../src/scenario/index.ts';
import { expectProblem, FIXTURE, lineOf, problems, timedLoad, variant } from './helpers.ts';

describe('hidden and direction characters', () => {
  it.each([
    ['U+200B', '\u200B', 'a hidden U+200B character that shows as nothing, so two names could look the same'],
    ['U+2060', '\u2060', 'a hidden U+2060 character that shows as nothing, so two names could look the same'],
    ['U+200F', '\u200F', 'a hidden U+200F character that changes the direction text is shown in'],
    ['U+061C', '\u061C', 'a hidden U+061C character that changes the direction text is shown in'],
    ['U+2028', '\u2028', 'a hidden U+2028 character that shows as nothing, so two names could look the same'],
  ])('%s in a name is refused, so two delegations cannot both be "Japan"', (_, char, what) => {
    const text = variant('    name: North Korea\n', `    name: "Japan${char}"\n`);
    const issue = expectProblem(text, 'schema/bad-name', lineOf(text, `Japan${char}`));
    expect(issue.message).toBe(`\`name\` contains ${what}`);
    expect(issue.hint).toBe('retype it without that character');
  });

  it('are shown escaped in messages, so a U+202E cannot reverse the line in a terminal', () => {
    const text = variant('    giver: north_korea\n', '    giver: "north\u202Ekorea"\n');
    const issue = expectProblem(text, 'schema/bad-id', lineOf(text, 'giver: "north'));
    expect(issue.message).toBe('"north\\u202Ekorea" is not a valid id');
    expect(issue.message).not.toMatch(/[\u200B-\u200F\u202A-\u202E\u2066-\u2069]/);
    const zeroWidth = expectProblem(
      variant('    giver: north_korea\n', '    giver: "north\u200B_korea"\n'),
      'schema/bad-id',
    );
    expect(zeroWidth.message).toBe('"north\\u200B_korea" is not a valid id');
  });
});

describe('suggestions are always valid ids', () => {
  it('an actor whose id is a homoglyph is never offered for a reference to the real id', () => {
    // The id `јapan` starts with a Cyrillic "ј": refused, but still in the index of ids written.
    const text = FIXTURE.replace('  - id: japan\n', '  - id: \u0458apan\n');
    const found = problems(text);
    expect(found.find((i) => i.code === 'schema/bad-id')?.hint).toBe(
      'ids start with a lower-case letter, then lower-case letters, digits, `_` or `-`, 64 at most; for example `apan`',
    );
    const unknown = found.filter((i) => i.code === 'scenario/unknown-actor');
    expect(unknown.length).toBeGreaterThan(0);
    for (const issue of unknown) expect(issue.hint).toBe('use one of the ids under `actors`: `north_korea`');
  });

  it('every id a hint offers, across many broken files, is a valid id', () => {
    for (const issue of CORPUS.flatMap(problems)) {
      for (const [, offered] of issue.hint.matchAll(/(?:did you mean|for example) `([^`]*)`/g))
        expect(offered, issue.hint).toMatch(ID_PATTERN);
    }
  });
});

/** Broken files of many kinds: every issue they raise must read as a sentence. */
const CORPUS: readonly string[] = [
  variant('items:\n', 'order: []\nitems:\n'),
  variant(
    'outcomes:\n',
    'objectives:\n  japan:\n    - { id: g, text: T, measure: progress, zero: 0, full: 1, points: 1 }\noutcomes:\n',
  ),
  variant(
    'outcomes:\n',
    'objectives:\n  japan:\n    - { id: g, text: T, measure: trust, zero: 0, full: 1, points: 1 }\noutcomes:\n',
  ),
  variant('    giver: north_korea\n', '    giver: north_koera\n'),
  variant('    giver: north_korea\n', '    giver: "No\u202Erth"\n'),
  variant('    value: { north_korea: 5 }\n', '    value: { north_korea: 1e308, nobody: 2 }\n'),
  variant('    agility: 0.8\n', '    agilty: 0.8\n'),
  variant('    kind: release\n', '    kind: relase\n'),
  variant('debrief:\n', 'params: { alphaUp: .nan, promiseWindow: 2.5, curves: { linear: [] } }\ndebrief:\n'),
  FIXTURE.replace('  - id: japan\n', '  - id: \u0458apan\n'),
  FIXTURE.replace(/\n/g, '\r'),
  variant('  - file: 000_9fd2b6bbe1dfc80f.txt\n', '  - file: "bad name.txt"\n'),
];

describe('every hint is a sentence', () => {
  it('with something to do, and never `undefined`, `NaN`, `Infinity` or `[object`', () => {
    const issues = CORPUS.flatMap(problems);
    expect(issues.length).toBeGreaterThan(CORPUS.length);
    for (const issue of issues) {
      const words = `${issue.message} — ${issue.hint}`;
      expect(issue.hint.trim().length, words).toBeGreaterThan(8);
      expect(words).not.toMatch(/undefined|NaN|Infinity|\[object/);
    }
  });
});

describe('YAML slips, in an author’s words (issue 16)', () => {
  const only = (text: string) => {
    const found = problems(text);
    expect(found.map((i) => `${i.line}:${i.column} ${i.code}`)).toHaveLength(1);
    return found[0]!;
  };

  it('a text with ": " in it says to quote it, with the quoted line to write', () => {
    const text = variant(
      '    note: Second visit to Pyongyang\n',
      '    note: No: a second visit to Pyongyang\n',
    );
    const issue = only(text);
    expect([issue.line, issue.column, issue.code]).toEqual([lineOf(text, 'note: No:'), 11, 'yaml/syntax']);
    expect(issue.message).toBe('this text has ": " in it, which YAML reads as the start of another key');
    expect(issue.hint).toBe('put the text in quotes: note: "No: a second visit to Pyongyang"');
  });

  it('a quote inside such a text is escaped in the suggestion, and the suggestion reads back as the text', () => {
    const text = variant('    note: Second visit to Pyongyang\n', '    note: Kim said: "no" to it\n');
    const issue = only(text);
    expect(issue.hint).toBe('put the text in quotes: note: "Kim said: \\"no\\" to it"');
    const fixed = variant(
      '    note: Kim said: "no" to it\n',
      `    ${issue.hint.replace('put the text in quotes: ', '')}\n`,
      text,
    );
    expect(timedLoad(fixed).ok).toBe(true);
  });

  it.each([
    ['less', '  capital: Tokyo\n', 'indented by 2 spaces, but the lines around it by 4 spaces'],
    ['more', '      capital: Tokyo\n', 'indented by 6 spaces, but the lines around it by 4 spaces'],
  ])('one line indented %s than its neighbours is one error, on that line', (_, line, what) => {
    const text = variant('    capital: Tokyo\n', line);
    const issue = only(text);
    expect([issue.line, issue.column, issue.code]).toEqual([lineOf(text, line), 1, 'yaml/indentation']);
    expect(issue.message).toBe(`this line is ${what}`);
    expect(issue.hint).toBe('indent it by 4 spaces, like the lines above and below it');
  });

  it('a slip of another shape is still one error, where the parser first lost its place', () => {
    // An unclosed flow list: the parser's own words, once.
    const text = variant('    capital: Tokyo\n', '    capital: [Tokyo\n');
    const found = problems(text);
    expect(found.filter((i) => i.code.startsWith('yaml/'))).toHaveLength(1);
  });
});

describe('a missing mapping shows the least that would do (issue 16)', () => {
  it('a citation left out names a source and a quote, worked out from the format', () => {
    const text = variant(
      '          cite: { source: 000_9fd2b6bbe1dfc80f.txt, quote: "just before July’s Upper House elections" }\n',
      '',
    );
    const issue = expectProblem(text, 'schema/required');
    expect(issue.message).toBe('`cite` is missing');
    expect(issue.hint).toBe(
      'add it here, at the least `cite: {source: 000_9fd2b6bbe1dfc80f.txt, quote: "..."}` (or the same as indented `key: value` lines)',
    );
  });

  it('a briefing left out names its one required field; a missing text keeps its plain hint', () => {
    const text = variant(
      '    briefing:\n      situation: The relatives of the abductees are still in Pyongyang.\n      goals: [Bring the families home before the election]\n',
      '',
    );
    expect(expectProblem(text, 'schema/required').hint).toBe(
      'add it here, at the least `briefing: {situation: "..."}` (or the same as indented `key: value` lines)',
    );
    const noName = variant('    name: Japan\n', '');
    expect(expectProblem(noName, 'schema/required').hint).toBe('add `name:` with text');
  });
});
