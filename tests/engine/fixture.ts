import type { Actor, Item, Parameters, Scenario } from '../../src/engine/index.ts';
import { DEFAULT_PARAMETERS } from '../../src/engine/index.ts';

/**
 * A small Japan-DPRK table built in code, so that each claim test can change one thing (a red
 * line, a lock, the patrons) and see what follows. Numbers follow the 2004 reading of 000.
 */
const cite = { source: '000_9fd2b6bbe1dfc80f.txt' };

const briefing = { situation: 'Test.', goals: [], constraints: [], advisors: [], people: [] };

function actor(partial: Partial<Actor> & Pick<Actor, 'id' | 'name' | 'capital'>): Actor {
  return {
    playable: true,
    background: false,
    leader: { name: `${partial.name} leader`, redLines: [], style: 'linear' },
    successors: [],
    agility: 0.2,
    patrons: [],
    patronGenerosity: 0.5,
    stance: 'engage',
    briefing,
    ...partial,
  };
}

function item(partial: Partial<Item> & Pick<Item, 'id' | 'giver' | 'kind'>): Item {
  return {
    name: partial.id,
    tiers: [1],
    value: {},
    cost: 0,
    publicCost: partial.cost ?? 0,
    salience: partial.value ?? {},
    progress: {},
    description: '',
    cite,
    ...partial,
  };
}

export interface FixtureOptions {
  readonly params?: Partial<Parameters>;
  readonly actors?: Partial<Record<'japan' | 'north_korea' | 'usa', Partial<Actor>>>;
  readonly turns?: number;
  readonly election?: { turn: number; threshold: number } | null;
  /** Overrides of A's view of B, keyed `from>to`. */
  readonly relations?: Readonly<
    Record<string, { expectation?: number; reservation?: number; trust?: number }>
  >;
  readonly order?: readonly string[];
  readonly events?: Scenario['events'];
  readonly spread?: number;
}

export function fixture(options: FixtureOptions = {}): Scenario {
  const turns = options.turns ?? 8;
  const election = options.election === undefined ? { turn: 6, threshold: 45 } : options.election;
  const japan = actor({
    id: 'japan',
    name: 'Japan',
    capital: 'Tokyo',
    public: {
      approval: 55,
      base: 50,
      elections: election ? [{ ...election, name: 'Upper House election', cite }] : [],
    },
    ...options.actors?.japan,
  });
  const northKorea = actor({
    id: 'north_korea',
    name: 'North Korea',
    capital: 'Pyongyang',
    agility: 0.7,
    patrons: ['china', 'south_korea'],
    patronGenerosity: 0.8,
    leader: { name: 'Kim Jong Il', redLines: [], style: 'boulware' },
    ...options.actors?.north_korea,
  });
  const usa = actor({
    id: 'usa',
    name: 'United States',
    capital: 'Washington',
    playable: false,
    stance: 'pressure',
    public: { approval: 50, base: 50, elections: [] },
    ...options.actors?.usa,
  });
  const china = actor({
    id: 'china',
    name: 'China',
    capital: 'Beijing',
    playable: false,
    background: true,
    stance: 'mediate',
  });
  const southKorea = actor({
    id: 'south_korea',
    name: 'South Korea',
    capital: 'Seoul',
    playable: false,
    background: true,
  });
  const actors = [china, japan, northKorea, southKorea, usa];
  const ids = actors.map((a) => a.id);
  const relations = ids.flatMap((from) =>
    ids
      .filter((to) => to !== from)
      .map((to) => {
        if (from === 'north_korea' && to === 'japan')
          return { from, to, expectation: 6, reservation: 1, trust: 0.3 };
        if (from === 'japan' && to === 'north_korea')
          return { from, to, expectation: 4, reservation: 0, trust: 0.3 };
        if (from === 'north_korea' && to === 'usa')
          return { from, to, expectation: 8, reservation: 2, trust: 0.15 };
        if (from === 'usa' && to === 'north_korea')
          return { from, to, expectation: 8, reservation: 2, trust: 0.15 };
        return { from, to, expectation: 2, reservation: 0, trust: 0.6 };
      })
      .map((r) => ({ ...r, ...options.relations?.[`${r.from}>${r.to}`] })),
  );
  return {
    schema: 1,
    id: 'fixture',
    title: 'Fixture',
    summary: 'A small table for tests.',
    place: 'Pyongyang',
    period: '2004',
    sources: [{ file: cite.source, title: 'Sumo diplomacy' }],
    turns: Array.from({ length: turns }, (_, i) => ({ label: `Turn ${i + 1}` })),
    actors,
    order: options.order ?? ['japan', 'north_korea', 'usa'],
    relations,
    tension: 40,
    spread: options.spread ?? 0,
    items: [
      item({ id: 'visit', giver: 'japan', kind: 'symbolic', value: { north_korea: 6 }, cost: 0.5 }),
      item({
        id: 'food_aid',
        giver: 'japan',
        kind: 'material',
        tiers: [0.5, 1],
        value: { north_korea: 8 },
        cost: 3,
      }),
      item({ id: 'token_aid', giver: 'japan', kind: 'material', value: { north_korea: 1.5 }, cost: 0.5 }),
      item({ id: 'talks', giver: 'japan', kind: 'process', value: { north_korea: 6 }, cost: 2 }),
      item({
        id: 'families',
        giver: 'north_korea',
        kind: 'release',
        value: { japan: 10 },
        salience: { japan: 12 },
        cost: 4,
        progress: { abductions: 60 },
      }),
      item({
        id: 'information',
        giver: 'north_korea',
        kind: 'information',
        value: { japan: 4 },
        salience: { japan: 5 },
        cost: 3,
        progress: { abductions: 20 },
      }),
      item({
        id: 'freeze',
        giver: 'north_korea',
        kind: 'security',
        value: { japan: 3, usa: 9 },
        salience: { japan: 3, usa: 9 },
        cost: 6,
        progress: { nuclear: 40 },
      }),
      item({ id: 'assurance', giver: 'usa', kind: 'security', value: { north_korea: 7 }, cost: 4 }),
      item({
        id: 'unfreeze_funds',
        giver: 'usa',
        kind: 'material',
        value: { north_korea: 5 },
        cost: 2,
        forums: ['six_party'],
      }),
    ],
    issues: [
      { id: 'abductions', name: 'the abductions', description: '', cite },
      { id: 'nuclear', name: 'the nuclear programme', description: '', cite },
    ],
    forums: [
      {
        id: 'six_party',
        name: 'the Six Party Talks',
        members: ['china', 'japan', 'north_korea', 'south_korea', 'usa'],
        sessions: [3, 6],
        cite,
      },
    ],
    events: options.events ?? [],
    objectives: {
      japan: [
        {
          id: 'families',
          text: 'Bring the families home',
          measure: 'progress',
          issue: 'abductions',
          zero: 0,
          full: 60,
          points: 60,
        },
        {
          id: 'approval',
          text: 'Keep the public behind you',
          measure: 'approval',
          zero: 35,
          full: 60,
          points: 40,
        },
      ],
      north_korea: [
        { id: 'aid', text: 'Win aid and respect', measure: 'received', zero: 0, full: 30, points: 100 },
      ],
    },
    outcomes: [
      {
        id: 'families_home',
        title: 'Families home',
        text: 'The families came home.',
        when: { progressAtLeast: { issue: 'abductions', value: 60 } },
      },
    ],
    history: { player: 'japan', steps: [], outcome: 'families_home', summary: '' },
    debrief: { whatHappened: '', reading: '', lessons: [] },
    params: { ...DEFAULT_PARAMETERS, ...options.params },
  };
}
