import type { IssueCode } from './codes.ts';
import type { Issue, Result } from './result.ts';

/**
 * Bytes of a file to text, the one way the command line and the browser both read a scenario
 * file, so that a file never checks one way in a terminal and another on the page. UTF-8 and
 * UTF-16 (either byte order), each with or without a byte-order mark, are read; anything else is
 * named: a Word document or a picture, UTF-32, text saved in an older encoding, a binary file.
 * Written out by hand rather than with `TextDecoder`, which the loader's pure layer does not have.
 */

/** Why a file's bytes are not scenario text, worded for a teacher. */
export interface DecodeProblem {
  readonly code: Extract<IssueCode, 'file/encoding' | 'file/binary'>;
  /** Where, when it is known (an invalid byte, a control character). */
  readonly line: number;
  readonly column: number;
  readonly message: string;
  readonly hint: string;
}

export type Decoded = Result<string, DecodeProblem>;

const SAVE_AS_UTF8 = 'open it in a text editor and save it as "UTF-8" (often under Save As…, Encoding)';

/** File types people pick by mistake, by their first bytes. */
const SIGNATURES: readonly { readonly bytes: readonly number[]; readonly what: string }[] = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a Word or OpenDocument file, or another zip archive' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: 'an older Word or Excel file' },
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], what: 'a PDF document' },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], what: 'a rich-text (RTF) document' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG picture' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG picture' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'a GIF picture' },
  { bytes: [0x1f, 0x8b], what: 'a compressed (gzip) file' },
];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((byte, i) => bytes[i] === byte);
}

function refuse(
  code: DecodeProblem['code'],
  message: string,
  hint: string,
  line = 1,
  column = 1,
): { readonly ok: false; readonly error: DecodeProblem } {
  return { ok: false, error: { code, line, column, message, hint } };
}

type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'utf-32';

/** The encoding, from a byte-order mark or, without one, from where the zero bytes of ASCII fall. */
function sniff(bytes: Uint8Array): { readonly encoding: Encoding; readonly skip: number } {
  if (startsWith(bytes, [0xff, 0xfe, 0, 0]) || startsWith(bytes, [0, 0, 0xfe, 0xff]))
    return { encoding: 'utf-32', skip: 4 };
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { encoding: 'utf-8', skip: 3 };
  if (startsWith(bytes, [0xff, 0xfe])) return { encoding: 'utf-16le', skip: 2 };
  if (startsWith(bytes, [0xfe, 0xff])) return { encoding: 'utf-16be', skip: 2 };
  // A scenario starts with ASCII (`#` or `schema:`): in UTF-16 every other byte of it is zero.
  const [b0, b1, b2, b3] = bytes;
  if (bytes.length >= 4 && b0 !== 0 && b1 === 0 && b2 === 0 && b3 === 0)
    return { encoding: 'utf-32', skip: 0 };
  if (bytes.length >= 4 && b0 === 0 && b1 === 0 && b2 === 0 && b3 !== 0)
    return { encoding: 'utf-32', skip: 0 };
  if (bytes.length >= 2 && b0 !== 0 && b1 === 0 && mostlyZero(bytes, 1))
    return { encoding: 'utf-16le', skip: 0 };
  if (bytes.length >= 2 && b0 === 0 && b1 !== 0 && mostlyZero(bytes, 0))
    return { encoding: 'utf-16be', skip: 0 };
  return { encoding: 'utf-8', skip: 0 };
}

/** Whether most bytes at every other place from `from` (over the first kilobyte) are zero. */
function mostlyZero(bytes: Uint8Array, from: number): boolean {
  let zeros = 0;
  let seen = 0;
  for (let i = from; i < Math.min(bytes.length, 1024); i += 2) {
    seen += 1;
    if (bytes[i] === 0) zeros += 1;
  }
  return zeros * 2 > seen;
}

/** Line and column (1-based, in characters) of the `index`-th character of `text`. */
function placeIn(text: string, index: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) {
    line += 1;
    start = i + 1;
  }
  return { line, column: index - start + 1 };
}

/** UTF-16 code units to a string, a chunk at a time (one call per unit would be slow at a megabyte). */
function fromUnits(units: Uint16Array | number[]): string {
  let out = '';
  for (let i = 0; i < units.length; i += 8192) out += String.fromCharCode(...units.slice(i, i + 8192));
  return out;
}

function decodeUtf16(bytes: Uint8Array, skip: number, littleEndian: boolean): Decoded {
  if ((bytes.length - skip) % 2 !== 0) {
    return refuse(
      'file/encoding',
      'the file looks like UTF-16 text, but it ends halfway through a character',
      `the file may be cut short or damaged; ${SAVE_AS_UTF8}`,
    );
  }
  const units = new Uint16Array((bytes.length - skip) / 2);
  for (let i = 0; i < units.length; i++) {
    const a = bytes[skip + 2 * i] ?? 0;
    const b = bytes[skip + 2 * i + 1] ?? 0;
    units[i] = littleEndian ? a | (b << 8) : (a << 8) | b;
  }
  const text = fromUnits(units);
  const broken = /\p{Cs}/u.exec(text);
  if (broken !== null) {
    const { line, column } = placeIn(text, broken.index);
    return refuse(
      'file/encoding',
      'the file looks like UTF-16 text, but it holds half of a character that is never completed',
      `the file may be damaged; ${SAVE_AS_UTF8}`,
      line,
      column,
    );
  }
  return { ok: true, value: text };
}

/** The length of a UTF-8 sequence from its first byte, and the smallest code point it may hold. */
function sequence(lead: number): { length: number; min: number; bits: number } | null {
  if (lead < 0x80) return { length: 1, min: 0, bits: lead };
  if (lead >= 0xc2 && lead <= 0xdf) return { length: 2, min: 0x80, bits: lead & 0x1f };
  if (lead >= 0xe0 && lead <= 0xef) return { length: 3, min: 0x800, bits: lead & 0x0f };
  if (lead >= 0xf0 && lead <= 0xf4) return { length: 4, min: 0x10000, bits: lead & 0x07 };
  return null;
}

/** Strict UTF-8: no overlong forms, no surrogates, nothing past U+10FFFF. */
function decodeUtf8(bytes: Uint8Array, skip: number): Decoded {
  const units: number[] = [];
  let text = '';
  for (let i = skip; i < bytes.length; ) {
    const lead = bytes[i] as number;
    const seq = sequence(lead);
    let point = seq?.bits ?? -1;
    let valid = seq !== null && i + seq.length <= bytes.length;
    for (let k = 1; valid && seq !== null && k < seq.length; k++) {
      const next = bytes[i + k] as number;
      if ((next & 0xc0) !== 0x80) valid = false;
      else point = (point << 6) | (next & 0x3f);
    }
    if (
      !valid ||
      seq === null ||
      point < seq.min ||
      point > 0x10ffff ||
      (point >= 0xd800 && point <= 0xdfff)
    ) {
      const place = placeIn(text + fromUnits(units), text.length + units.length);
      const byte = lead.toString(16).toUpperCase().padStart(2, '0');
      return refuse(
        'file/encoding',
        `the file is not UTF-8 text: byte 0x${byte} here is not part of any UTF-8 character (the file may be saved as Latin-1 or Windows-1252)`,
        SAVE_AS_UTF8,
        place.line,
        place.column,
      );
    }
    if (point >= 0x10000) {
      point -= 0x10000;
      units.push(0xd800 + (point >> 10), 0xdc00 + (point & 0x3ff));
    } else units.push(point);
    i += seq.length;
    if (units.length >= 8192) {
      text += fromUnits(units);
      units.length = 0;
    }
  }
  return { ok: true, value: text + fromUnits(units) };
}

/** Control characters no text file has: C0 controls but tab, line feed and carriage return; DEL. */
function isControl(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f;
}

/** The index of the first control character in `text`, or -1. */
function firstControl(text: string): number {
  for (let i = 0; i < text.length; i++) if (isControl(text.charCodeAt(i))) return i;
  return -1;
}

/**
 * Reads a scenario file's bytes as text, or says why they are not text: the first step of every
 * check, in the command line and on the page alike. The byte-order mark is dropped.
 */
export function decodeScenarioBytes(bytes: Uint8Array): Decoded {
  const signature = SIGNATURES.find((s) => startsWith(bytes, s.bytes));
  if (signature !== undefined) {
    return refuse(
      'file/binary',
      `this is ${signature.what}, not a text file`,
      'a scenario is a plain text file ending in .yaml; write it in a text editor (see docs/authoring.md)',
    );
  }
  const { encoding, skip } = sniff(bytes);
  if (encoding === 'utf-32') {
    return refuse(
      'file/encoding',
      'the file is saved as UTF-32 text, which the game does not read',
      SAVE_AS_UTF8,
    );
  }
  if (encoding === 'utf-8') {
    // Before decoding: a binary file is named as one, not as text in a wrong encoding.
    const control = controlByte(bytes, skip);
    if (control !== null) return binary(control.code, control.line, control.column);
    return decodeUtf8(bytes, skip);
  }
  const decoded = decodeUtf16(bytes, skip, encoding === 'utf-16le');
  if (!decoded.ok) return decoded;
  const control = firstControl(decoded.value);
  if (control < 0) return decoded;
  const { line, column } = placeIn(decoded.value, control);
  return binary(decoded.value.charCodeAt(control), line, column);
}

function binary(code: number, line: number, column: number): Decoded {
  const hex = code.toString(16).toUpperCase().padStart(4, '0');
  return refuse(
    'file/binary',
    `the file holds a control character (U+${hex}) that text files do not have, so it is probably not a text file`,
    'open a scenario file saved as plain text; if this is one, retype this line',
    line,
    column,
  );
}

/**
 * The first control byte of UTF-8 bytes, with its line and column. In UTF-8 these bytes stand
 * only for themselves; columns count the bytes that start a character.
 */
function controlByte(bytes: Uint8Array, skip: number): { code: number; line: number; column: number } | null {
  let line = 1;
  let column = 1;
  for (let i = skip; i < bytes.length; i++) {
    const byte = bytes[i] as number;
    if (byte === 0x0a) {
      line += 1;
      column = 1;
      continue;
    }
    if (isControl(byte)) return { code: byte, line, column };
    if ((byte & 0xc0) !== 0x80) column += 1;
  }
  return null;
}

/** A decoding problem as the file's one issue, for the command line's and the page's lists. */
export function decodeIssue(file: string, problem: DecodeProblem): Issue {
  const { code, line, column, message, hint } = problem;
  return { code, severity: 'error', file, line, column, path: '', message, hint };
}
