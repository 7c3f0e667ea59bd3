import { LIMITS } from '../../src/scenario/index.ts';

/**
 * A scenario at the format's documented limits of actors and turns (LIMITS.actors, LIMITS.turns),
 * as an author might generate one: every actor playable but the last, each giving one item the
 * next one wants, talking in a ring. Small in every other way, so what it tests is the size of
 * the table and of the game, not the package search. With `tokens`, the first delegation also
 * has that many small gifts for the second (`token_1`...), enough promises to deliver to reach
 * the engine's move limit in one turn.
 */
export function limitScenario(
  actors: number = LIMITS.actors,
  turns: number = LIMITS.turns,
  tokens = 0,
): string {
  const ids = Array.from({ length: actors }, (_, i) => `a${i + 1}`);
  const lines: string[] = [
    '# yaml-language-server: $schema=../../scenarios/schema.json',
    'schema: 1',
    'id: at_the_limits',
    'title: At the limits',
    'summary: As many delegations and turns as the format allows.',
    'place: Everywhere',
    'period: A long time',
    'sources:',
    '  - file: 000_9fd2b6bbe1dfc80f.txt',
    '    title: Analysis essay, June-July 2004',
    'turns:',
    ...Array.from({ length: turns }, (_, t) => `  - label: Turn ${t + 1}`),
    'actors:',
  ];
  ids.forEach((id, i) => {
    lines.push(
      `  - id: ${id}`,
      `    name: Delegation ${i + 1}`,
      `    playable: ${i < actors - 1}`,
      `    briefing: { situation: "Delegation ${i + 1} wants what delegation ${i + 2 > actors ? 1 : i + 2} gives." }`,
    );
  });
  lines.push('items:');
  ids.forEach((id, i) => {
    const next = ids[(i + 1) % actors] as string;
    lines.push(
      `  - id: gift_of_${id}`,
      `    name: Gift of delegation ${i + 1}`,
      `    giver: ${id}`,
      '    kind: material',
      `    value: { ${next}: 5 }`,
      '    cost: 1',
      '    cite: { addedContext: true }',
    );
  });
  for (let k = 1; k <= tokens; k++) {
    lines.push(
      `  - id: token_${k}`,
      `    name: Token ${k}`,
      '    giver: a1',
      '    kind: material',
      '    value: { a2: 1 }',
      '    cost: 0',
      '    cite: { addedContext: true }',
    );
  }
  lines.push(
    'history:',
    '  player: a1',
    '  steps: []',
    '  outcome: none',
    '  summary: Nothing happened.',
    'debrief:',
    '  whatHappened: Nothing.',
    '  reading: Nothing.',
    '',
  );
  return lines.join('\n');
}
