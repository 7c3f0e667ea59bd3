import { ARTICLE_FILES } from '../../scenario/index.ts';
import type { BalanceSummary } from '../../sim/index.ts';
import { actionButton, h } from '../dom/index.ts';
import { t } from '../strings/index.ts';
import { countText } from '../viewmodel/index.ts';
import type { StudioState } from './state.ts';

/**
 * The studio's side panel: whether the draft is saved, what the checker says (each problem a way
 * to its line), Play it and Balance it with the reason they wait, the balance report, the draft's
 * articles and the quick start.
 */

/** What the panel shows and what its controls do. */
export interface SideContext {
  readonly s: StudioState;
  /** The panel's element, where the chosen seat is read from. */
  readonly side: HTMLElement;
  readonly jumpTo: (line: number, column: number) => void;
  readonly playIt: (seat: string) => Promise<void>;
  readonly balanceIt: () => Promise<void>;
  readonly stop: () => void;
  readonly addArticles: (files: readonly File[]) => Promise<void>;
  readonly removeArticle: (name: string) => void;
}

export function sidePanel(c: SideContext): Node[] {
  return sideParts(c).filter((n): n is HTMLElement => n !== null);
}

function sideParts(c: SideContext): (HTMLElement | null)[] {
  const errors = c.s.problems.filter((p) => p.severity === 'error').length;
  const warnings = c.s.problems.length - errors;
  const seats = (c.s.scenario?.actors ?? []).filter((a) => a.playable);
  const seatSelect = h(
    'select',
    { key: 'studio-seat' },
    ...seats.map((a) => h('option', { attrs: { value: a.id } }, a.name)),
  ) as HTMLSelectElement;
  const busy = c.s.busy;
  // Why "Play it" and "Balance it" cannot run now, said beside them; null when they can.
  const why = busy
    ? t('studio.busy')
    : seats.length === 0
      ? t('studio.noSeats')
      : c.s.checked && errors > 0
        ? t('studio.fixFirst', { errors: countText(errors, 'errors') })
        : null;
  return [
    h(
      'p',
      {
        class: `studio-saved ${c.s.saved === 'saved' ? '' : 'tone-error'}`,
        key: 'studio-saved',
        attrs: { role: 'status' },
      },
      c.s.saved === 'saved' ? t('studio.saved') : t(`studio.notSaved.${c.s.saved}`),
    ),
    h('h2', {}, t('studio.checkHeading')),
    h(
      'p',
      { class: 'studio-counts', key: 'studio-counts' },
      !c.s.checked
        ? t('studio.checkingText')
        : errors + warnings === 0
          ? t('studio.clean')
          : t('studio.counts', {
              errors: countText(errors, 'errors'),
              warnings: countText(warnings, 'warnings'),
            }),
    ),
    c.s.problems.length === 0
      ? null
      : h(
          'ul',
          { class: 'studio-problems', attrs: { 'aria-label': t('studio.problems') } },
          ...c.s.problems.slice(0, 50).map((p, k) =>
            h(
              'li',
              { class: `sev-${p.severity}` },
              h(
                'button',
                {
                  class: 'btn-link',
                  key: `studio-problem-${k}`,
                  attrs: { type: 'button' },
                  on: { click: () => c.jumpTo(p.line, p.column) },
                },
                t(p.severity === 'error' ? 'studio.errorAt' : 'studio.warningAt', { line: p.line }),
              ),
              ` ${p.message}`,
              p.hint ? h('span', { class: 'hint' }, ` — ${p.hint}`) : null,
            ),
          ),
        ),
    h('h2', {}, t('studio.tryHeading')),
    seats.length > 0
      ? h('label', { class: 'studio-field' }, h('span', {}, t('studio.seat')), seatSelect)
      : null,
    ...tryButtons(c, why),
    busy
      ? h(
          'div',
          { class: 'check-status', attrs: { 'aria-busy': 'true' } },
          h(
            'p',
            {},
            t(busy.what === 'play' ? 'studio.checking' : 'studio.balancing', {
              played: busy.played,
              atMost: busy.atMost,
            }),
          ),
          h(
            'button',
            {
              class: 'btn btn-quiet',
              key: 'studio-stop',
              attrs: { type: 'button' },
              on: { click: () => c.stop() },
            },
            t('open.stop'),
          ),
        )
      : null,
    c.s.outcome ? h('p', { class: 'studio-outcome tone-error', key: 'studio-outcome' }, c.s.outcome) : null,
    c.s.balance ? balancePanel(c.s.balance) : null,
    articlesPanel(c),
    h(
      'details',
      { class: 'studio-quick', attrs: { open: true } },
      h('summary', {}, t('studio.quickHeading')),
      h(
        'ol',
        {},
        ...t('studio.quick')
          .split('\n')
          .map((line) => h('li', {}, line)),
      ),
    ),
  ];
}

function tryButtons(c: SideContext, why: string | null): HTMLElement[] {
  const seat = () => c.side.querySelector<HTMLSelectElement>('[data-key="studio-seat"]')?.value ?? '';
  const [play, reason] = actionButton(t('studio.play'), why, () => void c.playIt(seat()), {
    key: 'studio-play',
    class: 'btn-primary',
  });
  // One reason serves both buttons: they are unavailable for the same reason.
  const balance = h(
    'button',
    {
      class: 'btn',
      key: 'studio-balance',
      attrs: {
        type: 'button',
        'aria-disabled': why ? 'true' : null,
        'aria-describedby': reason instanceof HTMLElement ? reason.id : null,
      },
      on: { click: () => !why && void c.balanceIt() },
    },
    t('studio.balance'),
  );
  return [h('div', { class: 'studio-actions' }, play ?? null, balance), ...(reason ? [reason] : [])];
}

function balancePanel(balance: BalanceSummary): HTMLElement {
  return h(
    'section',
    { class: 'studio-balance', attrs: { 'aria-label': t('studio.balanceHeading') } },
    h(
      'h3',
      { key: 'studio-balance-h', attrs: { tabindex: -1 } },
      t('studio.balanceHeading'),
      ` (${t('studio.seeds', { runs: balance.runs })})`,
    ),
    h('ul', {}, ...balance.seats.map((seat) => h('li', {}, seat.difficulty))),
    h(
      'ul',
      { class: 'studio-checks' },
      ...balance.checks.map((check) =>
        h(
          'li',
          { class: check.pass ? 'tone-ok' : 'tone-error' },
          h('strong', {}, `${check.pass ? '✔' : '✖'} ${check.name}`),
          ` ${check.detail}`,
          check.hint ? h('p', { class: 'hint' }, t('studio.change', { hint: check.hint })) : null,
        ),
      ),
    ),
  );
}

function articlesPanel(c: SideContext): HTMLElement {
  const input = h('input', {
    class: 'file-input',
    key: 'studio-articles-input',
    attrs: { type: 'file', accept: '.txt', multiple: true, id: 'studio-articles-input' },
    on: {
      change: () => {
        const files = Array.from(input.files ?? []);
        input.value = '';
        void c.addArticles(files);
      },
    },
  });
  const names = Object.keys(c.s.draft.articles);
  return h(
    'section',
    { class: 'studio-articles', attrs: { 'aria-labelledby': 'studio-articles-h' } },
    h('h2', { id: 'studio-articles-h' }, t('studio.articles')),
    h('p', { class: 'hint' }, t('studio.articlesHint', { shipped: ARTICLE_FILES.length })),
    names.length === 0
      ? null
      : h(
          'ul',
          {},
          ...names.map((name) =>
            h(
              'li',
              {},
              name,
              ' ',
              h(
                'button',
                {
                  class: 'btn-link',
                  key: `studio-drop-${name}`,
                  attrs: { type: 'button' },
                  on: { click: () => c.removeArticle(name) },
                },
                t('studio.removeArticle', { name }),
              ),
            ),
          ),
        ),
    input,
    h('label', { class: 'btn file-label', attrs: { for: 'studio-articles-input' } }, t('studio.addArticles')),
  );
}
