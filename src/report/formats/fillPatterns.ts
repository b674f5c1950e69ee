import { FillPattern } from './statusChart';
import { isDark } from './chartLayout';

/**
 * The chart's fill patterns on an 8-pixel tile, once as pixels (for the PNG) and once as SVG paths,
 * drawn in a tint of the fill's own colour so the pattern reads on dark and light fills alike.
 */

export const TILE = 8;

const wrap = (n: number): number => ((n % TILE) + TILE) % TILE;

/** Whether the pattern inks the pixel at (x, y). */
export function inkAt(pattern: FillPattern, x: number, y: number): boolean {
  const i = wrap(x);
  const j = wrap(y);
  const slash = wrap(i + j) < 2;
  const backslash = wrap(i - j) < 2;
  switch (pattern) {
    case 'diagonal': return slash;
    case 'backDiagonal': return backslash;
    case 'horizontal': return j < 2;
    case 'vertical': return i < 2;
    case 'dots': return i >= 3 && i < 5 && j >= 3 && j < 5;
    case 'cross': return slash || backslash;
    case 'grid': return i < 1 || j < 1;
    default: return false;
  }
}

const SLASH = 'M-1,1 L1,-1 M0,8 L8,0 M7,9 L9,7';
const BACKSLASH = 'M-1,7 L1,9 M0,0 L8,8 M7,-1 L9,1';

/** The SVG drawing of one tile's ink, or '' for a solid fill. */
export function svgInk(pattern: FillPattern, ink: string): string {
  const stroke = (d: string): string => `<path d="${d}" stroke="${ink}" stroke-width="2"/>`;
  switch (pattern) {
    case 'diagonal': return stroke(SLASH);
    case 'backDiagonal': return stroke(BACKSLASH);
    case 'horizontal': return stroke('M0,1 L8,1');
    case 'vertical': return stroke('M1,0 L1,8');
    case 'dots': return `<rect x="3" y="3" width="2" height="2" fill="${ink}"/>`;
    case 'cross': return stroke(`${SLASH} ${BACKSLASH}`);
    case 'grid': return `<path d="M0,0.5 L8,0.5 M0.5,0 L0.5,8" stroke="${ink}" stroke-width="1"/>`;
    default: return '';
  }
}

/** The ink: the fill mixed 45% towards white on a dark fill, towards black on a light one. */
export function inkColour(colour: string): [number, number, number] {
  const target = isDark(colour) ? 255 : 0;
  const [r, g, b] = [1, 3, 5].map((at) => parseInt(colour.slice(at, at + 2), 16));
  const mix = (channel: number): number => Math.round(channel + (target - channel) * 0.45);
  return [mix(r), mix(g), mix(b)];
}

export function hex([r, g, b]: [number, number, number]): string {
  return `#${[r, g, b].map((channel) => channel.toString(16).padStart(2, '0')).join('')}`;
}
