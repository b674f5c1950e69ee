import { ChartSegment, Fill, StatusChart } from './statusChart';

/** Where each bar segment and label of a status chart goes, in pixels: shared by the SVG and the PNG. */

export interface ChartRect extends Fill {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ChartText {
  x: number;
  y: number;
  text: string;
  /** Drawn in white on dark fills, in black on light ones. */
  light: boolean;
  anchor: 'start' | 'middle' | 'end';
}

export interface ChartLayout {
  width: number;
  height: number;
  rects: ChartRect[];
  texts: ChartText[];
}

const WIDTH = 640;
const LABEL_WIDTH = 48;
const BAR_HEIGHT = 24;
const GAP = 10;
const TOTAL_WIDTH = 40;
/** A count is written inside its segment only when it fits. */
const MIN_LABELLED_WIDTH = 18;

/** Dark fills take white text: by perceived brightness (ITU-R BT.601). */
export function isDark(colour: string): boolean {
  const [r, g, b] = [1, 3, 5].map((at) => parseInt(colour.slice(at, at + 2), 16));
  return r * 0.299 + g * 0.587 + b * 0.114 < 140;
}

function segmentsOf(segments: ChartSegment[], y: number, unit: number): { rects: ChartRect[]; texts: ChartText[] } {
  let x = LABEL_WIDTH;
  const rects: ChartRect[] = [];
  const texts: ChartText[] = [];
  segments.forEach((segment) => {
    const width = segment.count * unit;
    rects.push({ x, y, width, height: BAR_HEIGHT, colour: segment.colour, pattern: segment.pattern });
    if (width >= MIN_LABELLED_WIDTH) {
      texts.push({ x: x + width / 2, y: y + BAR_HEIGHT / 2, text: String(segment.count), light: isDark(segment.colour), anchor: 'middle' });
    }
    x += width;
  });
  return { rects, texts };
}

/** Bars drawn to one scale, the longest (the largest total) filling the width. */
export function layoutChart(chart: StatusChart): ChartLayout {
  const totals = chart.bars.map((bar) => bar.segments.reduce((sum, segment) => sum + segment.count, 0));
  const unit = (WIDTH - LABEL_WIDTH - TOTAL_WIDTH) / Math.max(1, ...totals);
  const layout: ChartLayout = { width: WIDTH, height: GAP + chart.bars.length * (BAR_HEIGHT + GAP), rects: [], texts: [] };
  chart.bars.forEach((bar, index) => {
    const y = GAP + index * (BAR_HEIGHT + GAP);
    const drawn = segmentsOf(bar.segments, y, unit);
    layout.rects.push(...drawn.rects);
    layout.texts.push(...drawn.texts);
    layout.texts.push({ x: LABEL_WIDTH - 8, y: y + BAR_HEIGHT / 2, text: bar.ref, light: false, anchor: 'end' });
    layout.texts.push({ x: LABEL_WIDTH + totals[index] * unit + 6, y: y + BAR_HEIGHT / 2, text: String(totals[index]), light: false, anchor: 'start' });
  });
  return layout;
}
