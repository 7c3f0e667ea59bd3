/** The pieces of `npm run scenario:new` that tests call directly: names, ids and the file's text. */
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ID_PATTERN } from '../scenario/index.ts';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** The starting file; it is a scenario itself, so a test checks and plays it as it stands. */
export const TEMPLATE = join(ROOT, 'scenarios/template/scenario.yaml');
const SCHEMA = join(ROOT, 'scenarios/schema.json');

/** A file name: lower-case letters, digits, `-` and `_`, as the shipped scenarios are named. */
const NAME = /^[a-z0-9][a-z0-9_-]{0,63}$/;

/**
 * The scenario id for a file name, or null when the name cannot be one. Ids must start with a
 * letter, and shipped files start with the year (`2004-koizumi-second-visit`), so a leading
 * number moves to the end: `2007-ulaanbaatar` gets the id `ulaanbaatar-2007`.
 */
export function scenarioIdFor(name: string): string | null {
  if (!NAME.test(name)) return null;
  if (ID_PATTERN.test(name)) return name;
  const year = /^(\d+)[-_](.+)$/.exec(name);
  const id = year ? `${year[2]}-${year[1]}` : '';
  return ID_PATTERN.test(id) ? id : null;
}

/** `path` as a forward-slash path relative to `from`, starting with `./` or `../`. */
function relativeLink(from: string, to: string): string {
  const link = relative(from, to).split(sep).join('/');
  return link.startsWith('.') ? link : `./${link}`;
}

/**
 * The template made right for where it is written: the schema line points from there to
 * scenarios/schema.json, the id is the new one, and the commands in its header name the file.
 */
export function renderNewScenario(template: string, id: string, path: string): string {
  const lines = template.split('\n');
  lines[0] = `# yaml-language-server: $schema=${relativeLink(dirname(path), SCHEMA)}`;
  const shown = relative(ROOT, path).split(sep).join('/');
  return lines
    .join('\n')
    .replace(/^id: my-scenario( *)#/m, (_all, space: string) => {
      // Keep the comment in its column when the id fits.
      const pad = Math.max(1, space.length + 'my-scenario'.length - id.length);
      return `id: ${id}${' '.repeat(pad)}#`;
    })
    .replaceAll('scenarios/THIS-FILE.yaml', shown);
}

/**
 * What to run next, printed after the file is written. `inScenarios`: the file is in scenarios/,
 * where the game finds it by itself; elsewhere it is opened from the title screen.
 */
export function nextSteps(shown: string, id: string, name: string, inScenarios: boolean): string {
  return [
    `wrote ${shown} (scenario id: ${id})`,
    '',
    'Next:',
    `  npm run scenario:check -- ${shown}`,
    '      check it: every problem with its line and a hint (it passes as written)',
    `  npm run sim -- ${shown}`,
    '      play it once and read the story, turn by turn',
    `  npm run balance -- ${shown} --runs 200 --out reports/${name}.md`,
    '      every built-in strategy from every playable seat: a table and a chart',
    '  npm run dev',
    inScenarios
      ? '      open the address it prints: the scenario is on the title screen'
      : '      open the address it prints, and load the file with "Open a scenario file"',
    '',
    'Then make it your own: docs/authoring.md walks through it step by step.',
    '',
  ].join('\n');
}
