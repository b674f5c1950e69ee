import { FinancialYearLabel, MeasureValue, ValuePeriod } from './model';
import { financialYearLabel, parseFinancialYear, startYearOf } from './periods';

/**
 * Finding a measure's figures among its recorded values: one period's value, and a year's
 * outturn. A value recorded as "no data" is no figure.
 */

function finite(value: number | undefined): number | undefined {
  return typeof value === 'number' && isFinite(value) ? value : undefined;
}

/**
 * The value of a measure for one financial year and period, or `undefined` when none is recorded
 * or it was recorded as "no data". When a period was recorded twice, the later record wins.
 */
export function measureValueAt(
  values: readonly MeasureValue[],
  measureRef: string,
  financialYear: FinancialYearLabel,
  period: ValuePeriod
): number | undefined {
  const year = parseFinancialYear(financialYear);
  const matches = (candidate: MeasureValue): boolean =>
    candidate.measureRef === measureRef &&
    candidate.period === period &&
    parseFinancialYear(candidate.financialYear) === year;
  const record = values.reduce<MeasureValue | undefined>((found, candidate) => (matches(candidate) ? candidate : found), undefined);
  return record ? finite(record.value) : undefined;
}

/**
 * A year's outturn: the Annual value when one is recorded, else the Q4 value (for annual measures
 * the Q4 column holds the outturn; for cumulative and rolling measures Q4 covers the whole year).
 */
export function measureOutturn(
  values: readonly MeasureValue[],
  measureRef: string,
  financialYear: FinancialYearLabel
): number | undefined {
  const annual = measureValueAt(values, measureRef, financialYear, 'Annual');
  return annual !== undefined ? annual : measureValueAt(values, measureRef, financialYear, 'Q4');
}

/**
 * The previous year's outturn as recorded in values, else the measure's prior-year actual (the
 * figure typed on the measure when earlier years were never entered).
 */
export function previousYearOutturn(
  values: readonly MeasureValue[],
  measureRef: string,
  financialYear: FinancialYearLabel,
  priorYearActual: number | undefined
): number | undefined {
  const recorded = measureOutturn(values, measureRef, financialYearLabel(startYearOf(financialYear) - 1));
  return recorded !== undefined ? recorded : finite(priorYearActual);
}
