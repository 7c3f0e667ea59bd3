import { type CheckContext, checkDistinct, makeContext } from './check-context.ts';
import type { Draft } from './draft.ts';
import type { IdIndex } from './ids.ts';
import type { RawDocument } from './migrate.ts';
import { FILE_NAME_PATTERN } from './primitives.ts';
import { articleMaterial, isQuoted, nearestPassage } from './quotes.ts';
import { checkReferences } from './references.ts';
import { type Finding, type Path, problem, show, warning } from './result.ts';
import { checkSelfPairs } from './semantic-pairs.ts';
import { checkEvents, checkHistory, checkObjectives } from './semantic-refs.ts';
import { didYouMean } from './suggest.ts';

function checkActors(ctx: CheckContext): void {
  let playable = 0;
  ctx.draft.actors.forEach((actor, index) => {
    if (actor === undefined) return;
    const path: Path = ['actors', index];
    if (actor.playable) playable += 1;
    if (actor.playable && actor.background) {
      ctx.out.push(
        problem(
          'scenario/playable-background',
          [...path, 'playable'],
          `${show(actor.id)} is both playable and background`,
          'background actors never move; set `playable: false` or `background: false`',
        ),
      );
    }
    checkDistinct(ctx, actor.patrons, [...path, 'patrons'], actor.id);
    [actor.leader, ...actor.successors].forEach((leader, which) => {
      const leaderPath: Path = which === 0 ? [...path, 'leader'] : [...path, 'successors', which - 1];
      (leader?.redLines ?? []).forEach((line, lineIndex) => {
        const linePath: Path = [...leaderPath, 'redLines', lineIndex];
        const item = ctx.items.get(line.item);
        if (item === undefined) return;
        const own = item.giver === actor.id;
        if (line.kind === 'require' ? own : !own) {
          const message =
            line.kind === 'require'
              ? `${show(actor.id)} requires ${show(item.id)}, which it gives itself`
              : `${show(actor.id)} refuses to give ${show(item.id)}, which it does not give anyway`;
          ctx.out.push(
            warning(
              'scenario/red-line-giver',
              [...linePath, 'item'],
              message,
              'check the item or the kind of line',
            ),
          );
        }
        const top = Math.max(...item.tiers);
        if (line.minTier > top) {
          ctx.out.push(
            warning(
              'scenario/red-line-unreachable',
              [...linePath, 'minTier'],
              `the red line needs tier ${line.minTier} of ${show(item.id)}, but its largest tier is ${top}`,
              'lower `minTier` or add a larger tier to the item',
            ),
          );
        }
      });
    });
  });
  const complete = ctx.draft.actors.every((actor) => actor !== undefined);
  if (complete && ctx.draft.actors.length > 0 && playable === 0) {
    ctx.out.push(
      problem(
        'scenario/no-playable-actor',
        ['actors'],
        'no actor is playable',
        'set `playable: true` on at least one actor',
      ),
    );
  }
}

function checkOrder(ctx: CheckContext): void {
  const order = ctx.draft.order;
  // An empty `order` is the schema's error; a warning for every actor left out would only repeat it.
  if (order === undefined || order.length === 0) return;
  const listed = new Set<string>();
  order.forEach((entry, index) => {
    if (typeof entry !== 'string') return;
    const path: Path = ['order', index];
    if (listed.has(entry)) {
      ctx.out.push(
        problem(
          'scenario/duplicate-entry',
          path,
          `${show(entry)} is listed twice`,
          'list each delegation once',
        ),
      );
    } else if (ctx.actors.get(entry)?.background) {
      ctx.out.push(
        problem(
          'scenario/background-in-order',
          path,
          `${show(entry)} is a background actor, which never moves`,
          'remove it from `order`, or set `background: false` on the actor',
        ),
      );
    }
    listed.add(entry);
  });
  for (const actor of ctx.actors.values()) {
    if (!actor.background && !listed.has(actor.id)) {
      ctx.out.push(
        warning(
          'scenario/not-in-order',
          ['order'],
          `${show(actor.id)} is not in \`order\`, so it never moves`,
          'add it to `order`, or set `background: true` on the actor',
        ),
      );
    }
  }
}

function checkRelations(ctx: CheckContext): void {
  const pairs = new Set<string>();
  ctx.draft.relations.forEach((relation, index) => {
    if (relation === undefined) return;
    const path: Path = ['relations', index];
    const pair = JSON.stringify([relation.from, relation.to]);
    if (relation.from === relation.to) {
      ctx.out.push(
        problem(
          'scenario/self-reference',
          [...path, 'to'],
          'an actor cannot have a relation with itself',
          'change `to`',
        ),
      );
    } else if (pairs.has(pair)) {
      ctx.out.push(
        problem(
          'scenario/duplicate-relation',
          path,
          `the relation from ${show(relation.from)} to ${show(relation.to)} is listed twice`,
          'keep one of them',
        ),
      );
    }
    pairs.add(pair);
  });
}

function checkItems(ctx: CheckContext): void {
  ctx.draft.items.forEach((item, index) => {
    if (item === undefined) return;
    const path: Path = ['items', index];
    item.tiers.forEach((tier, tierIndex) => {
      const before = item.tiers[tierIndex - 1];
      if (before !== undefined && tier <= before) {
        ctx.out.push(
          problem(
            'scenario/tiers-order',
            [...path, 'tiers', tierIndex],
            `tier ${tier} comes after ${before}; tiers must go from smallest to largest, each once`,
            'sort the tiers and remove repeats',
          ),
        );
      }
    });
    if (item.forums !== undefined) checkDistinct(ctx, item.forums, [...path, 'forums']);
  });
}

function checkForums(ctx: CheckContext): void {
  ctx.draft.forums.forEach((forum, index) => {
    if (forum !== undefined) checkDistinct(ctx, forum.members, ['forums', index, 'members']);
  });
}

/** Every `cite:` mapping anywhere in the raw document, with its path. */
function citations(doc: RawDocument): { source: unknown; quote: unknown; path: Path }[] {
  const found: { source: unknown; quote: unknown; path: Path }[] = [];
  const walk = (value: unknown, path: Path): void => {
    if (Array.isArray(value)) {
      value.forEach((entry, index) => {
        walk(entry, [...path, index]);
      });
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, child] of Object.entries(value)) {
        if (key === 'cite' && typeof child === 'object' && child !== null && Object.hasOwn(child, 'source')) {
          const cite = child as { source: unknown; quote?: unknown };
          found.push({ source: cite.source, quote: cite.quote, path: [...path, key] });
        } else walk(child, [...path, key]);
      }
    }
  };
  walk(doc, []);
  return found;
}

/** How an author gets an article's words to the check, for a hint. */
function whereTextGoes(file: string): string {
  return `save the article's text as \`${file}\` beside the scenario (or in a \`sources\` folder beside it), or paste it under \`text:\` in this entry`;
}

/**
 * Every listed article must have its words somewhere the check can read them (a file beside the
 * scenario, a shipped article, or `text:`), and every quote from it must be those words.
 */
function checkSources(ctx: CheckContext, doc: RawDocument): void {
  const files = new Set<string>();
  const known = ctx.knownSources;
  /** The source material of each listed article whose words are known, normalised. */
  const material = new Map<string, string>();
  ctx.draft.sources.forEach((source, index) => {
    if (source === undefined) return;
    const path: Path = ['sources', index, 'file'];
    const words = source.text ?? ctx.articles.get(source.file);
    if (files.has(source.file)) {
      ctx.out.push(
        problem(
          'scenario/duplicate-entry',
          path,
          `${show(source.file)} is listed twice`,
          'remove one of them',
        ),
      );
    } else if (words !== undefined) {
      material.set(source.file, articleMaterial(source.file, words));
    } else if (known !== undefined && !known.has(source.file)) {
      const guess = didYouMean(source.file, known);
      ctx.out.push(
        problem(
          'scenario/missing-source-file',
          path,
          `there is no article ${show(source.file)}: no file of that name beside the scenario, no shipped article, no \`text\``,
          guess ? `${guess}, or ${whereTextGoes(source.file)}` : whereTextGoes(source.file),
        ),
      );
    }
    files.add(source.file);
  });
  // Only well-formed names are offered: `sourceFiles` is read leniently and may hold refused ones.
  const listed = [...ctx.draft.sourceFiles].filter((file) => FILE_NAME_PATTERN.test(file));
  for (const { source, quote, path } of citations(doc)) {
    if (typeof source !== 'string') continue;
    if (!ctx.draft.sourceFiles.has(source)) {
      const inFolder = known?.has(source) === true;
      ctx.out.push(
        problem(
          'scenario/unlisted-source',
          [...path, 'source'],
          `${show(source)} is cited but not listed under \`sources\``,
          inFolder
            ? `add \`- {file: ${source}, title: ...}\` under \`sources\``
            : didYouMean(source, [...listed, ...(known ?? [])]) ||
                (listed.length > 0
                  ? `cite one of the files listed under \`sources\`: ${listed.join(', ')}`
                  : 'list the article under `sources` first, then cite it by its file name'),
        ),
      );
      continue;
    }
    const words = material.get(source);
    if (words === undefined || typeof quote !== 'string' || isQuoted(words, quote)) continue;
    const nearest = nearestPassage(words, quote);
    ctx.out.push(
      problem(
        'scenario/misquote',
        [...path, 'quote'],
        `this quote is not word for word in ${show(source)}`,
        nearest === null
          ? 'no passage of the article shares a word with it: check which article says this, or cite it as `addedContext: true`'
          : `the nearest passage there is "${nearest.length > 240 ? `${nearest.slice(0, 239)}…` : nearest}": copy the article's words exactly`,
      ),
    );
  }
}

/**
 * The checks across the whole file, after the schema: references resolve and turns fall within the
 * game (checked on the raw document, so broken entries are covered too); then, on whatever passed
 * the schema, lists are in order, moves fit their items and citations point at listed articles.
 */
export function checkScenario(
  doc: RawDocument,
  draft: Draft,
  ids: IdIndex,
  knownSources?: readonly string[],
  articles?: ReadonlyMap<string, string>,
): Finding[] {
  const ctx = makeContext(draft, ids, knownSources, articles);
  checkReferences(ctx, doc);
  checkActors(ctx);
  checkOrder(ctx);
  checkRelations(ctx);
  checkItems(ctx);
  checkForums(ctx);
  checkEvents(ctx);
  checkSelfPairs(ctx);
  checkObjectives(ctx);
  checkHistory(ctx);
  checkSources(ctx, doc);
  return ctx.out;
}
