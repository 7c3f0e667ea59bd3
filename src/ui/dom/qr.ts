import qrcode from 'qrcode-generator';
import { svg } from './el.ts';

/**
 * A link as a QR code to project on the wall: an SVG of the code's modules drawn one path (no HTML
 * string goes into the page), with the four-module quiet zone that scanners need. Medium error
 * correction: a class link of some 80 characters fits a version-5 code, large enough to scan
 * from the back of a classroom.
 */
export function qrSvg(text: string, label: string): SVGSVGElement {
  const code = qrcode(0, 'M');
  code.addData(text, 'Byte');
  code.make();
  const size = code.getModuleCount();
  const quiet = 4;
  let d = '';
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      if (code.isDark(row, col)) d += `M${col + quiet} ${row + quiet}h1v1h-1z`;
    }
  }
  const side = size + quiet * 2;
  return svg(
    'svg',
    {
      viewBox: `0 0 ${side} ${side}`,
      role: 'img',
      'aria-label': label,
      class: 'qr',
      'shape-rendering': 'crispEdges',
    },
    svg('rect', { x: 0, y: 0, width: side, height: side, fill: '#fff' }),
    svg('path', { d, fill: '#000' }),
  );
}
