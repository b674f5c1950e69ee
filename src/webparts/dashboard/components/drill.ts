import { Quarter } from '../../../domain/model';
import { ACTION_BUCKETS, actionBucketOfStatus, ReportMeasure } from './reportParts';
import { Bucket } from './labels';
import { LoadedReport } from '../../../report/loadReport';
import { ReportActionRow } from '../../../domain/reporting/actionRows';

/** A count chosen in a table or a chart: which items, of which objective (absent: all), in which quarter (absent: the report's). */
export interface DrillTarget {
  kind: 'actions' | 'measures';
  bucket?: Bucket;
  objectiveRef?: string;
  /** A direction of travel quarter's periodKey: its own report's items. */
  quarter?: string;
}

/** A measure's standing this quarter, as status at a glance counts it (an annual measure's is its Q4 cell). */
export function measureBucketOf(measure: ReportMeasure, quarter: Quarter): Bucket {
  const cell = measure.periods[quarter] || measure.periods.Q4;
  return cell ? cell.rag : 'NoData';
}

/** The actions behind a count: the report's own rows, never a second judgement. */
export function drilledActions(report: LoadedReport, target: DrillTarget): ReportActionRow[] {
  return report.actionRows.filter((row) =>
    (!target.objectiveRef || row.objectiveRef === target.objectiveRef) && (!target.bucket || actionBucketOfStatus(row.status) === target.bucket));
}

export function drilledMeasures(report: LoadedReport, target: DrillTarget): ReportMeasure[] {
  const quarter = report.document.period.quarter;
  return report.document.measures.filter((measure) =>
    (!target.objectiveRef || measure.objectiveRef === target.objectiveRef) && (!target.bucket || measureBucketOf(measure, quarter) === target.bucket));
}

export { ACTION_BUCKETS };
