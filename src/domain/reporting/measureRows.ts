import { Measure, MeasureValue, Quarter, QUARTERS, Rag, ValuePeriod } from '../model';
import { measureRag, measureTrend } from '../measures';
import { measureOutturn, measureValueAt } from '../measureValues';
import { parseFinancialYear } from '../periods';
import { MeasurePeriodCell, ReportMeasure } from './reportDocument';

/**
 * The report's measures table (SPEC §4.4, §6): per measure its definition and, per quarter up
 * to the report's, the value, RAG and trend. An annual measure has one column, Q4, holding the
 * year's outturn (its Annual value, else the value typed in Q4); before Q4 it is Not due.
 */

function isRecordOf(value: MeasureValue, measure: Measure, period: ValuePeriod): boolean {
  return (
    value.measureRef === measure.ref &&
    value.period === period &&
    parseFinancialYear(value.financialYear) === parseFinancialYear(measure.financialYear)
  );
}

function noteOf(values: readonly MeasureValue[], measure: Measure, period: ValuePeriod): MeasurePeriodCell['note'] {
  const matching = values.filter((value) => isRecordOf(value, measure, period));
  const latest = matching[matching.length - 1];
  return latest && latest.note ? latest.note : null;
}

/**
 * One measure's cell for a quarter of its own financial year.
 * @param values - the measure's values, this year and earlier (others are ignored).
 */
export function measureCell(measure: Measure, quarter: Quarter, values: readonly MeasureValue[]): MeasurePeriodCell {
  if (measure.frequency === 'Annual') {
    if (quarter !== 'Q4') {
      return { value: null, rag: 'NotDue', trend: null, note: null };
    }
    const outturn = measureOutturn(values, measure.ref, measure.financialYear);
    const hasAnnualRecord = values.some((value) => isRecordOf(value, measure, 'Annual'));
    return {
      value: outturn === undefined ? null : outturn,
      rag: measureRag(measure, 'Q4', outturn),
      trend: measureTrend(measure, 'Q4', values),
      note: noteOf(values, measure, hasAnnualRecord ? 'Annual' : 'Q4')
    };
  }
  const value = measureValueAt(values, measure.ref, measure.financialYear, quarter);
  return {
    value: value === undefined ? null : value,
    rag: measureRag(measure, quarter, value),
    trend: measureTrend(measure, quarter, values),
    note: noteOf(values, measure, quarter)
  };
}

/** A measure's RAG for a quarter of its own financial year. */
export function measureRagFor(measure: Measure, quarter: Quarter, values: readonly MeasureValue[]): Rag {
  return measureCell(measure, quarter, values).rag;
}

/**
 * The target as the report prints it: the band for Band measures; otherwise one number, the
 * bound that decides meeting it (as measureRag judges: High needs the lower, Low the upper).
 */
export function reportTarget(measure: Measure): ReportMeasure['target'] {
  const target = measure.target;
  if (!target) {
    return null;
  }
  const lower = Math.min(target.lower, target.upper);
  const upper = Math.max(target.lower, target.upper);
  if (measure.polarity === 'Band') {
    return { lower, upper };
  }
  return measure.polarity === 'High' ? lower : upper;
}

/** The quarters a measure shows columns for in a report for `reportQuarter`. */
export function reportedQuarters(measure: Measure, reportQuarter: Quarter): Quarter[] {
  return measure.frequency === 'Annual' ? ['Q4'] : QUARTERS.slice(0, QUARTERS.indexOf(reportQuarter) + 1);
}

/**
 * One row of the measures table.
 * @param values - the measure's values, this year and earlier.
 */
export function reportMeasureRow(measure: Measure, reportQuarter: Quarter, values: readonly MeasureValue[]): ReportMeasure {
  const periods: Partial<Record<Quarter, MeasurePeriodCell>> = {};
  reportedQuarters(measure, reportQuarter).forEach((quarter) => {
    // Before Q4 an annual measure's outturn is not due, whatever is recorded.
    periods[quarter] =
      measure.frequency === 'Annual' && reportQuarter !== 'Q4'
        ? { value: null, rag: 'NotDue', trend: null, note: null }
        : measureCell(measure, quarter, values);
  });
  return {
    ref: measure.ref,
    title: measure.title,
    objectiveRef: measure.objectiveRef,
    polarity: measure.polarity,
    unit: measure.unit,
    target: reportTarget(measure),
    priorYearActual: measure.priorYearActual === undefined ? null : measure.priorYearActual,
    comparator: measure.comparator ? { label: measure.comparator.label, value: measure.comparator.value } : null,
    frequency: measure.frequency,
    aggregation: measure.aggregation,
    periods
  };
}
