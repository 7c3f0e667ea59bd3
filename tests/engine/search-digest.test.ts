/**
 * The package search's speed-ups and its bound must not change a single game of the shipped
 * scenarios. Every seat of every scenario is played by every built-in strategy over many seeds;
 * the final `stateHash` and the scores of each game feed one digest per scenario. The expected
 * digests were computed with the search as it was before it was rewritten (the naive loop over
 * every give × ask pair, one forum at a time), so a difference here means a changed game.
 *
 * If a change to the rules or the AI is meant to change games, these digests change with it:
 * record them again from the code before that change, and say so in the commit.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DIGEST_SEEDS, gamesDigest, loadShipped, SCENARIO_DIR } from './games-digest.ts';

/**
 * Digests recorded with the search before it was rewritten, on the rules and AI of the time (the
 * second AI and the move limit), over 50 seeds: 200 took two minutes of the suite. Recorded again
 * when gifts began to ease tension (`tension/gift`, a change of the rules meant to change games).
 */
const EXPECTED: Readonly<Record<string, string>> = {
  '2001-beijing-back-channel.yaml': 'bec10831',
  '2002-road-to-pyongyang.yaml': '7d872a11',
  '2004-koizumi-second-visit.yaml': 'eb2261d4',
  '2004-six-party-third-round.yaml': '91704fb8',
  '2006-after-the-test.yaml': '58ae2d29',
  '2007-ulaanbaatar.yaml': 'e613ef68',
};

describe('the package search leaves every shipped game as it was', () => {
  const files = readdirSync(SCENARIO_DIR)
    .filter((f) => f.endsWith('.yaml'))
    .sort();
  it('covers the six shipped scenarios', () => {
    expect(files).toHaveLength(6);
  });
  for (const file of files) {
    it(`${file}: every seat, every strategy, ${DIGEST_SEEDS} seeds`, { timeout: 600_000 }, () => {
      const { digest } = gamesDigest(loadShipped(file));
      expect(digest).toBe(EXPECTED[file]);
    });
  }
});
