import { FinancialYearLabel, MeasureValue, QUARTERS, ValuePeriod } from './model';
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

/** Orders a measure's periods: a year's quarters, then its Annual outturn, then the next year. */
function periodOrder(financialYear: FinancialYearLabel, period: ValuePeriod): number {
  const step = period === 'Annual' ? QUARTERS.length : QUARTERS.indexOf(period);
  return startYearOf(financialYear) * 10 + step;
}

/**
 * The latest value recorded for the measure before `period` (figure or "no data"): last quarter's
 * value, or last year's outturn at Q1, to show beside the box for this period. The later record
 * wins a tie.
 */
export function previousRecord(
  values: readonly MeasureValue[],
  measureRef: string,
  period: { financialYear: FinancialYearLabel; period: ValuePeriod }
): MeasureValue | undefined {
  const before = periodOrder(period.financialYear, period.period);
  let found: MeasureValue | undefined;
  let foundOrder = -1;
  values.forEach((candidate) => {
    if (candidate.measureRef !== measureRef) {
      return;
    }
    const order = periodOrder(candidate.financialYear, candidate.period);
    if (order < before && order >= foundOrder) {
      found = candidate;
      foundOrder = order;
    }
  });
  return found;
}

/** Does `candidate` record the same measure, year and period as `value` (at Q4, the year's Annual record too)? */
function recordsSamePeriod(candidate: MeasureValue, value: MeasureValue): boolean {
  return (
    candidate.measureRef === value.measureRef &&
    candidate.financialYear === value.financialYear &&
    (candidate.period === value.period || (value.period === 'Q4' && candidate.period === 'Annual'))
  );
}

/**
 * The measure's values with `typed` in place of whatever is recorded for its period (at Q4 also
 * the year's Annual record, which would otherwise stand as the outturn), to judge the RAG and
 * trend of a figure before it is saved.
 */
export function valuesWithTyped(values: readonly MeasureValue[], typed: MeasureValue): MeasureValue[] {
  return values.filter((candidate) => !recordsSamePeriod(candidate, typed)).concat([typed]);
}

/**
 * A measure has one value per financial year and period (SPEC §3 Measure value): the index of an
 * existing record `value` would compete with, or -1.
 */
export function competingValueIndex(existing: readonly MeasureValue[], value: Pick<MeasureValue, 'financialYear' | 'period'>): number {
  for (let index = 0; index < existing.length; index += 1) {
    if (existing[index].financialYear === value.financialYear && existing[index].period === value.period) {
      return index;
    }
  }
  return -1;
}
