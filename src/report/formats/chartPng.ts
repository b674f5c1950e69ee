import { ChartLayout } from './chartLayout';
import { inkAt, inkColour } from './fillPatterns';
import { encodePng } from './pngEncoder';

/**
 * A status chart as a PNG, for Word versions that cannot show SVG: the same bars and patterns at
 * twice the size for sharp printing. It has no text (drawing type needs a font); the key, the
 * alt text and the table beside it carry the words and numbers.
 */

const SCALE = 2;

const rgbOf = (colour: string): [number, number, number] => [1, 3, 5].map((at) => parseInt(colour.slice(at, at + 2), 16)) as [number, number, number];

export function chartPng(layout: ChartLayout): { png: Uint8Array; width: number; height: number } {
  const width = layout.width * SCALE;
  const height = layout.height * SCALE;
  const rgb = new Uint8Array(width * height * 3).fill(255);
  layout.rects.forEach((rect) => {
    const fill = rgbOf(rect.colour);
    const ink = inkColour(rect.colour);
    const [x0, x1] = [Math.round(rect.x * SCALE), Math.round((rect.x + rect.width) * SCALE) - 1];
    const [y0, y1] = [Math.round(rect.y * SCALE), Math.round((rect.y + rect.height) * SCALE)];
    for (let y = y0; y < y1; y++) {
      for (let x = x0; x < x1; x++) {
        rgb.set(inkAt(rect.pattern, Math.floor(x / SCALE), Math.floor(y / SCALE)) ? ink : fill, (y * width + x) * 3);
      }
    }
  });
  return { png: encodePng(width, height, rgb), width, height };
}
