import type { SeenEvent } from './events.ts';
import { ERROR_MESSAGES_EN, type ErrorMessageId, EVENT_MESSAGES_EN, TERMS_EN } from './messages/en.ts';
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

function isTerm(key: string): key is keyof typeof TERMS_EN {
  return Object.hasOwn(TERMS_EN, key);
}

/** Package lines as a reason reads them: "aid at 0.5 (promised), a visit"; "nothing" when empty. */
function packageText(scenario: Scenario, lines: readonly PackageLine[]): string {
  if (lines.length === 0) return TERMS_EN.nothing;
  return lines
    .map((l) => {
      const flags = [l.promised ? TERMS_EN.promised : '', l.conditional ? TERMS_EN.conditional : ''].filter(
        Boolean,
      );
      const tier = l.tier === 1 ? '' : ` ${TERMS_EN.at} ${fmt(l.tier)}`;
      return `${itemOf(scenario, l.item).name}${tier}${flags.length ? ` (${flags.join(', ')})` : ''}`;
    })
    .join(', ');
}

function formatValue(
  scenario: Scenario | null,
  value: MessageParam,
  name: string,
  format: string | null,
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
        .join(` ${TERMS_EN.and} `);
    case 'item':
      return itemOf(needScenario(), asText(value, name)).name;
    case 'issue': {
      const id = asText(value, name);
      return needScenario().issues.find((i) => i.id === id)?.name ?? id;
    }
    case 'package':
      return packageText(needScenario(), asLines(value, name));
    case 'term': {
      const key = asText(value, name);
      return isTerm(key) ? TERMS_EN[key] : fail(`no term "${key}"`);
    }
    case 'list':
      return asList(value, name).map(plain).join(', ');
    case 'orList':
      return asList(value, name).map(plain).join(` ${TERMS_EN.or} `);
    default:
      return fail(`unknown format "${format}"`);
  }
}

/**
 * Fills a message's placeholders from its parameters. Pure: figures are formatted as the reasons
 * have always been (one decimal, signed changes), with no locale. A missing parameter is a
 * programmer error, which the message tests look for over many games.
 */
export function formatMessage(template: string, params: MessageParams, scenario: Scenario | null): string {
  return template.replace(PLACEHOLDER, (_, name: string, format: string | undefined) => {
    const value = params[name];
    if (value === undefined) return fail(`message "${template}" needs parameter ${name}`);
    return formatValue(scenario, value, name, format ?? null);
  });
}

/** The English reason of an event (or of a redacted one), from `EVENT_MESSAGES_EN`. */
export function describeEvent(scenario: Scenario, event: SeenEvent): string {
  return formatMessage(EVENT_MESSAGES_EN[event.message], event.params, scenario);
}

/** The English message of an action error, from `ERROR_MESSAGES_EN`. */
export function describeError(error: {
  readonly messageId: ErrorMessageId;
  readonly params: MessageParams;
}): string {
  return formatMessage(ERROR_MESSAGES_EN[error.messageId], error.params, null);
}
