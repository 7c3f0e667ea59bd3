import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { SOURCES_DIR } from '../../src/cli/files.ts';
import { articleMaterial, normaliseQuote } from '../../src/scenario/index.ts';

/** Typography and line breaks differ between an article and a YAML quote; the words may not. */
export const normalise = normaliseQuote;

/** An article's source material, normalised, as the scenario check reads it (004 without its site furniture). */
export function articleText(source: string): string {
  return articleMaterial(source, readFileSync(resolve(SOURCES_DIR, source), 'utf8'));
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
