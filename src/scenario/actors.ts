import { z } from 'zod';
import { CONCESSION_STYLES, RED_LINE_KINDS, STANCES } from '../engine/index.ts';
import {
  CitationSchema,
  id,
  LIMITS,
  list,
  name,
  percent,
  RANGES,
  ranged,
  ref,
  text,
  tier,
  turn,
  unit,
} from './primitives.ts';

/** How an actor's AI plays: the engine's list, re-exported for the schema's users. */
export { STANCES };

export const RedLineSchema = z
  .strictObject({
    kind: z
      .enum(RED_LINE_KINDS)
      .describe(
        '`require`: no deal without this item from the other side. `refuse`: this actor never gives it.',
      ),
    item: ref('The item the line is about, by id.'),
    minTier: tier('For `require`: the least of the item that will do, more than 0 and at most 1.').default(1),
    text: text('The line in words, as the leader would say it.'),
    cite: CitationSchema,
  })
  .meta({ id: 'RedLine', description: 'A line a leader will not cross.' });

export const LeaderSchema = z
  .strictObject({
    name: name("The leader's name, as shown to players."),
    redLines: list(RedLineSchema, 20).default([]).describe('Lines this leader will not cross.'),
    style: z
      .enum(CONCESSION_STYLES)
      .default('linear')
      .describe(
        'How fast the leader lowers demands: `boulware` (late), `linear` (steady), `conceder` (early) or `hardliner` (never).',
      ),
    approval: percent(
      'Approval the leader starts with on taking over, 0 to 100 (only for actors with a public).',
    ).exactOptional(),
  })
  .meta({ id: 'Leader', description: 'Who leads an actor, with which red lines and negotiating style.' });

export const ElectionSchema = z
  .strictObject({
    turn: turn('The turn the election falls on.'),
    name: name('What the election is called ("Upper House election").'),
    threshold: percent('Approval below this at the election removes the leader, 0 to 100.'),
    cite: CitationSchema,
  })
  .meta({ id: 'Election', description: 'A vote that can remove a leader whose approval is too low.' });

export const PublicSchema = z
  .strictObject({
    approval: percent('Approval of the leader at the start, 0 to 100.'),
    base: percent(
      'Where approval drifts back to when nothing happens, 0 to 100. Default: the starting approval.',
    ).exactOptional(),
    elections: list(ElectionSchema, 20).default([]).describe('Elections during the game.'),
  })
  .meta({ id: 'Public', description: 'The domestic public whose approval keeps a leader in office.' });

const PersonSchema = z
  .strictObject({
    name: name("The person's name."),
    role: text('Who they are, in a few words.'),
    cite: CitationSchema,
  })
  .meta({ id: 'Person', description: 'Someone the players meet in the briefing.' });

export const BriefingSchema = z
  .strictObject({
    situation: text('The situation as this delegation sees it at the start.'),
    goals: list(text('A goal.')).default([]).describe('What this delegation wants, one line each.'),
    constraints: list(text('A constraint.'))
      .default([])
      .describe('What holds this delegation back, one line each.'),
    advisors: list(text('A piece of advice.')).default([]).describe('What its advisors say, one line each.'),
    people: list(PersonSchema, 40).default([]).describe('People worth knowing about.'),
  })
  .meta({ id: 'Briefing', description: 'What a player reads before playing this delegation.' });

const LockSchema = z
  .strictObject({
    event: ref(
      'The event that frees the actor, by id. Leave it out when nothing frees it during the scenario (an election after its end).',
    ).exactOptional(),
    reason: text('Why the actor waits, in words ("no new policy before our election").'),
    cap: ranged(
      'While locked, the most the actor may give in one move, as what its lines cost the actor\'s leadership (cost × tier, summed). Leave it out for nothing at all. Small offers allowed, significant ones not: Washington "offered too little" before its election.',
      [0, RANGES.valuePoints[1]],
    ).exactOptional(),
    cite: CitationSchema,
  })
  .meta({
    id: 'Lock',
    description:
      'Holds an actor back from conceding anything (or anything beyond a small `cap`) until an event fires.',
  });

export const ActorSchema = z
  .strictObject({
    id: id('A short lower-case id for this actor, used everywhere else in the file ("japan").'),
    name: name('The name shown to players ("Japan").'),
    capital: name('The short name used in sentences ("Tokyo"). Default: the name.').exactOptional(),
    playable: z.boolean().default(false).describe('True if a player may take this delegation.'),
    background: z
      .boolean()
      .default(false)
      .describe('True for actors that never move; they appear as patrons, in events and in forums.'),
    leader: LeaderSchema.exactOptional().describe(
      'Who leads it, with red lines and concession style. Default: a leader named after the actor, linear style, no red lines (fine for background actors).',
    ),
    successors: list(LeaderSchema, 10)
      .default([])
      .describe('Leaders who take over, in order, if the current one falls.'),
    public: PublicSchema.exactOptional(),
    agility: unit('How well this actor steps aside from pressure by turning to its patrons, 0 to 1.').default(
      0.2,
    ),
    patrons: list(ref('A patron, by actor id.'), LIMITS.actors)
      .default([])
      .describe('Actors this one can turn to when pressed.'),
    patronGenerosity: unit('How much the patrons give when this actor turns to them, 0 to 1.').default(0.5),
    lockedUntil: LockSchema.exactOptional().describe(
      'Holds this actor back from conceding anything until an event fires ("no new policy before our election").',
    ),
    stance: z
      .enum(STANCES)
      .default('engage')
      .describe(
        "How its AI plays. `engage`: offers the fairest package it believes the other side would take, else waits. `demand`: talks only in multilateral forums and tables lowball offers when nothing fair suits it. `pressure`: lines up the target's patrons, presses, escalates, demands. `mediate`: answers offers but starts none.",
      ),
    briefing: BriefingSchema,
  })
  .meta({ id: 'Actor', description: 'A government or other party in the negotiation.' });
