/**
 * docs/authoring.md stays true: its field index is the schema's, the checker output it shows is
 * what the checker prints for the tutorial's drafts (tests/authoring/fixtures/tutorial/), every
 * YAML snippet is part of those drafts, and the whole file at the end is the one that checks clean.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/cli/check-report.ts';
import { INDEX_END, INDEX_START, spliceFieldIndex } from '../../src/cli/field-index.ts';
import { nextSteps } from '../../src/cli/new-scenario.ts';
import { AUDIT_CODES, simulate } from '../../src/sim/index.ts';
import { fixture, loaded, ROOT, readRepo } from './helpers.ts';

const guide = readRepo('docs/authoring.md');
const FILE = 'scenarios/mongolia-2007.yaml';
const DRAFTS = ['step3-unlisted-source', 'step4-unknown-items', 'step4-no-zone', 'step5', 'mongolia-2007'];
const drafts = DRAFTS.map((name) => ({ name, text: fixture(`tutorial/${name}.yaml`).text }));
const tutorial = guide.slice(
  guide.indexOf('## 1. Start from a file'),
  guide.indexOf('## What the checker checks'),
);
/** The guide's opening page: the fewest fields that play, a map, where sources live. */
const onePage = guide.slice(guide.indexOf('## The one-page path'), guide.indexOf('## 1. Start from a file'));

/** The fenced blocks of one language in a piece of Markdown. */
function blocks(markdown: string, language: string): string[] {
  const fence = new RegExp(`^\`\`\`${language}\\n([\\s\\S]*?)^\`\`\`$`, 'gm');
  return [...markdown.matchAll(fence)].map((m) => m[1] ?? '');
}

describe('docs/authoring.md', { timeout: 30_000 }, () => {
  it('has the field index of the current schema (run `npm run schema` if not)', () => {
    expect(guide).toContain(INDEX_START);
    expect(guide).toContain(INDEX_END);
    expect(spliceFieldIndex(guide)).toBe(guide);
  });

  it('indexes every field of an actor, linked to its section of the reference', () => {
    for (const field of ['agility', 'patrons', 'lockedUntil', 'stance', 'briefing']) {
      expect(guide).toMatch(
        new RegExp(`^\\| \`${field}\` \\|.*\\[Actor\\]\\(scenario-format\\.md#actor\\)`, 'm'),
      );
    }
    expect(readRepo('docs/scenario-format.md')).toContain('\n## Actor\n');
  });

  it('opens with a one-page path whose smallest file checks clean and plays', () => {
    const fewest = fixture('fewest.yaml').text;
    expect(blocks(onePage, 'yaml')).toEqual([fewest]);
    expect(checkText(fewest, FILE).lines).toEqual([`${FILE}: ok (2 actors, 2 items, 2 turns)`]);
    const run = simulate({
      scenario: loaded(fewest),
      player: 'japan',
      seed: 1,
      play: { kind: 'strategy', name: 'balanced' },
    });
    expect(run.turns).toHaveLength(2);
    // It says where sources live and how an author adds one of their own.
    const words = onePage.replace(/\s+/g, ' ');
    expect(words).toContain('save its text as a `.txt` file **beside your scenario**');
    expect(words).toContain('checked word for word against it');
  });

  it('shows what `npm run scenario:new` prints', () => {
    expect(guide).toContain(nextSteps(FILE, 'mongolia-2007', 'mongolia-2007', true).trimEnd());
  });

  it("shows exactly what the checker prints for each of the tutorial's drafts", () => {
    for (const draft of drafts) {
      const { lines } = checkText(draft.text, FILE);
      expect(guide, draft.name).toContain(lines.join('\n'));
    }
  });

  it('shows only YAML that is part of one of the drafts', () => {
    const snippets = blocks(tutorial, 'yaml');
    expect(snippets.length).toBeGreaterThan(15);
    for (const snippet of snippets) {
      expect(
        drafts.some((d) => d.text.includes(snippet)),
        `not in any draft:\n${snippet}`,
      ).toBe(true);
    }
  });

  it('ends the tutorial with the whole file, which checks clean and replays its history', () => {
    const final = fixture('tutorial/mongolia-2007.yaml').text;
    expect(blocks(tutorial, 'yaml')).toContain(final);
    expect(checkText(final, FILE).lines).toEqual([`${FILE}: ok (2 actors, 4 items, 4 turns)`]);
    const scenario = loaded(final);
    const history = simulate({
      scenario,
      player: 'japan',
      seed: 1,
      play: { kind: 'strategy', name: 'history' },
    });
    expect(history.skipped).toEqual([]);
    expect(history.result.status).toBe('meet_again');
    expect(guide).toContain(`Result: ${scenario.outcomes.find((o) => o.id === 'meet_again')?.title}`);
  });

  it('explains every code the audit can report', () => {
    for (const code of AUDIT_CODES) expect(guide).toContain(`| \`${code}\` |`);
  });

  it('links only to files that exist', () => {
    const links = [...guide.matchAll(/\]\(([^)#:]+\.md)(?:#[^)]*)?\)/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(3);
    for (const link of new Set(links)) expect(existsSync(`${ROOT}docs/${link}`), link).toBe(true);
  });
});
