/** The command line's progress line (src/cli/progress.ts): drawn only on a terminal. */
import { describe, expect, it } from 'vitest';
import { createProgress, timeLeft } from '../../src/cli/check-progress.ts';

function stream(isTTY: boolean) {
  const written: string[] = [];
  return { isTTY, written, write: (text: string) => written.push(text) };
}

describe('createProgress', () => {
  it('writes nothing at all when the stream is not a terminal', () => {
    const out = stream(false);
    const progress = createProgress(out, () => 0);
    progress.start(10, 'games');
    progress.tick();
    progress.done();
    expect(out.written).toEqual([]);
  });

  it('redraws one line in place on a terminal, with the time left, and clears it when done', () => {
    const out = stream(true);
    let now = 1_000;
    const progress = createProgress(out, () => now);
    progress.start(4, 'f.yaml: test games');
    now += 3_000;
    progress.tick();
    now += 180_000;
    progress.tick(2);
    progress.tick(5);
    progress.done();
    expect(out.written).toEqual([
      '\r\x1b[2Kf.yaml: test games  0/4  0%',
      '\r\x1b[2Kf.yaml: test games  1/4  25%  about 9 s left',
      '\r\x1b[2Kf.yaml: test games  3/4  75%  about 1 min left',
      '\r\x1b[2Kf.yaml: test games  4/4  100%',
      '\r\x1b[2K',
    ]);
  });
});

describe('timeLeft', () => {
  it('estimates from the time per step so far', () => {
    expect(timeLeft(0, 0, 10)).toBe('');
    expect(timeLeft(1_000, 1, 11)).toBe('about 10 s left');
    expect(timeLeft(60_000, 1, 4)).toBe('about 3 min left');
    expect(timeLeft(3_600_000, 1, 3)).toBe('about 2 h 0 min left');
    expect(timeLeft(5_000, 10, 10)).toBe('');
  });
});
