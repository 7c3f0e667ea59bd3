import { describe, expect, it } from 'vitest';
import { createGame } from '../../src/engine/index.ts';
import { playOn } from '../../src/sim/index.ts';
import { movePanel, panelMode, respondPanel } from '../../src/ui/viewmodel/index.ts';
import { fixture } from '../engine/fixture.ts';
import { loadShipped } from '../scenarios/shipped.ts';
import { play, playUntil, startFixture, startWith } from './helpers.ts';

const EMPTY = { to: null, forum: null, give: [], ask: [] } as const;

describe('move panel', () => {
  it('offers the seated counterparts, the player’s items to give and theirs to ask', () => {
    const { scenario, state } = startFixture();
    expect(panelMode(scenario, state, 'japan')).toEqual({ mode: 'move', actor: 'japan' });
    const panel = movePanel(scenario, state, 'japan', EMPTY);
    expect(panel.counterparts.map((c) => c.id)).toEqual(['north_korea', 'usa']);
    expect(panel.to).toBe('north_korea');
    expect(panel.give.map((r) => r.id)).toEqual(['visit', 'food_aid', 'token_aid', 'talks']);
    expect(panel.ask.map((r) => r.id)).toEqual(['families', 'information', 'freeze']);
    expect(panel.give.find((r) => r.id === 'food_aid')?.tiers.map((t) => t.label)).toEqual([
      'half',
      'in full',
    ]);
  });

  it('opens on the side the player distrusts most, not an ally, and keeps the one they pick', () => {
    for (const file of ['2004-six-party-third-round.yaml', '2006-after-the-test.yaml']) {
      const scenario = loadShipped(file);
      const state = createGame(scenario, 1, { usa: 'person' });
      const panel = movePanel(scenario, state, 'usa', EMPTY);
      // The ids sort China or Japan first; the United States came to talk to North Korea.
      expect(panel.counterparts[0]?.id, file).not.toBe('north_korea');
      expect(panel.to, file).toBe('north_korea');
      expect(movePanel(scenario, state, 'usa', { ...EMPTY, to: 'japan' }).to, file).toBe('japan');
    }
  });

  it('refuses an empty offer with the engine’s reason, and previews a real one', () => {
    const { scenario, state } = startFixture();
    expect(movePanel(scenario, state, 'japan', EMPTY).offer.error).toMatch(/give or ask/);
    const draft = {
      to: 'north_korea',
      forum: null,
      give: [{ item: 'visit', tier: 1 }],
      ask: [{ item: 'families', tier: 1 }],
    };
    const panel = movePanel(scenario, state, 'japan', draft);
    expect(panel.offer.error).toBeNull();
    expect(panel.offer.preview?.advice.length).toBeGreaterThan(0);
    expect(['accept', 'reject', 'uncertain']).toContain(panel.offer.preview?.likely);
    expect(panel.give.find((r) => r.id === 'visit')?.line).toEqual({ item: 'visit', tier: 1 });
  });

  it('marks forum-only items unavailable outside their forum, with the reason', () => {
    // Japan is given a stake in the funds, so that they are worth asking for.
    const base = fixture({ actors: { japan: { playable: true } } });
    const { scenario, state } = startWith({
      ...base,
      items: base.items.map((i) =>
        i.id === 'unfreeze_funds' ? { ...i, value: { ...i.value, japan: 1 } } : i,
      ),
    });
    const panel = movePanel(scenario, state, 'japan', { ...EMPTY, to: 'usa' });
    const funds = panel.ask.find((r) => r.id === 'unfreeze_funds');
    expect(funds?.unavailable).toMatch(/Six Party Talks/);
  });

  it('lists only what the receiving side could value', () => {
    const { scenario, state } = startFixture({ actors: { japan: { playable: true } } });
    const valued = (side: 'give' | 'ask', to: string) =>
      movePanel(scenario, state, 'japan', { ...EMPTY, to })[side].map((r) => r.id);
    const receiverValues = (item: string, who: string) =>
      (scenario.items.find((i) => i.id === item)?.value[who] ?? 0) > 0;
    // What Japan could give the United States, and ask of it, is what each side values.
    expect(valued('give', 'usa').every((id) => receiverValues(id, 'usa'))).toBe(true);
    expect(valued('ask', 'usa').every((id) => receiverValues(id, 'japan'))).toBe(true);
    // The funds Washington could unfreeze are worth something to Pyongyang only: not Japan's to ask.
    expect(valued('ask', 'usa')).not.toContain('unfreeze_funds');
    // An item already in the draft stays listed, so it can be taken out again.
    const kept = movePanel(scenario, state, 'japan', {
      ...EMPTY,
      to: 'usa',
      ask: [{ item: 'unfreeze_funds', tier: 1 }],
    });
    expect(kept.ask.map((r) => r.id)).toContain('unfreeze_funds');
  });

  it('disables a side move already used this turn and says why', () => {
    const { scenario, state } = startFixture();
    const before = movePanel(scenario, state, 'japan', EMPTY);
    const summit = before.summit.find((c) => c.key === 'summit:north_korea')!;
    expect(summit.error).toBeNull();
    const after = play(scenario, state, summit.action);
    const again = movePanel(scenario, after, 'japan', EMPTY).summit.find(
      (c) => c.key === 'summit:north_korea',
    )!;
    // In words, not the action's id.
    expect(again.error).toBe('You have already used your summit move this turn: each side move once a turn.');
    expect(movePanel(scenario, after, 'japan', EMPTY).backDown?.error).toMatch(/no crisis/);
    expect(movePanel(scenario, after, 'japan', EMPTY).wait?.error).toBeNull();
  });
});

describe('respond panel', () => {
  it('shows an offer to the player with what home would say, and a counter builder', () => {
    const { scenario, state } = startFixture();
    const offered = playUntil(scenario, state, (s) => s.pending?.to === 'japan');
    expect(offered.pending?.to).toBe('japan');
    expect(panelMode(scenario, offered, 'japan').mode).toBe('respond');
    const panel = respondPanel(scenario, offered, 'japan', EMPTY)!;
    expect(panel.fromName).toBe('North Korea');
    expect(panel.gives).toContain('families');
    expect(panel.accept.error).toBeNull();
    expect(typeof panel.home.verdict).toBe('number');
    if (!offered.pending?.isCounter) {
      expect(panel.counter?.check.error).toMatch(/give or ask/);
      expect(panel.counter?.give.length).toBeGreaterThan(0);
    }
    expect(respondPanel(scenario, state, 'japan', EMPTY)).toBeNull();
  });

  it('tells a delegation with no public that it answers to none, in the home verdict and the preview', () => {
    const scenario = loadShipped('2004-koizumi-second-visit.yaml');
    const seats = { north_korea: 'person' } as const;
    const offered = playOn(scenario, createGame(scenario, 1, seats), seats).state;
    expect(offered.pending?.to).toBe('north_korea');
    const draft = {
      to: 'japan',
      forum: null,
      give: [{ item: 'families', tier: 1 }],
      ask: [{ item: 'food_aid', tier: 1 }],
    };
    const panel = respondPanel(scenario, offered, 'north_korea', draft)!;
    expect(panel.home.hasPublic).toBe(false);
    const advice = panel.counter?.check.preview?.advice ?? [];
    expect(advice).toContain('We answer to no electorate: only our leader’s red lines bind us.');
    expect(advice.join(' ')).not.toMatch(/our public|Infinity/i);
  });
});
