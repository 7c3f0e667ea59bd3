import type { Scenario } from '../../engine/index.ts';
import { ARTICLES } from '../../scenario/index.ts';
import { t } from '../strings/index.ts';

/** The outlet and date of one of the five articles ("VOA (Voice of America), 2007"), or null. */
export function articleCredit(file: string): string | null {
  const article = ARTICLES.find((a) => a.file === file);
  return article ? t('source.credit', { outlet: article.outlet, date: article.date }) : null;
}

/**
 * How a citation names its article for a student: the scenario's title for it with the outlet and
 * date, never a bare file name unless the scenario gives nothing else.
 */
export function sourceTitle(scenario: Scenario, file: string): string {
  const title = scenario.sources.find((s) => s.file === file)?.title;
  const article = ARTICLES.find((a) => a.file === file);
  const credit = articleCredit(file);
  if (title) return credit ? t('source.titled', { title, credit }) : title;
  return article ? t('source.titled', { title: article.title, credit: credit ?? '' }) : file;
}
