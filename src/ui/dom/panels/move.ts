import { type Action, PRESSURE_LEVELS } from '../../../engine/index.ts';
import type { Draft } from '../../../store/index.ts';
import { t } from '../../strings/index.ts';
import {
  type Candidate,
  type MovePanel,
  movePanel,
  type OfferCheck,
  offerWarning,
  walkOutWarning,
} from '../../viewmodel/index.ts';
import type { ViewContext } from '../context.ts';
import { actionButton, h, nextId } from '../el.ts';
import { packageFields, previewBox } from './builder.ts';

/** A labelled select whose choice survives re-renders (kept in `ui.form`). */
export function choice(
  ctx: ViewContext,
  key: string,
  label: string,
  options: readonly { value: string; label: string }[],
  onChange?: (value: string) => void,
): { field: HTMLElement; value: string } {
  const stored = ctx.ui.form.get(key);
  const value = options.find((o) => o.value === stored)?.value ?? options[0]?.value ?? '';
  const id = nextId('f');
  const field = h(
    'div',
    { class: 'field' },
    h('label', { attrs: { for: id } }, label),
    h(
      'select',
      {
        id,
        key,
        on: {
          change: (e) => {
            const next = (e.target as HTMLSelectElement).value;
            ctx.ui.form.set(key, next);
            if (onChange) onChange(next);
            else ctx.refresh();
          },
        },
      },
      ...options.map((o) => h('option', { attrs: { value: o.value, selected: o.value === value } }, o.label)),
    ),
  );
  return { field, value };
}

function send(ctx: ViewContext, action: Action): void {
  ctx.state.submit(action);
}

/** A candidate by key, or null when there is nothing to choose. */
function pick<C extends Candidate>(list: readonly C[], key: string): C | null {
  return list.find((c) => c.key === key) ?? null;
}

/** Why a button is unavailable: the engine's reason, or that there is no such move now. */
function reasonOf(c: Candidate | null): string | null {
  return c ? c.error : t('move.notYourTurn');
}

function sideMove(title: string, fields: HTMLElement[], button: HTMLElement[]): HTMLElement {
  return h(
    'div',
    { class: 'side-move' },
    h('h4', {}, title),
    h('div', { class: 'side-fields' }, ...fields),
    ...button,
  );
}

function sideMoves(ctx: ViewContext, panel: MovePanel): HTMLElement {
  const people = panel.counterparts.map((c) => ({ value: c.id, label: c.name }));
  const summit = choice(ctx, 'summit.with', t('move.summitWith'), people);
  const summitPick = pick(panel.summit, `summit:${summit.value}`);
  const pTarget = choice(ctx, 'pressure.target', t('move.pressureTarget'), people);
  const pLevel = choice(
    ctx,
    'pressure.level',
    t('move.pressureLevel'),
    PRESSURE_LEVELS.map((l) => ({ value: String(l), label: t(`move.pressureLevel.${l}`) })),
  );
  const pressurePick = pick(panel.pressure, `pressure:${pTarget.value}:${pLevel.value}`);
  const allies = [...new Set(panel.coordinate.map((c) => c.action.ally))];
  const cAlly = choice(
    ctx,
    'coordinate.ally',
    t('move.coordinateAlly'),
    allies.map((id) => ({
      value: id,
      label: panel.coordinate.find((c) => c.key.startsWith(`coordinate:${id}:`))?.label ?? id,
    })),
  );
  const cTargets = panel.counterparts
    .filter((c) => c.id !== cAlly.value)
    .map((c) => ({ value: c.id, label: c.name }));
  const cTarget = choice(ctx, 'coordinate.target', t('move.coordinateTarget'), cTargets);
  const coordinatePick = pick(panel.coordinate, `coordinate:${cAlly.value}:${cTarget.value}`);
  const giftOptions = [
    ...new Map(
      panel.gift.map((g) => {
        const { item, tier } = g.action;
        return [
          `${item}:${tier}`,
          {
            value: `${item}:${tier}`,
            label: tier !== 1 ? `${g.label} (${Math.round(tier * 100)}%)` : g.label,
          },
        ];
      }),
    ).values(),
  ];
  const gItem = choice(ctx, 'gift.item', t('move.giftItem'), giftOptions);
  const gTo = choice(ctx, 'gift.to', t('move.giftTo'), people);
  const gCond = ctx.ui.form.get('gift.conditional') === 'true';
  const condBox = h(
    'label',
    { class: 'check small' },
    h('input', {
      key: 'gift.conditional',
      attrs: { type: 'checkbox', checked: gCond },
      on: {
        change: (e) => {
          ctx.ui.form.set('gift.conditional', String((e.target as HTMLInputElement).checked));
          ctx.refresh();
        },
      },
    }),
    h('span', {}, t('move.giftConditional')),
  );
  const giftPick = pick(panel.gift, `gift:${gTo.value}:${gItem.value}:${gCond}`);
  const press = (c: Candidate | null, label: string, key: string) =>
    actionButton(label, reasonOf(c), () => c && send(ctx, c.action), { key });
  return h(
    'section',
    { class: 'move-section', attrs: { 'aria-labelledby': 'side-h' } },
    h('h3', { id: 'side-h' }, t('move.side')),
    h('p', { class: 'hint' }, t('move.sideHint')),
    h(
      'div',
      { class: 'side-grid' },
      sideMove(t('move.summit'), [summit.field], press(summitPick, t('move.summit'), 'do-summit')),
      sideMove(
        t('move.pressure'),
        [pTarget.field, pLevel.field],
        press(pressurePick, t('move.pressure'), 'do-pressure'),
      ),
      allies.length > 0
        ? sideMove(
            t('move.coordinate'),
            [cAlly.field, cTarget.field],
            press(coordinatePick, t('move.coordinate'), 'do-coordinate'),
          )
        : sideMove(t('move.coordinate'), [h('p', { class: 'hint' }, t('move.noAllies'))], []),
      giftOptions.length > 0
        ? sideMove(
            t('move.gift'),
            [gItem.field, gTo.field, condBox],
            press(giftPick, t('move.gift'), 'do-gift'),
          )
        : null,
      h(
        'div',
        { class: 'side-move' },
        h('h4', {}, t('move.deliver')),
        panel.deliver.length === 0
          ? h('p', { class: 'hint' }, t('move.noPromises'))
          : h(
              'ul',
              { class: 'plain' },
              ...panel.deliver.map((d) =>
                h('li', {}, ...press(d, `${t('move.deliver')}: ${d.label}`, d.key)),
              ),
            ),
      ),
    ),
  );
}

function tableMoves(ctx: ViewContext, panel: MovePanel): HTMLElement {
  const people = panel.counterparts.map((c) => ({ value: c.id, label: c.name }));
  const walk = choice(ctx, 'walkOut.from', t('move.walkOut'), people);
  const walkPick = pick(panel.walkOut, `walkOut:${walk.value}`);
  const { wait, backDown } = panel;
  return h(
    'section',
    { class: 'move-section', attrs: { 'aria-labelledby': 'table-h' } },
    h('h3', { id: 'table-h' }, t('move.tableMoves')),
    h(
      'div',
      { class: 'table-moves' },
      h(
        'div',
        { class: 'side-move' },
        ...actionButton(t('move.wait'), reasonOf(wait), () => wait && send(ctx, wait.action), {
          key: 'do-wait',
          class: 'btn-primary',
        }),
      ),
      h(
        'div',
        { class: 'side-move' },
        walk.field,
        ...actionButton(
          t('move.walkOutButton'),
          walkPick?.error ?? null,
          () =>
            walkPick &&
            ctx.guard(walkOutWarning(ctx.state.session!.scenario, walkPick.action.from), () =>
              send(ctx, walkPick.action),
            ),
          { key: 'do-walkout' },
        ),
      ),
      h(
        'div',
        { class: 'side-move' },
        ...actionButton(
          t('move.backDown'),
          reasonOf(backDown),
          () => backDown && send(ctx, backDown.action),
          {
            key: 'do-backdown',
          },
        ),
      ),
    ),
  );
}

/** Makes the offer, asking first when the advisors expect the player's own public to reject it. */
export function commitOffer(ctx: ViewContext, offer: OfferCheck, to: string | null): void {
  const action = offer.action;
  if (!action) return;
  const warning =
    offer.preview && to ? offerWarning(ctx.state.session!.scenario, offer.preview.ourHome, to) : null;
  ctx.guard(warning, () => send(ctx, action));
}

/** The builder for an offer: counterpart, forum, package, preview, commit. */
function offerBuilder(ctx: ViewContext, panel: MovePanel, draft: Draft): HTMLElement {
  const setDraft = (d: Draft) => ctx.state.setDraft({ ...d, to: panel.to, forum: d.forum });
  const to = choice(
    ctx,
    'offer.to',
    t('move.to'),
    panel.counterparts.map((c) => ({ value: c.id, label: c.name })),
    (value) => ctx.state.setDraft({ to: value, forum: null, give: [], ask: [] }),
  );
  const forum = choice(
    ctx,
    'offer.forum',
    t('move.forum'),
    panel.forums.map((f) => ({ value: f.id ?? '', label: f.name })),
    (value) => ctx.state.setDraft({ ...draft, to: panel.to, forum: value === '' ? null : value }),
  );
  const offer = panel.offer;
  return h(
    'section',
    { class: 'move-section', attrs: { 'aria-labelledby': 'offer-h' } },
    h('h3', { id: 'offer-h' }, t('move.package')),
    h('div', { class: 'offer-target' }, to.field, forum.field),
    ...packageFields(
      ctx,
      panel.give,
      panel.ask,
      { ...draft, to: panel.to, forum: panel.forum },
      setDraft,
      'offer',
    ),
    previewBox(ctx, offer),
    h(
      'div',
      { class: 'commit' },
      ...actionButton(t('move.makeOffer'), offer.error, () => commitOffer(ctx, offer, panel.to), {
        key: 'do-offer',
        class: 'btn-primary',
      }),
      draft.give.length + draft.ask.length > 0
        ? h(
            'button',
            {
              class: 'btn btn-quiet',
              key: 'clear-offer',
              attrs: { type: 'button' },
              on: { click: () => ctx.state.setDraft({ ...draft, give: [], ask: [] }) },
            },
            t('move.clear'),
          )
        : null,
    ),
  );
}

/** The whole move panel for the player's turn. */
export function movePanelView(ctx: ViewContext): HTMLElement[] {
  const session = ctx.state.session!;
  const draft = ctx.state.draft;
  const panel = movePanel(session.scenario, session.state, session.player, draft);
  // The selects show what the draft holds: the draft is the single source of the offer.
  ctx.ui.form.set('offer.to', panel.to ?? '');
  ctx.ui.form.set('offer.forum', panel.forum ?? '');
  return [offerBuilder(ctx, panel, draft), sideMoves(ctx, panel), tableMoves(ctx, panel)];
}
