import { describe, expect, it } from 'vitest';
import { breakUnits, phrases } from '../../src/ui/viewmodel/line-breaks.ts';
import { wrapText } from '../../src/ui/viewmodel/map-text.ts';

/** Every character 10 px wide: lines are cut by count, so the breaks are exact. */
const fixed = { width: (text: string) => Array.from(text).length * 10, lineHeight: () => 12 };

/** Characters a Japanese line may not start with (kinsoku shori). */
const NO_START = /^[、。）」』ーっゃゅょ]/;

describe('Japanese line breaks on the canvas', () => {
  it('cut a run into phrases, particles and endings kept with their word, and give the run back whole', () => {
    const run = '交渉の席を立つと、相手の期待値が下がります。';
    const cut = phrases(run);
    expect(cut.join('')).toBe(run);
    expect(cut).toContain('交渉の');
    for (const p of cut.slice(1)) expect(p, p).not.toMatch(NO_START);
    // No phrase is a lone particle.
    for (const p of cut) expect(['の', 'を', 'が', 'と', 'は'], p).not.toContain(p);
  });

  it('keep opening marks with what follows and closing marks with what precedes', () => {
    const cut = phrases('北朝鮮は「拉致問題は解決済み」と言った。');
    expect(cut.join('')).toBe('北朝鮮は「拉致問題は解決済み」と言った。');
    for (const p of cut) {
      expect(p, p).not.toMatch(/「$/);
      expect(p, p).not.toMatch(/^[」。]/);
    }
  });

  it('leave English and Korean to their spaces', () => {
    expect(breakUnits('Upper House election')).toEqual([
      { text: 'Upper', glue: '' },
      { text: 'House', glue: ' ' },
      { text: 'election', glue: ' ' },
    ]);
    expect(breakUnits('참의원 선거').map((u) => u.text)).toEqual(['참의원', '선거']);
  });

  it('wrap a Japanese label at phrases, no line starting with a closing mark', () => {
    const label = '支持率は選挙までに四十パーセントを超える必要があります。';
    const lines = wrapText(label, 80, 10, fixed, 6);
    expect(lines.join('')).toBe(label);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) {
      expect(Array.from(line).length, line).toBeLessThanOrEqual(8);
      expect(line, line).not.toMatch(NO_START);
    }
  });
});
