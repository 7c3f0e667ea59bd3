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
