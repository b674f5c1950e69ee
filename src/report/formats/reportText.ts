import { Quarter, QUARTERS } from '../../domain/model';
import { MeasurePeriodCell, ReportDocument, ReportMeasure } from '../../domain/reporting';
import { ExportLabels } from './exportLabels';

/** The words the Word and Excel exports write for the report's values, in the export's language. */

/** A date as people write it ("6 April 2020", "6 Ebrill 2020"); the JSON keeps ISO dates. */
export function longDate(isoDate: string, labels: ExportLabels): string {
  const format = new Intl.DateTimeFormat(labels.intlLocale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return format.format(new Date(`${isoDate}T00:00:00Z`));
}

export function quarterName(quarter: Quarter, labels: ExportLabels): string {
  return labels.quarters[QUARTERS.indexOf(quarter)];
}

/** "Q4 2017-18" / "Ch4 2017-18". */
export function periodName(report: ReportDocument, labels: ExportLabels): string {
  return `${quarterName(report.period.quarter, labels)} ${report.period.financialYear}`;
}

export function reportTitle(report: ReportDocument, labels: ExportLabels): string {
  return `${report.plan.title}: ${periodName(report, labels)}`;
}

export function targetText(measure: ReportMeasure): string {
  const target = measure.target;
  if (target === null) return '';
  return typeof target === 'number' ? String(target) : `${target.lower}–${target.upper}`;
}

export function comparatorText(measure: ReportMeasure): string {
  return measure.comparator ? `${measure.comparator.label}: ${measure.comparator.value}` : '';
}

export function trendText(trend: MeasurePeriodCell['trend'], labels: ExportLabels): string {
  return trend ? labels.trend[trend] : labels.trend.none;
}

/** Two texts are the same words when they differ only in case and spacing ("No data" / "no data "). */
function sameWords(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/**
 * One quarter of a measure as lines: the value (when there is one), its RAG and trend in words,
 * and a note kept with the value unless it only repeats the RAG's name.
 */
export function measureCellLines(cell: MeasurePeriodCell | undefined, labels: ExportLabels): string[] {
  if (!cell) return [];
  const rag = labels.rag[cell.rag];
  const standing = cell.trend ? `${rag}, ${labels.trend[cell.trend]}` : rag;
  const note = cell.note && !sameWords(cell.note, rag) && !sameWords(cell.note, cell.rag) ? [cell.note] : [];
  return (cell.value === null ? [] : [String(cell.value)]).concat([standing], note);
}
