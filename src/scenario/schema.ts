import { z } from 'zod';
import { ITEM_KINDS, MEASURES } from '../engine/index.ts';
import { ActionSchema } from './actions.ts';
import { ActorSchema } from './actors.ts';
import { ConditionSchema, EffectSchema } from './conditions.ts';
import { SCHEMA_VERSION } from './migrate.ts';
import { ParamsSchema } from './params.ts';
import {
  address,
  articleText,
  CitationSchema,
  fileName,
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

/** A number of value points, within the format's range for them. */
const points = (description: string) => ranged(description, RANGES.valuePoints);

export const SourceSchema = z
  .strictObject({
    file: fileName(
      'The article\'s file name: a text file beside the scenario (or in a `sources` folder beside it), or one of the five shipped articles ("000_9fd2b6bbe1dfc80f.txt"). Citations name it.',
    ),
    title: text('What the article is, for the reader ("Analysis essay, June-July 2004").'),
    outlet: name('Who published it ("Asahi Shimbun", "Voice of America").').exactOptional(),
    date: name('When it was published, as a reader writes it ("18 December 2002").').exactOptional(),
    address: address('Where a reader can find it ("https://...").').exactOptional(),
    text: articleText(
      "The article's words, when they are not in a file beside the scenario. Quotes are checked against them.",
    ).exactOptional(),
  })
  .meta({
    id: 'Source',
    description:
      'An article the scenario is built from. Its text is a file beside the scenario, a shipped article, or `text`; every quote that cites it is checked word for word.',
  });

export const TurnSchema = z
  .strictObject({
    label: name('A date a student can read ("Late May 2004").'),
    note: text('What is scheduled this turn, for the timeline.').exactOptional(),
  })
  .meta({ id: 'Turn', description: 'One turn of play.' });

export const RelationSchema = z
  .strictObject({
    from: ref('Whose view this is, by actor id.'),
    to: ref('Of whom, by actor id.'),
    expectation: points('What `from` expects to gain from a deal with `to`, in value points.').default(2),
    reservation: points(
      'The least `from` will take from a deal with `to` before walking away, in value points.',
    ).default(0),
    trust: unit('How far `from` trusts `to`, 0 to 1.').default(0.5),
  })
  .meta({
    id: 'Relation',
    description: 'How one actor sees another at the start. Pairs not listed start at 2, 0 and 0.5.',
  });

const byActor = (description: string) =>
  z.record(ref('An actor, by id.'), points('Value points.')).describe(description);

export const ItemSchema = z
  .strictObject({
    id: id('A short lower-case id for this item ("rice_aid").'),
    name: name('The name shown to players ("Rice aid").'),
    giver: ref('The actor who can give it, by id.'),
    kind: z.enum(ITEM_KINDS).describe('What sort of thing it is; symbolic items lose value when repeated.'),
    tiers: list(tier('A tier.'), 10)
      .min(1)
      .default([1])
      .describe('How much of it may be offered, as shares from more than 0 to 1, smallest first.'),
    value: byActor("What it is worth to each receiver's leadership, in value points at tier 1.").default({}),
    cost: points("What giving it costs the giver's leadership, in value points at tier 1.").default(0),
    publicCost: points(
      "How the giver's public takes giving it away, in value points at tier 1. Default: `cost`.",
    ).exactOptional(),
    salience: byActor(
      "How much each receiver's public cares about getting it, at tier 1. Default: `value`.",
    ).exactOptional(),
    progress: z
      .record(ref('An issue, by id.'), ranged('Progress.', RANGES.progress))
      .default({})
      .describe('Progress on issues when it is delivered at tier 1, by issue id.'),
    forums: list(ref('A forum, by id.'), LIMITS.forums)
      .describe('If given, it may only be offered or asked for inside these forums.')
      .exactOptional(),
    repeatable: z
      .boolean()
      .describe(
        'Whether it can be given again after delivery. Default: yes for material and symbolic items, no for the other kinds.',
      )
      .exactOptional(),
    description: text('What it is, for the player.').default(''),
    cite: CitationSchema,
  })
  .meta({ id: 'Item', description: 'Something one actor can give another.' });

export const IssueSchema = z
  .strictObject({
    id: id('A short lower-case id for this issue ("abductions").'),
    name: name('The name shown to players.'),
    description: text('What the issue is about.'),
    cite: CitationSchema,
  })
  .meta({ id: 'Issue', description: 'A question the negotiation can make progress on.' });

export const ForumSchema = z
  .strictObject({
    id: id('A short lower-case id for this forum ("six_party").'),
    name: name('The name shown to players ("Six Party Talks").'),
    members: list(ref('A member, by actor id.'), LIMITS.actors).min(1).describe('Who sits in it.'),
    sessions: list(turn('A turn.'), LIMITS.turns)
      .default([])
      .describe('The turns it sits; leave empty for every turn.'),
    cite: CitationSchema,
  })
  .meta({ id: 'Forum', description: 'A place of talks with several members.' });

export const EventSchema = z
  .strictObject({
    id: id('A short lower-case id for this event.'),
    headline: name('The headline shown when it happens.'),
    text: text('What happened, for the player.'),
    turn: turn('Fires at the start of this turn.').exactOptional(),
    when: ConditionSchema.exactOptional(),
    chance: unit('Chance per turn, 0 to 1, between `from` and `to`.').exactOptional(),
    from: turn('The first turn it may fire.').default(1),
    to: turn('The last turn it may fire. Default: the last turn.').exactOptional(),
    effects: list(EffectSchema, 40).default([]).describe('What it does when it fires.'),
    cite: CitationSchema,
  })
  .meta({
    id: 'Event',
    description: 'Something that happens: on a set turn, when a condition holds, or by chance.',
  });

export const ObjectiveSchema = z
  .strictObject({
    id: id('A short lower-case id, unique for this actor.'),
    text: text('The objective in words, for the player.'),
    measure: z.enum(MEASURES).describe('What is measured at the end.'),
    issue: ref('For `progress`: the issue, by id.').exactOptional(),
    of: ref('For `expectation` and `trust`: the other actor, whose view of this one counts.').exactOptional(),
    zero: ranged('The measure at which the objective scores nothing.', RANGES.measure),
    full: ranged(
      'The measure at which it scores all its points (below `zero` when less is better).',
      RANGES.measure,
    ),
    points: ranged('Points it is worth.', RANGES.points),
  })
  .meta({ id: 'Objective', description: 'Scores a measure linearly between `zero` and `full`.' });

export const OutcomeSchema = z
  .strictObject({
    id: id('A short lower-case id for this outcome.'),
    title: name('The title shown at the end.'),
    text: text('What it means, for the player.'),
    when: ConditionSchema,
    bestFor: list(ref('A delegation, by actor id.'), 50)
      .exactOptional()
      .describe(
        'Delegations for which this is the best ending (for balance reports). A delegation named nowhere counts the first outcome as its best.',
      ),
  })
  .meta({ id: 'Outcome', description: 'A named ending; the first whose condition holds is the result.' });

export const HistoryStepSchema = z
  .strictObject({
    turn: turn('The turn.'),
    actor: ref('The delegation that moved, by actor id.'),
    actions: list(ActionSchema, 40).describe('What it did, in order.'),
    note: text('What happened, in words.'),
    cite: CitationSchema,
  })
  .meta({ id: 'HistoryStep', description: 'What a delegation did on a turn in history.' });

export const HistorySchema = z
  .strictObject({
    player: ref('The delegation the comparison is made for, by actor id.'),
    steps: list(HistoryStepSchema, LIMITS.steps).describe('The historical moves, turn by turn.'),
    outcome: text('The id of the outcome history reached.'),
    summary: text('What happened, in a paragraph.'),
  })
  .meta({ id: 'History', description: 'What really happened, in moves, for comparison with the game.' });

export const LessonSchema = z
  .strictObject({
    title: name('The lesson in a few words.'),
    text: text('The lesson explained.'),
    cite: CitationSchema,
  })
  .meta({ id: 'Lesson', description: 'A point to take away.' });

export const DebriefSchema = z
  .strictObject({
    whatHappened: text('What happened in history.'),
    reading: text('How the articles read it.'),
    lessons: list(LessonSchema, 40).default([]).describe('Points to take away.'),
  })
  .meta({ id: 'Debrief', description: 'What students read after playing.' });

/** A scenario file, as written: fields left out are filled with their defaults by the loader. */
export const ScenarioSchema = z
  .strictObject({
    schema: z
      .literal(SCHEMA_VERSION)
      .describe(`The version of this format; write \`schema: ${SCHEMA_VERSION}\`.`),
    id: id('A short lower-case id for the scenario ("pyongyang_2004").'),
    title: name('The title shown to players.'),
    summary: text('What the scenario is about, in a paragraph.'),
    place: name('Where it is set.'),
    period: name('When it is set ("May-July 2004").'),
    sources: list(SourceSchema, LIMITS.sources).min(1).describe('The articles the scenario is built from.'),
    turns: list(TurnSchema, LIMITS.turns).min(1).describe('The turns of play, in order.'),
    fewestTurns: turn(
      'The fewest turns a teacher may cut a game to, for a shorter lesson: the first ones are played. Leave out to play every turn always.',
    ).exactOptional(),
    actors: list(ActorSchema, LIMITS.actors).min(2).describe('The parties, in order.'),
    order: list(ref('An actor, by id.'), LIMITS.actors)
      .min(1)
      .describe('The order delegations move in. Default: every actor that is not background, in file order.')
      .exactOptional(),
    relations: list(RelationSchema, LIMITS.actors * LIMITS.actors)
      .default([])
      .describe('How actors see each other at the start; unlisted pairs get the defaults.'),
    tension: percent(
      'Tension at the start, 0 to 100. Default: `params.tensionBase` (30 unless changed).',
    ).exactOptional(),
    spread: ranged(
      'How much hidden starting values vary between games, in value points either way.',
      RANGES.spread,
    ).default(2),
    items: list(ItemSchema, LIMITS.items).min(1).describe('What can be given and asked for.'),
    issues: list(IssueSchema, LIMITS.issues).default([]).describe('What the talks can make progress on.'),
    forums: list(ForumSchema, LIMITS.forums).default([]).describe('Places of talks with several members.'),
    events: list(EventSchema, LIMITS.events).default([]).describe('Things that happen during the game.'),
    objectives: z
      .record(ref('An actor, by id.'), list(ObjectiveSchema, 20))
      .default({})
      .describe('What each actor is scored on, by actor id.'),
    outcomes: list(OutcomeSchema, 50).default([]).describe('Named endings, checked in order.'),
    history: HistorySchema,
    debrief: DebriefSchema,
    params: ParamsSchema.exactOptional(),
  })
  .meta({
    title: 'Give and Take scenario',
    description: 'A scenario for the Give and Take negotiation game. See docs/scenario-format.md.',
  });

/** The validated file, before defaults that depend on other fields are filled in. */
export type ScenarioInput = z.output<typeof ScenarioSchema>;
