import { t } from '../strings/index.ts';
import { MAP_COLOURS as C, cssColour, type TableView } from '../viewmodel/index.ts';
import { h, svg } from './el.ts';

/** The colours as SVG attributes want them. */
const c = (colour: number) => cssColour(colour);

/** An arc of a circle as an SVG path, angles in radians from the positive x axis (clockwise, y down). */
function arc(cx: number, cy: number, r: number, from: number, to: number): string {
  const x0 = cx + Math.cos(from) * r;
  const y0 = cy + Math.sin(from) * r;
  const x1 = cx + Math.cos(to) * r;
  const y1 = cy + Math.sin(to) * r;
  const large = to - from > Math.PI ? 1 : 0;
  return `M${x0.toFixed(2)} ${y0.toFixed(2)}A${r} ${r} 0 ${large} 1 ${x1.toFixed(2)} ${y1.toFixed(2)}`;
}

/** A small drawing of one mark, as the canvas draws it; decoration beside the words. */
function swatch(...children: SVGElement[]): SVGSVGElement {
  return svg(
    'svg',
    {
      class: 'legend-mark',
      viewBox: '0 0 48 28',
      width: 48,
      height: 28,
      'aria-hidden': 'true',
      focusable: 'false',
    },
    ...children,
  );
}

function dial(crisisAt: number): SVGSVGElement {
  const bands: [number, number, number][] = [
    [0, 40, C.calm],
    [40, crisisAt - 15, C.tense],
    [crisisAt - 15, crisisAt, C.high],
    [crisisAt, 100, C.crisis],
  ];
  const angle = (v: number) => Math.PI + (v / 100) * Math.PI;
  return swatch(
    ...bands.map(([from, to, colour]) =>
      svg('path', {
        d: arc(24, 24, 17, angle(from), angle(to)),
        fill: 'none',
        stroke: c(colour),
        'stroke-width': 5,
      }),
    ),
    svg('line', { x1: 24, y1: 24, x2: 14, y2: 12, stroke: c(C.ink), 'stroke-width': 2.5 }),
    svg('circle', { cx: 24, cy: 24, r: 2.5, fill: c(C.ink) }),
  );
}

function bar(fill: number, share: number, opts: { tick?: number; band?: number; tag?: string } = {}) {
  const x = opts.tag ? 12 : 4;
  const w = 40;
  const parts: SVGElement[] = [
    svg('rect', { x, y: 12, width: w - (x - 4), height: 5, fill: c(C.seaLine) }),
    svg('rect', { x, y: 12, width: (w - (x - 4)) * share, height: 5, fill: c(fill) }),
  ];
  if (opts.band !== undefined) {
    const span = w - (x - 4);
    parts.push(
      svg('rect', {
        x: x + span * (share - opts.band),
        y: 12,
        width: span * opts.band * 2,
        height: 5,
        fill: c(fill),
        'fill-opacity': 0.35,
      }),
    );
  }
  if (opts.tick !== undefined) {
    const tx = x + w * opts.tick;
    parts.push(svg('line', { x1: tx, y1: 8, x2: tx, y2: 21, stroke: c(C.ink), 'stroke-width': 2 }));
  }
  if (opts.tag) parts.push(svg('text', { x: 2, y: 18, 'font-size': 9, fill: c(C.inkSoft) }, opts.tag));
  return swatch(...parts);
}

function seal(opts: { double?: boolean; ring?: number[]; moved?: boolean } = {}): SVGSVGElement {
  const cx = opts.moved ? 32 : 24;
  const parts: SVGElement[] = [];
  if (opts.moved) {
    parts.push(svg('line', { x1: 6, y1: 8, x2: cx - 10, y2: 14, stroke: c(C.inkSoft), 'stroke-width': 1 }));
    parts.push(svg('circle', { cx: 6, cy: 8, r: 2.5, fill: c(C.inkSoft) }));
  }
  parts.push(svg('circle', { cx, cy: 14, r: 10, fill: c(C.paper), stroke: c(C.ink), 'stroke-width': 1.5 }));
  if (opts.double)
    parts.push(svg('circle', { cx, cy: 14, r: 13, fill: 'none', stroke: c(C.ink), 'stroke-width': 1.5 }));
  (opts.ring ?? []).forEach((colour, i, all) => {
    const from = -Math.PI / 2 + (i / all.length) * Math.PI * 2;
    const to = from + (Math.PI * 2) / all.length - 0.35;
    parts.push(
      svg('path', { d: arc(cx, 14, 7, from, to), fill: 'none', stroke: c(colour), 'stroke-width': 2.5 }),
    );
  });
  if (!opts.ring) {
    parts.push(
      svg('text', { x: cx, y: 17.5, 'font-size': 9, 'text-anchor': 'middle', fill: c(C.ink) }, 'PY'),
    );
  }
  return swatch(...parts);
}

function offer(): SVGSVGElement {
  const dashes = [0, 1, 2, 3].map((i) =>
    svg('line', { x1: 2 + i * 6, y1: 14, x2: 5 + i * 6, y2: 14, stroke: c(C.accent), 'stroke-width': 2 }),
  );
  return swatch(
    ...dashes,
    svg('rect', {
      x: 26,
      y: 7,
      width: 20,
      height: 14,
      fill: c(C.paper),
      stroke: c(C.accent),
      'stroke-width': 2,
    }),
    svg('polyline', { points: '26,7 36,15 46,7', fill: 'none', stroke: c(C.accent), 'stroke-width': 2 }),
  );
}

function dot(fill: number, stroke: number, r: number): SVGSVGElement {
  return swatch(
    svg('line', { x1: 2, y1: 14, x2: 46, y2: 14, stroke: c(C.inkSoft), 'stroke-width': 2 }),
    svg('circle', { cx: 24, cy: 14, r, fill: c(fill), stroke: c(stroke), 'stroke-width': 2 }),
  );
}

function ballot(): SVGSVGElement {
  return swatch(
    svg('rect', { x: 19, y: 4, width: 10, height: 9, fill: 'none', stroke: c(C.ink), 'stroke-width': 1.5 }),
    svg('line', { x1: 22, y1: 4, x2: 26, y2: 4, stroke: c(C.paper), 'stroke-width': 2 }),
    svg('line', { x1: 2, y1: 22, x2: 46, y2: 22, stroke: c(C.inkSoft), 'stroke-width': 2 }),
    svg('circle', { cx: 24, cy: 22, r: 4, fill: c(C.paper), stroke: c(C.inkSoft), 'stroke-width': 2 }),
  );
}

function forum(): SVGSVGElement {
  return swatch(
    ...[
      [-4, 0],
      [4, 0],
      [0, -4],
      [0, 4],
    ].map(([dx, dy]) => svg('circle', { cx: 24 + dx!, cy: 12 + dy!, r: 2, fill: c(C.gold) })),
  );
}

function word(text: string): SVGSVGElement {
  return swatch(
    svg('text', { x: 24, y: 18, 'font-size': 10, 'text-anchor': 'middle', fill: c(C.inkSoft) }, text),
  );
}

function entry(mark: SVGSVGElement, text: string): HTMLElement {
  return h('li', { class: 'legend-entry' }, mark, h('span', {}, text));
}

/** The legend's content: every mark the map draws, drawn small, with what it means in words. */
export function legendBody(view: TableView): Node[] {
  return [
    h('p', { class: 'hint' }, t('legend.intro')),
    h('h3', {}, t('legend.group.top')),
    h(
      'ul',
      { class: 'legend-list' },
      entry(dial(view.crisisAt), t('legend.tension', { crisisAt: view.crisisAt })),
      entry(bar(C.warm, 0.6, { tick: 0.4 }), t('legend.approval')),
      entry(bar(C.gold, 0.35), t('legend.issue')),
    ),
    h('h3', {}, t('legend.group.seats')),
    h(
      'ul',
      { class: 'legend-list' },
      entry(seal({ double: true }), t('legend.seal')),
      entry(seal({ ring: [C.warm, C.guarded, C.hostile] }), t('legend.ring')),
      entry(bar(C.accent, 0.45, { band: 0.15, tag: t('map.expectationTag') }), t('legend.expectation')),
      entry(bar(C.warm, 0.6, { band: 0.1, tag: t('map.trustTag') }), t('legend.trust')),
      entry(word(t('map.locked')), t('legend.locked')),
      entry(word(t('map.lockedSmall')), t('legend.lockedSmall')),
      entry(seal({ moved: true }), t('legend.moved')),
      entry(offer(), t('legend.offer')),
    ),
    h('h3', {}, t('legend.group.calendar')),
    h(
      'ul',
      { class: 'legend-list' },
      entry(dot(C.inkSoft, C.inkSoft, 5), t('legend.past')),
      entry(dot(C.accent, C.accent, 7), t('legend.now')),
      entry(dot(C.paper, C.inkSoft, 5), t('legend.future')),
      entry(ballot(), t('legend.election')),
      entry(forum(), t('legend.forum')),
    ),
  ];
}
