import { describe, expect, it } from 'vitest';
import { certaintyOf, seatCards, tableView } from '../../src/ui/viewmodel/index.ts';
import { startFixture } from './helpers.ts';

describe('the cards of the seats on the map', () => {
  const { scenario, state } = startFixture();
  const cards = new Map(seatCards(scenario, state, 'japan').map((c) => [c.id, c]));

  it('has a card for every delegation, the player’s own included', () => {
    expect([...cards.keys()].sort()).toEqual(scenario.actors.map((a) => a.id).sort());
    const own = cards.get('japan')!;
    expect(own.player).toBe(true);
    expect(own.facts.map((f) => `${f.label}: ${f.value}`).join(' ')).toMatch(
      /Your approval: \d+% \(you need \d+%\)/,
    );
    expect(own.certainty).toBeNull();
  });

  it('gives a counterpart the same estimates as the Delegations tab, and says how sure they are', () => {
    const view = tableView(scenario, state, 'japan');
    const delegation = view.delegations.find((d) => d.id === 'usa')!;
    const card = cards.get('usa')!;
    const values = card.facts.map((f) => f.value);
    expect(values).toContain(delegation.expectation.text);
    expect(values).toContain(delegation.trust.text);
    expect(values).toContain(delegation.reservation.text);
    expect(card.certainty).toBe(certaintyOf(delegation));
    // Whose approval it is (it used to read "Public approval 50%" under another delegation's name).
    expect(card.notes).toContain(`United States: public approval ${delegation.approval}%`);
  });

  it('says a background delegation makes no moves, with no estimates', () => {
    const china = cards.get('china')!;
    expect(china.background).toBe(true);
    expect(china.facts).toEqual([]);
    expect(china.notes.join(' ')).toMatch(/background/);
  });

  it('words the width of the bands', () => {
    const base = tableView(scenario, state, 'japan').delegations[0]!;
    const at = (band: number) =>
      certaintyOf({
        ...base,
        trust: { ...base.trust, band },
        expectation: { ...base.expectation, band: 0 },
        reservation: { ...base.reservation, band: 0 },
      });
    expect(at(0.05)).toBe('firm');
    expect(at(0.15)).toBe('loose');
    expect(at(0.3)).toBe('guess');
  });
});
