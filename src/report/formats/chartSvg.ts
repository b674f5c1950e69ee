import { escapeHtml as e } from './escapeHtml';
import { ChartLayout } from './chartLayout';
import { hex, inkColour, svgInk, TILE } from './fillPatterns';
import { Fill } from './statusChart';

/** A status chart as SVG: bars with their patterns, each count written in its segment when it fits. */

const patternId = (fill: Fill): string => `p${fill.colour.slice(1)}-${fill.pattern}`;

function patternDef(fill: Fill): string {
  return `<pattern id="${patternId(fill)}" width="${TILE}" height="${TILE}" patternUnits="userSpaceOnUse">`
    + `<rect width="${TILE}" height="${TILE}" fill="${fill.colour}"/>${svgInk(fill.pattern, hex(inkColour(fill.colour)))}</pattern>`;
}

export function chartSvg(layout: ChartLayout, title: string): string {
  const fills = layout.rects.filter((rect, index) => layout.rects.findIndex((other) => patternId(other) === patternId(rect)) === index);
  const rects = layout.rects.map((r) => `<rect x="${r.x}" y="${r.y}" width="${r.width}" height="${r.height}" fill="url(#${patternId(r)})" stroke="#ffffff"/>`);
  const texts = layout.texts.map((t) => {
    const halo = t.light ? '' : ' stroke="#ffffff" stroke-width="3" paint-order="stroke"';
    return `<text x="${t.x}" y="${t.y}" text-anchor="${t.anchor}" dominant-baseline="central" fill="${t.light ? '#ffffff' : '#201f1e'}"${halo}>${e(t.text)}</text>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${layout.width}" height="${layout.height}" viewBox="0 0 ${layout.width} ${layout.height}" role="img">`
    + `<title>${e(title)}</title><defs>${fills.map(patternDef).join('')}</defs>`
    + `<rect width="100%" height="100%" fill="#ffffff"/>`
    + `<g font-family="Segoe UI, Arial, sans-serif" font-size="12" font-weight="600">${rects.join('')}${texts.join('')}</g></svg>`;
}
