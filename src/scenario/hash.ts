import type { Scenario } from '../engine/index.ts';

/**
 * cyrb53: a fast 53-bit string hash. Saves carry it as the scenario's content hash, so a save made
 * against one version of a scenario file is recognised when the file has changed since.
 */
export function contentHash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const value = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return value.toString(16).padStart(14, '0');
}

/**
 * The content hash of a loaded scenario: what saves and result files carry to name the version
 * they were played on. It hashes what the loader produced, not the file's bytes, so a comment or a
 * reformatting does not make old saves look out of date; the browser's build-time catalogue and
 * the command line compute it from the same loaded object.
 */
export function scenarioHash(scenario: Scenario): string {
  return contentHash(JSON.stringify(scenario));
}
