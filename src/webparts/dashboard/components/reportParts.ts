/** The report's types and buckets the dashboard reads, in one place. */
export { ACTION_BUCKETS, MEASURE_BUCKETS } from '../../../domain/reporting';
export type { ActionBucket, AtAGlance, AtAGlanceRow, MeasureBucket, ReportChallenge, ReportDocument, ReportMeasure, ReportRisk, OverdueItem } from '../../../domain/reporting';
export { actionBucketOf as actionBucketOfStatus } from '../../../domain/reporting/atAGlance';
