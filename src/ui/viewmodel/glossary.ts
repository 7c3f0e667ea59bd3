import type { ARTICLE_FILES } from '../../scenario/index.ts';
import { t } from '../strings/index.ts';
import { articleCredit } from './sources.ts';

/**
 * The glossary: the game's words in plain English, each with the article passage that motivates
 * it where there is one. The words are in the string table (`glossary.<id>.term` and `.text`);
 * this file holds their order, their links to each other and their sources.
 */
export const TERM_IDS = [
  'vp',
  'expectation',
  'walkAway',
  'target',
  'estimates',
  'trust',
  'tiers',
  'promised',
  'conditional',
  'tension',
  'crisis',
  'approval',
  'ratification',
  'redLine',
  'tableMove',
  'sideMoves',
  'summit',
  'pressure',
  'sumo',
  'coordination',
  'gift',
  'locked',
  'forum',
  'progress',
  'score',
] as const;

/** One word of the glossary. */
export type TermId = (typeof TERM_IDS)[number];

/** Whether a string names a glossary entry. */
export function isTermId(id: string): id is TermId {
  return (TERM_IDS as readonly string[]).includes(id);
}

/** Where a glossary entry's idea comes from: one of the five articles, in its own words. */
interface TermSource {
  readonly file: (typeof ARTICLE_FILES)[number];
  /** The article's words, exactly (a unit test checks them against the article). */
  readonly quote: string;
}

/** What each entry points to and cites. */
const LINKS: Readonly<Record<TermId, { readonly related: readonly TermId[]; readonly source?: TermSource }>> =
  {
    vp: {
      related: ['expectation', 'walkAway'],
      source: {
        file: '000_9fd2b6bbe1dfc80f.txt',
        quote:
          'The only peaceful way to strike a diplomatic deal is to exchange concessions of similar value.',
      },
    },
    expectation: {
      related: ['walkAway', 'target', 'gift', 'conditional'],
      source: {
        file: '000_9fd2b6bbe1dfc80f.txt',
        quote:
          'This has excited Pyongyang’s expectation that it will continue to get a great deal in exchange for minimal concessions.',
      },
    },
    walkAway: { related: ['expectation', 'target', 'pressure'] },
    target: { related: ['expectation', 'walkAway', 'estimates'] },
    estimates: { related: ['trust', 'target'] },
    trust: { related: ['promised', 'estimates', 'coordination'] },
    tiers: { related: ['promised', 'conditional'] },
    promised: { related: ['trust', 'sideMoves'] },
    conditional: {
      related: ['expectation', 'gift'],
      source: {
        file: '000_9fd2b6bbe1dfc80f.txt',
        quote: 'Japan will have to temper Pyongyang’s expectations.',
      },
    },
    tension: {
      related: ['crisis', 'pressure'],
      source: {
        file: '000_9fd2b6bbe1dfc80f.txt',
        quote:
          'sufficient progress to justify continuation of the diplomatic dialogue rather than a return to the escalation of tensions.',
      },
    },
    crisis: { related: ['tension', 'tableMove'] },
    approval: {
      related: ['ratification', 'summit'],
      source: {
        file: '000_9fd2b6bbe1dfc80f.txt',
        quote:
          'if Koizumi continues to give more than he gets, the Japanese people will cease supporting him and his diplomatic dialogue with North Korea.',
      },
    },
    ratification: {
      related: ['approval', 'redLine'],
      source: {
        file: '002_ede1f9ff61069f47.txt',
        quote:
          'Japanese Prime Minister Shinzo Abe is under strong political pressure to demand North Korean action on the abduction issue.',
      },
    },
    redLine: {
      related: ['ratification', 'locked'],
      source: {
        file: '002_ede1f9ff61069f47.txt',
        quote: 'However, now Japan has backed itself into a corner.',
      },
    },
    tableMove: { related: ['sideMoves', 'expectation', 'crisis'] },
    sideMoves: { related: ['summit', 'pressure', 'coordination', 'gift', 'promised'] },
    summit: {
      related: ['approval', 'trust'],
      source: {
        file: '000_9fd2b6bbe1dfc80f.txt',
        quote:
          'This did not cost Japan anything, but in exchange for showing Kim some respect, Koizumi won the release of the former abducted Japanese.',
      },
    },
    pressure: {
      related: ['sumo', 'walkAway', 'tension'],
      source: {
        file: '000_9fd2b6bbe1dfc80f.txt',
        quote:
          'trying to corner and subdue Kim Jong Il was a potentially dangerous and frequently futile endeavor.',
      },
    },
    sumo: {
      related: ['pressure', 'coordination'],
      source: {
        file: '000_9fd2b6bbe1dfc80f.txt',
        quote:
          'Each time the giants have tried to use their military and economic might to humble North Korea, the more agile and experienced Kim has merely stepped to one side.',
      },
    },
    coordination: {
      related: ['sumo', 'trust'],
      source: {
        file: '004_c088e9dde3516e7e.txt',
        quote: 'Japan and South Korea pledged to coordinate with Washington over resuming long-delayed talks',
      },
    },
    gift: {
      related: ['expectation', 'conditional'],
      source: {
        file: '003_ab94ad6778fd7f86.txt',
        quote:
          'Japan decided in early October to grant North Korea more than 100 billion yen in rice aid, totaling 500,000 tons, in an effort to improve the atmosphere surrounding the talks.',
      },
    },
    locked: {
      related: ['redLine'],
      source: {
        file: '000_9fd2b6bbe1dfc80f.txt',
        quote:
          'Most likely a resolution of this internal debate will not occur until after the November US Presidential election.',
      },
    },
    forum: {
      related: ['tableMove'],
      source: {
        file: '004_c088e9dde3516e7e.txt',
        quote:
          'Washington had said it will discuss the financial restrictions only in the context of the six-nation talks.',
      },
    },
    progress: { related: ['score'] },
    score: { related: ['progress', 'approval'] },
  };

/** A glossary entry as the help dialog shows it. */
export interface GlossaryEntry {
  readonly id: TermId;
  readonly term: string;
  readonly text: string;
  readonly related: readonly { readonly id: TermId; readonly term: string }[];
  /** The article passage behind the idea, named by title, outlet and date (never by file name). */
  readonly source: { readonly file: string; readonly quote: string; readonly credit: string } | null;
}

/** One entry of the glossary. */
export function glossaryEntry(id: TermId): GlossaryEntry {
  const links = LINKS[id];
  const credit = links.source ? articleCredit(links.source.file) : null;
  return {
    id,
    term: t(`glossary.${id}.term`),
    text: t(`glossary.${id}.text`),
    related: links.related.map((r) => ({ id: r, term: t(`glossary.${r}.term`) })),
    source: links.source && credit ? { file: links.source.file, quote: links.source.quote, credit } : null,
  };
}

/** The whole glossary, in the order a new player meets the words. */
export function glossaryEntries(): GlossaryEntry[] {
  return TERM_IDS.map(glossaryEntry);
}

/** A piece of text: plain, or a word that opens its glossary entry. */
export type TextPart = { readonly text: string; readonly term?: TermId };

const MARKED = /\[\[(\w+)\|([^\]]+)\]\]/g;

/**
 * Splits the game's own sentences, which mark their glossary words as `[[id|words]]`. A mark
 * naming no entry stays as plain words (the unit tests catch such a mark first).
 */
export function markedParts(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let at = 0;
  for (const match of text.matchAll(MARKED)) {
    const [whole, id = '', words = ''] = match;
    if (match.index > at) parts.push({ text: text.slice(at, match.index) });
    parts.push(isTermId(id) ? { text: words, term: id } : { text: words });
    at = match.index + whole.length;
  }
  if (at < text.length) parts.push({ text: text.slice(at) });
  return parts;
}

/**
 * Words in sentences this file does not write (the advisors' advice comes from the engine's
 * message table) that open a glossary entry, in each language the engine speaks: a pattern in one
 * language never matches another's text. Each links at its first appearance in a block only, so
 * a paragraph is not a row of buttons.
 */
export const AUTO_LINKS: readonly { readonly pattern: RegExp; readonly term: TermId }[] = [
  { pattern: /\bVP\b/, term: 'vp' },
  { pattern: /±\s?-?\d+(?:\.\d+)?%?/, term: 'estimates' },
  { pattern: /\bholds? out for\b|고수하는 기준|求める水準/, term: 'target' },
  { pattern: /\bwalk-away value\b|결렬 시 가치|決裂時の価値/i, term: 'walkAway' },
  { pattern: /\bexpectations?\b|기대|期待/, term: 'expectation' },
  { pattern: /\bverdict\b|평가|評価/, term: 'ratification' },
  { pattern: /\bred lines?\b|레드라인|レッドライン/, term: 'redLine' },
  { pattern: /\bcannot make concessions yet\b|아직 양보할 수 없|まだ譲歩できません/, term: 'locked' },
];

/**
 * Finds the glossary words in a sentence. `seen` holds the entries already linked in the same
 * block, and gains those linked here.
 */
export function linkedParts(text: string, seen: Set<TermId> = new Set()): TextPart[] {
  const parts: TextPart[] = [];
  let rest = text;
  for (;;) {
    let best: { index: number; length: number; term: TermId } | null = null;
    for (const { pattern, term } of AUTO_LINKS) {
      if (seen.has(term)) continue;
      const m = pattern.exec(rest);
      if (m && (best === null || m.index < best.index)) best = { index: m.index, length: m[0].length, term };
    }
    if (!best) break;
    if (best.index > 0) parts.push({ text: rest.slice(0, best.index) });
    parts.push({ text: rest.slice(best.index, best.index + best.length), term: best.term });
    seen.add(best.term);
    rest = rest.slice(best.index + best.length);
  }
  if (rest.length > 0) parts.push({ text: rest });
  return parts;
}
