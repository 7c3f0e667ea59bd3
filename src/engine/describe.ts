import type { SeenEvent } from './events.ts';
import { ENGINE_MESSAGES_EN, type EngineMessages, type ErrorMessageId, type TermId } from './messages/en.ts';
import type { MessageParam, MessageParams } from './messages/params.ts';
import { fmt, signed } from './numbers.ts';
import { actorOf, itemOf } from './state.ts';
import type { PackageLine, Scenario } from './types.ts';

export type { MessageParam, MessageParams } from './messages/params.ts';

/** The formats a placeholder may name (`{change:signed}`); none means the value as it is. */
export const MESSAGE_FORMATS = [
  'fmt',
  'signed',
  'signed100',
  'capital',
  'name',
  'capitals',
  'item',
  'issue',
  'package',
  'term',
  'list',
  'orList',
] as const;
export type MessageFormat = (typeof MESSAGE_FORMATS)[number];

const PLACEHOLDER = /\{(\w+)(?::(\w+))?\}/g;

/** The placeholders of a message, in order: what a translation must keep and the engine must supply. */
export function placeholdersOf(
  template: string,
): { readonly name: string; readonly format: string | null }[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => ({ name: m[1] ?? '', format: m[2] ?? null }));
}

function fail(what: string): never {
  throw new Error(`programmer error: ${what}`);
}

const asNumber = (v: MessageParam, name: string): number =>
  typeof v === 'number' ? v : fail(`parameter ${name} is not a number`);
const asText = (v: MessageParam, name: string): string =>
  typeof v === 'string' ? v : fail(`parameter ${name} is not text`);
const asList = (v: MessageParam, name: string): readonly (string | number | PackageLine)[] =>
  Array.isArray(v) ? v : fail(`parameter ${name} is not a list`);
const asIds = (v: MessageParam, name: string): string[] =>
  asList(v, name).map((x) => (typeof x === 'string' ? x : fail(`parameter ${name} is not a list of ids`)));
const asLines = (v: MessageParam, name: string): PackageLine[] =>
  asList(v, name).map((x) => (typeof x === 'object' ? x : fail(`parameter ${name} is not a package`)));
const plain = (x: string | number | PackageLine): string =>
  typeof x === 'object' ? fail('a package line needs the package format') : String(x);

function isTerm(key: string): key is TermId {
  return Object.hasOwn(ENGINE_MESSAGES_EN.terms, key);
}

/** Fills a term's own small template (`{item} at {tier}`). */
const fillTerm = (template: string, values: Readonly<Record<string, string>>): string =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);

/** Package lines as a reason reads them: "aid at 0.5 (promised), a visit"; "nothing" when empty. */
function packageText(
  scenario: Scenario,
  lines: readonly PackageLine[],
  terms: EngineMessages['terms'],
): string {
  if (lines.length === 0) return terms.nothing;
  return lines
    .map((l) => {
      const flags = [l.promised ? terms.promised : '', l.conditional ? terms.conditional : ''].filter(
        Boolean,
      );
      const item = itemOf(scenario, l.item).name;
      const line = l.tier === 1 ? item : fillTerm(terms.tier, { item, tier: fmt(l.tier) });
      return flags.length ? fillTerm(terms.flagged, { line, flags: flags.join(terms.comma) }) : line;
    })
    .join(terms.comma);
}

function formatValue(
  scenario: Scenario | null,
  value: MessageParam,
  name: string,
  format: string | null,
  terms: EngineMessages['terms'],
): string {
  const needScenario = (): Scenario => scenario ?? fail(`the ${format} format needs the scenario`);
  switch (format) {
    case null:
      return Array.isArray(value) ? fail(`parameter ${name} is a list; name its format`) : String(value);
    case 'fmt':
      return fmt(asNumber(value, name));
    case 'signed':
      return signed(asNumber(value, name));
    case 'signed100':
      return signed(asNumber(value, name) * 100);
    case 'capital':
      return actorOf(needScenario(), asText(value, name)).capital;
    case 'name':
      return actorOf(needScenario(), asText(value, name)).name;
    case 'capitals':
      return asIds(value, name)
        .map((id) => actorOf(needScenario(), id).capital)
        .join(terms.and);
    case 'item':
      return itemOf(needScenario(), asText(value, name)).name;
    case 'issue': {
      const id = asText(value, name);
      return needScenario().issues.find((i) => i.id === id)?.name ?? id;
    }
    case 'package':
      return packageText(needScenario(), asLines(value, name), terms);
    case 'term': {
      const key = asText(value, name);
      return isTerm(key) ? terms[key] : fail(`no term "${key}"`);
    }
    case 'list':
      return asList(value, name).map(plain).join(terms.comma);
    case 'orList':
      return asList(value, name).map(plain).join(terms.or);
    default:
      return fail(`unknown format "${format}"`);
  }
}

/**
 * Fills a message's placeholders from its parameters. Pure: figures are formatted as the reasons
 * have always been (one decimal, signed changes), with no locale. A missing parameter is a
 * programmer error, which the message tests look for over many games.
 */
export function formatMessage(
  template: string,
  params: MessageParams,
  scenario: Scenario | null,
  messages: EngineMessages = ENGINE_MESSAGES_EN,
): string {
  return template.replace(PLACEHOLDER, (_, name: string, format: string | undefined) => {
    const value = params[name];
    if (value === undefined) return fail(`message "${template}" needs parameter ${name}`);
    return formatValue(scenario, value, name, format ?? null, messages.terms);
  });
}

/** The reason of an event (or of a redacted one), in English unless another table is given. */
export function describeEvent(
  scenario: Scenario,
  event: SeenEvent,
  messages: EngineMessages = ENGINE_MESSAGES_EN,
): string {
  return formatMessage(messages.events[event.message], event.params, scenario, messages);
}

/** The message of an action error, in English unless another table is given. */
export function describeError(
  error: { readonly messageId: ErrorMessageId; readonly params: MessageParams },
  messages: EngineMessages = ENGINE_MESSAGES_EN,
): string {
  return formatMessage(messages.errors[error.messageId], error.params, null, messages);
}
