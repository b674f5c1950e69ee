/**
 * Import parsing (SPEC §4.6): .csv and .xlsx files in the canonical actions, measures and
 * milestones layouts, read into typed rows with row-level errors and warnings. Pure: the caller
 * reads the file and writes the rows (all or none).
 */
export type { ImportProblem, ProblemGroup } from './importProblems';
export { formatProblem, formatRows, groupProblems } from './importProblems';
export type { Table, TableRow, TableResult } from './table';
export { tableFromRecords } from './table';
export { readCsv, decodeCsv } from './csv';
export type { XlsxOptions } from './xlsx';
export { readXlsx } from './xlsx';
export type { ImportKind, HeaderMatch } from './layouts';
export { IMPORT_KINDS, LAYOUT_COLUMNS, inferKind, closestKind, matchHeader } from './layouts';
export type {
  ActionImportRow, MeasureImportRow, MilestoneImportRow, ImportParseResult, ActionsParseResult,
  MeasuresParseResult, MilestonesParseResult, UnknownParseResult
} from './importRows';
export type { ParseImportOptions } from './parseImport';
export { parseImport } from './parseImport';
export { planYearsFromRows } from './planYears';
export type { ImportFileOptions } from './importFile';
export { parseImportFile, readImportTable } from './importFile';
export type { DatedMilestone, MonitoringMilestones } from './monitoringMilestones';
export { parseMonitoringMilestones } from './monitoringMilestones';
export type { Parsed } from './parsed';
export type { DateRole } from './dates';
export { parseDate } from './dates';
export type { CellValue, TargetCell } from './numbers';
export { parseMeasureValue, parseNumber, parseTarget, parseTolerance } from './numbers';
export { parseStatus, parsePolarity, parseFrequency, parseAggregation } from './choices';
export { parsePerson, parsePeople } from './people';
