import { BadgeTone } from '../../../components/StatusBadge';
import { formatString } from '../../../components/formatString';
import { FinancialYearLabel, Measure, MeasureValue, QUARTERS, Rag, Trend, ValuePeriod } from '../../../domain/model';
import { startYearOf } from '../../../domain/periods';
import { ragTone } from './statusTone';

/** What a measure card says about a measure, its figures and their standing, in the page's language. */

/** A figure as the page's language writes numbers (`1,234.5`), with a `%` unit kept beside it. */
export function figureText(value: number, unit: string, strings: IMyUpdatesWebPartStrings): string {
  const figure = value.toLocaleString(strings.General.DateLocale, { maximumFractionDigits: 6 });
  return unit.trim() === '%' ? `${figure}%` : figure;
}

/** `Q4 2017-18`; an Annual value is named by its year alone. */
export function periodText(financialYear: FinancialYearLabel, period: ValuePeriod, strings: IMyUpdatesWebPartStrings): string {
  return period === 'Annual' ? financialYear : formatString(strings.General.Period, period, financialYear);
}

/** The target in the measure's polarity: one figure, a band "{0} to {1}", or "No target set". */
export function targetText(measure: Measure, strings: IMyUpdatesWebPartStrings): string {
  const target = measure.target;
  if (!target) {
    return strings.Measure.NoTarget;
  }
  const lower = Math.min(target.lower, target.upper);
  const upper = Math.max(target.lower, target.upper);
  if (measure.polarity === 'Band' && lower !== upper) {
    return formatString(strings.Measure.Band, figureText(lower, measure.unit, strings), figureText(upper, measure.unit, strings));
  }
  return figureText(measure.polarity === 'Low' ? upper : lower, measure.unit, strings);
}

export function polarityText(measure: Measure, strings: IMyUpdatesWebPartStrings): string {
  return measure.polarity === 'High' ? strings.Measure.High : measure.polarity === 'Low' ? strings.Measure.Low : strings.Measure.BandPolarity;
}

export function ragBadge(rag: Rag, strings: IMyUpdatesMeasureStrings): { tone: BadgeTone; label: string } {
  const labels: Record<Rag, string> = {
    Green: strings.RagGreen,
    Amber: strings.RagAmber,
    Red: strings.RagRed,
    NoData: strings.RagNoData,
    NotDue: strings.RagNotDue
  };
  return { tone: ragTone(rag), label: labels[rag] };
}

export function trendText(trend: Trend, strings: IMyUpdatesMeasureStrings): string {
  switch (trend) {
    case 'improving':
      return strings.TrendImproving;
    case 'worsening':
      return strings.TrendWorsening;
    case 'unchanged':
      return strings.TrendUnchanged;
    default:
      return strings.TrendNone;
  }
}

/** Orders a measure's periods: a year's quarters, then its Annual outturn, then the next year. */
function periodOrder(financialYear: FinancialYearLabel, period: ValuePeriod): number {
  const step = period === 'Annual' ? QUARTERS.length : QUARTERS.indexOf(period);
  return startYearOf(financialYear) * 10 + step;
}

/**
 * The latest value recorded for the measure before `period` (figure or "no data"), to show beside
 * the box: last quarter's value, or last year's outturn at Q1. The later record wins a tie.
 */
export function previousRecord(
  measure: Measure,
  values: readonly MeasureValue[],
  period: { financialYear: FinancialYearLabel; period: ValuePeriod }
): MeasureValue | undefined {
  const before = periodOrder(period.financialYear, period.period);
  let found: MeasureValue | undefined;
  let foundOrder = -1;
  values.forEach((candidate) => {
    if (candidate.measureRef !== measure.ref) {
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

/**
 * The measure's values with `typed` in place of whatever is recorded for its period (at Q4 also
 * the year's Annual record, which would otherwise stand as the outturn), to judge the trend of a
 * figure before it is saved.
 */
export function valuesWithTyped(values: readonly MeasureValue[], typed: MeasureValue): MeasureValue[] {
  const replaced = (candidate: MeasureValue): boolean =>
    candidate.measureRef === typed.measureRef &&
    candidate.financialYear === typed.financialYear &&
    (candidate.period === typed.period || (typed.period === 'Q4' && candidate.period === 'Annual'));
  return values.filter((candidate) => !replaced(candidate)).concat([typed]);
}
