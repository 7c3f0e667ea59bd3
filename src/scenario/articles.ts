/**
 * The article files every scenario cites, by name. The command line checks citations against the
 * files in `scenarios/sources/`; the browser cannot list a folder, so it checks against this list.
 * A unit test keeps the two in step (tests/sim/check.test.ts).
 */
export const ARTICLE_FILES = [
  '000_9fd2b6bbe1dfc80f.txt',
  '001_2f02e5bc178cc7ed.txt',
  '002_ede1f9ff61069f47.txt',
  '003_ab94ad6778fd7f86.txt',
  '004_c088e9dde3516e7e.txt',
] as const;

/** One of the five articles, as a reader names it: what it is, who published it, when. */
export interface Article {
  readonly file: (typeof ARTICLE_FILES)[number];
  /** The article's own title, or a description where the text gives none. */
  readonly title: string;
  /** The outlet as the text shows it; what kind of text it is where it names none. */
  readonly outlet: string;
  /** When it is set, as the text dates it. */
  readonly date: string;
}

/**
 * What a student sees in place of a file name. Taken from the texts themselves, as the sources'
 * README records them; where a text names no title or publisher, it says what kind of text it is.
 */
export const ARTICLES: readonly Article[] = [
  {
    file: '003_ab94ad6778fd7f86.txt',
    title: 'Report on a secret Beijing meeting to restart normalization talks',
    outlet: 'a Japanese daily, author not given',
    date: 'January 2001',
  },
  {
    file: '001_2f02e5bc178cc7ed.txt',
    title: 'How the Media views talks between North Korea and Japan',
    outlet: 'GLOCOM Platform, Weekly Review #63',
    date: '2 September 2002',
  },
  {
    file: '000_9fd2b6bbe1dfc80f.txt',
    title: 'Essay on “sumo diplomacy” after Koizumi’s second visit',
    outlet: 'author and outlet not given',
    date: 'July 2004',
  },
  {
    file: '004_c088e9dde3516e7e.txt',
    title: 'S. Korea, Japan will cooperate with US',
    outlet: 'The Jerusalem Post',
    date: '6 November 2006',
  },
  {
    file: '002_ede1f9ff61069f47.txt',
    title: 'Talks Between North Korea, Japan Sputter to Uneventful Close',
    outlet: 'VOA (Voice of America)',
    date: '2007',
  },
];
