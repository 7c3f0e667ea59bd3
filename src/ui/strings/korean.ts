/**
 * Korean particles after a filled-in name. A table writes both forms after a placeholder
 * (`{name}이(가)`), since which one is right depends on the name: 이/을/은/과/으로 after a final
 * consonant (batchim), 가/를/는/와/로 after a vowel (and 로 after ㄹ). Once the name is in, a
 * name ending in Hangul takes the one form it needs; any other ending (a Latin name, a figure)
 * keeps both, which reads correctly either way.
 */
const PARTICLES: Readonly<Record<string, readonly [batchim: string, vowel: string]>> = {
  '이(가)': ['이', '가'],
  '을(를)': ['을', '를'],
  '은(는)': ['은', '는'],
  '과(와)': ['과', '와'],
  '으로(로)': ['으로', '로'],
};

const BOTH = /([\uac00-\ud7a3])([”’"')\]」』]*)(이\(가\)|을\(를\)|은\(는\)|과\(와\)|으로\(로\))/g;

/** The final consonant of a Hangul syllable: 0 for none, 8 for ㄹ. */
const finalOf = (syllable: string) => (syllable.charCodeAt(0) - 0xac00) % 28;

export function fitParticles(text: string): string {
  return text.replace(BOTH, (_, last: string, closing: string, both: string) => {
    const [afterConsonant, afterVowel] = PARTICLES[both]!;
    const final = finalOf(last);
    const pick = final === 0 || (both === '으로(로)' && final === 8) ? afterVowel : afterConsonant;
    return `${last}${closing}${pick}`;
  });
}
