import { LIMITS } from '../../src/scenario/index.ts';

/** What a limit file has besides its actors and turns: by default one item each, no forums. */
export interface LimitShape {
  /** Items in all, handed out in turn to the givers (at least one each). */
  readonly items?: number;
  /** Tiers of every item, up to the schema's 10. */
  readonly tiers?: number;
  /** Forums, each with every actor as a member, sitting every turn. */
  readonly forums?: number;
  /** Only the first this many actors give items (default: all). */
  readonly givers?: number;
  /** Issues, each advanced by the items in turn. */
  readonly issues?: number;
  /** Events, each a small chance per turn of a change of tension. */
  readonly events?: number;
  /**
   * Small gifts of the first delegation for the second (`token_1`...): enough promises to
   * deliver to reach the engine's move limit in one turn.
   */
  readonly tokens?: number;
  /**
   * Objectives of every actor: the first scores what it received (movable by any deal), the
   * second a tension below 0 (never reached, so the audit never stops early), the rest the
   * progress of the issues in turn when there are issues, else what it gave.
   */
  readonly objectives?: number;
  /**
   * Outcomes, checked in order: the first needs tension above 100 (never: the talks collapse at
   * 100), the others hold once the first delegations' gifts are delivered, the last always.
   */
  readonly outcomes?: number;
  /**
   * Each gift is also worth something to the delegation before its giver in the ring, so each
   * neighbour has something the other wants and a deal can be struck (the checker finds a zone
   * of agreement for every seat, so the file can be played).
   */
  readonly mutual?: boolean;
}

/**
 * A scenario at the format's documented limits of actors and turns (LIMITS.actors, LIMITS.turns),
 * as an author might generate one: every actor playable but the last, each giving one item the
 * next one wants, talking in a ring. Small in every other way, so what it tests is the size of
 * the table and of the game, not the package search; `shape` adds items, tiers and forums up to
 * their limits too (LIMITS.items, LIMITS.forums, LIMITS.issues, LIMITS.events), for the search:
 * item k of a giver may be tabled in forum k (modulo the forums) only, every third item anywhere.
 */
export function limitScenario(
  actors: number = LIMITS.actors,
  turns: number = LIMITS.turns,
  shape: LimitShape = {},
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
  const forums = Array.from({ length: shape.forums ?? 0 }, (_, f) => `forum_${f + 1}`);
  if (forums.length > 0) {
    lines.push('forums:');
    forums.forEach((forum, f) => {
      lines.push(
        `  - id: ${forum}`,
        `    name: Forum ${f + 1}`,
        `    members: [${ids.join(', ')}]`,
        '    cite: { addedContext: true }',
      );
    });
  }
  const issues = Array.from({ length: shape.issues ?? 0 }, (_, i) => `issue_${i + 1}`);
  if (issues.length > 0) {
    lines.push('issues:');
    issues.forEach((issue, i) => {
      lines.push(
        `  - id: ${issue}`,
        `    name: Issue ${i + 1}`,
        `    description: Question ${i + 1}.`,
        '    cite: { addedContext: true }',
      );
    });
  }
  const givers = Math.min(actors, shape.givers ?? actors);
  const items = Math.max(givers, shape.items ?? givers);
  const tiers = Array.from({ length: shape.tiers ?? 1 }, (_, t) => (t + 1) / (shape.tiers ?? 1));
  lines.push('items:');
  for (let k = 0; k < items; k++) {
    const i = k % givers;
    const id = ids[i] as string;
    const round = Math.floor(k / givers);
    const next = ids[(i + 1) % actors] as string;
    const before = ids[(i + actors - 1) % actors] as string;
    const worth = `${next}: ${5 + (round % 4)}${shape.mutual && before !== next ? `, ${before}: ${4 + (round % 3)}` : ''}`;
    const forum = forums.length > 0 && round % 3 !== 2 ? forums[round % forums.length] : undefined;
    lines.push(
      `  - id: ${round === 0 ? `gift_of_${id}` : `gift_${round + 1}_of_${id}`}`,
      `    name: ${round === 0 ? `Gift of delegation ${i + 1}` : `Gift ${round + 1} of delegation ${i + 1}`}`,
      `    giver: ${id}`,
      '    kind: material',
      `    value: { ${worth} }`,
      `    cost: ${1 + (round % 3)}`,
      ...(tiers.length > 1 ? [`    tiers: [${tiers.join(', ')}]`] : []),
      ...(forum ? [`    forums: [${forum}]`] : []),
      ...(issues.length > 0 ? [`    progress: { ${issues[k % issues.length]}: 10 }`] : []),
      '    cite: { addedContext: true }',
    );
  }
  for (let k = 1; k <= (shape.tokens ?? 0); k++) {
    lines.push(
      `  - id: token_${k}`,
      `    name: Token ${k}`,
      '    giver: a1',
      '    kind: material',
      `    value: { ${ids[1] ?? ids[0]}: 1 }`,
      '    cost: 0',
      '    cite: { addedContext: true }',
    );
  }
  if ((shape.events ?? 0) > 0) {
    lines.push('events:');
    for (let e = 0; e < (shape.events ?? 0); e++) {
      lines.push(
        `  - id: event_${e + 1}`,
        `    headline: Event ${e + 1}`,
        `    text: Something happens (${e + 1}).`,
        '    chance: 0.01',
        `    effects: [{ kind: tension, delta: ${e % 2 === 0 ? 1 : -1} }]`,
        '    cite: { addedContext: true }',
      );
    }
  }
  const perActor = shape.objectives ?? 0;
  if (perActor > 0) {
    lines.push('objectives:');
    for (const id of ids) {
      lines.push(`  ${id}:`);
      for (let o = 0; o < perActor; o++) {
        const issue = issues[o % Math.max(1, issues.length)];
        const [measure, extra, zero, full] =
          o === 0
            ? ['received', '', 0, 10]
            : o === 1
              ? ['tension', '', 0, -1]
              : issue !== undefined
                ? ['progress', `, issue: ${issue}`, 0, 50]
                : ['given', '', 0, 10];
        // Points that add up to 100, as the checker asks of a delegation's objectives.
        const share = Math.floor(100 / perActor);
        const points = o === perActor - 1 ? 100 - share * (perActor - 1) : share;
        lines.push(
          `    - { id: objective_${o + 1}, text: Objective ${o + 1}., measure: ${measure}${extra}, zero: ${zero}, full: ${full}, points: ${points} }`,
        );
      }
    }
  }
  const outcomes = shape.outcomes ?? 0;
  if (outcomes > 0) {
    lines.push('outcomes:');
    for (let o = 0; o < outcomes; o++) {
      const when =
        o === 0
          ? '{ tensionAbove: 100 }'
          : o === outcomes - 1
            ? '{}'
            : `{ delivered: gift_of_${ids[(o - 1) % actors]} }`;
      lines.push(
        `  - { id: outcome_${o + 1}, title: Outcome ${o + 1}, text: Ending ${o + 1}., when: ${when} }`,
      );
    }
  }
  lines.push(
    'history:',
    '  player: a1',
    '  steps: []',
    `  outcome: ${outcomes > 0 ? `outcome_${outcomes}` : 'none'}`,
    '  summary: Nothing happened.',
    'debrief:',
    '  whatHappened: Nothing.',
    '  reading: Nothing.',
    '',
  );
  return lines.join('\n');
}
