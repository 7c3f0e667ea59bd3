import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { articleFilesIn, SOURCES_DIR } from '../../src/cli/files.ts';
import { ARTICLE_FILES } from '../../src/scenario/index.ts';

/**
 * The articles live in the repository (scenarios/sources/), unchanged, with a README that records
 * each one; and the command line refuses to check scenarios without them rather than skip citations.
 */
const readme = readFileSync(join(SOURCES_DIR, 'README.md'), 'utf8');

const sha256 = (file: string): string =>
  createHash('sha256')
    .update(readFileSync(join(SOURCES_DIR, file)))
    .digest('hex');

// That the folder holds exactly ARTICLE_FILES is tested with the browser's list (tests/sim/check.test.ts).
describe('the source articles', () => {
  it('each have a bibliographic row in the README', () => {
    for (const file of ARTICLE_FILES) {
      expect(readme, file).toMatch(
        new RegExp(`^\\| \`${file}\` \\| [^|]{20,} \\| [^|]+ \\| [^|]{100,} \\|$`, 'm'),
      );
    }
  });

  it('are unchanged: each file has the SHA-256 the README records', () => {
    for (const file of ARTICLE_FILES) {
      expect(readme, file).toContain(`| \`${file}\` | \`${sha256(file)}\` |`);
    }
  });
});

describe('the article folder, when it is not there', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'gat-sources-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('is an error, not a check without citations', () => {
    expect(() => articleFilesIn(join(scratch, 'missing'))).toThrow(/cannot be read \(ENOENT\).*citations/);
  });

  it('is an error when it holds no article', () => {
    const empty = join(scratch, 'empty');
    mkdirSync(empty);
    expect(() => articleFilesIn(empty)).toThrow(/holds no article/);
  });
});
