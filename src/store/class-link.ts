import {
  ADVISOR_ACCURACIES,
  choicesOf,
  type GameOptions,
  HISTORY_CHOICES,
  optionsProblem,
  type Scenario,
  sameOptions,
} from '../engine/index.ts';
import type { GameSummary } from './save-slots.ts';

/**
 * Class links: a teacher hands out `…/#play=SCENARIO_ID&as=DELEGATION&seed=N`, and each student
 * who opens it starts the same scenario, at the same seat, with the same seed. The teacher's
 * options follow only when they differ from the default (`&advisors=sharp&turns=4&history=each-turn`),
 * so a plain link stays as short as it was. The fragment is
 * read like a file: capped in length, every part checked, and anything wrong (a link cut short by
 * a chat app, a typo) is a problem with a code the title screen words, never an exception.
 */

/** A class link's setup. */
export interface ClassLink {
  readonly scenarioId: string;
  /** The delegation to play. */
  readonly seat: string;
  readonly seed: number;
  /** The teacher's options, defaults left out. */
  readonly options: GameOptions;
  /**
   * The interface language the teacher chose for the class (`lang=ja`), as a two-letter code;
   * left out, each student keeps their own. A code the game does not speak is ignored, not refused,
   * so an older copy of the game still follows a newer link.
   */
  readonly language?: string;
}

/** The longest fragment read: two ids of 64 characters, a seed and the keys fit with room to spare. */
export const MAX_LINK_CHARS = 300;

/** The largest seed a link may carry: the engine's seeds are 32-bit. */
export const MAX_LINK_SEED = 4_294_967_295;

/** Why a class link cannot be followed; the UI words each code, with `detail` filled in. */
export const LINK_PROBLEM_CODES = [
  'link/too-long',
  'link/malformed',
  'link/incomplete',
  'link/repeated',
  'link/unknown-part',
  'link/bad-id',
  'link/bad-seed',
  'link/bad-option',
  'link/unknown-scenario',
  'link/cut-scenario',
  'link/unknown-seat',
  'link/cut-seat',
] as const;
/** One of {@link LINK_PROBLEM_CODES}. */
export type LinkProblemCode = (typeof LINK_PROBLEM_CODES)[number];

/** A problem with a link: a code, and a detail in plain words (a part's name, an id). */
export interface LinkProblem {
  readonly code: LinkProblemCode;
  readonly detail: string;
}

/** A parsed link, or why there is none. */
export type LinkResult =
  | { readonly ok: true; readonly link: ClassLink }
  | { readonly ok: false; readonly problem: LinkProblem };

/**
 * The scenario format's id pattern (ID_PATTERN in src/scenario), repeated here because importing
 * the scenario module would bring its schemas into the title screen's code.
 */
export const LINK_ID_PATTERN = /^[a-z][a-z0-9_-]{0,63}$/;

const KEYS = ['play', 'as', 'seed', 'advisors', 'turns', 'history', 'lang'] as const;
/** The parts every class link has; the options are optional. */
const REQUIRED = ['play', 'as', 'seed'] as const;
type Key = (typeof KEYS)[number];
const isKey = (k: string): k is Key => (KEYS as readonly string[]).includes(k);

/** Characters chat apps and prose leave after a pasted link ("…seed=42)."), never part of one. */
const TRAILING = /[\s.,;:!?)\]}>"'’”]+$/;

/** The fragment without `#`, trailing punctuation, and one layer of `%3D` encoding some apps add. */
function clean(fragment: string): string {
  let text = fragment.trim().replace(/^#/, '').replace(TRAILING, '');
  if (!text.includes('=') && /%3d/i.test(text)) text = text.replace(/%3d/gi, '=').replace(/%26/gi, '&');
  return text;
}

/**
 * Whether a location fragment is meant as a class link (and so must be followed or explained), as
 * opposed to an in-page anchor such as `#main`.
 */
export function isClassLink(fragment: string): boolean {
  return /(^|&)(play|as|seed)=/.test(clean(fragment));
}

/** Shortens a piece of a bad link for a message, so a huge or strange fragment cannot flood the page. */
function quote(text: string): string {
  const shown = text.replace(/[^\x20-\x7e]/g, '?');
  return shown.length > 40 ? `${shown.slice(0, 37)}...` : shown;
}

const fail = (code: LinkProblemCode, detail = ''): LinkResult => ({ ok: false, problem: { code, detail } });

/** Reads a class link's fragment (`#play=ID&as=SEAT&seed=N`): the setup, or the first problem. */
export function parseClassLink(fragment: string): LinkResult {
  if (fragment.length > MAX_LINK_CHARS * 3) return fail('link/too-long');
  const text = clean(fragment);
  if (text.length > MAX_LINK_CHARS) return fail('link/too-long');
  const values = new Map<Key, string>();
  for (const part of text.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    if (eq < 0) {
      // `…&se` or `…&as`: the link stops inside its last part.
      if (KEYS.some((k) => k.startsWith(part))) return fail('link/incomplete', part);
      return fail('link/malformed', quote(part));
    }
    const key = part.slice(0, eq);
    if (!isKey(key)) return fail('link/unknown-part', quote(key));
    if (values.has(key)) return fail('link/repeated', key);
    let value: string;
    try {
      value = decodeURIComponent(part.slice(eq + 1));
    } catch {
      return fail('link/malformed', quote(part));
    }
    values.set(key, value);
  }
  for (const key of REQUIRED) {
    if ((values.get(key) ?? '') === '') return fail('link/incomplete', key);
  }
  const scenarioId = values.get('play') ?? '';
  const seat = values.get('as') ?? '';
  const seedText = values.get('seed') ?? '';
  if (!LINK_ID_PATTERN.test(scenarioId)) return fail('link/bad-id', 'play');
  if (!LINK_ID_PATTERN.test(seat)) return fail('link/bad-id', 'as');
  const seed = /^\d{1,10}$/.test(seedText) ? Number(seedText) : Number.NaN;
  if (!Number.isSafeInteger(seed) || seed > MAX_LINK_SEED) return fail('link/bad-seed', quote(seedText));
  const options = optionsOfLink(values);
  if (!options.ok) return fail('link/bad-option', options.detail);
  const language = values.get('lang');
  if (language !== undefined && !/^[a-z]{2}$/.test(language))
    return fail('link/bad-option', `lang=${quote(language)}`);
  return {
    ok: true,
    link: { scenarioId, seat, seed, options: options.value, ...(language === undefined ? {} : { language }) },
  };
}

/**
 * The options a link's parts spell, checked for their form only (a turn count is checked against
 * its scenario by `resolveClassLink`). A default spelled out (`advisors=usual`) is accepted.
 */
function optionsOfLink(
  values: ReadonlyMap<Key, string>,
): { ok: true; value: GameOptions } | { ok: false; detail: string } {
  const advisors = values.get('advisors') ?? 'usual';
  if (!(ADVISOR_ACCURACIES as readonly string[]).includes(advisors))
    return { ok: false, detail: `advisors=${quote(advisors)}` };
  const history = values.get('history') ?? 'debrief';
  if (!(HISTORY_CHOICES as readonly string[]).includes(history))
    return { ok: false, detail: `history=${quote(history)}` };
  const turnsText = values.get('turns');
  if (turnsText !== undefined && !/^[1-9]\d{0,2}$/.test(turnsText))
    return { ok: false, detail: `turns=${quote(turnsText)}` };
  return {
    ok: true,
    value: {
      ...(advisors === 'usual' ? {} : { advisors: advisors as 'sharp' | 'rough' }),
      ...(turnsText === undefined ? {} : { turns: Number(turnsText) }),
      ...(history === 'debrief' ? {} : { history: 'each-turn' as const }),
    },
  };
}

/**
 * The fragment for a setup, in the order teachers read it: `#play=ID&as=SEAT&seed=N`, then any
 * option that is not the default.
 */
export function makeClassLink(link: ClassLink): string {
  const { advisors, turns, history } = link.options;
  return [
    `#play=${link.scenarioId}&as=${link.seat}&seed=${link.seed}`,
    advisors ? `&advisors=${advisors}` : '',
    turns !== undefined ? `&turns=${turns}` : '',
    history ? `&history=${history}` : '',
    link.language ? `&lang=${link.language}` : '',
  ].join('');
}

/** The delegations a student may take: those the title screen offers. */
export function seatsOf(scenario: Scenario): string[] {
  return scenario.actors.filter((a) => a.playable && !a.background).map((a) => a.id);
}

/**
 * Finds a link's scenario among those this copy of the game has, in order of preference, and checks
 * its seat. An id that is the start of a known one is reported as a link cut short.
 */
export function resolveClassLink(
  link: ClassLink,
  scenarios: readonly Scenario[],
): { ok: true; scenario: Scenario } | { ok: false; problem: LinkProblem } {
  const scenario = scenarios.find((s) => s.id === link.scenarioId);
  if (!scenario) {
    const longer = scenarios.find((s) => s.id.startsWith(link.scenarioId));
    return {
      ok: false,
      problem: longer
        ? { code: 'link/cut-scenario', detail: longer.id }
        : { code: 'link/unknown-scenario', detail: link.scenarioId },
    };
  }
  const seats = seatsOf(scenario);
  if (seats.includes(link.seat)) {
    const wrong = optionsProblem(scenario, choicesOf(link.options));
    return wrong === null
      ? { ok: true, scenario }
      : { ok: false, problem: { code: 'link/bad-option', detail: wrong } };
  }
  const longer = seats.find((s) => s.startsWith(link.seat));
  return {
    ok: false,
    problem: longer
      ? { code: 'link/cut-seat', detail: longer }
      : { code: 'link/unknown-seat', detail: link.seat },
  };
}

/** What a followed link leaves for the title screen: its problem, or a game it could continue. */
export type LinkPrompt =
  | { readonly kind: 'problem'; readonly problem: LinkProblem }
  | { readonly kind: 'resume'; readonly link: ClassLink; readonly game: GameSummary; readonly hash: string };

/**
 * A game still in progress with the link's scenario, seat, seed and options: the student's own,
 * from before.
 */
export function gameFromLink(link: ClassLink, games: readonly GameSummary[]): GameSummary | null {
  return (
    games.find(
      (g) =>
        !g.ended &&
        g.scenarioId === link.scenarioId &&
        g.player === link.seat &&
        g.seed === link.seed &&
        sameOptions(g.options, link.options),
    ) ?? null
  );
}
