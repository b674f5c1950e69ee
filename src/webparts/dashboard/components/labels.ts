import { BadgeTone } from '../../../components/StatusBadge';
import { formatString } from '../../../components/formatString';
import { ReportingPeriod, Trend } from '../../../domain/model';
import { ActionBucket, MeasureBucket } from '../../../domain/reporting';
import { DashboardStrings } from './IDashboardProps';

/** Words and tones the dashboard's parts share. */

export type Bucket = ActionBucket | MeasureBucket;

const TONE: Record<Bucket, BadgeTone> = {
  Blue: 'Blue', Green: 'Green', Amber: 'Amber', Red: 'Red', NoUpdate: 'Grey', NotDue: 'Grey', Withdrawn: 'Grey', NoTarget: 'Grey', NoData: 'Grey'
};

export function bucketTone(bucket: Bucket): BadgeTone {
  return TONE[bucket];
}

export function bucketLabel(bucket: Bucket, strings: DashboardStrings): string {
  return strings.Bucket[bucket];
}

/** `Q4 2019-20`, `Ch4 2019-20`. */
export function periodLabel(period: ReportingPeriod, strings: DashboardStrings): string {
  return `${strings.Quarters[Number(period.quarter.slice(1)) - 1]} ${period.financialYear}`;
}

export function trendLabel(trend: Trend, strings: DashboardStrings): string {
  switch (trend) {
    case 'improving': return strings.Measure.Improving;
    case 'worsening': return strings.Measure.Worsening;
    case 'unchanged': return strings.Measure.Unchanged;
    default: return strings.Measure.NoTrend;
  }
}

/** A figure as the page's language writes numbers (1,172.5). */
export function formatNumber(value: number, strings: DashboardStrings): string {
  return value.toLocaleString(strings.Locale, { maximumFractionDigits: 2 });
}

export function format(template: string, ...values: Array<string | number>): string {
  return formatString(template, ...values);
}
