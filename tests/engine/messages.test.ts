import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ACTION_ERROR_CODES,
  ACTION_MESSAGES_EN,
  ACTION_RULES,
  type Action,
  type ActionError,
  actionsOf,
  applyAction,
  createGame,
  type DomainEvent,
  describeAction,
  describeError,
  describeEvent,
  ENGINE_MESSAGES_EN,
  ERROR_MESSAGES_EN,
  EVENT_MESSAGES_EN,
  type GameState,
  isRuleId,
  listActions,
  MESSAGE_FORMATS,
  PREVIEW_MESSAGES_EN,
  placeholdersOf,
  RULE_IDS,
  redactEvent,
  type Scenario,
  TERMS_EN,
  validateAction,
  viewFor,
  whoMustAct,
} from '../../src/engine/index.ts';
import { ENGINE_MESSAGES_JA } from '../../src/engine/messages/ja.ts';
import { ENGINE_MESSAGES_KO } from '../../src/engine/messages/ko.ts';
import { STRATEGY_NAMES, simulate } from '../../src/sim/index.ts';
import { shippedScenarios } from '../scenarios/shipped.ts';

const SCENARIOS: Scenario[] = shippedScenarios();

/** Every seat of every shipped scenario, with every strategy, over a few seeds. */
const GAMES: { scenario: Scenario; player: string; final: GameState }[] = SCENARIOS.flatMap((scenario) =>
  scenario.actors
    .filter((a) => a.playable)
    .flatMap((actor) =>
      STRATEGY_NAMES.flatMap((name) =>
        [1, 2].map((seed) => ({
          scenario,
          player: actor.id,
          final: simulate({ scenario, player: actor.id, seed, play: { kind: 'strategy', name } }).final,
        })),
      ),
    ),
);

const eventsOf = (state: GameState): DomainEvent[] => state.log.flatMap((entry) => entry.events);
const names = (params: object) => Object.keys(params).sort();
const wanted = (template: string) => [...new Set(placeholdersOf(template).map((p) => p.name))].sort();

describe('rule ids', () => {
  it('every rule an event cites is registered (or is one of its scenario’s events)', () => {
    const seen = new Set<string>();
    for (const { scenario, final } of GAMES) {
      const eventIds = scenario.events.map((e) => e.id);
      for (const e of eventsOf(final)) {
        if (!isRuleId(e.rule, eventIds)) expect.fail(`${scenario.id}: unregistered rule ${e.rule}`);
        seen.add(e.rule.startsWith('event/') ? 'event/*' : e.rule);
      }
    }
    // The games reach most of the registry, so the check above is not vacuous.
    expect(seen.size).toBeGreaterThan(RULE_IDS.length * 0.75);
  });

  it('are unique, and look like `family/name`', () => {
    expect(new Set(RULE_IDS).size).toBe(RULE_IDS.length);
    for (const id of RULE_IDS) expect(id).toMatch(/^[a-z]+\/[a-z-]+$/);
  });
});

describe('action messages', () => {
  it('every move of every game is worded from the table, with exactly the parameters its message names', () => {
    const used = new Set<string>();
    for (const { scenario, final } of GAMES) {
      for (const action of actionsOf(final)) {
        const words = ACTION_RULES[action.type].describe(action as never);
        used.add(words.message);
        const template = ACTION_MESSAGES_EN[words.message];
        if (names(words.params).join() !== wanted(template).join()) {
          expect.fail(
            `${words.message}: placeholders ${wanted(template)} but parameters ${names(words.params)}`,
          );
        }
        expect(describeAction(scenario, action)).not.toMatch(/undefined|\{/);
      }
    }
    // The games make every kind of move but an offer in a forum of a bilateral scenario.
    expect(used.size).toBeGreaterThanOrEqual(12);
  });

  it('says how an offer fared after the move', () => {
    const scenario = SCENARIOS.find((s) => s.id === 'second-visit-2004')!;
    const wait: Action = { type: 'wait', actor: 'japan' };
    expect(describeAction(scenario, wait)).toBe('Tokyo waits');
    expect(describeAction(scenario, wait, 'not-ratified')).toBe('Tokyo waits (accepted, not ratified)');
  });
});

describe('event messages', () => {
  it('every event’s message has an English text whose placeholders are exactly the parameters it carries, in every game and every view', {
    timeout: 60_000,
  }, () => {
    const used = new Set<string>();
    for (const { scenario, player, final } of GAMES) {
      const seen = viewFor(scenario, final, player).log.flatMap((entry) => entry.events);
      for (const e of [...eventsOf(final), ...seen]) {
        const template: string | undefined = EVENT_MESSAGES_EN[e.message];
        if (template === undefined) expect.fail(`no English for ${e.message}`);
        used.add(e.message);
        if (names(e.params).join() !== wanted(template).join()) {
          expect.fail(`${e.message}: placeholders ${wanted(template)} but parameters ${names(e.params)}`);
        }
        expect(describeEvent(scenario, e).length).toBeGreaterThan(5);
      }
    }
    expect(used.size).toBeGreaterThan(Object.keys(EVENT_MESSAGES_EN).length * 0.75);
  });

  it('name only formats the describer knows, and terms it has', () => {
    const formats: readonly string[] = MESSAGE_FORMATS;
    const all = { ...EVENT_MESSAGES_EN, ...ERROR_MESSAGES_EN, ...ACTION_MESSAGES_EN, ...PREVIEW_MESSAGES_EN };
    for (const [id, template] of Object.entries(all)) {
      for (const p of placeholdersOf(template)) {
        if (p.format !== null && !formats.includes(p.format))
          expect.fail(`${id}: unknown format ${p.format}`);
      }
    }
    for (const text of Object.values(TERMS_EN)) expect(text.length).toBeGreaterThan(0);
  });

  it('a redacted event carries no figure of another delegation’s private numbers', () => {
    let delivered = 0;
    let byPlayer = 0;
    for (const { final, player } of GAMES.filter((_, i) => i % 3 === 0)) {
      for (const raw of eventsOf(final)) {
        const e = redactEvent(player, raw);
        // A handover's worth is the receiver's own figure, hidden from the giver as from the rest.
        if (raw.type === 'itemDelivered') {
          delivered++;
          if (raw.target === player) {
            expect(e).toBe(raw);
          } else {
            expect(e.message).toBe(`${raw.message}.seen`);
            expect(names(e.params)).toEqual(['actor', 'item', 'target', 'tier']);
            if (raw.actor === player) byPlayer++;
          }
        }
        if (raw.actor === player || raw.actor === undefined) continue;
        if (
          raw.type === 'expectationChanged' ||
          raw.type === 'reservationChanged' ||
          raw.type === 'trustChanged'
        ) {
          expect(e.delta).toBeUndefined();
          expect(e.message).toBe('advisors.estimate');
          expect(Object.values(e.params).some((v) => typeof v === 'number')).toBe(false);
        }
        if (raw.type === 'offerAccepted' || raw.type === 'offerRejected') {
          expect(names(e.params)).toEqual(['actor', 'target', 'what']);
        }
      }
    }
    expect(delivered).toBeGreaterThan(0);
    expect(byPlayer).toBeGreaterThan(0);
  });

  it('the engine formats without a locale: no Intl, no toLocaleString', () => {
    const engine = resolve(import.meta.dirname, '../../src/engine');
    const files = readdirSync(engine, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    for (const file of files) {
      expect(readFileSync(join(engine, file), 'utf8')).not.toMatch(/\bIntl\.|toLocale[A-Z]?\w*\(/);
    }
  });
});

/** Moves of every kind, most of them wrong in some way, for the error checks. */
function probes(scenario: Scenario, actor: string): Action[] {
  const ids = [...scenario.actors.map((a) => a.id), 'nobody'];
  const items = [...scenario.items.map((i) => i.id), 'no_item'];
  const out: Action[] = [
    { type: 'wait', actor },
    { type: 'wait', actor: 'nobody' },
    { type: 'backDown', actor },
    { type: 'accept', actor },
    { type: 'reject', actor },
    { type: 'counter', actor, give: [], ask: [] },
  ];
  for (const other of ids) {
    out.push({ type: 'walkOut', actor, from: other }, { type: 'summit', actor, with: other });
    out.push({ type: 'pressure', actor, target: other, level: 4 });
    for (const ally of ids) out.push({ type: 'coordinate', actor, ally, target: other });
    for (const forum of [undefined, 'nowhere', ...scenario.forums.map((f) => f.id)]) {
      for (const item of items) {
        for (const tier of [1, 0.3]) {
          const at = forum ? { forum } : {};
          out.push({ type: 'offer', actor, to: other, ...at, give: [{ item, tier }], ask: [] });
          out.push({
            type: 'offer',
            actor,
            to: other,
            ...at,
            give: [],
            ask: [{ item, tier, promised: true }],
          });
          out.push({ type: 'offer', actor, to: other, give: [{ item, tier }], ask: [{ item, tier }] });
          out.push({ type: 'gift', actor, to: other, item, tier });
        }
      }
    }
  }
  for (const item of items) out.push({ type: 'deliver', actor, item });
  return out;
}

describe('action errors', () => {
  it('every code is registered once and has an English message; every wording belongs to a code', () => {
    const codes: readonly string[] = ACTION_ERROR_CODES;
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(Object.hasOwn(ERROR_MESSAGES_EN, code)).toBe(true);
    for (const id of Object.keys(ERROR_MESSAGES_EN)) expect(codes).toContain(id.split('.')[0]);
  });

  it('every refusal in play has a registered code, and its message comes from the table with the parameters it names', {
    timeout: 60_000,
  }, () => {
    const codes = new Set<string>();
    const check = (error: ActionError) => {
      expect(ACTION_ERROR_CODES).toContain(error.code);
      const template: string | undefined = ERROR_MESSAGES_EN[error.messageId];
      if (template === undefined) expect.fail(`no English for ${error.messageId}`);
      expect(error.messageId.split('.')[0]).toBe(error.code);
      expect(names(error.params)).toEqual(wanted(template));
      expect(error.message).toBe(describeError(error));
      codes.add(error.code);
    };
    for (const scenario of SCENARIOS) {
      const player = scenario.actors.find((a) => a.playable)?.id ?? '';
      const final = simulate({ scenario, player, seed: 1, play: { kind: 'strategy', name: 'random' } }).final;
      let state = createGame(scenario, 1, { [player]: 'person' });
      for (const [i, action] of actionsOf(final).entries()) {
        const turn = whoMustAct(scenario, state);
        if (turn && i % 4 === 0) {
          for (const probe of probes(scenario, turn.actor)) {
            const error = validateAction(scenario, state, probe);
            if (error) check(error);
          }
          for (const listed of listActions(scenario, state, turn.actor))
            if (listed.error) check(listed.error);
        }
        const result = applyAction(scenario, state, action);
        if (!result.ok) return expect.fail(result.error.message);
        state = result.state;
      }
      const over = validateAction(scenario, state, { type: 'wait', actor: player });
      if (over) check(over);
    }
    // Most codes come up; the rest (a locked actor, crisis refusals...) are in the claim tests.
    expect(codes.size).toBeGreaterThan(ACTION_ERROR_CODES.length * 0.6);
  });
});

/** A message's placeholders with their formats, sorted, repeats kept: what a translation must keep. */
const shape = (template: string) =>
  placeholdersOf(template)
    .map((p) => `${p.name}:${p.format ?? ''}`)
    .sort()
    .join();

const TRANSLATIONS = [
  ['ja', ENGINE_MESSAGES_JA, /[\u3040-\u30ff\u4e00-\u9fff]/],
  ['ko', ENGINE_MESSAGES_KO, /[\uac00-\ud7af]/],
] as const;
const SECTIONS = ['terms', 'events', 'errors', 'actions', 'previews'] as const;

describe('the Japanese and Korean tables', () => {
  for (const [code, table, script] of TRANSLATIONS) {
    it(`${code}: every message, every error code and every term, with English's placeholders and formats, in ${code}`, () => {
      const differ: string[] = [];
      for (const section of SECTIONS) {
        const english: Readonly<Record<string, string>> = ENGINE_MESSAGES_EN[section];
        const theirs: Readonly<Record<string, string>> = table[section];
        expect(Object.keys(theirs).sort()).toEqual(Object.keys(english).sort());
        for (const [id, text] of Object.entries(english)) {
          const own = theirs[id] ?? '';
          if (shape(own) !== shape(text)) differ.push(`${section} ${id}: ${shape(text)} / ${shape(own)}`);
          // Terms include joins (", ") and a template with no words of its own ("{line} ({flags})").
          if (section !== 'terms' && /[A-Za-z]{3}/.test(text.replace(/\{[^}]*\}/g, '')) && !script.test(own))
            differ.push(`${section} ${id}: not in ${code}`);
        }
      }
      for (const c of ACTION_ERROR_CODES) expect(Object.hasOwn(table.errors, c)).toBe(true);
      expect(differ).toEqual([]);
    });

    it(`${code}: every event, move and refusal of many games is worded in full`, { timeout: 60_000 }, () => {
      const unfilled: string[] = [];
      const look = (what: string, text: string) => {
        if (/\{|undefined|NaN/.test(text)) unfilled.push(`${what}: ${text}`);
      };
      for (const { scenario, player, final } of GAMES.filter((_, i) => i % 4 === 0)) {
        const seen = viewFor(scenario, final, player).log.flatMap((entry) => entry.events);
        for (const e of [...eventsOf(final), ...seen]) look(e.message, describeEvent(scenario, e, table));
        for (const a of actionsOf(final)) look(a.type, describeAction(scenario, a, 'accepted', table));
      }
      for (const scenario of SCENARIOS) {
        const state = createGame(scenario, 1, {});
        const actor = whoMustAct(scenario, state)?.actor ?? '';
        for (const probe of probes(scenario, actor).slice(0, 400)) {
          const error = validateAction(scenario, state, probe);
          if (error) look(error.messageId, describeError(error, table));
        }
      }
      expect(unfilled).toEqual([]);
    });
  }

  it('joins a package and a list in the language: tiers, flags and commas from the terms', () => {
    const scenario = SCENARIOS.find((s) => s.id === 'second-visit-2004')!;
    const [first, second] = scenario.items.filter((i) => i.giver === 'japan');
    const offer: Action = {
      type: 'offer',
      actor: 'japan',
      to: 'north_korea',
      give: [
        { item: first!.id, tier: 0.5, promised: true },
        { item: second!.id, tier: 1 },
      ],
      ask: [],
    };
    const words = { a: first!.name, b: second!.name };
    expect(describeAction(scenario, offer)).toBe(
      `Tokyo offers Pyongyang ${words.a} at 0.5 (promised), ${words.b} in return for nothing`,
    );
    expect(describeAction(scenario, offer, undefined, ENGINE_MESSAGES_JA)).toBe(
      `TokyoがPyongyangに提案：なしと引き換えに${words.a}（0.5段階）（約束済み）、${words.b}`,
    );
    expect(describeAction(scenario, offer, undefined, ENGINE_MESSAGES_KO)).toBe(
      `Tokyo이(가) Pyongyang에 없음의 대가로 ${words.a}(0.5단계) (약속됨), ${words.b}을(를) 제안한다`,
    );
  });
});
