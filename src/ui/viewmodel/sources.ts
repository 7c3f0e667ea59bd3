import type { Scenario } from '../../engine/index.ts';
import { type StringKey, t } from '../strings/index.ts';

/**
 * The five source articles as a reader names them: title, author, outlet and date as far as the
 * text itself gives them (scenarios/sources/README.md). A citation shows these words, never the
 * file name it is stored under.
 */
const ARTICLE_LINES: Readonly<Record<string, readonly [StringKey, StringKey]>> = {
  '000_9fd2b6bbe1dfc80f.txt': ['source.article.essay2004', 'source.articleShort.essay2004'],
  '001_2f02e5bc178cc7ed.txt': ['source.article.glocom2002', 'source.articleShort.glocom2002'],
  '002_ede1f9ff61069f47.txt': ['source.article.voa2007', 'source.articleShort.voa2007'],
  '003_ab94ad6778fd7f86.txt': ['source.article.daily2001', 'source.articleShort.daily2001'],
  '004_c088e9dde3516e7e.txt': ['source.article.jpost2006', 'source.articleShort.jpost2006'],
};

/**
 * The article a citation points to, in words: the known title, outlet and date (or, `short`, the
 * outlet and year), else the scenario's own title for it.
 */
export function articleLine(scenario: Scenario, file: string | undefined, short = false): string {
  if (file === undefined) return t('source.article.unknown');
  const known = ARTICLE_LINES[file];
  if (known) return t(known[short ? 1 : 0]);
  const own = scenario.sources.find((s) => s.file === file);
  return own ? ownArticleLine(own) : t('source.article.unknown');
}

/** An article of the scenario's own, as its entry under `sources` names it: title, outlet, date. */
export function ownArticleLine(source: Scenario['sources'][number]): string {
  return [source.title, source.outlet, source.date]
    .filter((part) => part !== undefined && part !== '')
    .join(', ');
}

/** The full line of one of the five articles, for a list of sources; null for another file. */
export function articleCredit(file: string): string | null {
  const known = ARTICLE_LINES[file];
  return known ? t(known[0]) : null;
}

/** How a citation names its article for a student: the article's line, never its file name. */
export function sourceTitle(scenario: Scenario, file: string): string {
  return articleLine(scenario, file);
}
