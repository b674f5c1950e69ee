import { encodePng, encodePngRgba } from '../../src/report/formats/pngEncoder';

/**
 * The Teams icons, drawn in code so they can be regenerated (`npm run teams:icons`) and checked
 * against what is committed. Teams asks for a colour icon of 192 × 192 (a symbol on the accent
 * colour, full bleed) and an outline icon of 32 × 32 (white on transparent). Each symbol is a set
 * of shapes in a unit square; edges are smoothed by sampling each pixel 4 × 4 times.
 */

export type IconSymbol = 'flag' | 'flagWithBadge' | 'bars' | 'lines';

type Shape = (x: number, y: number) => boolean;

const rect = (left: number, top: number, right: number, bottom: number): Shape =>
  (x, y) => x >= left && x <= right && y >= top && y <= bottom;
const circle = (cx: number, cy: number, r: number): Shape => (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
/** The pennant of a milestone flag: a triangle pointing right from the pole. */
const pennant = (left: number, top: number, right: number, bottom: number): Shape => (x, y) => {
  const middle = (top + bottom) / 2;
  const halfHeight = ((bottom - top) / 2) * (1 - (x - left) / (right - left));
  return x >= left && x <= right && Math.abs(y - middle) <= halfHeight;
};

const FLAG: Shape[] = [rect(0.3, 0.18, 0.37, 0.82), pennant(0.37, 0.18, 0.78, 0.52), rect(0.2, 0.78, 0.5, 0.84)];

const SYMBOLS: Record<IconSymbol, Shape[]> = {
  flag: FLAG,
  flagWithBadge: [...FLAG, circle(0.8, 0.18, 0.12)],
  bars: [rect(0.2, 0.5, 0.32, 0.8), rect(0.44, 0.3, 0.56, 0.8), rect(0.68, 0.18, 0.8, 0.8), rect(0.16, 0.8, 0.84, 0.85)],
  lines: [rect(0.2, 0.24, 0.8, 0.33), rect(0.2, 0.45, 0.8, 0.54), rect(0.2, 0.66, 0.6, 0.75)]
};

/** The accent colour both apps use (their manifests' accentColor). */
export const ACCENT = '#00556B';

const SAMPLES = 4;

/** How much of each pixel the symbol covers, 0 to 1, row by row from the top. */
function coverage(symbol: IconSymbol, size: number, padding: number): Float64Array {
  const shapes = SYMBOLS[symbol];
  const inner = size - 2 * padding;
  const out = new Float64Array(size * size);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let hits = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = (px + (sx + 0.5) / SAMPLES - padding) / inner;
          const y = (py + (sy + 0.5) / SAMPLES - padding) / inner;
          if (shapes.some((shape) => shape(x, y))) hits++;
        }
      }
      out[py * size + px] = hits / (SAMPLES * SAMPLES);
    }
  }
  return out;
}

function hexColour(hex: string): [number, number, number] {
  return [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16)) as [number, number, number];
}

/** 192 × 192: the symbol in white on the accent colour, to the edges (Teams rounds the corners). */
export function colourIcon(symbol: IconSymbol): Uint8Array {
  const size = 192;
  const cover = coverage(symbol, size, 24);
  const accent = hexColour(ACCENT);
  const rgb = new Uint8Array(size * size * 3);
  cover.forEach((share, i) => accent.forEach((channel, c) => { rgb[i * 3 + c] = Math.round(channel + (255 - channel) * share); }));
  return encodePng(size, size, rgb);
}

/** 32 × 32: the symbol in white, everything else transparent. */
export function outlineIcon(symbol: IconSymbol): Uint8Array {
  const size = 32;
  const cover = coverage(symbol, size, 2);
  const rgba = new Uint8Array(size * size * 4);
  cover.forEach((share, i) => {
    const alpha = Math.round(share * 255);
    rgba.set(alpha ? [255, 255, 255, alpha] : [0, 0, 0, 0], i * 4);
  });
  return encodePngRgba(size, size, rgba);
}

/** Every icon the repository commits, by path from the root, with its symbol. */
export function iconFiles(components: { myMilestones: string; dashboard: string; myUpdates: string }): Record<string, Uint8Array> {
  const pair = (folder: string, prefix: string, symbol: IconSymbol): Record<string, Uint8Array> => ({
    [`${folder}/${prefix}color.png`]: colourIcon(symbol),
    [`${folder}/${prefix}outline.png`]: outlineIcon(symbol)
  });
  return {
    ...pair('teams-apps/tracker', '', 'flag'),
    ...pair('teams-apps/notifier', '', 'flagWithBadge'),
    // What SharePoint's Sync to Teams reads for each Teams-capable component when it generates
    // an app itself (a solution without teams/TeamsSPFxApp.zip).
    ...pair('teams', `${components.myMilestones}_`, 'flag'),
    ...pair('teams', `${components.dashboard}_`, 'bars'),
    ...pair('teams', `${components.myUpdates}_`, 'lines')
  };
}
