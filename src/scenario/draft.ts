import type { z } from 'zod';
import type { ActorSchema } from './actors.ts';
import type { RawDocument } from './migrate.ts';
import {
  EventSchema,
  ForumSchema,
  HistoryStepSchema,
  IssueSchema,
  ItemSchema,
  LessonSchema,
  ObjectiveSchema,
  OutcomeSchema,
  RelationSchema,
  type ScenarioInput,
  ScenarioSchema,
  SourceSchema,
} from './schema.ts';

/** A list whose entries that failed the schema are left as holes, keeping every index. */
export type Holey<T> = readonly (T | undefined)[];

type Out<S extends z.ZodType> = z.output<S>;

/**
 * What the checks across the file work on: every entry that passed the schema, at its index. When
 * the whole file is valid this is the file itself; otherwise the checks still run on the good parts,
 * so one pass reports every problem.
 */
export interface Draft {
  readonly sources: Holey<Out<typeof SourceSchema>>;
  /** Every file named under `sources`, read leniently so a broken entry still counts as listed. */
  readonly sourceFiles: ReadonlySet<string>;
  readonly turnCount: number | undefined;
  readonly actors: Holey<Out<typeof ActorSchema>>;
  readonly order: readonly unknown[] | undefined;
  readonly relations: Holey<Out<typeof RelationSchema>>;
  readonly items: Holey<Out<typeof ItemSchema>>;
  readonly issues: Holey<Out<typeof IssueSchema>>;
  readonly forums: Holey<Out<typeof ForumSchema>>;
  readonly events: Holey<Out<typeof EventSchema>>;
  readonly objectives: ReadonlyMap<string, Holey<Out<typeof ObjectiveSchema>>>;
  readonly outcomes: Holey<Out<typeof OutcomeSchema>>;
  readonly history: {
    readonly player: unknown;
    readonly outcome: unknown;
    readonly steps: Holey<Out<typeof HistoryStepSchema>>;
  };
  readonly lessons: Holey<Out<typeof LessonSchema>>;
}

/** The draft of a fully valid file. */
export function draftOf(input: ScenarioInput): Draft {
  return {
    sources: input.sources,
    sourceFiles: new Set(input.sources.map((source) => source.file)),
    turnCount: input.turns.length,
    actors: input.actors,
    order: input.order,
    relations: input.relations,
    items: input.items,
    issues: input.issues,
    forums: input.forums,
    events: input.events,
    objectives: new Map(Object.entries(input.objectives)),
    outcomes: input.outcomes,
    history: input.history,
    lessons: input.debrief.lessons,
  };
}

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null && Object.hasOwn(value, key)
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

function each<S extends z.ZodType>(value: unknown, schema: S): Holey<Out<S>> {
  if (!Array.isArray(value)) return [];
  return value.map((entry: unknown) => {
    const parsed = schema.safeParse(entry);
    return parsed.success ? parsed.data : undefined;
  });
}

/** The draft of a file that failed the schema: each entry is checked on its own. */
export function salvage(doc: RawDocument): Draft {
  const shape = ScenarioSchema.shape;
  const at = (key: string): unknown => field(doc, key);
  const objectives = new Map<string, Holey<Out<typeof ObjectiveSchema>>>();
  const rawObjectives = at('objectives');
  if (typeof rawObjectives === 'object' && rawObjectives !== null && !Array.isArray(rawObjectives)) {
    for (const [actor, list] of Object.entries(rawObjectives))
      objectives.set(actor, each(list, ObjectiveSchema));
  }
  const turns = at('turns');
  const order = at('order');
  const history = at('history');
  const sources = at('sources');
  const sourceFiles = new Set<string>();
  if (Array.isArray(sources)) {
    for (const source of sources) {
      const file = field(source, 'file');
      if (typeof file === 'string') sourceFiles.add(file);
    }
  }
  return {
    sources: each(sources, SourceSchema),
    sourceFiles,
    turnCount: Array.isArray(turns) ? turns.length : undefined,
    actors: each(at('actors'), shape.actors.element),
    order: Array.isArray(order) ? order : undefined,
    relations: each(at('relations'), RelationSchema),
    items: each(at('items'), ItemSchema),
    issues: each(at('issues'), IssueSchema),
    forums: each(at('forums'), ForumSchema),
    events: each(at('events'), EventSchema),
    objectives,
    outcomes: each(at('outcomes'), OutcomeSchema),
    history: {
      player: field(history, 'player'),
      outcome: field(history, 'outcome'),
      steps: each(field(history, 'steps'), HistoryStepSchema),
    },
    lessons: each(field(at('debrief'), 'lessons'), LessonSchema),
  };
}
