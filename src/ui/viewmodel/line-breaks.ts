/**
 * Where a line of Japanese may break, for the canvas (the DOM breaks with the browser's own
 * `word-break: auto-phrase` and `line-break: strict`, base.css). Japanese has no spaces, so a
 * label wrapped at spaces would never break, and one cut anywhere reads badly: 交渉の|席 splits a
 * phrase, and a line that starts with 。 or 」 breaks the rules of kinsoku shori every Japanese
 * reader knows. So a run of Japanese is cut into phrases (bunsetsu): the words `Intl.Segmenter`
 * finds, a compound's parts together (期待値), each followed by the kana that belong to it
 * (particles, endings), with closing marks kept on the line before and opening ones on the line after.
 */

/** Kana or Han: a run with these is broken into phrases rather than at spaces only. */
const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f]/;

/** Characters a line may not start with (kinsoku): closing marks, stops, small kana, the long mark. */
const NO_START =
  /^[、。，．・：；？！）」』】〕〉》\]）｝ー〜ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ々ゝゞヽヾ%),.:;!?]/u;

/** Characters a line may not end with: opening marks. */
const NO_END = /[（「『【〔〈《［｛(]$/u;

/** Only hiragana: a particle or an ending, which stays with the word before it. */
const HIRAGANA_ONLY = /^[\u3040-\u309fー]+$/;

/** Han at the start and at the end: the parts of a compound (期待 + 値) make one phrase. */
const HAN_START = /^[\u3400-\u9fff]/;
const HAN_END = /[\u3400-\u9fff]$/;

let segmenter: Intl.Segmenter | null = null;

function words(text: string): string[] {
  segmenter ??= new Intl.Segmenter('ja', { granularity: 'word' });
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

/**
 * The phrases of a run of text with no spaces, in order; joined they give the run back. A run
 * with no Japanese in it is one phrase.
 */
export function phrases(run: string): string[] {
  if (!JAPANESE.test(run)) return [run];
  const out: string[] = [];
  let openPending = false;
  for (const word of words(run)) {
    const last = out.length - 1;
    const before = out[last] ?? '';
    const attach =
      last >= 0 &&
      (openPending ||
        NO_START.test(word) ||
        (HIRAGANA_ONLY.test(word) && !NO_END.test(before)) ||
        (HAN_START.test(word) && HAN_END.test(before)));
    if (attach) out[last] += word;
    else out.push(word);
    openPending = NO_END.test(word);
  }
  return out;
}

/** A unit a line may break before, and what joins it to the one before on the same line. */
export interface BreakUnit {
  readonly text: string;
  /** ' ' after a space in the text, '' inside a run of Japanese. */
  readonly glue: string;
}

/** The units of `text` a line may break between: its words at spaces, and the phrases of any Japanese in them. */
export function breakUnits(text: string): BreakUnit[] {
  const units: BreakUnit[] = [];
  for (const word of text.split(/\s+/)) {
    if (word === '') continue;
    phrases(word).forEach((p, i) => {
      units.push({ text: p, glue: i === 0 && units.length > 0 ? ' ' : '' });
    });
  }
  return units;
}
