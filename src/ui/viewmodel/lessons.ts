import type { Scenario } from '../../engine/index.ts';
import { type StringKey, t } from '../strings/index.ts';
import { articleLine } from './sources.ts';

/**
 * The ideas of the articles that a moment of play can illustrate. Each scenario words its own
 * lessons; these keys find the one that fits, and bring a passage of the articles when it has none.
 */
export const LESSON_KEYS = ['ratchet', 'firmness', 'similarValue', 'sumo', 'twoLevel', 'respect'] as const;
/** One of {@link LESSON_KEYS}. */
export type LessonKey = (typeof LESSON_KEYS)[number];

/**
 * How a scenario's lesson is recognised: its title first, then its text and quote. The lesson
 * format has no id to tie a lesson to an idea, so the words do; the unit tests hold every shipped
 * scenario to the mapping they should get.
 */
const MATCH: Readonly<Record<LessonKey, { readonly title: RegExp; readonly text: RegExp }>> = {
  ratchet: { title: /expectation|ratchet|in advance|before the summit/i, text: /\bexpect/i },
  firmness: { title: /\bwait|patien|firm|temper/i, text: /\btemper|firmness/i },
  similarValue: { title: /similar value|give and take/i, text: /similar value/i },
  sumo: { title: /sumo|pressure|cornering/i, text: /pressure|step(s|ped)? (aside|to one side)/i },
  twoLevel: { title: /two-level|tied hands|at home|cannot move/i, text: /\bat home\b|\bpublic\b|election/i },
  respect: { title: /respect|\bvisit|summit/i, text: /\bvisit\b|summit/i },
};

/** Where to look next when a scenario has no lesson for an idea: firmness is the ratchet run backwards. */
const FALLS_BACK: Readonly<Partial<Record<LessonKey, LessonKey>>> = { firmness: 'ratchet' };

/** The passage of the articles that explains each idea, in the article's own words. */
const PASSAGES: Readonly<Record<LessonKey, { readonly source: string; readonly quote: string }>> = {
  ratchet: {
    source: '000_9fd2b6bbe1dfc80f.txt',
    quote:
      'This has excited Pyongyang’s expectation that it will continue to get a great deal in exchange for minimal concessions.',
  },
  firmness: {
    source: '000_9fd2b6bbe1dfc80f.txt',
    quote:
      'Before there can be significant progress in the forthcoming Japan-DPRK normalization talks, Japan will have to temper Pyongyang’s expectations.',
  },
  similarValue: {
    source: '000_9fd2b6bbe1dfc80f.txt',
    quote: 'The only peaceful way to strike a diplomatic deal is to exchange concessions of similar value.',
  },
  sumo: {
    source: '000_9fd2b6bbe1dfc80f.txt',
    quote:
      'Each time the giants have tried to use their military and economic might to humble North Korea, the more agile and experienced Kim has merely stepped to one side.',
  },
  twoLevel: {
    source: '000_9fd2b6bbe1dfc80f.txt',
    quote:
      'Otherwise, if Koizumi continues to give more than he gets, the Japanese people will cease supporting him and his diplomatic dialogue with North Korea.',
  },
  respect: {
    source: '000_9fd2b6bbe1dfc80f.txt',
    quote:
      'This did not cost Japan anything, but in exchange for showing Kim some respect, Koizumi won the release of the former abducted Japanese.',
  },
};

const NAMES: Readonly<Record<LessonKey, StringKey>> = {
  ratchet: 'debrief.lessonKey.ratchet',
  firmness: 'debrief.lessonKey.firmness',
  similarValue: 'debrief.lessonKey.similarValue',
  sumo: 'debrief.lessonKey.sumo',
  twoLevel: 'debrief.lessonKey.twoLevel',
  respect: 'debrief.lessonKey.respect',
};

/** The passage a moment is tied to: the scenario's own lesson when it has one, else the articles'. */
export interface LessonRef {
  readonly key: LessonKey;
  /** The index in the scenario's `debrief.lessons`, or null for a passage of the articles. */
  readonly index: number | null;
  readonly title: string;
  readonly quote: string | null;
  /** The article in words: title, outlet, date. */
  readonly article: string;
}

/** The index of the scenario's lesson for an idea, or null. */
export function lessonIndex(scenario: Scenario, key: LessonKey, fallBack = true): number | null {
  const lessons = scenario.debrief.lessons;
  const { title, text } = MATCH[key];
  const byTitle = lessons.findIndex((l) => title.test(l.title));
  if (byTitle >= 0) return byTitle;
  const byText = lessons.findIndex((l) => text.test(`${l.text} ${l.cite.quote ?? ''}`));
  if (byText >= 0) return byText;
  const next = fallBack ? FALLS_BACK[key] : undefined;
  return next ? lessonIndex(scenario, next) : null;
}

/** The lesson and passage that explain a moment of this kind of idea. */
export function lessonFor(scenario: Scenario, key: LessonKey): LessonRef {
  const index = lessonIndex(scenario, key);
  const lesson = index === null ? undefined : scenario.debrief.lessons[index];
  const passage = PASSAGES[key];
  if (!lesson) {
    return {
      key,
      index: null,
      title: t(NAMES[key]),
      quote: passage.quote,
      article: articleLine(scenario, passage.source),
    };
  }
  // A lesson found for a neighbouring idea, or one without a quote, is shown with this idea's own
  // passage of the articles, so every moment shows the words that explain it.
  const quoted =
    lessonIndex(scenario, key, false) === index &&
    lesson.cite.quote !== undefined &&
    lesson.cite.quote !== '';
  return {
    key,
    index,
    title: lesson.title,
    quote: quoted ? (lesson.cite.quote ?? null) : passage.quote,
    article: articleLine(scenario, quoted ? lesson.cite.source : passage.source),
  };
}

/** The article passages behind the ideas, for the test that holds them to the articles' words. */
export function lessonPassages(): readonly { readonly source: string; readonly quote: string }[] {
  return LESSON_KEYS.map((k) => PASSAGES[k]);
}
