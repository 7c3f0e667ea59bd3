/**
 * What the scenario studio's editor offers as an author types (issue 16, point 5): keys from the
 * schema where a key goes (none already written), enumerations' values, and the file's own ids
 * where a field names an actor, an item or an article; a field's words on hover.
 */
import { describe, expect, it } from 'vitest';
import { completeAt, describeAt, fileIds, type SchemaNode } from '../../src/scenario/complete.ts';
import { scenarioJsonSchema } from '../../src/scenario/index.ts';
import { FIXTURE } from './helpers.ts';

const schema = scenarioJsonSchema() as SchemaNode;

/** The labels offered with `typed` inserted just after the first `after` in the fixture. */
function offered(after: string, typed = '', rest = ''): string[] | null {
  const at = FIXTURE.indexOf(after);
  expect(at, `"${after}" not in the fixture`).toBeGreaterThanOrEqual(0);
  const end = at + after.length;
  const text = FIXTURE.slice(0, end) + typed + rest + FIXTURE.slice(end);
  return (
    completeAt(schema, text, end + typed.length, ['000_9fd2b6bbe1dfc80f.txt'])?.options.map((o) => o.label) ??
    null
  );
}

describe('completion in a scenario file', () => {
  it('reads the file’s own ids by section, even where the file is broken', () => {
    const ids = fileIds(`${FIXTURE}\nitems:\n  - id: half_typed\n    giver: `);
    expect(ids.actor).toEqual(['japan', 'north_korea']);
    expect(ids.item).toEqual(['visit', 'aid', 'release', 'half_typed']);
    expect(ids.issue).toEqual(['abductions']);
    expect(ids.source).toEqual(['000_9fd2b6bbe1dfc80f.txt']);
  });

  it('offers the delegations where a field names an actor', () => {
    expect(offered('  - id: visit\n    name: A visit by the prime minister\n    giver: ')).toEqual([
      'japan',
      'north_korea',
    ]);
    expect(offered('  - id: visit\n    name: A visit by the prime minister\n    giver: ', 'no')).toEqual([
      'north_korea',
    ]);
  });

  it('offers an enumeration’s values, and the items where a red line names one', () => {
    expect(offered('        - kind: ', '')).toEqual(['require', 'refuse']);
    expect(offered('          item: ', 're')).toEqual(['release']);
  });

  it('offers the articles inside a flow mapping', () => {
    expect(offered('          cite: { source: ')).toEqual(['000_9fd2b6bbe1dfc80f.txt']);
  });

  it('offers the keys an item may still have, and none it has', () => {
    expect(
      offered(
        '    cite: { source: 000_9fd2b6bbe1dfc80f.txt, quote: "substantial humanitarian aid" }\n',
        '    ',
        // The cursor on a line of its own, as an author starts a new key.
        '\n',
      ),
    ).toEqual(['publicCost', 'salience', 'progress', 'forums', 'repeatable', 'description']);
    // At the top level, only the fields the file has not written.
    expect(offered('schema: 1\n', 'fe')).toEqual(['fewestTurns']);
  });

  it('offers nothing inside a comment or where nothing fits', () => {
    expect(offered('# A small valid scenario', ' gi')).toBeNull();
    expect(offered('    cost: ', '2')).toBeNull();
  });

  it('describes the key under the pointer from the schema', () => {
    const at = FIXTURE.indexOf('giver: japan') + 2;
    expect(describeAt(schema, FIXTURE, at)).toEqual({
      from: FIXTURE.indexOf('giver: japan'),
      to: FIXTURE.indexOf('giver: japan') + 'giver'.length,
      title: 'items › giver: string',
      text: 'The actor who can give it, by id.',
    });
    const leader = FIXTURE.indexOf('    leader:') + 5;
    expect(describeAt(schema, FIXTURE, leader)?.text).toMatch(/^Who leads it, with red lines/);
  });
});
