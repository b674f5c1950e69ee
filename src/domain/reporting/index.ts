/** The quarterly report (SPEC §4.4, §6): build it with `buildReport`; the document types describe its JSON. */
export { buildReport } from './buildReport';
export type { ReportInput } from './buildReport';
export * from './reportDocument';
export { exactShares, exactSharesByKey, largestRemainder, percentagesByKey } from './largestRemainder';
export type { ExactShare } from './largestRemainder';
export { EN_GB } from './reportStringsEnGb';
export { CY_GB } from './reportStringsCyGb';
export type { MeasureOutcomes, PlannedWork, ReportStrings, RunColour, Share } from './reportStrings';
export { compareRefs } from './naturalOrder';
