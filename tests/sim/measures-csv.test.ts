/**
 * The debrief's CSV of measures: one row per turn closed with the engine's own closing figures,
 * and no cell a spreadsheet would run as a formula, whatever a scenario file names its delegations
 * and turns.
 */
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/engine/index.ts';
import { csvCell, measuresCsv, simulate } from '../../src/sim/index.ts';
import { scenario2004 } from './scenario-2004.ts';

/** Splits CSV text into rows of cells (quoted cells may hold commas and doubled quotes). */
function parseCsv(text: string): string[][] {
  return text
    .trimEnd()
    .split('\r\n')
    .map((line) =>
      [...line.matchAll(/"((?:[^"]|"")*)"|([^,]*)/g)]
        .filter((m) => m.index === 0 || line[m.index - 1] === ',')
        .map((m) => (m[1] !== undefined ? m[1].replaceAll('""', '"') : m[2]!)),
    );
}

describe('the measures CSV', () => {
  const scenario = scenario2004();
  const run = simulate({ scenario, player: 'japan', seed: 2, play: { kind: 'strategy', name: 'balanced' } });

  it('has a row per turn with the figures recorded as each turn closed', () => {
    const rows = parseCsv(measuresCsv(scenario, run.final, 'japan'));
    const [header, ...turns] = rows;
    expect(header?.slice(0, 4)).toEqual(['Turn', 'Turn label', 'Tension', 'Japan: public approval']);
    expect(header).toContain('North Korea: expectation of Japan');
    expect(turns).toHaveLength(6);
    const closings = run.final.log.filter((e) => e.closing);
    for (const [i, row] of turns.entries()) {
      const m = closings[i]!.closing!;
      expect(row.length).toBe(header!.length);
      expect(row.slice(0, 3)).toEqual([String(i + 1), scenario.turns[i]!.label, String(m.tension)]);
      const at = header!.indexOf('North Korea: trust in Japan');
      expect(row[at]).toBe(String(m.relations['north_korea>japan']!.trust));
    }
  });

  it('neutralises every text cell that a spreadsheet would read as a formula', () => {
    const evil: Scenario = {
      ...scenario,
      actors: scenario.actors.map((a) =>
        a.id === 'north_korea' ? { ...a, name: '=HYPERLINK("http://x","click")' } : a,
      ),
      turns: scenario.turns.map((t, i) => ({
        ...t,
        label: ['+1+1', '-2+3', '@SUM(A1)', '\t=1', ' =2', 'Plain'][i]!,
      })),
    };
    const text = measuresCsv(evil, run.final, 'japan');
    const rows = parseCsv(text);
    expect(rows[0]).toContain('\'=HYPERLINK("http://x","click"): expectation of Japan');
    expect(rows.slice(1).map((r) => r[1])).toEqual(["'+1+1", "'-2+3", "'@SUM(A1)", "'\t=1", "' =2", 'Plain']);
    // Quoted, with the quote doubled, so the name stays one cell.
    expect(text).toContain('"\'=HYPERLINK(""http://x"",""click""): expectation of Japan"');
  });

  it('writes numbers as numbers and text quoted', () => {
    expect(csvCell(-2.5)).toBe('-2.5');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell('a "b", c')).toBe('"a ""b"", c"');
    expect(csvCell('=1+1')).toBe('"\'=1+1"');
    expect(csvCell('Early May 2004')).toBe('"Early May 2004"');
  });
});
