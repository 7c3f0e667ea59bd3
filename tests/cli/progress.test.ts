import { describe, expect, it } from 'vitest';
import { progressLine, start, timeLeft } from '../../src/cli/progress.ts';

/** A stand-in for process.stderr that records what is written, and a clock the test moves. */
function fakeTerminal(isTTY: boolean) {
  const writes: string[] = [];
  let t = 0;
  return {
    writes,
    stream: { isTTY, columns: 100, write: (text: string) => writes.push(text) },
    now: () => t,
    advance: (ms: number) => {
      t += ms;
    },
  };
}

describe('the progress bar', () => {
  it('draws on a terminal: the count, the share and the time left from the pace so far', () => {
    const term = fakeTerminal(true);
    const bar = start(1000, 'balance: seeds', { stream: term.stream, now: term.now });
    expect(term.writes).toHaveLength(1);
    expect(term.writes[0]).toContain('0/1000 0% estimating time left');
    for (let i = 0; i < 311; i++) bar.tick();
    term.advance(5000);
    bar.tick();
    const last = term.writes[term.writes.length - 1]!;
    // 5 s for 312 seeds: 688 more take about 11 s.
    expect(last).toBe(
      `\rbalance: seeds [${'#'.repeat(9)}${'-'.repeat(21)}] 312/1000 31% about 11 s left\x1b[K`,
    );
    expect(bar.count).toBe(312);
    bar.done();
    expect(term.writes[term.writes.length - 1]).toBe('\r\x1b[K');
    const after = term.writes.length;
    bar.tick();
    bar.done();
    expect(term.writes).toHaveLength(after);
  });

  it('redraws at most once per 100 ms however fast the ticks come', () => {
    const term = fakeTerminal(true);
    const bar = start(100_000, 'sim: seeds', { stream: term.stream, now: term.now });
    for (let i = 0; i < 50_000; i++) bar.tick();
    expect(term.writes).toHaveLength(1);
    term.advance(99);
    bar.tick();
    expect(term.writes).toHaveLength(1);
    term.advance(1);
    bar.tick();
    expect(term.writes).toHaveLength(2);
    expect(term.writes[1]).toContain('50002/100000');
  });

  it('writes nothing at all when the stream is not a terminal, unless forced', () => {
    const pipe = fakeTerminal(false);
    const bar = start(10, 'seeds', { stream: pipe.stream, now: pipe.now });
    for (let i = 0; i < 10; i++) {
      pipe.advance(200);
      bar.tick();
    }
    bar.aside(() => {});
    bar.done();
    expect(pipe.writes).toEqual([]);

    const forced = fakeTerminal(false);
    const shown = start(10, 'seeds', { stream: forced.stream, now: forced.now, force: true });
    forced.advance(200);
    shown.tick();
    expect(forced.writes.join('')).toContain('1/10 10%');
  });

  it('clears itself for other output and draws again after it', () => {
    const term = fakeTerminal(true);
    const bar = start(4, 'seeds', { stream: term.stream, now: term.now });
    bar.aside(() => term.writes.push('a line of the report\n'));
    expect(term.writes.slice(1)).toEqual([
      '\r\x1b[K',
      'a line of the report\n',
      expect.stringContaining('0/4'),
    ]);
  });

  it('draws a whole line on a terminal that does not know its width', () => {
    const writes: string[] = [];
    start(10, 'seeds', { stream: { isTTY: true, columns: 0, write: (t: string) => writes.push(t) } });
    expect(writes[0]).toContain('seeds [');
    expect(writes[0]).toContain('0/10 0%');
  });

  it('words the time left and fits the width of the terminal', () => {
    expect(timeLeft(400)).toBe('less than a second left');
    expect(timeLeft(12_000)).toBe('about 12 s left');
    expect(timeLeft(185_000)).toBe('about 3 min 05 s left');
    expect(timeLeft(3_720_000)).toBe('about 1 h 02 min left');
    expect(progressLine('seeds', 1, 2, 1000, 30).length).toBeLessThan(30);
    expect(progressLine('seeds', 2, 2, 1000, 80)).toContain('2/2 100% less than a second left');
  });
});
