import { ACTION_BUCKETS, ActionBucket, MEASURE_BUCKETS, MeasureBucket, ReportDocument } from '../../domain/reporting';
import { ExportLabels } from './exportLabels';

/**
 * Status at a glance as stacked bars, one bar per objective: what the Word export draws (as SVG,
 * with a PNG for Word versions that cannot show SVG). Each status has a fill pattern as well as a
 * colour, and the key names both, so colour is never the only cue.
 */

export type FillPattern = 'solid' | 'diagonal' | 'backDiagonal' | 'horizontal' | 'vertical' | 'dots' | 'cross' | 'grid';

export interface Fill {
  /** `#rrggbb`. */
  colour: string;
  pattern: FillPattern;
}

export interface ChartSegment extends Fill {
  label: string;
  count: number;
}

export interface ChartBar {
  /** The objective's reference, drawn beside its bar. */
  ref: string;
  objective: string;
  segments: ChartSegment[];
}

export interface StatusChart {
  title: string;
  bars: ChartBar[];
  key: Array<Fill & { label: string }>;
}

type Bucket = ActionBucket | MeasureBucket;

/**
 * BRAG colours as the web parts draw them; statuses with no colour of their own in greys. Within
 * each chart (actions; measures) no two statuses share a pattern.
 */
const FILL: Record<Bucket, Fill> = {
  Blue: { colour: '#2b6cb0', pattern: 'solid' },
  Green: { colour: '#107c10', pattern: 'diagonal' },
  Amber: { colour: '#ffb900', pattern: 'dots' },
  Red: { colour: '#d13438', pattern: 'cross' },
  NoUpdate: { colour: '#605e5c', pattern: 'horizontal' },
  NotDue: { colour: '#c8c6c4', pattern: 'grid' },
  Withdrawn: { colour: '#a19f9d', pattern: 'vertical' },
  NoTarget: { colour: '#8a8886', pattern: 'backDiagonal' },
  NoData: { colour: '#605e5c', pattern: 'horizontal' }
};

function chartOf<B extends Bucket>(title: string, buckets: readonly B[], rows: Array<{ ref: string; objective: string; counts: Record<B, number> }>, labels: ExportLabels): StatusChart {
  return {
    title,
    bars: rows.map((row) => ({
      ref: row.ref,
      objective: row.objective,
      segments: buckets.filter((bucket) => row.counts[bucket] > 0).map((bucket) => ({ ...FILL[bucket], label: labels.bucket[bucket], count: row.counts[bucket] }))
    })),
    key: buckets.map((bucket) => ({ ...FILL[bucket], label: labels.bucket[bucket] }))
  };
}

export function actionsChart(report: ReportDocument, labels: ExportLabels): StatusChart {
  const rows = report.atAGlance.rows.map((row) => ({ ref: row.objectiveRef, objective: row.objective, counts: row.actions }));
  return chartOf(labels.chart.actionsTitle, ACTION_BUCKETS, rows, labels);
}

export function measuresChart(report: ReportDocument, labels: ExportLabels): StatusChart {
  const rows = report.atAGlance.rows.map((row) => ({ ref: row.objectiveRef, objective: row.objective, counts: row.measures }));
  return chartOf(labels.chart.measuresTitle, MEASURE_BUCKETS, rows, labels);
}

/**
 * What the chart shows and every number in it, for the image's alt text: objectives by reference,
 * as the bars are labelled; the at-a-glance table before it names them.
 */
export function chartAltText(chart: StatusChart, labels: ExportLabels, period: string): string {
  const rows = chart.bars.map((bar) => {
    const counts = bar.segments.map((segment) => `${segment.count} ${segment.label}`).join(', ') || '0';
    return labels.chart.row(bar.ref || bar.objective, counts);
  });
  return labels.chart.alt(chart.title, period, rows);
}

/** The key as text beside the image: each status's name with its colour pattern. */
export function chartKeyText(chart: StatusChart, labels: ExportLabels): string {
  return labels.chart.key(chart.key.map((entry) => `${entry.label} (${labels.chart.pattern[entry.pattern]})`));
}
