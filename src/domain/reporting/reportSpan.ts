import { FinancialYearLabel, QUARTERS, ReportingPeriod } from '../model';
import { financialYearLabel, startYearOf } from '../periods';

/**
 * What a quarter's report reads besides the quarter itself: the whole financial year before (Q1's
 * trends compare with its outturn; challenges count Amber and Red quarters back across 1 April),
 * and the year's quarters up to the one reported.
 */

/** The year before and the period's own year, in that order. */
export function reportYears(period: ReportingPeriod): FinancialYearLabel[] {
  return [financialYearLabel(startYearOf(period.financialYear) - 1), period.financialYear];
}

/** Every quarter of the year before, then this year's up to and including the period. */
export function reportPeriods(period: ReportingPeriod): ReportingPeriod[] {
  const [lastYear, thisYear] = reportYears(period);
  return QUARTERS.map((quarter) => ({ financialYear: lastYear, quarter }))
    .concat(QUARTERS.slice(0, QUARTERS.indexOf(period.quarter) + 1).map((quarter) => ({ financialYear: thisYear, quarter })));
}
