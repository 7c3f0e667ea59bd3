import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTICLE_FILES } from '../../src/scenario/index.ts';
import { en } from '../../src/ui/strings/en.ts';
import {
  glossaryEntries,
  isTermId,
  linkedParts,
  markedParts,
  movePanel,
  TERM_IDS,
  tourSteps,
} from '../../src/ui/viewmodel/index.ts';
import { articleText, normalise } from '../scenarios/articles.ts';
import { loadShipped } from '../scenarios/shipped.ts';
import { readSource } from '../source-text.ts';
import { startFixture } from './helpers.ts';

const UI = resolve(import.meta.dirname, '../../src/ui');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : [],
  );
}

/**
 * The glossary ids a piece of source names: `termLink(ctx, 'id', …)`, `openGlossary('id', …)`,
 * and the `[[id|words]]` marks of the string table.
 */
function namedTerms(text: string): string[] {
  const calls = [...text.matchAll(/termLink\(\s*\w+\s*,\s*'(\w+)'/g)].map((m) => m[1] ?? '');
  const opens = [...text.matchAll(/openGlossary\(\s*'(\w+)'/g)].map((m) => m[1] ?? '');
  const marks = [...text.matchAll(/\[\[(\w+)\|/g)].map((m) => m[1] ?? '');
  return [...calls, ...opens, ...marks];
}

/** Sentences in a text: ends of sentences are a stop followed by a space or the end. */
function sentences(text: string): number {
  return text.split(/[.!?](?:\s|$)/).filter((s) => s.trim().length > 0).length;
}

describe('glossary', () => {
  it('has a term and plain words for every entry, in one to three sentences', () => {
    const entries = glossaryEntries();
    expect(entries.map((e) => e.id)).toEqual([...TERM_IDS]);
    for (const entry of entries) {
      expect(entry.term.trim(), entry.id).not.toBe('');
      expect(entry.text.trim().length, entry.id).toBeGreaterThan(40);
      expect(sentences(entry.text), entry.id).toBeGreaterThanOrEqual(1);
      expect(sentences(entry.text), entry.id).toBeLessThanOrEqual(3);
      for (const r of entry.related) expect(r.id, entry.id).not.toBe(entry.id);
    }
  });

  it('covers the words the playtest found unexplained', () => {
    const text = glossaryEntries()
      .map((e) => `${e.term} ${e.text}`)
      .join(' ');
    for (const word of ['VP', 'Walk-away', 'in full', 'half', '±', 'Measured', 'calm', 'crisis', 'Sumo']) {
      expect(text, word).toContain(word);
    }
  });

  it('cites each source in the article’s own words, by title, outlet and date, never by file', () => {
    const cited = glossaryEntries().filter((e) => e.source !== null);
    expect(cited.length).toBeGreaterThan(10);
    for (const { id, source } of cited) {
      if (!source) continue;
      expect(articleText(source.file), id).toContain(normalise(source.quote));
      for (const file of ARTICLE_FILES) expect(source.credit, id).not.toContain(file);
      // The article's line: at least an outlet or description, and its year.
      expect(source.credit, id).toMatch(/, .*\b(2001|2002|2004|2006|2007)\b/);
    }
  });

  it('finds a dangling glossary id in source', () => {
    expect(namedTerms("termLink(ctx, 'nope', 'x')").filter((id) => !isTermId(id))).toEqual(['nope']);
    expect(namedTerms("termLink(\n  ctx,\n  'vp',\n  'VP')")).toEqual(['vp']);
    expect(namedTerms('A [[nope|word]] here').filter((id) => !isTermId(id))).toEqual(['nope']);
  });

  it('has an entry for every id the interface links to', () => {
    const named: string[] = [];
    for (const file of sourceFiles(UI)) {
      // Comments blanked: a comment may show the mark's form without naming an entry.
      const ids = namedTerms(readSource(readFileSync(file, 'utf8')).code);
      const dangling = ids.filter((id) => !isTermId(id));
      expect(dangling, file).toEqual([]);
      named.push(...ids);
    }
    // The scan sees the links it is meant to check (the status strip, the preview, the tour…).
    for (const id of ['approval', 'ratification', 'expectation', 'walkAway', 'trust', 'vp', 'summit']) {
      expect(named, id).toContain(id);
    }
  });

  it('marks only glossary words in the string table, and leaves no mark unclosed', () => {
    for (const [key, text] of Object.entries(en)) {
      for (const part of markedParts(text)) {
        expect(part.text, key).not.toMatch(/\[\[|\]\]/);
      }
      expect(
        markedParts(text)
          .map((p) => p.text)
          .join(''),
        key,
      ).not.toContain('|');
    }
  });
});

describe('glossary words in the advisors’ sentences', () => {
  it('links the preview’s VP, band and target, each once in a block', () => {
    const { scenario, state } = startFixture();
    const panel = movePanel(scenario, state, 'japan', {
      to: 'north_korea',
      forum: null,
      give: [{ item: 'food_aid', tier: 1 }],
      ask: [{ item: 'families', tier: 1 }],
    });
    const advice = panel.offer.preview?.advice ?? [];
    expect(advice.length).toBeGreaterThan(1);
    const seen = new Set<never>();
    const parts = advice.flatMap((a) => linkedParts(a, seen));
    const terms = parts.flatMap((p) => (p.term ? [p.term] : []));
    expect(terms).toContain('vp');
    expect(new Set(terms).size).toBe(terms.length);
    expect(parts.map((p) => p.text).join('')).toBe(advice.join(''));
  });

  it('reads a band and the words it stands for', () => {
    expect(linkedParts('about 1.8 VP for Tokyo (±6.6) against about 3.2.')).toEqual([
      { text: 'about 1.8 ' },
      { text: 'VP', term: 'vp' },
      { text: ' for Tokyo (' },
      { text: '±6.6', term: 'estimates' },
      { text: ') against about 3.2.' },
    ]);
    expect(linkedParts('the 6.8 it holds out for, our red lines')).toEqual([
      { text: 'the 6.8 it ' },
      { text: 'holds out for', term: 'target' },
      { text: ', our ' },
      { text: 'red lines', term: 'redLine' },
    ]);
    expect(linkedParts('no terms here')).toEqual([{ text: 'no terms here' }]);
    // The engine's advice in Japanese and Korean links the same entries.
    expect(linkedParts('相手の求める水準を少なくとも約6.8 VPと見ています')).toEqual([
      { text: '相手の' },
      { text: '求める水準', term: 'target' },
      { text: 'を少なくとも約6.8 ' },
      { text: 'VP', term: 'vp' },
      { text: 'と見ています' },
    ]);
    expect(linkedParts('우리의 레드라인을 넘습니다')).toEqual([
      { text: '우리의 ' },
      { text: '레드라인', term: 'redLine' },
      { text: '을 넘습니다' },
    ]);
  });

  it('splits marked sentences into words and glossary words', () => {
    expect(markedParts('in [[vp|value points (VP)]], against [[target|what it holds out for]].')).toEqual([
      { text: 'in ' },
      { text: 'value points (VP)', term: 'vp' },
      { text: ', against ' },
      { text: 'what it holds out for', term: 'target' },
      { text: '.' },
    ]);
  });
});

describe('first-game tour', () => {
  it('walks through the table, the goals, an offer, side moves and what follows', () => {
    const scenario = loadShipped('2004-koizumi-second-visit.yaml');
    const steps = tourSteps(scenario, 'japan');
    expect(steps.map((s) => s.id)).toEqual(['table', 'goals', 'offer', 'side', 'after']);
    expect(steps.length).toBeGreaterThanOrEqual(4);
    expect(steps.length).toBeLessThanOrEqual(6);
    expect(steps[0]?.text).toContain('Japan');
    expect(steps[1]?.list).toEqual((scenario.objectives.japan ?? []).map((o) => o.text));
    for (const step of steps) {
      expect(step.title, step.id).not.toBe('');
      for (const text of [step.text, step.after ?? '']) {
        for (const part of markedParts(text)) {
          if (part.term) expect(isTermId(part.term), step.id).toBe(true);
          expect(part.text).not.toMatch(/\[\[|\{/);
        }
      }
    }
  });
});
