/**
 * Finds the first syntax error in JSON text, with its offset and a message in plain words. Used
 * before `JSON.parse`, whose messages differ between engines and often give no position. Expects
 * text that passed `prescan`, so nesting is shallow.
 */
export function findJsonError(text: string): { offset: number; message: string } | undefined {
  let i = 0;
  let error: { offset: number; message: string } | undefined;
  const fail = (message: string): false => {
    error ??= { offset: i, message };
    return false;
  };
  const space = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i += 1;
  };
  const literal = (word: string): boolean => {
    if (text.startsWith(word, i)) {
      i += word.length;
      return true;
    }
    return fail('expected a value: a number, text in double quotes, true, false, null, [ or {');
  };
  const string = (): boolean => {
    i += 1; // the opening quote
    while (i < text.length) {
      const ch = text.charCodeAt(i);
      if (ch === 0x22) {
        i += 1;
        return true;
      }
      if (ch < 0x20) return fail('text in quotes must be on one line (use \\n for a line break)');
      if (ch === 0x5c) {
        const next = text[i + 1] ?? '';
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)))
            return fail('`\\u` must be followed by four hex digits');
          i += 6;
        } else if ('"\\/bfnrt'.includes(next) && next !== '') i += 2;
        else return fail(`\`\\${next}\` is not a JSON escape`);
      } else i += 1;
    }
    return fail('text in quotes is never closed');
  };
  const number = (): boolean => {
    const match = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?/.exec(text.slice(i, i + 400));
    if (match === null)
      return fail('expected a value: a number, text in double quotes, true, false, null, [ or {');
    i += match[0].length;
    return true;
  };
  const list = (close: ']' | '}'): boolean => {
    i += 1;
    space();
    if (text[i] === close) {
      i += 1;
      return true;
    }
    for (;;) {
      if (close === '}') {
        if (text[i] !== '"') return fail('expected a key in double quotes');
        if (!string()) return false;
        space();
        if (text[i] !== ':') return fail('expected `:` after the key');
        i += 1;
        space();
      }
      if (!value()) return false;
      space();
      if (text[i] === ',') {
        i += 1;
        space();
        if (text[i] === close) return fail(`a comma before \`${close}\` is not allowed in JSON`);
        continue;
      }
      if (text[i] === close) {
        i += 1;
        return true;
      }
      return i >= text.length ? fail('the file ends too soon') : fail(`expected \`,\` or \`${close}\``);
    }
  };
  const value = (): boolean => {
    const ch = text[i];
    if (ch === undefined) return fail('the file ends too soon');
    if (ch === '{') return list('}');
    if (ch === '[') return list(']');
    if (ch === '"') return string();
    if (ch === 't') return literal('true');
    if (ch === 'f') return literal('false');
    if (ch === 'n') return literal('null');
    return number();
  };
  space();
  if (value()) {
    space();
    if (i < text.length) fail('there is more after the end of the JSON value');
  }
  return error;
}
