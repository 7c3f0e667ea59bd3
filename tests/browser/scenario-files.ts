import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Scenario files for the browser tests, made from the loader's small fixture and written under
 * tests/.output (gitignored), so the file picker can be given a real path.
 */
const FIXTURE = readFileSync(fileURLToPath(new URL('../fixtures/minimal.yaml', import.meta.url)), 'utf8');
const OUT = fileURLToPath(new URL('../.output/files/', import.meta.url));

function replaceOnce(text: string, find: string, replace: string): string {
  const at = text.indexOf(find);
  if (at < 0 || text.indexOf(find, at + 1) >= 0)
    throw new Error(`"${find}" is not in the fixture exactly once`);
  return text.slice(0, at) + replace + text.slice(at + find.length);
}

/** The 1-based line of `needle` in `text`. */
export function lineOf(text: string, needle: string): number {
  return text.slice(0, text.indexOf(needle)).split('\n').length;
}

export interface TestFile {
  readonly name: string;
  readonly path: string;
  readonly text: string;
}

function write(name: string, text: string): TestFile {
  mkdirSync(OUT, { recursive: true });
  writeFileSync(`${OUT}${name}`, text);
  return { name, path: `${OUT}${name}`, text };
}

/** Markup in author text: it must show as text and never run. */
export const MARKUP = '<img src=x onerror="window.__pwned=1">';

/**
 * A playable file with one warning (no schema line on top) and markup in its summary, with its
 * own id so it never shadows a shipped scenario.
 */
export function goodFile(name = 'my-summit.yaml'): TestFile {
  let text = FIXTURE.split('\n').slice(1).join('\n');
  text = replaceOnce(text, 'id: minimal_2004', 'id: my-summit');
  text = replaceOnce(text, 'title: A second visit', 'title: My own summit');
  text = replaceOnce(
    text,
    "summary: Tokyo seeks the release of the abductees' relatives before an election.",
    `summary: '${MARKUP} Tokyo seeks the release of the relatives.'`,
  );
  return write(name, text);
}

/** A file with two errors: a misspelt key and an item given by nobody at the table. */
export function brokenFile(): TestFile & { readonly typoLine: number; readonly giverLine: number } {
  let text = replaceOnce(FIXTURE, 'agility: 0.8', 'agilty: 0.8');
  text = replaceOnce(text, 'giver: north_korea', 'giver: north_kor');
  const file = write('broken-summit.yaml', text);
  return { ...file, typoLine: lineOf(text, 'agilty: 0.8'), giverLine: lineOf(text, 'giver: north_kor') };
}

/** One unbroken word of `length` letters, as a pasted link or a run of characters would be. */
export function longWord(length: number): string {
  return 'Pyongyang'.repeat(Math.ceil(length / 9)).slice(0, length);
}

/**
 * A playable file whose texts are each one unbroken word: 5,000 letters where the format allows
 * long text (summary, briefing, item and event texts, the debrief), and the 120 a name may have
 * in the title and names. Shown anywhere without wrapping, one of them makes the page wider.
 */
export function longWordFile(): TestFile {
  const word = longWord(5_000);
  const short = longWord(120);
  let text = goodFile().text;
  text = replaceOnce(text, 'title: My own summit', `title: ${short}`);
  text = replaceOnce(
    text,
    `summary: '${MARKUP} Tokyo seeks the release of the relatives.'`,
    `summary: ${word}`,
  );
  text = replaceOnce(text, '    name: Japan\n', `    name: ${short}\n`);
  text = replaceOnce(
    text,
    'situation: The relatives of the abductees are still in Pyongyang.',
    `situation: ${word}`,
  );
  text = replaceOnce(text, 'goals: [Bring the families home before the election]', `goals: [${word}]`);
  text = replaceOnce(text, '    name: Humanitarian aid\n', `    name: ${short}\n`);
  text = replaceOnce(text, '    headline: Upper House election\n', `    headline: ${short}\n`);
  text = replaceOnce(text, 'text: Voters judge the visit.', `text: ${word}`);
  text = replaceOnce(text, 'title: The families come home', `title: ${short}`);
  text = replaceOnce(text, 'text: The relatives join their kin in Japan.', `text: ${word}`);
  text = replaceOnce(
    text,
    'whatHappened: The relatives came home before the election.',
    `whatHappened: ${word}`,
  );
  text = replaceOnce(text, 'reading: Koizumi gave too much for too little.', `reading: ${word}`);
  return write('long-words.yaml', text);
}

/** A file as bytes (a text in another encoding, a binary file), under tests/.output. */
export function bytesFile(name: string, bytes: Uint8Array): TestFile {
  mkdirSync(OUT, { recursive: true });
  writeFileSync(`${OUT}${name}`, bytes);
  return { name, path: `${OUT}${name}`, text: '' };
}

/** The good file in UTF-16, little-endian with a byte-order mark, as Windows Notepad once saved. */
export function utf16File(): TestFile {
  return bytesFile('my-summit-utf16.yaml', Buffer.from(`\uFEFF${goodFile().text}`, 'utf16le'));
}

/** The name of the teacher's own article in {@link ownArticleFiles}. */
export const OWN_ARTICLE = 'december-2002-notes.txt';

/**
 * A scenario built from an article of the author's own, and that article: a copy of a shipped one
 * under the author's own name, so the fixture's quotes are its words. With `misquote`, one quote
 * is changed to words the article does not have.
 */
export function ownArticleFiles(misquote = false): {
  readonly scenario: TestFile;
  readonly article: TestFile;
  readonly misquoteLine: number;
} {
  let text = FIXTURE.replaceAll('000_9fd2b6bbe1dfc80f.txt', OWN_ARTICLE);
  text = replaceOnce(text, 'id: minimal_2004', 'id: own-article');
  text = replaceOnce(text, 'title: A second visit', 'title: From my own article');
  text = replaceOnce(
    text,
    `  - file: ${OWN_ARTICLE}\n`,
    `  - file: ${OWN_ARTICLE}\n    outlet: Class reader\n    date: July 2004\n    address: https://example.org/reader\n`,
  );
  if (misquote)
    text = replaceOnce(
      text,
      'quote: "This did not cost Japan anything"',
      'quote: "This cost Japan nothing at all"',
    );
  const shipped = readFileSync(
    fileURLToPath(new URL('../../scenarios/sources/000_9fd2b6bbe1dfc80f.txt', import.meta.url)),
    'utf8',
  );
  return {
    scenario: write(misquote ? 'own-article-misquoted.yaml' : 'own-article.yaml', text),
    article: write(OWN_ARTICLE, shipped),
    misquoteLine: misquote ? lineOf(text, 'This cost Japan nothing') : 0,
  };
}
