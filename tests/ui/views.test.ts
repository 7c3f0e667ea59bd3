import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/engine/index.ts';
import { scenarioEntry } from '../../src/store/index.ts';
import {
  briefingView,
  narration,
  newsItems,
  sourceQuotes,
  tableView,
  tensionBand,
  titleView,
  whyByTurn,
  whyLines,
} from '../../src/ui/viewmodel/index.ts';
import { fixture } from '../engine/fixture.ts';
import { play, playUntil, startFixture, startWith } from './helpers.ts';

function withEvent(): Scenario {
  const base = fixture();
  return {
    ...base,
    events: [
      {
        id: 'nuclear_test',
        headline: 'A test in the mountains',
        text: 'Seismic stations record a blast.',
        turn: 2,
        from: 1,
        to: 8,
        effects: [{ kind: 'tension', delta: 10 }],
        cite: { source: '000_9fd2b6bbe1dfc80f.txt', quote: 'a short quote' },
      },
    ],
  };
}

describe('why, news and narration', () => {
  it('redacts other delegations’ hidden numbers for the player and keeps them for the debrief', () => {
    const { scenario, state } = startFixture();
    const after = play(scenario, state, { type: 'wait', actor: 'japan' });
    const events = after.log.flatMap((e) => e.events);
    const hidden = events.find((e) => e.type === 'expectationChanged' && e.actor === 'north_korea');
    expect(hidden).toBeDefined();
    const seen = whyLines(scenario, [hidden!], 'japan')[0]!;
    expect(seen.change).toBe('');
    expect(seen.text).toMatch(/advisors think/);
    expect(seen.way).toBe('down');
    const revealed = whyLines(scenario, [hidden!], null)[0]!;
    expect(revealed.change).toMatch(/→/);
    expect(revealed.way).toBe('down');
  });

  it('retells offers with item names, groups by turn, and narrates a batch', () => {
    const { scenario, state } = startFixture();
    const offered = playUntil(scenario, state, (s) => s.pending?.to === 'japan');
    const offer = offered.log
      .flatMap((e) => e.events)
      .find((e) => e.type === 'offerMade' || e.type === 'counterOffered')!;
    expect(whyLines(scenario, [offer], 'japan')[0]!.text).toMatch(/families/);
    const groups = whyByTurn(scenario, offered.log, 'japan');
    expect(groups[0]!.turn).toBeGreaterThanOrEqual(groups[groups.length - 1]!.turn);
    expect(
      narration(
        scenario,
        offered.log.flatMap((e) => e.events),
        'japan',
      ),
    ).toMatch(/\.$/);
  });

  it('turns fired events into news with their citation', () => {
    const { scenario, state } = startWith(withEvent());
    const played = playUntil(scenario, state, (s) => s.turn >= 2);
    const news = newsItems(scenario, played.log);
    expect(news[0]).toMatchObject({
      headline: 'A test in the mountains',
      quote: 'a short quote',
      // The article's outlet and date, never its file name.
      source:
        '"Sumo diplomacy": an untitled analysis essay on the June 2004 talks, July 2004 (no author or outlet named)',
    });
  });
});

describe('table view', () => {
  it('describes tension, the player, the others and the calendar in words', () => {
    const { scenario, state } = startFixture();
    const view = tableView(scenario, state, 'japan');
    expect(view.turn).toBe(1);
    expect(view.timeline.map((t) => t.state).slice(0, 2)).toEqual(['now', 'future']);
    expect(view.timeline[5]!.elections).toEqual(['Upper House election']);
    expect(view.timeline[2]!.forums).toEqual(['the Six Party Talks']);
    expect(view.delegations.map((d) => d.id)).toEqual(['north_korea', 'usa']);
    expect(view.delegations[0]!.expectation.text).toMatch(/VP/);
    expect(view.self.approval).toBe(55);
    expect(tensionBand(20, 75, false)).toBe('calm');
    expect(tensionBand(65, 75, false)).toBe('high');
    expect(tensionBand(20, 75, true)).toBe('crisis');
  });
});

describe('title and briefing', () => {
  it('lists playable delegations, broken files and games to continue', () => {
    const scenario = fixture();
    const view = titleView(
      [scenarioEntry('a.yaml', scenario), { ok: false, file: 'b.yaml', problems: ['b.yaml:1:1: bad'] }],
      [
        {
          game: 'g1',
          scenarioId: 'fixture',
          scenarioHash: '0',
          seed: 7,
          title: 'Fixture',
          player: 'japan',
          turn: 2,
          turnLabel: 'Turn 2',
          savedAt: '2024-01-01T00:00:00Z',
          ended: false,
          options: {},
        },
      ],
    );
    expect(view.cards[0]!.delegations.map((d) => d.id)).toEqual(['japan', 'north_korea']);
    expect(view.broken).toEqual([{ file: 'b.yaml', problems: ['b.yaml:1:1: bad'] }]);
    expect(view.games[0]!.playerName).toBe('Japan');
  });

  it('gathers short quotes per source for the briefing', () => {
    const scenario = withEvent();
    expect(sourceQuotes(scenario)).toEqual([
      {
        file: '000_9fd2b6bbe1dfc80f.txt',
        title: 'Sumo diplomacy',
        credit:
          '"Sumo diplomacy": an untitled analysis essay on the June 2004 talks, July 2004 (no author or outlet named)',
        address: null,
        quotes: ['a short quote'],
      },
    ]);
    // An article of the scenario's own: its title, outlet and date as the file gives them, and its address.
    const own = {
      ...scenario,
      sources: [
        {
          file: 'notes.txt',
          title: 'Talks stall',
          outlet: 'Asahi',
          date: 'December 2002',
          address: 'https://example.org/a',
        },
      ],
    };
    expect(sourceQuotes(own)).toEqual([
      {
        file: 'notes.txt',
        title: 'Talks stall, Asahi, December 2002',
        credit: null,
        address: 'https://example.org/a',
        quotes: [],
      },
    ]);
    const brief = briefingView(scenario, 'japan');
    expect(brief.objectives.map((o) => o.points)).toEqual([60, 40]);
    expect(brief.calendar).toHaveLength(8);
  });
});
