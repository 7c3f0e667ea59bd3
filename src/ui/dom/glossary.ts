import { t } from '../strings/index.ts';
import { glossaryEntries, linkedParts, markedParts, type TermId, type TextPart } from '../viewmodel/index.ts';
import type { ViewContext } from './context.ts';
import { h } from './el.ts';

/** What a glossary word needs of the context: only the way to open the dialog. */
type Opens = Pick<ViewContext, 'openGlossary'>;

/**
 * A word that opens its glossary entry: a button that reads as an underlined word. `place` keeps
 * its key apart from the same word elsewhere on the page, so focus comes back to this one when
 * the dialog closes, even after a re-render.
 */
export function termLink(ctx: Opens, id: TermId, text: string, place = 'text'): HTMLElement {
  return h(
    'button',
    {
      class: 'term-link',
      key: `term:${id}:${place}`,
      attrs: { type: 'button', 'aria-haspopup': 'dialog', 'data-term': id },
      on: { click: (event) => ctx.openGlossary(id, event.currentTarget as HTMLElement) },
    },
    text,
  );
}

function partsToNodes(ctx: Opens, parts: readonly TextPart[], place: string): (Node | string)[] {
  return parts.map((p) => (p.term ? termLink(ctx, p.term, p.text, place) : p.text));
}

/** The game's own sentence with its marked words (`[[id|words]]`) as glossary words. */
export function markedText(ctx: Opens, text: string, place: string): (Node | string)[] {
  return partsToNodes(ctx, markedParts(text), place);
}

/**
 * A sentence written elsewhere (the advisors' advice, a status line) with the glossary's words
 * found in it linked, each once per `seen` set: pass one set for a whole block.
 */
export function linkedText(ctx: Opens, text: string, place: string, seen?: Set<TermId>): (Node | string)[] {
  return partsToNodes(ctx, linkedParts(text, seen), place);
}

/** The DOM id of an entry's heading. */
export function entryHeadingId(id: TermId): string {
  return `gloss-${id}`;
}

/**
 * The help dialog's content below its heading: how to play in a few lines, the tour again, and
 * every word of the glossary, with `current` marked (the dialog scrolls to it and focuses it).
 */
/** Where a quote goes in a translated sentence, so the quote can be set in its own element. */
const QUOTE_MARK = '\u0000';

/** A sentence around a quote from the articles: the quote marked English (`lang="en"`), as it is. */
function quotedIn(sentence: string, quote: string): (string | HTMLElement)[] {
  const [before = '', after = ''] = sentence.split(QUOTE_MARK);
  return [before, h('span', { attrs: { lang: 'en' } }, quote), after];
}

export function glossaryBody(ctx: ViewContext, current: TermId | null, showTour: () => void): Node[] {
  const waiting = !ctx.state.settings.toured && !ctx.state.session;
  return [
    h('p', {}, t('glossary.intro')),
    h(
      'p',
      { class: 'help-tour' },
      h(
        'button',
        {
          class: 'btn',
          key: 'tour-again',
          attrs: { type: 'button' },
          on: { click: () => showTour() },
        },
        t('glossary.tourAgain'),
      ),
      // Asked for away from a game (the live region says so too): it waits for the next table.
      waiting ? h('span', { class: 'hint' }, t('glossary.tourLater')) : null,
    ),
    h('h3', { class: 'gloss-heading' }, t('glossary.terms')),
    ...glossaryEntries().map((entry) =>
      h(
        'section',
        {
          class: `gloss-entry${entry.id === current ? ' is-current' : ''}`,
          attrs: { 'aria-labelledby': entryHeadingId(entry.id) },
        },
        h(
          'h4',
          { id: entryHeadingId(entry.id), key: `gloss:${entry.id}`, attrs: { tabindex: -1 } },
          entry.term,
        ),
        h('p', {}, entry.text),
        entry.source
          ? h(
              'p',
              { class: 'gloss-source' },
              ...quotedIn(t('glossary.source', { quote: QUOTE_MARK }), entry.source.quote),
              ' ',
              h('cite', {}, entry.source.credit),
            )
          : null,
        entry.related.length > 0
          ? h(
              'p',
              { class: 'gloss-related' },
              `${t('glossary.seeAlso')} `,
              ...entry.related.flatMap((r, i) => [
                i > 0 ? t('list.comma') : '',
                // A jump within the open dialog: the dialog keeps the word that opened it.
                h(
                  'button',
                  {
                    class: 'term-link',
                    key: `gloss-jump:${entry.id}:${r.id}`,
                    attrs: { type: 'button' },
                    on: { click: () => ctx.openGlossary(r.id, null) },
                  },
                  r.term,
                ),
              ]),
            )
          : null,
      ),
    ),
  ];
}
