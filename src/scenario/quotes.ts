/**
 * Quotes checked word for word against their article. The guide tells authors to copy a quote
 * exactly; what may differ is only what copying from a page changes without changing a word:
 * curly or straight quotes, dashes, an ellipsis as one character or three, and line breaks.
 */

/** The file and text of an article whose opening and closing blocks are not source material. */
const MATERIAL: Readonly<Record<string, { readonly from: string; readonly to: string }>> = {
  // 004 opens with the site's subscription appeal and ends with unrelated links (sources README).
  '004_c088e9dde3516e7e.txt': { from: 'Two top US diplomats', to: 'Join Jerusalem Post Premium' },
};

/** Typography and line breaks differ between an article and a YAML quote; the words may not. */
export function normaliseQuote(text: string): string {
  return text
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\u2026/g, '...')
    .replace(/\s+/g, ' ')
    .trim();
}

/** An article's source material, normalised: the whole text, or the part its notes say is material. */
export function articleMaterial(file: string, text: string): string {
  const whole = normaliseQuote(text);
  const bounds = MATERIAL[file];
  if (!bounds) return whole;
  const from = whole.indexOf(bounds.from);
  const to = whole.indexOf(bounds.to);
  return from >= 0 && to > from ? whole.slice(from, to) : whole;
}

/** Whether `quote` is the article's own words. */
export function isQuoted(material: string, quote: string): boolean {
  const wanted = normaliseQuote(quote);
  return wanted !== '' && material.includes(wanted);
}

const word = (w: string) => w.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

/**
 * The passage of the article nearest to a quote that is not in it: the run of as many words as the
 * quote that shares the most words with it, in order of how many. Null when no word is shared,
 * so the hint never points at a passage that has nothing to do with the quote.
 */
export function nearestPassage(material: string, quote: string): string | null {
  const words = material.split(' ').filter((w) => w !== '');
  const wanted = normaliseQuote(quote)
    .split(' ')
    .filter((w) => w !== '');
  const span = Math.max(1, Math.min(wanted.length, words.length));
  const need = new Map<string, number>();
  for (const w of wanted.map(word)) if (w !== '') need.set(w, (need.get(w) ?? 0) + 1);
  // A sliding window over the article, counting the quote's words it holds (no more of each than
  // the quote has): linear in the article's length.
  const have = new Map<string, number>();
  let shared = 0;
  const add = (w: string, by: number) => {
    const key = word(w);
    const cap = need.get(key);
    if (cap === undefined) return;
    const before = Math.min(have.get(key) ?? 0, cap);
    have.set(key, (have.get(key) ?? 0) + by);
    shared += Math.min(have.get(key) ?? 0, cap) - before;
  };
  let best = 0;
  let bestAt = 0;
  for (let k = 0; k < words.length; k++) {
    add(words[k] ?? '', 1);
    if (k >= span) add(words[k - span] ?? '', -1);
    if (k >= span - 1 && shared > best) {
      best = shared;
      bestAt = k - span + 1;
    }
  }
  if (best === 0) return null;
  // Trim the words at either end that the quote does not have, then give back as many as were
  // trimmed on the right, up to the end of the sentence, so the hint reads as the article does.
  let from = bestAt;
  let to = bestAt + span;
  while (from < to && !need.has(word(words[from] ?? ''))) from++;
  while (to > from && !need.has(word(words[to - 1] ?? ''))) to--;
  while (to - from < span && to < words.length && !/[.!?]["'”’)]*$/.test(words[to - 1] ?? '')) to++;
  return words.slice(from, to).join(' ');
}
