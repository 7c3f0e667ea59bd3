/**
 * The top entries of a V8 CPU profile (`node --cpu-prof`, or a `.cpuprofile` saved from
 * Chromium): each function's own time and its time with callees, as shares of the samples.
 *
 *   npx tsx tests/bench/profile-top.ts FILE.cpuprofile [--within NAME] [--top N]
 *
 * `--within NAME` counts only the samples with a function called NAME on the stack (for a
 * profile of whole games, `simulate`: the start-up and the loading are left out).
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  readonly id: number;
  readonly callFrame: {
    readonly functionName: string;
    readonly url: string;
    readonly lineNumber: number;
  };
  readonly children?: readonly number[];
}

interface Profile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
}

const args = process.argv.slice(2);
const file = args[0];
if (!file || file.startsWith('--')) {
  console.error('usage: tests/bench/profile-top.ts FILE.cpuprofile [--within NAME] [--top N]');
  process.exit(2);
}
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const within = option('--within');
const top = Number(option('--top') ?? 15);
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const label = (n: ProfileNode) => {
  // The file, not the line: code run through tsx reports every function on its first line.
  const where = n.callFrame.url.split('/').pop();
  return where ? `${n.callFrame.functionName || '(anonymous)'} (${where})` : n.callFrame.functionName;
};

const own = new Map<string, number>();
const total = new Map<string, number>();
let counted = 0;
for (const id of profile.samples) {
  const stack: ProfileNode[] = [];
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) stack.push(byId.get(at)!);
  if (within && !stack.some((n) => n.callFrame.functionName === within)) continue;
  counted++;
  const leaf = label(stack[0]!);
  own.set(leaf, (own.get(leaf) ?? 0) + 1);
  for (const name of new Set(stack.map(label))) total.set(name, (total.get(name) ?? 0) + 1);
}

const share = (n: number) => `${((n / counted) * 100).toFixed(1)}%`.padStart(6);
console.log(`${counted} samples${within ? ` with ${within} on the stack` : ''} of ${profile.samples.length}`);
console.log('\nOwn time');
for (const [name, n] of [...own].sort((a, b) => b[1] - a[1]).slice(0, top))
  console.log(`${share(n)}  ${name}`);
console.log('\nWith callees');
for (const [name, n] of [...total].sort((a, b) => b[1] - a[1]).slice(0, top))
  console.log(`${share(n)}  ${name}`);
