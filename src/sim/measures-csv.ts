import { type ActorId, actorOf, type GameState, relationKey, type Scenario } from '../engine/index.ts';

/**
 * A finished game's measures turn by turn, as CSV for a gradebook or a spreadsheet: one row per
 * turn closed (tension, each public's approval, each issue's progress, and how each delegation
 * at the table and the player see each other), from the measures the engine records as each turn
 * closes. Numbers are written as numbers; every text cell is quoted and neutralised against
 * formula injection, since names and turn labels come from scenario files anyone can write.
 */
export function measuresCsv(scenario: Scenario, state: GameState, player: ActorId): string {
  const table = scenario.actors.filter((a) => !a.background);
  const withPublic = scenario.actors.filter((a) => a.public !== undefined);
  const others = table.filter((a) => a.id !== player);
  const you = actorOf(scenario, player).name;
  const header: string[] = [
    'Turn',
    'Turn label',
    'Tension',
    ...withPublic.map((a) => `${a.name}: public approval`),
    ...scenario.issues.map((i) => `Progress: ${i.name}`),
    ...others.flatMap((o) => [
      `${o.name}: expectation of ${you}`,
      `${o.name}: trust in ${you}`,
      `${you}: expectation of ${o.name}`,
      `${you}: trust in ${o.name}`,
    ]),
  ];
  const rows: (string | number)[][] = [header];
  for (const entry of state.log) {
    const m = entry.closing;
    if (!m) continue;
    const relation = (from: ActorId, to: ActorId) => m.relations[relationKey(from, to)];
    rows.push([
      entry.turn,
      scenario.turns[entry.turn - 1]?.label ?? '',
      m.tension,
      ...withPublic.map((a) => m.approval[a.id] ?? ''),
      ...scenario.issues.map((i) => m.progress[i.id] ?? 0),
      ...others.flatMap((o) => [
        relation(o.id, player)?.expectation ?? '',
        relation(o.id, player)?.trust ?? '',
        relation(player, o.id)?.expectation ?? '',
        relation(player, o.id)?.trust ?? '',
      ]),
    ]);
  }
  return `${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/**
 * What a spreadsheet would read as the start of a formula (OWASP's list: `=`, `+`, `-`, `@`, a
 * tab, a carriage return), also after leading spaces, which some spreadsheets skip.
 */
const FORMULA_START = /^[\s]*[=+\-@\t\r]/;

/**
 * One cell: numbers as they are; text quoted (doubling its quotes), with an apostrophe before
 * anything a spreadsheet would run as a formula.
 */
export function csvCell(value: string | number): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return `"${safe.replaceAll('"', '""')}"`;
}
