/**
 * A scenario built from the author's own article (issue 16, "your own articles"): the article is a
 * text file beside the scenario (or in a `sources` folder beside it, or pasted under `text:`), it
 * checks and plays, and every quote from it is checked word for word, a wrong one with the nearest
 * passage for a hint. The article here is a teacher's copy of a shipped one under a name of their
 * own, so the quotes the fixture already makes are the article's words.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkFile } from '../../src/cli/check-report.ts';
import { loadScenarioFile, SOURCES_DIR } from '../../src/cli/files.ts';
import { nearestPassage, normaliseQuote } from '../../src/scenario/index.ts';
import { simulate } from '../../src/sim/index.ts';
import { FIXTURE, lineOf, variant } from './helpers.ts';

const ARTICLE = readFileSync(resolve(SOURCES_DIR, '000_9fd2b6bbe1dfc80f.txt'), 'utf8');
const MINE = 'december-2002-notes.txt';
/** The fixture, citing the teacher's file in place of the shipped one. */
const OWN = FIXTURE.replaceAll('000_9fd2b6bbe1dfc80f.txt', MINE);

const folders: string[] = [];
/** Writes files into a new folder and returns the path of the first. */
function written(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'gat-articles-'));
  folders.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(resolve(dir, name, '..'), { recursive: true });
    writeFileSync(resolve(dir, name), text);
  }
  return resolve(dir, Object.keys(files)[0] ?? '');
}
afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

const SEEDS = { seeds: 2 };

describe('a scenario citing its own article', () => {
  it('checks clean with the article beside it, and plays', () => {
    const file = written({ 'summit.yaml': OWN, [MINE]: ARTICLE });
    const report = checkFile(file, SEEDS);
    expect(report.errors, report.lines.join('\n')).toBe(0);
    const loaded = loadScenarioFile(file);
    if (!loaded.ok) throw new Error('did not load');
    expect(loaded.value.sources.map((s) => s.file)).toEqual([MINE]);
    const run = simulate({
      scenario: loaded.value,
      player: 'japan',
      seed: 3,
      play: { kind: 'strategy', name: 'balanced' },
    });
    // Played to its end: every turn, then an ending named by the file.
    expect(run.turns.length).toBe(loaded.value.turns.length);
    expect(loaded.value.outcomes.map((o) => o.title)).toContain(run.result.title);
  });

  it('finds the article in a `sources` folder beside the scenario too', () => {
    const file = written({ 'summit.yaml': OWN, [`sources/${MINE}`]: ARTICLE });
    expect(checkFile(file, SEEDS).errors).toBe(0);
  });

  it('takes the article’s words pasted under `text:`, and leaves them out of the game', () => {
    const pasted = OWN.replace(
      `  - file: ${MINE}\n`,
      `  - file: ${MINE}\n    outlet: A teacher's copy\n    date: July 2004\n    address: https://example.org/article\n    text: ${JSON.stringify(ARTICLE)}\n`,
    );
    expect(pasted).not.toBe(OWN);
    const file = written({ 'pasted.yaml': pasted });
    const loaded = loadScenarioFile(file);
    if (!loaded.ok) throw new Error(loaded.error.map((e) => e.message).join('\n'));
    const [source] = loaded.value.sources;
    expect(source).toEqual({
      file: MINE,
      title: expect.any(String),
      outlet: "A teacher's copy",
      date: 'July 2004',
      address: 'https://example.org/article',
    });
  });

  it('without the article, says where its words go, at the line that lists it', () => {
    const file = written({ 'alone.yaml': OWN });
    const report = checkFile(file, SEEDS);
    const missing = report.problems.filter((p) => p.code === 'scenario/missing-source-file');
    expect(missing.map((p) => [p.line, p.severity])).toEqual([[lineOf(OWN, `file: ${MINE}`), 'error']]);
    expect(missing[0]?.hint).toBe(
      `save the article's text as \`${MINE}\` beside the scenario (or in a \`sources\` folder beside it), or paste it under \`text:\` in this entry`,
    );
  });

  it('a quote that is not the article’s words is an error at its line, with the nearest passage', () => {
    const wrong = variant(
      'quote: "This did not cost Japan anything"',
      'quote: "This cost Japan nothing at all"',
      OWN,
    );
    const file = written({ 'wrong.yaml': wrong, [MINE]: ARTICLE });
    const report = checkFile(file, SEEDS);
    const found = report.problems.filter((p) => p.code === 'scenario/misquote');
    expect(found.map((p) => [p.line, p.severity, p.message])).toEqual([
      [lineOf(wrong, 'This cost Japan nothing'), 'error', `this quote is not word for word in "${MINE}"`],
    ]);
    expect(found[0]?.hint).toBe(
      'the nearest passage there is "This did not cost Japan anything,": copy the article\'s words exactly',
    );
  });

  it('a made-up quote from a shipped article is an error too', () => {
    const made = variant('quote: "substantial humanitarian aid"', 'quote: "a generous package of rice"');
    const file = written({ 'made.yaml': made });
    const found = checkFile(file, SEEDS).problems.filter((p) => p.code === 'scenario/misquote');
    expect(found.map((p) => p.line)).toEqual([lineOf(made, 'a generous package')]);
  });

  it('copying from a page may change quotes, dashes and line breaks, never a word', () => {
    const curly = variant(
      'quote: "This did not cost Japan anything"',
      'quote: "This did not\n      cost Japan anything"',
      OWN,
    );
    const file = written({
      'curly.yaml': curly,
      [MINE]: ARTICLE.replace('This did not cost', 'This did not  cost'),
    });
    expect(checkFile(file, SEEDS).problems.filter((p) => p.code === 'scenario/misquote')).toEqual([]);
  });
});

describe('the nearest passage', () => {
  const text = normaliseQuote(
    'The talks ended. Japan offered rice aid to North Korea in March. Nothing came of it.',
  );
  it('is the run of words sharing the most with the quote', () => {
    expect(nearestPassage(text, 'Japan gave rice aid to North Korea')).toBe(
      'Japan offered rice aid to North Korea',
    );
  });
  it('is none when no word is shared', () => {
    expect(nearestPassage(text, 'zebras')).toBeNull();
  });
});
