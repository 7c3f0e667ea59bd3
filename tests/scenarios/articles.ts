import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { SOURCES_DIR } from '../../src/cli/files.ts';

/** Typography and line breaks differ between an article and a YAML quote; the words may not. */
export function normalise(text: string): string {
  return text
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\u2026/g, '...')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * An article's source material, normalised. 004's opening block (the site's subscription appeal)
 * and closing block (unrelated links) are not source material (sources README), so they are cut.
 */
export function articleText(source: string): string {
  const text = normalise(readFileSync(resolve(SOURCES_DIR, source), 'utf8'));
  if (source !== '004_c088e9dde3516e7e.txt') return text;
  return text.slice(text.indexOf('Two top US diplomats'), text.indexOf('Join Jerusalem Post Premium'));
}

/** Every `{source, quote}` pair anywhere in a scenario file. */
export function citedQuotes(yamlText: string): { source: string; quote: string }[] {
  const out: { source: string; quote: string }[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) for (const child of node) walk(child);
    else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (typeof record.source === 'string' && typeof record.quote === 'string') {
        out.push({ source: record.source, quote: record.quote });
      }
      for (const child of Object.values(record)) walk(child);
    }
  };
  walk(parse(yamlText));
  return out;
}

/** The quotes of a scenario file that are not their article's own words. */
export function misquoted(yamlText: string): { source: string; quote: string }[] {
  return citedQuotes(yamlText).filter(({ source, quote }) => !articleText(source).includes(normalise(quote)));
}
