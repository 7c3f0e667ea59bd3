import type { PackageLine, Preview } from '../../../engine/index.ts';
import type { Draft } from '../../../store/index.ts';
import { t } from '../../strings/index.ts';
import { type ItemRow, type OfferCheck, type TermId, vp } from '../../viewmodel/index.ts';
import type { ViewContext } from '../context.ts';
import { h, nextId } from '../el.ts';
import { linkedText, markedText, termLink } from '../glossary.ts';

/** Changes one side of a draft package. */
type SetLines = (side: 'give' | 'ask', lines: PackageLine[]) => void;

function updateLine(lines: readonly PackageLine[], item: string, next: PackageLine | null): PackageLine[] {
  const rest = lines.filter((l) => l.item !== item);
  return next ? [...rest, next] : rest;
}

/** One item row: include it, choose the tier, and (for gives) promise it or make it conditional. */
function itemRow(
  row: ItemRow,
  side: 'give' | 'ask',
  lines: readonly PackageLine[],
  set: SetLines,
  prefix: string,
): HTMLElement {
  const line = row.line;
  const disabled = row.unavailable !== null && line === null;
  const reasonId = row.unavailable ? nextId('reason') : null;
  const descId = row.description ? nextId('desc') : null;
  const tierOf = line?.tier ?? row.tiers[row.tiers.length - 1]?.tier ?? 1;
  const write = (patch: Partial<PackageLine> | null) => {
    if (patch === null) return set(side, updateLine(lines, row.id, null));
    const base: PackageLine = line ?? { item: row.id, tier: tierOf };
    const next = { ...base, ...patch };
    const clean: PackageLine = {
      item: next.item,
      tier: next.tier,
      ...(next.promised ? { promised: true } : {}),
      ...(next.conditional ? { conditional: true } : {}),
    };
    set(side, updateLine(lines, row.id, clean));
  };
  const include = h('input', {
    key: `${prefix}:${side}:${row.id}:on`,
    attrs: {
      type: 'checkbox',
      checked: line !== null,
      disabled,
      'aria-describedby': [descId, reasonId].filter(Boolean).join(' ') || null,
    },
    on: { change: (e) => write((e.target as HTMLInputElement).checked ? {} : null) },
  });
  const flag = (name: 'promised' | 'conditional', label: string) => {
    const box = h('input', {
      key: `${prefix}:${side}:${row.id}:${name}`,
      attrs: { type: 'checkbox', checked: line?.[name] === true },
      on: { change: (e) => write({ [name]: (e.target as HTMLInputElement).checked }) },
    });
    return h('label', { class: 'check small' }, box, h('span', {}, label));
  };
  const tierSelect =
    row.tiers.length > 1
      ? h(
          'label',
          { class: 'inline-field' },
          h('span', {}, t('move.tier')),
          h(
            'select',
            {
              key: `${prefix}:${side}:${row.id}:tier`,
              attrs: { disabled },
              on: { change: (e) => write({ tier: Number((e.target as HTMLSelectElement).value) }) },
            },
            ...row.tiers.map((tier) =>
              h('option', { attrs: { value: tier.tier, selected: tier.tier === tierOf } }, tier.label),
            ),
          ),
        )
      : null;
  return h(
    'li',
    { class: `item-row${line ? ' is-on' : ''}${disabled ? ' is-off' : ''}` },
    h(
      'label',
      { class: 'check' },
      include,
      h('span', { class: 'item-name' }, row.name),
      h('span', { class: 'kind-tag' }, t(`kind.${row.kind}`)),
    ),
    row.description
      ? h('p', { class: 'item-desc', ...(descId ? { id: descId } : {}) }, row.description)
      : null,
    line || !disabled
      ? h(
          'div',
          { class: 'item-options' },
          tierSelect,
          side === 'give' && line ? flag('promised', t('move.promised')) : null,
          side === 'give' && line ? flag('conditional', t('move.conditional')) : null,
        )
      : null,
    row.unavailable
      ? h('p', { class: 'reason', ...(reasonId ? { id: reasonId } : {}) }, row.unavailable)
      : null,
  );
}

/** The give and ask lists of the offer builder. */
export function packageFields(
  ctx: ViewContext,
  give: readonly ItemRow[],
  ask: readonly ItemRow[],
  draft: Draft,
  setDraft: (draft: Draft) => void,
  prefix: string,
): HTMLElement[] {
  const set: SetLines = (side, lines) => setDraft({ ...draft, [side]: lines });
  const list = (rows: readonly ItemRow[], side: 'give' | 'ask', legend: string) =>
    h(
      'fieldset',
      { class: `package package-${side}` },
      h('legend', {}, legend),
      // What the options of a give mean, once for the list rather than on every row.
      side === 'give' && rows.length > 0
        ? h('p', { class: 'hint' }, ...markedText(ctx, t('glossary.giveOptions'), prefix))
        : null,
      rows.length === 0
        ? h('p', { class: 'hint' }, t('move.nothingToGive'))
        : h('ul', { class: 'item-list' }, ...rows.map((r) => itemRow(r, side, draft[side], set, prefix))),
    );
  return [list(give, 'give', t('move.give')), list(ask, 'ask', t('move.ask'))];
}

const LIKELY_ICON: Record<Preview['likely'], string> = { accept: '✔', reject: '✖', uncertain: '?' };

/** The advisors' preview of the draft, before it is committed. */
export function previewBox(ctx: ViewContext, check: OfferCheck): HTMLElement {
  const p = check.preview;
  if (!p) return h('div', { class: 'preview is-empty' }, h('p', { class: 'hint' }, t('move.previewEmpty')));
  // The advisors' words link each glossary word once in the box.
  const seen = new Set<TermId>(['ratification', 'expectation']);
  return h(
    'section',
    { class: `preview likely-${p.likely}`, attrs: { 'aria-label': t('move.preview') } },
    h('h4', {}, t('move.preview')),
    h(
      'p',
      { class: 'verdict' },
      h('span', { class: 'verdict-icon', attrs: { 'aria-hidden': 'true' } }, LIKELY_ICON[p.likely]),
      h('strong', {}, t(`move.likely.${p.likely}`)),
    ),
    h(
      'dl',
      { class: 'preview-facts' },
      // A delegation with no public has no home verdict to show; the advice names its red lines.
      p.ourHome.hasPublic && h('dt', {}, termLink(ctx, 'ratification', t('move.ourHome'), 'preview')),
      p.ourHome.hasPublic &&
        h(
          'dd',
          {},
          h('span', { attrs: { 'aria-hidden': 'true' } }, p.ourHome.ok ? '✔ ' : '✖ '),
          p.ourHome.ok ? t('move.ourHome.ok') : t('move.ourHome.no'),
        ),
      h('dt', {}, termLink(ctx, 'expectation', t('move.risk'), 'preview')),
      h(
        'dd',
        {},
        p.expectationRisk >= 0.5 ? t('move.riskValue', { value: vp(p.expectationRisk) }) : t('move.riskNone'),
      ),
    ),
    h('ul', { class: 'advice' }, ...p.advice.map((a) => h('li', {}, ...linkedText(ctx, a, 'preview', seen)))),
  );
}
