import emblemUrl from '../../../../assets/emblem.svg';
import { MAX_SAVE_CHARS } from '../../../store/index.ts';
import { savedWhen, t, tn } from '../../strings/index.ts';
import { type ScenarioCard, titleView } from '../../viewmodel/index.ts';
import type { ViewContext } from '../context.ts';
import { h, nextId } from '../el.ts';
import { readChosenFile } from '../files.ts';
import { linkPrompt } from '../panels/class-link.ts';
import { checkPanel } from '../panels/file-check.ts';
import { openFileSection } from '../panels/open-file.ts';
import { stuckGamesSection } from '../panels/stuck-games.ts';

/** Several people at this screen, each leading a delegation: the card's form for it. */
function hotseatPart(ctx: ViewContext, card: ScenarioCard, headingId: string): HTMLElement {
  const key = `${card.id}:${card.hash}`;
  const open = ctx.ui.hotseat?.card === key ? ctx.ui.hotseat : null;
  if (!open) {
    return h(
      'button',
      {
        class: 'btn btn-quiet hotseat-open',
        key: `hotseat:${key}`,
        attrs: { type: 'button', 'aria-describedby': headingId },
        on: {
          click: () => {
            ctx.ui.hotseat = { card: key, seats: card.delegations.slice(0, 2).map((d) => d.id) };
            ctx.refresh();
          },
        },
      },
      t('hotseat.open'),
    );
  }
  const enough = open.seats.length >= 2;
  return h(
    'fieldset',
    { class: 'hotseat-form' },
    h('legend', {}, t('hotseat.legend')),
    h('p', { class: 'hint' }, t('hotseat.hint')),
    ...card.delegations.map((d) =>
      h(
        'label',
        { class: 'lesson-radio' },
        h('input', {
          key: `hotseat-seat:${key}:${d.id}`,
          attrs: { type: 'checkbox', checked: open.seats.includes(d.id) },
          on: {
            change: (e) => {
              const on = (e.currentTarget as HTMLInputElement).checked;
              const seats = on ? [...open.seats, d.id] : open.seats.filter((s) => s !== d.id);
              ctx.ui.hotseat = {
                card: key,
                seats: card.delegations.map((x) => x.id).filter((id) => seats.includes(id)),
              };
              ctx.refresh();
            },
          },
        }),
        ` ${d.name}`,
      ),
    ),
    enough ? null : h('p', { class: 'warning' }, t('hotseat.needTwo')),
    h(
      'div',
      { class: 'card-actions' },
      h(
        'button',
        {
          class: 'btn btn-primary',
          key: `hotseat-start:${key}`,
          attrs: { type: 'button', 'aria-disabled': enough ? null : 'true' },
          on: {
            click: () => {
              if (!enough) return;
              const [first, ...others] = open.seats;
              ctx.ui.hotseat = null;
              ctx.state.startGame(card.id, first!, { hash: card.hash, people: others });
            },
          },
        },
        t('hotseat.start'),
      ),
      h(
        'button',
        {
          class: 'btn btn-quiet',
          key: `hotseat-cancel:${key}`,
          attrs: { type: 'button' },
          on: {
            click: () => {
              ctx.ui.hotseat = null;
              ctx.refresh();
            },
          },
        },
        t('hotseat.cancel'),
      ),
    ),
  );
}

/** One scenario card: what the situation is, and a button per delegation that can be played. */
function scenarioCard(ctx: ViewContext, card: ScenarioCard): HTMLElement {
  const headingId = nextId('card');
  const from = card.fromFile;
  return h(
    'li',
    {},
    h(
      'article',
      { class: from ? 'card card-file' : 'card', attrs: { 'aria-labelledby': headingId } },
      from ? h('p', { class: 'card-badge' }, `${t('title.fromFile')}: ${from.name}`) : null,
      h('p', { class: 'card-period' }, card.period),
      h('h3', { id: headingId }, card.title),
      h('p', { class: 'card-place' }, `${card.place} · ${tn('title.turns', card.turns)}`),
      h('p', { class: 'card-summary' }, card.summary),
      h('p', { class: 'card-label' }, t('title.delegations')),
      h(
        'div',
        { class: 'card-actions' },
        ...card.delegations.map((d) =>
          h(
            'button',
            {
              class: 'btn btn-seat',
              key: `play:${from ? 'file:' : ''}${card.id}:${d.id}`,
              // The card's title describes the button, so "Play as Japan" is never ambiguous.
              attrs: { type: 'button', 'aria-describedby': headingId },
              on: { click: () => ctx.state.startGame(card.id, d.id, { hash: card.hash }) },
            },
            h('span', {}, t('title.playAs', { name: d.name })),
            h('span', { class: 'seat-leader' }, d.leader),
          ),
        ),
      ),
      card.delegations.length >= 2 ? hotseatPart(ctx, card, headingId) : null,
      from
        ? h(
            'div',
            { class: 'card-file-foot' },
            h('p', { class: 'hint' }, from.kept === 'kept' ? t('open.kept') : t(`open.notKept.${from.kept}`)),
            h(
              'button',
              {
                class: 'btn btn-quiet',
                key: `forget:${card.id}`,
                attrs: { type: 'button', 'aria-describedby': headingId },
                on: { click: () => ctx.state.forgetOpenedScenario(card.id) },
              },
              t('open.forget'),
            ),
          )
        : null,
    ),
  );
}

/** The title screen: a class link's message, games to continue, scenario cards, files, import. */
export function titleScreen(ctx: ViewContext): Node[] {
  const { state } = ctx;
  const view = titleView(state.catalogue, state.games, state.opened, state.keptSeats);
  const importId = nextId('import');
  const importHint = nextId('import-hint');
  const nodes: Node[] = [
    h(
      'header',
      { class: 'title-hero' },
      h('img', { class: 'hero-emblem', attrs: { src: emblemUrl, alt: '', width: 72, height: 72 } }),
      h('p', { class: 'eyebrow' }, t('app.tagline')),
      h('h1', { attrs: { tabindex: -1 }, key: 'screen-heading' }, t('title.heading')),
      h('p', { class: 'lede' }, t('title.lede')),
    ),
  ];
  const link = linkPrompt(ctx);
  if (link) nodes.push(link);

  if (view.games.length > 0) {
    nodes.push(
      h(
        'section',
        { class: 'continue', attrs: { 'aria-labelledby': 'continue-h' } },
        h('h2', { id: 'continue-h' }, t('title.continueHeading')),
        h(
          'ul',
          { class: 'continue-list' },
          ...view.games.map((g) =>
            h(
              'li',
              {},
              h(
                'button',
                {
                  class: 'btn btn-primary continue-btn',
                  key: `continue:${g.game}`,
                  attrs: { type: 'button' },
                  // A game on a kept scenario file can open once that file is loaded again.
                  on: { click: () => void ctx.services.filesReady.then(() => ctx.state.openGame(g.game)) },
                },
                h('span', { class: 'continue-title' }, g.title),
                h(
                  'span',
                  { class: 'continue-meta' },
                  `${g.playerName} · ${g.ended ? t('title.finished') : g.turnLabel}`,
                ),
                h('span', { class: 'continue-meta' }, t('title.savedAt', { when: savedWhen(g.savedAt) })),
              ),
            ),
          ),
        ),
      ),
    );
  }

  const stuck = stuckGamesSection(ctx);
  if (stuck) nodes.push(stuck);

  nodes.push(
    h(
      'section',
      { class: 'scenarios', attrs: { 'aria-labelledby': 'scenarios-h' } },
      h('h2', { id: 'scenarios-h' }, t('title.scenarios')),
      view.cards.length === 0 ? h('p', {}, t('title.noScenarios')) : null,
      h('ul', { class: 'cards' }, ...view.cards.map((card) => scenarioCard(ctx, card))),
    ),
  );

  if (view.broken.length > 0) {
    nodes.push(
      h(
        'section',
        { class: 'broken', attrs: { 'aria-labelledby': 'broken-h' } },
        h('h2', { id: 'broken-h' }, t('title.brokenHeading')),
        ...view.broken.map((b) =>
          h(
            'details',
            // Open: an author editing the file under `npm run dev` wants the lines at once.
            { attrs: { open: true } },
            h('summary', {}, t('title.brokenFile', { file: b.file })),
            h('ul', { class: 'problems' }, ...b.problems.map((p) => h('li', {}, p))),
          ),
        ),
      ),
    );
  }

  nodes.push(
    openFileSection(
      ctx,
      checkPanel(ctx),
      view.fileCards.length === 0
        ? null
        : h('ul', { class: 'cards file-cards' }, ...view.fileCards.map((card) => scenarioCard(ctx, card))),
    ),
  );

  const input = h('input', {
    id: importId,
    class: 'file-input',
    attrs: { type: 'file', accept: '.json,application/json', 'aria-describedby': importHint },
    on: {
      change: async () => {
        const text = await readChosenFile(input, MAX_SAVE_CHARS);
        if (text !== null) ctx.state.importSave(text);
      },
    },
  });
  nodes.push(
    h(
      'section',
      { class: 'import', attrs: { 'aria-label': t('title.import') } },
      input,
      h('label', { class: 'btn btn-quiet file-label', attrs: { for: importId } }, t('title.import')),
      h('p', { class: 'hint', id: importHint }, t('title.importHint')),
    ),
    h(
      'section',
      { class: 'teachers', attrs: { 'aria-labelledby': 'teachers-h' } },
      h('h2', { id: 'teachers-h' }, t('class.eyebrow')),
      h(
        'button',
        {
          class: 'btn',
          key: 'to-class',
          attrs: { type: 'button', 'aria-describedby': 'teachers-hint' },
          on: { click: () => ctx.state.show('class') },
        },
        t('title.classPage'),
      ),
      h('p', { class: 'hint', id: 'teachers-hint' }, t('title.classPageHint')),
      // The guide is a page of the site (vite.config.ts makes it from docs/teaching.md).
      h('p', {}, h('a', { key: 'to-teaching', attrs: { href: './teaching.html' } }, t('title.teaching'))),
    ),
  );
  return nodes;
}
