/**
 * Every bad input from design/hardening.md gets a clear, positioned error (or is accepted when it
 * is harmless), each within a fraction of a second (timedLoad fails the test if not).
 */
import { describe, expect, it } from 'vitest';
import { expectProblem, FIXTURE, lineOf, problems, timedLoad, variant } from './helpers.ts';

describe('files that are not a scenario at all', () => {
  it.each([
    ['an empty file', ''],
    ['a comment-only file', '# nothing here yet\n'],
    ['`null`', 'null\n'],
  ])('%s', (_, text) => {
    expectProblem(text, 'schema/empty', 1);
  });

  it('a top-level list', () => {
    expectProblem('- schema: 1\n- id: x\n', 'schema/not-a-mapping', 1);
  });
});

describe('YAML syntax', () => {
  it('accepts a byte-order mark with CRLF line ends, and still counts lines right', () => {
    const crlf = `\uFEFF${FIXTURE.replace(/\n/g, '\r\n')}`;
    expect(timedLoad(crlf).ok).toBe(true);
    const bad = variant('    agility: 0.8\n', '    agility: 1.8\n').replace(/\n/g, '\r\n');
    const issue = expectProblem(`\uFEFF${bad}`, 'schema/out-of-range', lineOf(bad, 'agility: 1.8'));
    expect(issue.column).toBe(14);
  });

  it('tab indentation', () => {
    expectProblem('schema: 1\nactors:\n\t- id: japan\n', 'yaml/tab-indent', 3);
  });

  it('an unclosed quote', () => {
    const issue = expectProblem('schema: 1\ntitle: "A second visit\nid: x\n', 'yaml/unclosed');
    expect(issue.line).toBeGreaterThanOrEqual(2);
  });

  it('a duplicate key', () => {
    expectProblem(
      variant('period: May-July 2004\n', 'period: May-July 2004\nperiod: 2004\n'),
      'yaml/duplicate-key',
      9,
    );
  });

  it('two documents', () => {
    expectProblem(`${FIXTURE}---\nschema: 1\n`, 'yaml/multiple-documents', lineOf(FIXTURE, 'debrief:') + 7);
  });

  it('a %YAML 1.1 directive (which would turn dates into Date objects)', () => {
    expectProblem('%YAML 1.1\n---\nschema: 1\nid: 2001-01-01\n', 'yaml/directive', 1);
  });
});

describe('aliases, anchors, tags and merge keys', () => {
  it('billion laughs', () => {
    const laughs = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
    for (let i = 1; i < 10; i += 1) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      laughs.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(', ')}]`);
    }
    const found = problems(laughs.join('\n'));
    expect(found.some((issue) => issue.code === 'yaml/anchor' && issue.line === 1)).toBe(true);
    expect(found.some((issue) => issue.code === 'yaml/alias' && issue.line === 2)).toBe(true);
  });

  it('a plain alias', () => {
    expectProblem(
      variant('title: A second visit\n', 'title: &t A second visit\nsummary2: *t\n'),
      'yaml/alias',
      6,
    );
  });

  it('a circular alias', () => {
    expectProblem('schema: 1\nloop: &x [*x]\n', 'yaml/alias', 2);
  });

  it('an undefined alias', () => {
    expectProblem('schema: 1\ntitle: *nowhere\n', 'yaml/alias', 2);
  });

  it.each([
    ['!!binary', 'id: !!binary aGVsbG8=\n'],
    ['!!set', 'id: !!set {a, b}\n'],
    ['!include', 'id: !include other.yaml\n'],
    ['!!js/function', 'id: !!js/function "function () { return 1; }"\n'],
  ])('the tag %s', (_, line) => {
    expectProblem(`schema: 1\n${line}`, 'yaml/tag', 2);
  });

  it('a << merge key', () => {
    expectProblem('schema: 1\nbase: &b {title: x}\nother:\n  <<: *b\n', 'yaml/merge-key', 4);
  });
});

describe('keys', () => {
  it('a complex key', () => {
    expectProblem('schema: 1\n? [a, b]\n: 1\n', 'yaml/complex-key', 2);
  });

  it.each([['null: 1'], ['~: 1'], [': 1']])('the null key `%s`', (line) => {
    expectProblem(`schema: 1\n${line}\n`, 'yaml/null-key', 2);
  });

  it('`__proto__:` is refused and pollutes nothing', () => {
    const text = variant('items:\n', '__proto__: {polluted: true}\nitems:\n');
    expectProblem(text, 'yaml/forbidden-key', lineOf(text, '__proto__'));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('`constructor: {prototype: ...}` is an unknown key and pollutes nothing', () => {
    const text = variant('items:\n', 'constructor: {prototype: {polluted: true}}\nitems:\n');
    expectProblem(text, 'schema/unknown-key', lineOf(text, 'constructor'));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('`constructor` as an actor key in a value map', () => {
    const text = variant(
      '    value: { north_korea: 3 }\n',
      '    value: { north_korea: 3, constructor: 1 }\n',
    );
    expectProblem(text, 'schema/reserved-id', lineOf(text, 'constructor'));
  });

  it('an unknown key, with a did-you-mean', () => {
    const text = variant('    agility: 0.8\n', '    agilty: 0.8\n');
    const issue = expectProblem(text, 'schema/unknown-key', lineOf(text, 'agilty'));
    expect(issue.column).toBe(5);
    expect(issue.path).toBe('actors[1].agilty');
    expect(issue.hint).toContain('did you mean `agility`?');
  });
});

describe('numbers', () => {
  const costLine = lineOf(FIXTURE, 'cost: 2');
  it.each([['.nan'], ['.inf'], ['-.inf'], ['1e309']])('%s', (value) => {
    expectProblem(variant('    cost: 2\n', `    cost: ${value}\n`), 'schema/wrong-type', costLine);
  });

  it('a 30-digit number', () => {
    const issue = expectProblem(
      variant('    cost: 2\n', '    cost: 123456789012345678901234567890\n'),
      'yaml/unsafe-number',
      costLine,
    );
    expect(issue.message).toContain('123456789012345678901234567890');
  });

  // Event turns must be whole numbers from 1 to the number of turns (4 in the fixture).
  const turnLine = lineOf(FIXTURE, '    turn: 4\n    cite: { addedContext: true }');
  it.each([
    ['"5"', 'schema/wrong-type'],
    ['5.5', 'schema/wrong-type'],
    ['-1', 'schema/out-of-range'],
    ['0', 'schema/out-of-range'],
    ['11', 'scenario/turn-out-of-range'],
  ])('turn: %s', (value, code) => {
    const text = variant(
      '    turn: 4\n    cite: { addedContext: true }',
      `    turn: ${value}\n    cite: { addedContext: true }`,
    );
    const issue = expectProblem(text, code, turnLine);
    expect(issue.path).toBe('events[0].turn');
  });
});

describe('text', () => {
  const nameLine = lineOf(FIXTURE, 'name: Japan');
  it.each([
    ['a lone surrogate', '"Jap\\ud800an"'],
    ['a NUL', '"Ja\\0pan"'],
    ['U+202E', '"Ja\u202Epan"'],
    ['U+2066', '"Ja\u2066pan"'],
  ])('%s in a name', (_, value) => {
    expectProblem(variant('    name: Japan\n', `    name: ${value}\n`), 'schema/bad-name', nameLine);
  });

  it('a lone surrogate in an id', () => {
    expectProblem(variant('  - id: japan\n', '  - id: "jap\\udc00an"\n'), 'schema/bad-id', nameLine - 1);
  });

  it('keeps <script> and <img onerror> verbatim: they are inert because the UI uses textContent', () => {
    const script = '<script>alert(1)</script>';
    const img = '<img src=x onerror="alert(1)">';
    const text = variant('    name: Japan\n', `    name: "${script}"\n`).replace(
      'Voters judge the visit.',
      `'${img}'`,
    );
    const result = timedLoad(text);
    if (!result.ok) throw new Error(result.error.map((issue) => issue.message).join('\n'));
    expect(result.value.actors[0]?.name).toBe(script);
    expect(result.value.events[0]?.text).toBe(img);
  });

  it('normalises text to NFC', () => {
    const result = timedLoad(variant('    name: Japan\n', '    name: "Nippon Ko\u0301ku"\n'));
    expect(result.ok && result.value.actors[0]?.name).toBe('Nippon K\u00f3ku');
  });
});

describe('size and depth, refused before the parser runs', () => {
  it('5,000-deep flow nesting, twice in one process', () => {
    for (let round = 0; round < 2; round += 1) {
      expectProblem(`schema: 1\nid: ${'['.repeat(5000)}${']'.repeat(5000)}\n`, 'yaml/too-deep', 2);
      expectProblem(`${'{a: '.repeat(5000)}1${'}'.repeat(5000)}`, 'yaml/too-deep', 1);
    }
  });

  it('1,500-deep block nesting', () => {
    expectProblem(`schema: 1\nid:\n  ${'- '.repeat(1500)}x\n`, 'yaml/too-deep', 3);
    const indented = Array.from({ length: 1500 }, (_, depth) => `${' '.repeat(depth)}a:`).join('\n');
    expectProblem(indented, 'yaml/too-large', 1);
    const shallower = Array.from({ length: 100 }, (_, depth) => `${' '.repeat(depth)}a:`).join('\n');
    expectProblem(shallower, 'yaml/too-deep', 65);
  });

  it('does not mistake brackets, colons and dashes inside text for structure', () => {
    const brackets = '[{'.repeat(50);
    const text = variant(
      "summary: Tokyo seeks the release of the abductees' relatives before an election.\n",
      `summary: |\n  ${brackets}\n  - not: a list\nplace: "${brackets}"\nperiod: '${brackets}'\n`,
    )
      .replace('place: Pyongyang\n', '')
      .replace('period: May-July 2004\n', '');
    const result = timedLoad(text);
    expect(result.ok && result.value.summary).toBe(`${brackets}\n- not: a list\n`);
  });

  it('a 2 MB single line, its size written out with thousands', () => {
    const issue = expectProblem(`schema: 1\nsummary: "${'x'.repeat(2_000_000)}"\n`, 'yaml/too-large', 1);
    expect(issue.message).toBe(
      'the file is 2,000,022 characters long, more than the 1,000,000 a scenario may have',
    );
  });

  it('10,000 actors', () => {
    const full = Array.from({ length: 10_000 }, (_, i) => `  - {id: a${i}, name: A, leader: {name: L}}`);
    const tooMany = expectProblem(`schema: 1\nactors:\n${full.join('\n')}\n`, 'yaml/too-large');
    expect(tooMany.message).toBe('the file has more than 25,000 entries');
    const bare = Array.from({ length: 10_000 }, (_, i) => `  - {id: a${i}}`);
    expectProblem(`schema: 1\nactors:\n${bare.join('\n')}\n`, 'schema/too-long', 2);
  });
});
