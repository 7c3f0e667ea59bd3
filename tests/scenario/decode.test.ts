/**
 * Reading a file's bytes as text (`decodeScenarioBytes`, shared by the command line and the
 * browser's file picker): UTF-8 and UTF-16 in either byte order, each with or without a
 * byte-order mark, read the same; everything else is named for what it is, at its place.
 */
import { describe, expect, it } from 'vitest';
import { decodeScenarioBytes, loadScenario } from '../../src/scenario/index.ts';
import { expectProblem, FIXTURE, lineOf, SOURCES, variant } from './helpers.ts';

function utf16(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const units = `${bom ? '\uFEFF' : ''}${text}`;
  const bytes = new Uint8Array(units.length * 2);
  for (let i = 0; i < units.length; i++) {
    const unit = units.charCodeAt(i);
    bytes[2 * i + (littleEndian ? 0 : 1)] = unit & 0xff;
    bytes[2 * i + (littleEndian ? 1 : 0)] = unit >> 8;
  }
  return bytes;
}

const utf8 = (text: string) => new TextEncoder().encode(text);
const bytes = (...values: number[]) => new Uint8Array(values);

/** The problem of bytes that must be refused, as `LINE:COL code message`. */
function refusal(input: Uint8Array): string {
  const decoded = decodeScenarioBytes(input);
  if (decoded.ok) throw new Error('expected the bytes to be refused, but they were read as text');
  const { line, column, code, message } = decoded.error;
  return `${line}:${column} ${code} ${message}`;
}

describe('text the game reads', () => {
  // A name outside ASCII and above U+FFFF checks that every byte of a character is read.
  const text = variant('    name: Japan\n', '    name: "Nippon Kōku 🗾"\n');

  it.each([
    ['UTF-8', utf8(text)],
    ['UTF-8 with a byte-order mark', utf8(`\uFEFF${text}`)],
    ['UTF-16 little-endian with a byte-order mark', utf16(text, true, true)],
    ['UTF-16 big-endian with a byte-order mark', utf16(text, false, true)],
    ['UTF-16 little-endian without one', utf16(text, true, false)],
    ['UTF-16 big-endian without one', utf16(text, false, false)],
  ])('%s reads as the same text, and the same scenario', (_, input) => {
    const decoded = decodeScenarioBytes(input);
    expect(decoded).toEqual({ ok: true, value: text });
    const loaded = loadScenario(decoded.ok ? decoded.value : '', 'x.yaml', { knownSources: SOURCES });
    expect(loaded.ok && loaded.value.actors[0]?.name).toBe('Nippon Kōku 🗾');
  });
});

describe('bytes that are not scenario text are named', () => {
  it('Latin-1 or Windows-1252 text, at the first byte that is not UTF-8', () => {
    const latin1 = Uint8Array.from('place: Pyöngyang\n', (ch) => ch.charCodeAt(0));
    expect(refusal(latin1)).toBe(
      '1:10 file/encoding the file is not UTF-8 text: byte 0xF6 here is not part of any UTF-8 character (the file may be saved as Latin-1 or Windows-1252)',
    );
  });

  it.each([
    ['an overlong form', bytes(0x61, 0xc0, 0xaf)],
    ['an encoded surrogate', bytes(0x61, 0xed, 0xa0, 0x80)],
    ['a sequence cut short at the end', bytes(0x61, 0xe2, 0x82)],
    ['a code point past U+10FFFF', bytes(0x61, 0xf4, 0x90, 0x80, 0x80)],
  ])('invalid UTF-8: %s', (_, input) => {
    expect(refusal(input)).toMatch(/^1:2 file\/encoding the file is not UTF-8 text: byte 0x[0-9A-F]{2} here/);
  });

  it('UTF-32, with or without a byte-order mark', () => {
    const message = '1:1 file/encoding the file is saved as UTF-32 text, which the game does not read';
    expect(refusal(bytes(0xff, 0xfe, 0, 0, 0x73, 0, 0, 0))).toBe(message);
    expect(refusal(bytes(0x73, 0, 0, 0, 0x63, 0, 0, 0))).toBe(message);
  });

  it('UTF-16 cut off halfway through a character, or holding half a surrogate pair', () => {
    expect(refusal(utf16('schema: 1', true, true).slice(0, -1))).toBe(
      '1:1 file/encoding the file looks like UTF-16 text, but it ends halfway through a character',
    );
    expect(refusal(utf16('schema: 1\nid: \uD800x\n', true, true))).toBe(
      '2:5 file/encoding the file looks like UTF-16 text, but it holds half of a character that is never completed',
    );
  });

  it.each([
    [
      'a Word document',
      [0x50, 0x4b, 0x03, 0x04, 0x14, 0],
      'a Word or OpenDocument file, or another zip archive',
    ],
    ['a PDF', [...utf8('%PDF-1.4\n')], 'a PDF document'],
    ['a PNG picture', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a], 'a PNG picture'],
  ])('%s, by its first bytes', (_, input, what) => {
    expect(refusal(bytes(...input))).toBe(`1:1 file/binary this is ${what}, not a text file`);
  });

  it('a binary file, at its first control character, in UTF-8 and in UTF-16', () => {
    const message = 'file/binary the file holds a control character (U+0007) that text files do not have';
    expect(refusal(utf8('schema: 1\nid: ö\u0007\n'))).toBe(
      `2:6 ${message}, so it is probably not a text file`,
    );
    expect(refusal(utf16('schema: 1\nid: ö\u0007\n', true, true))).toBe(
      `2:6 ${message}, so it is probably not a text file`,
    );
    // Every byte value, as a random binary file would have: its first byte is a NUL.
    expect(refusal(Uint8Array.from({ length: 256 }, (_, i) => i))).toMatch(/^1:1 file\/binary .*U\+0000/);
  });
});

describe('line ends', () => {
  it('CRLF is read like LF', () => {
    const crlf = new TextDecoder().decode(utf8(FIXTURE.replace(/\n/g, '\r\n')));
    expect(loadScenario(crlf, 'x.yaml', { knownSources: SOURCES }).ok).toBe(true);
  });

  it('a file of CR-only line ends is named as such, not as a file with "no scenario in it"', () => {
    const issue = expectProblem(FIXTURE.replace(/\n/g, '\r'), 'file/line-ends', 1);
    expect(issue.message).toBe(
      "the file's lines end with a carriage return alone (CR, as on old Macs), which YAML does not read as the end of a line",
    );
    expect(issue.hint).toBe(
      'save the file with Unix (LF) or Windows (CRLF) line ends; most editors offer the choice when saving',
    );
  });

  it('one CR-only line end in a file of LF ones is found on its line', () => {
    const text = variant('place: Pyongyang\n', 'place: Pyongyang\rperiod: 2004\n');
    const issue = expectProblem(text, 'file/line-ends', lineOf(text, 'place:'));
    expect(issue.column).toBe('place: Pyongyang'.length + 1);
  });
});
